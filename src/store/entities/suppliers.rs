//! The public supplier directory.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "suppliers")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub name: String,
    pub country: String,
    pub city: Option<String>,
    pub sector: Option<String>,
    pub identifiers: Option<String>,
    pub site_code: String,
    pub created_at: DateTimeUtc,
    /// Other names workers know the supplier by, comma-separated (`domain::search`).
    pub other_names: Option<String>,
    /// `domain::search::search_key` of the name, city and other names; written with them.
    pub search_key: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::contracts::Entity")]
    Contracts,
    #[sea_orm(has_many = "super::routing_rules::Entity")]
    RoutingRules,
    #[sea_orm(has_many = "super::cases::Entity")]
    Cases,
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

impl ActiveModelBehavior for ActiveModel {}
