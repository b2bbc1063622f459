//! Evidence re-encrypted to an authority, with the SHA-256 of the file.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "escalation_evidence")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub escalation_id: Uuid,
    pub attachment_id: Uuid,
    pub blob_key: String,
    pub sealed_meta: Vec<u8>,
    pub sha256: String,
    pub size: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::escalations::Entity",
        from = "Column::EscalationId",
        to = "super::escalations::Column::Id",
        on_delete = "Cascade"
    )]
    Escalations,
}

impl Related<super::escalations::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Escalations.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
