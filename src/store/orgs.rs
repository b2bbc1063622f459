//! Organisations, members and the grants of organisation identities.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder,
};
use uuid::Uuid;

use super::entities::{members, org_grants, organisations};
use crate::domain::settings::OrgSettings;

/// A new organisation row; only the recipient of its identity is in clear.
pub struct NewOrganisation<'a> {
    pub id: Uuid,
    pub name: &'a str,
    pub kind: &'a str,
    pub recipient: String,
}

/// Inserts an organisation with the design's default deadlines and retention.
pub async fn insert_organisation<C: ConnectionTrait>(
    db: &C,
    org: NewOrganisation<'_>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    organisations::Entity::insert(organisations::ActiveModel {
        id: Set(org.id),
        name: Set(org.name.to_string()),
        kind: Set(org.kind.to_string()),
        recipient: Set(org.recipient),
        acknowledge_days: Set(7),
        feedback_months: Set(3),
        retention_months: Set(24),
        suppression_k: Set(5),
        created_at: Set(now),
        time_zone: Set("UTC".to_string()),
        alert_email: Set(None),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// A new member row: the password hash and the sealed identity, never the password.
pub struct NewMember<'a> {
    pub id: Uuid,
    pub org_id: Uuid,
    pub email: &'a str,
    pub role: &'a str,
    pub password_hash: String,
    pub key_salt: Vec<u8>,
    pub recipient: String,
    pub sealed_identity: Vec<u8>,
    pub totp_sealed: Option<Vec<u8>>,
    pub pending: bool,
    /// Invited: the keys are for a random password nobody knows, until the member chooses one.
    pub awaiting_password: bool,
}

