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
    /// The last TOTP time step accepted (codes are single-use).
    pub totp_last_step: Option<i64>,
    pub pending: bool,
    pub disabled: bool,
    /// Invited, or the password reset by an admin: no sign-in until the member chooses a
    /// password through their link (`member_links`).
    pub awaiting_password: bool,
    /// The language picked on a staff page; e-mails use it.
    pub language: Option<String>,
    pub password_changed_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::organisations::Entity",
        from = "Column::OrgId",
        to = "super::organisations::Column::Id",
        on_delete = "Restrict"
    )]
    Organisations,
    #[sea_orm(has_many = "super::org_grants::Entity")]
    OrgGrants,
    #[sea_orm(has_many = "super::sessions::Entity")]
    Sessions,
    #[sea_orm(has_many = "super::recusals::Entity")]
    Recusals,
    #[sea_orm(has_many = "super::outbox::Entity")]
    Outbox,
    #[sea_orm(has_one = "super::member_links::Entity")]
    MemberLinks,
}

impl Related<super::organisations::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Organisations.def()
    }
}

impl Related<super::org_grants::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::OrgGrants.def()
    }
}

impl Related<super::sessions::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Sessions.def()
    }
}

impl Related<super::recusals::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Recusals.def()
    }
}

impl Related<super::outbox::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Outbox.def()
    }
}

impl Related<super::member_links::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::MemberLinks.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
