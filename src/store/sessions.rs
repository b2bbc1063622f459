//! Sessions, keyed by SHA-256 of the cookie token. Expired rows are ignored and swept.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::entities::sessions;

/// Whose session it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    /// A reporter, for one case.
    Reporter { case_id: Uuid },
    /// A staff member.
    Member { member_id: Uuid },
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
    let (kind, member_id, case_id) = match holder {
        Holder::Reporter { case_id } => ("reporter", None, Some(case_id)),
        Holder::Member { member_id } => ("staff", Some(member_id), None),
    };
    sessions::Entity::insert(sessions::ActiveModel {
        token_hash: Set(lookup),
        kind: Set(kind.into()),
        member_id: Set(member_id),
        case_id: Set(case_id),
        sealed: Set(sealed),
        second_factor_done: Set(false),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(expires_at),
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

/// Extends an idle deadline, never past the absolute one the caller computed.
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