/// Inserts a member.
pub async fn insert_member<C: ConnectionTrait>(
    db: &C,
    member: NewMember<'_>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    members::Entity::insert(members::ActiveModel {
        id: Set(member.id),
        org_id: Set(member.org_id),
        email: Set(member.email.to_string()),
        role: Set(member.role.to_string()),
        password_hash: Set(member.password_hash),
        key_salt: Set(member.key_salt),
        recipient: Set(member.recipient),
        sealed_identity: Set(member.sealed_identity),
        totp_sealed: Set(member.totp_sealed),
        totp_last_step: Set(None),
        pending: Set(member.pending),
        disabled: Set(false),
        awaiting_password: Set(member.awaiting_password),
        language: Set(None),
        password_changed_at: Set(now),
        created_at: Set(now),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Who holds a grant of the organisation identity.
pub enum Grantee {
    Member(Uuid),
    /// The offline recovery key printed when the organisation was created.
    Recovery,
}

/// Stores the organisation identity sealed for one grantee.
pub async fn insert_grant<C: ConnectionTrait>(
    db: &C,
    org_id: Uuid,
    grantee: Grantee,
    sealed_identity: Vec<u8>,
    granted_by: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let (member_id, kind) = match grantee {
        Grantee::Member(id) => (Some(id), "member"),
        Grantee::Recovery => (None, "recovery"),
    };
    org_grants::Entity::insert(org_grants::ActiveModel {
        id: Set(Uuid::new_v4()),
        org_id: Set(org_id),
        member_id: Set(member_id),
        kind: Set(kind.to_string()),
        sealed_identity: Set(sealed_identity),
        granted_by: Set(granted_by),
        created_at: Set(now),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// An organisation by id.
pub async fn find_org<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
) -> Result<Option<organisations::Model>, DbErr> {
    organisations::Entity::find_by_id(id).one(db).await
}

/// Stores an organisation's settings, already checked by `domain::settings`.
pub async fn update_settings<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    settings: &OrgSettings,
) -> Result<(), DbErr> {
    let whole = |n: u32| i32::try_from(n).unwrap_or(i32::MAX);
    organisations::Entity::update_many()
        .col_expr(
            organisations::Column::AcknowledgeDays,
            whole(settings.deadlines.acknowledge_days).into(),
        )
        .col_expr(
            organisations::Column::FeedbackMonths,
            whole(settings.deadlines.feedback_months).into(),
        )
        .col_expr(
            organisations::Column::RetentionMonths,
            whole(settings.retention_months).into(),
        )
        .col_expr(
            organisations::Column::SuppressionK,
            whole(settings.suppression_k).into(),
        )
        .col_expr(
            organisations::Column::TimeZone,
            settings.time_zone.name().into(),
        )
        .col_expr(
            organisations::Column::AlertEmail,
            settings
                .alert_email
                .as_ref()
                .map(|e| e.as_str().to_string())
                .into(),
        )
        .filter(organisations::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// The organisations of one kind, by name.
pub async fn of_kind<C: ConnectionTrait>(
    db: &C,
    kind: &str,
) -> Result<Vec<organisations::Model>, DbErr> {
    organisations::Entity::find()
        .filter(organisations::Column::Kind.eq(kind))
        .order_by_asc(organisations::Column::Name)
        .all(db)
        .await
}

/// Whether an organisation already has this name.
pub async fn org_name_taken<C: ConnectionTrait>(db: &C, name: &str) -> Result<bool, DbErr> {
    Ok(organisations::Entity::find()
        .filter(organisations::Column::Name.eq(name))
        .count(db)
        .await?
        > 0)
}

/// Whether a member already has this e-mail address (addresses are unique across kedja).
pub async fn email_taken<C: ConnectionTrait>(db: &C, email: &str) -> Result<bool, DbErr> {
    Ok(members::Entity::find()
        .filter(members::Column::Email.eq(email))
        .count(db)
        .await?
        > 0)
}

/// A member by normalised e-mail.
pub async fn member_by_email<C: ConnectionTrait>(
    db: &C,
    email: &str,
) -> Result<Option<members::Model>, DbErr> {
    members::Entity::find()
        .filter(members::Column::Email.eq(email))
        .one(db)
        .await
}

/// A member by id.
pub async fn member<C: ConnectionTrait>(db: &C, id: Uuid) -> Result<Option<members::Model>, DbErr> {
    members::Entity::find_by_id(id).one(db).await
}

/// The members of an organisation, by e-mail.
pub async fn members_of<C: ConnectionTrait>(
    db: &C,
    org_id: Uuid,
) -> Result<Vec<members::Model>, DbErr> {
    use sea_orm::QueryOrder;
    members::Entity::find()
        .filter(members::Column::OrgId.eq(org_id))
        .order_by_asc(members::Column::Email)
        .all(db)
        .await
}

/// The e-mail addresses of those of `ids` who are members of `org_id`, in one query (a page of
/// cases' assignees).
pub async fn emails_of<C: ConnectionTrait>(
    db: &C,
    org_id: Uuid,
    ids: &[Uuid],
) -> Result<std::collections::HashMap<Uuid, String>, DbErr> {
    if ids.is_empty() {
        return Ok(Default::default());
    }
    Ok(members::Entity::find()
        .filter(members::Column::Id.is_in(ids.to_vec()))
        .filter(members::Column::OrgId.eq(org_id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.id, m.email))
        .collect())
}

/// The organisation identity sealed to a member, if granted.
pub async fn grant_for<C: ConnectionTrait>(
    db: &C,
    org_id: Uuid,
    member_id: Uuid,
) -> Result<Option<org_grants::Model>, DbErr> {
    org_grants::Entity::find()
        .filter(org_grants::Column::OrgId.eq(org_id))
        .filter(org_grants::Column::MemberId.eq(member_id))
        .one(db)
        .await
}

/// Records a TOTP step as used, if it is later than the last one; false when the code was
/// already used (or an earlier one), which refuses a replay even between two racing logins.
pub async fn use_totp_step<C: ConnectionTrait>(
    db: &C,
    member_id: Uuid,
    step: i64,
) -> Result<bool, DbErr> {
    use sea_orm::Condition;
    Ok(members::Entity::update_many()
        .col_expr(members::Column::TotpLastStep, Some(step).into())
        .filter(members::Column::Id.eq(member_id))
        .filter(
            Condition::any()
                .add(members::Column::TotpLastStep.is_null())
                .add(members::Column::TotpLastStep.lt(step)),
        )
        .exec(db)
        .await?
        .rows_affected
        == 1)
}

/// Marks a member confirmed.
/// Remembers the language a member picked (a code the service offers).
pub async fn set_member_language<C: ConnectionTrait>(
    db: &C,
    member_id: Uuid,
    language: &str,
) -> Result<(), DbErr> {
    members::Entity::update_many()
        .col_expr(
            members::Column::Language,
            sea_orm::sea_query::Expr::value(language.to_string()),
        )
        .filter(members::Column::Id.eq(member_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Only while the member is still as the admin saw them: pending, enabled, with a password of
/// their own and the key `recipient` (the one the grant was sealed to). Returns whether it was.
pub async fn confirm_member<C: ConnectionTrait>(
    db: &C,
    member_id: Uuid,
    recipient: &str,
) -> Result<bool, DbErr> {
    let updated = members::Entity::update_many()
        .col_expr(members::Column::Pending, false.into())
        .filter(members::Column::Id.eq(member_id))
        .filter(members::Column::Pending.eq(true))
        .filter(members::Column::Disabled.eq(false))
        .filter(members::Column::AwaitingPassword.eq(false))
        .filter(members::Column::Recipient.eq(recipient))
        .exec(db)
        .await?;
    Ok(updated.rows_affected == 1)
}

/// Stores a member's sealed TOTP secret.
pub async fn set_totp<C: ConnectionTrait>(
    db: &C,
    member_id: Uuid,
    sealed: Vec<u8>,
) -> Result<(), DbErr> {
    members::Entity::update_many()
        .col_expr(members::Column::TotpSealed, Some(sealed).into())
        .filter(members::Column::Id.eq(member_id))
        .exec(db)
        .await?;
    Ok(())
}

/// A member's password-derived secrets after a password change: the identity is the same,
/// sealed again to a key derived from the new password.
pub struct ResealedIdentity {
    pub password_hash: String,
    pub key_salt: Vec<u8>,
    pub sealed_identity: Vec<u8>,
}

/// Stores a changed password, unless the member's password hash is no longer `expected_hash`
/// (a concurrent change or reset committed since it was read): returns whether it was stored.
/// The comparison makes the read–argon2–write sequence safe without holding a lock across
/// argon2: the loser writes nothing instead of sealing a stale identity over a fresh one.
pub async fn change_password<C: ConnectionTrait>(
    db: &C,
    member_id: Uuid,
    expected_hash: &str,
    resealed: ResealedIdentity,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = members::Entity::update_many()
        .col_expr(members::Column::PasswordHash, resealed.password_hash.into())
        .col_expr(members::Column::KeySalt, resealed.key_salt.into())
        .col_expr(
            members::Column::SealedIdentity,
            resealed.sealed_identity.into(),
        )
        .col_expr(members::Column::PasswordChangedAt, now.into())
        .filter(members::Column::Id.eq(member_id))
        .filter(members::Column::PasswordHash.eq(expected_hash))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// A new member identity issued on an admin reset, sealed to the temporary password.
pub struct ReplacedIdentity {
    pub password_hash: String,
    pub key_salt: Vec<u8>,
    pub recipient: String,
    pub sealed_identity: Vec<u8>,
}

/// Replaces a member's identity and password and clears the TOTP secret, which was sealed to
/// the old identity and can no longer be opened. The member has a password again, so they no
/// longer await one. Like [`change_password`], writes nothing and returns false when the
/// password hash is no longer `expected_hash`.
pub async fn replace_identity<C: ConnectionTrait>(
    db: &C,
    member_id: Uuid,
    expected_hash: &str,
    replaced: ReplacedIdentity,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = members::Entity::update_many()
        .col_expr(members::Column::PasswordHash, replaced.password_hash.into())
        .col_expr(members::Column::KeySalt, replaced.key_salt.into())
        .col_expr(members::Column::Recipient, replaced.recipient.into())
        .col_expr(
            members::Column::SealedIdentity,
            replaced.sealed_identity.into(),
        )
        .col_expr(members::Column::TotpSealed, Option::<Vec<u8>>::None.into())
        .col_expr(members::Column::AwaitingPassword, false.into())
        .col_expr(members::Column::PasswordChangedAt, now.into())
        .filter(members::Column::Id.eq(member_id))
        .filter(members::Column::PasswordHash.eq(expected_hash))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Removes every grant of an organisation identity to a member (sealed to an identity the
/// member no longer has).
pub async fn delete_member_grants<C: ConnectionTrait>(
    db: &C,
    member_id: Uuid,
) -> Result<u64, DbErr> {
    Ok(org_grants::Entity::delete_many()
        .filter(org_grants::Column::MemberId.eq(member_id))
        .exec(db)
        .await?
        .rows_affected)
}

/// Locks the organisation's row until the transaction ends (PostgreSQL; SQLite's single writer
/// already serialises), so that two admins changing members at once are checked one after the
/// other: two admins demoting each other at the same moment must not leave nobody.
pub async fn lock_organisation<C: ConnectionTrait>(db: &C, org_id: Uuid) -> Result<(), DbErr> {
    use sea_orm::QuerySelect;
    let mut select = organisations::Entity::find_by_id(org_id);
    if matches!(db.get_database_backend(), sea_orm::DbBackend::Postgres) {
        select = select.lock_exclusive();
    }
    select.one(db).await?;
    Ok(())
}

/// How many members of the organisation besides `member_id` can administer it now: enabled,
/// confirmed admins with a password.
pub async fn acting_admins_besides<C: ConnectionTrait>(
    db: &C,
    org_id: Uuid,
    member_id: Uuid,
) -> Result<u64, DbErr> {
    members::Entity::find()
        .filter(members::Column::OrgId.eq(org_id))
        .filter(members::Column::Id.ne(member_id))
        .filter(members::Column::Role.eq(crate::domain::accounts::Role::Admin.as_code()))
        .filter(members::Column::Pending.eq(false))
        .filter(members::Column::Disabled.eq(false))
        .filter(members::Column::AwaitingPassword.eq(false))
        .count(db)
        .await
}

/// Gives a member another role.
pub async fn set_role<C: ConnectionTrait>(
    db: &C,
    member_id: Uuid,
    role: &str,
) -> Result<(), DbErr> {
    members::Entity::update_many()
        .col_expr(
            members::Column::Role,
            sea_orm::sea_query::Expr::value(role.to_string()),
        )
        .filter(members::Column::Id.eq(member_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Disables or re-enables a member.
pub async fn set_disabled<C: ConnectionTrait>(
    db: &C,
    member_id: Uuid,
    disabled: bool,
) -> Result<(), DbErr> {
    members::Entity::update_many()
        .col_expr(members::Column::Disabled, disabled.into())
        .filter(members::Column::Id.eq(member_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Starts a password reset: the member cannot sign in until they choose a new password through
/// their link, and is pending until an admin confirms the key that comes with it. The TOTP
/// secret is sealed to the key being replaced, so it goes too.
pub async fn await_new_password<C: ConnectionTrait>(db: &C, member_id: Uuid) -> Result<(), DbErr> {
    members::Entity::update_many()
        .col_expr(members::Column::AwaitingPassword, true.into())
        .col_expr(members::Column::Pending, true.into())
        .col_expr(members::Column::TotpSealed, Option::<Vec<u8>>::None.into())
        .filter(members::Column::Id.eq(member_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Forgets a member's TOTP secret: they enrol an authenticator again at their next sign-in.
pub async fn clear_totp<C: ConnectionTrait>(db: &C, member_id: Uuid) -> Result<(), DbErr> {
    members::Entity::update_many()
        .col_expr(members::Column::TotpSealed, Option::<Vec<u8>>::None.into())
        .filter(members::Column::Id.eq(member_id))
        .exec(db)
        .await?;
    Ok(())
}
