//! Packages escalated to authorities.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "escalations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub case_id: Uuid,
    pub from_org_id: Uuid,
    pub authority_org_id: Uuid,
    pub created_by: Uuid,
    pub sealed_summary: Vec<u8>,
    pub consent: String,
    pub sealed_legal_reason: Option<Vec<u8>>,
    pub chain_head: String,
    pub status: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::cases::Entity",
        from = "Column::CaseId",
        to = "super::cases::Column::Id",
        on_delete = "Restrict"
    )]
    Cases,
    #[sea_orm(
        belongs_to = "super::organisations::Entity",
        from = "Column::FromOrgId",
        to = "super::organisations::Column::Id",
        on_delete = "Restrict"
    )]
    FromOrganisation,
    #[sea_orm(
        belongs_to = "super::organisations::Entity",
        from = "Column::AuthorityOrgId",
        to = "super::organisations::Column::Id",
        on_delete = "Restrict"
    )]
    AuthorityOrganisation,
    #[sea_orm(has_many = "super::escalation_evidence::Entity")]
    EscalationEvidence,
    #[sea_orm(has_many = "super::escalation_responses::Entity")]
    EscalationResponses,
}

impl Related<super::cases::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Cases.def()
    }
}

impl Related<super::escalation_evidence::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::EscalationEvidence.def()
    }
}

impl Related<super::escalation_responses::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::EscalationResponses.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
