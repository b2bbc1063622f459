//! Staff members. `sealed_identity` is the member identity sealed to a key derived from the password; `totp_sealed` the TOTP secret sealed to the member.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "members")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub org_id: Uuid,
    pub email: String,
    pub role: String,
    pub password_hash: String,
    pub key_salt: Vec<u8>,
    pub recipient: String,
    pub sealed_identity: Vec<u8>,
    pub totp_sealed: Option<Vec<u8>>,
    pub pending: bool,
    pub disabled: bool,
    pub password_changed_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
