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
    pub language: String,
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
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
