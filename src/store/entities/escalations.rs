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
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
