//! Organisations: buyers, coordinators and authorities, and the settings their admins change.
//! Only the recipient of the organisation identity is stored in clear.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "organisations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub name: String,
    pub kind: String,
    pub recipient: String,
    pub acknowledge_days: i32,
    pub feedback_months: i32,
    pub retention_months: i32,
    pub suppression_k: i32,
    pub created_at: DateTimeUtc,
    /// The IANA name of the zone staff pages show times in (`UTC` until an admin picks one).
    pub time_zone: String,
    /// Where alerts for the organisation go besides its admins, if anywhere.
    pub alert_email: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::members::Entity")]
    Members,
    #[sea_orm(has_many = "super::org_grants::Entity")]
    OrgGrants,
    #[sea_orm(has_many = "super::contracts::Entity")]
    Contracts,
    #[sea_orm(has_many = "super::routing_rules::Entity")]
    RoutingRules,
    #[sea_orm(has_many = "super::cases::Entity")]
    Cases,
    #[sea_orm(has_many = "super::notes::Entity")]
    Notes,
    #[sea_orm(has_many = "super::case_shares::Entity")]
    CaseShares,
    #[sea_orm(
        has_many = "super::escalations::Entity",
        via_rel = "Relation::FromOrganisation"
    )]
    EscalationsFrom,
    #[sea_orm(
        has_many = "super::escalations::Entity",
        via_rel = "Relation::AuthorityOrganisation"
    )]
    EscalationsTo,
}

impl Related<super::members::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Members.def()
    }
}

impl Related<super::org_grants::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::OrgGrants.def()
    }
}

impl Related<super::contracts::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Contracts.def()
    }
}

impl Related<super::routing_rules::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::RoutingRules.def()
    }
}

impl Related<super::cases::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Cases.def()
    }
}

impl Related<super::notes::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Notes.def()
    }
}

impl Related<super::case_shares::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::CaseShares.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
