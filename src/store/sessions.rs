//! Sessions, keyed by SHA-256 of the cookie token. Expired rows are ignored and swept.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::entities::sessions;

/// Whose session it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    /// A reporter. Which case is sealed inside the session, never in a clear column.
    Reporter,
    /// A staff member; `second_factor_done` is false until a member without TOTP enrols.
    Member {
        member_id: Uuid,
        second_factor_done: bool,
    },
}

/// Stores a new session.
pub async fn insert<C: ConnectionTrait>(
    db: &C,
    lookup: Vec<u8>,
    holder: Holder,
    sealed: Vec<u8>,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> Result<(), DbErr> {
    let (kind, member_id, case_id, second_factor_done) = match holder {
        Holder::Reporter => ("reporter", None, None, false),
        Holder::Member {
            member_id,
            second_factor_done,
        } => ("staff", Some(member_id), None, second_factor_done),
    };
    sessions::Entity::insert(sessions::ActiveModel {
        token_hash: Set(lookup),
        kind: Set(kind.into()),
        member_id: Set(member_id),
        case_id: Set(case_id),
        sealed: Set(sealed),
        second_factor_done: Set(second_factor_done),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(expires_at),
        // Signing in with a TOTP code is a step-up; a reporter session never has one.
        stepped_up_at: Set(second_factor_done.then_some(now)),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// A live session by its lookup key.
pub async fn find_live<C: ConnectionTrait>(
    db: &C,
    lookup: &[u8],
    now: DateTime<Utc>,
) -> Result<Option<sessions::Model>, DbErr> {
    sessions::Entity::find_by_id(lookup.to_vec())
        .filter(sessions::Column::ExpiresAt.gt(now))
        .one(db)
        .await
}

/// Extends an idle deadline, never past the absolute one the caller computed. `now` is what is
/// recorded as last seen (reporters pass the day only).
pub async fn touch<C: ConnectionTrait>(
    db: &C,
    lookup: &[u8],
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> Result<(), DbErr> {
    sessions::Entity::update_many()
        .col_expr(sessions::Column::LastSeenAt, now.into())
        .col_expr(sessions::Column::ExpiresAt, expires_at.into())
        .filter(sessions::Column::TokenHash.eq(lookup.to_vec()))
        .exec(db)
        .await?;
    Ok(())
}

/// A reporter session's request: a new sealed payload (holding its deadlines) and day-precise
/// row times.
pub async fn touch_sealed<C: ConnectionTrait>(
    db: &C,
    lookup: &[u8],
    day: DateTime<Utc>,
    expires_at: DateTime<Utc>,
    sealed: Vec<u8>,
) -> Result<(), DbErr> {
    sessions::Entity::update_many()
        .col_expr(sessions::Column::LastSeenAt, day.into())
        .col_expr(sessions::Column::ExpiresAt, expires_at.into())
        .col_expr(sessions::Column::Sealed, sealed.into())
        .filter(sessions::Column::TokenHash.eq(lookup.to_vec()))
        .exec(db)
        .await?;
    Ok(())
}

/// Ends a session.
pub async fn delete<C: ConnectionTrait>(db: &C, lookup: &[u8]) -> Result<(), DbErr> {
    sessions::Entity::delete_by_id(lookup.to_vec())
        .exec(db)
        .await?;
    Ok(())
}

/// Removes expired sessions.
pub async fn sweep<C: ConnectionTrait>(db: &C, now: DateTime<Utc>) -> Result<u64, DbErr> {
    Ok(sessions::Entity::delete_many()
        .filter(sessions::Column::ExpiresAt.lte(now))
        .exec(db)
        .await?
        .rows_affected)
}

/// Replaces a session's sealed payload and second-factor flag (TOTP enrolment).
pub async fn reseal<C: ConnectionTrait>(
    db: &C,
    lookup: &[u8],
    sealed: Vec<u8>,
    second_factor_done: bool,
) -> Result<(), DbErr> {
    sessions::Entity::update_many()
        .col_expr(sessions::Column::Sealed, sealed.into())
        .col_expr(
            sessions::Column::SecondFactorDone,
            second_factor_done.into(),
        )
        .filter(sessions::Column::TokenHash.eq(lookup.to_vec()))
        .exec(db)
        .await?;
    Ok(())
}

/// Ends every session of a member (password change, reset, disabling).
pub async fn delete_for_member<C: ConnectionTrait>(db: &C, member_id: Uuid) -> Result<u64, DbErr> {
    Ok(sessions::Entity::delete_many()
        .filter(sessions::Column::MemberId.eq(member_id))
        .exec(db)
        .await?
        .rows_affected)
}

/// Records that the member of a staff session entered a TOTP code at `at` (step-up).
pub async fn stamp_step_up<C: ConnectionTrait>(
    db: &C,
    lookup: &[u8],
    at: DateTime<Utc>,
) -> Result<(), DbErr> {
    sessions::Entity::update_many()
        .col_expr(sessions::Column::SteppedUpAt, Some(at).into())
        .filter(sessions::Column::TokenHash.eq(lookup.to_vec()))
        .filter(sessions::Column::Kind.eq("staff"))
        .exec(db)
        .await?;
    Ok(())
}
