//! Cases: clear columns for routing, deadlines and aggregates only; dates, never times.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cases")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub reference: String,
    pub owner_org_id: Uuid,
    pub supplier_id: Option<Uuid>,
    pub country: String,
    pub sector: Option<String>,
    pub state: String,
    pub resolution: Option<String>,
    pub priority: String,
    pub assessed_priority: String,
    pub retaliation_risk: Option<String>,
    pub receipt_lookup: Vec<u8>,
    pub reporter_recipient: String,
    pub received_on: Date,
    pub acknowledge_by: Date,
    pub acknowledged_on: Option<Date>,
    pub feedback_by: Option<Date>,
    pub closed_on: Option<Date>,
    pub assignee_id: Option<Uuid>,
    pub duplicate_of: Option<Uuid>,
    pub purged_on: Option<Date>,
    /// `requested`, `given` or `refused`: the reporter's consent to escalation.
    pub consent: Option<String>,
    pub consent_on: Option<Date>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::organisations::Entity",
        from = "Column::OwnerOrgId",
        to = "super::organisations::Column::Id",
        on_delete = "Restrict"
    )]
    Organisations,
    #[sea_orm(
        belongs_to = "super::suppliers::Entity",
        from = "Column::SupplierId",
        to = "super::suppliers::Column::Id",
        on_delete = "Restrict"
    )]
    Suppliers,
    #[sea_orm(
        belongs_to = "super::members::Entity",
        from = "Column::AssigneeId",
        to = "super::members::Column::Id",
        on_delete = "Restrict"
    )]
    Assignee,
    #[sea_orm(has_many = "super::sessions::Entity")]
    Sessions,
    #[sea_orm(has_one = "super::case_contents::Entity")]
    CaseContents,
    #[sea_orm(has_many = "super::case_indicators::Entity")]
    CaseIndicators,
    #[sea_orm(has_many = "super::messages::Entity")]
    Messages,
    #[sea_orm(has_many = "super::notes::Entity")]
    Notes,
    #[sea_orm(has_many = "super::attachments::Entity")]
    Attachments,
    #[sea_orm(has_many = "super::case_shares::Entity")]
    CaseShares,
    #[sea_orm(has_many = "super::recusals::Entity")]
    Recusals,
    #[sea_orm(has_many = "super::remediation_actions::Entity")]
    RemediationActions,
    #[sea_orm(has_many = "super::escalations::Entity")]
    Escalations,
}

impl Related<super::organisations::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Organisations.def()
    }
}

impl Related<super::suppliers::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Suppliers.def()
    }
}

impl Related<super::sessions::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Sessions.def()
    }
}

impl Related<super::case_contents::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::CaseContents.def()
    }
}

impl Related<super::case_indicators::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::CaseIndicators.def()
    }
}

impl Related<super::messages::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Messages.def()
    }
}

impl Related<super::notes::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Notes.def()
    }
}

impl Related<super::attachments::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Attachments.def()
    }
}

impl Related<super::case_shares::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::CaseShares.def()
    }
}

impl Related<super::recusals::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Recusals.def()
    }
}

impl Related<super::remediation_actions::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::RemediationActions.def()
    }
}

impl Related<super::escalations::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Escalations.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
