//! Authorities' answers to escalations.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "escalation_responses")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub escalation_id: Uuid,
    pub author_member_id: Uuid,
    pub status: String,
    pub sealed_body: Vec<u8>,
    pub created_at: DateTimeUtc,
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
