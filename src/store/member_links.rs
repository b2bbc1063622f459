//! Single-use links for members to choose a password. A member has at most one; issuing a new
//! one replaces the old. The token's hash is attached when the e-mail is sent, and the row is
//! deleted when the link is used, so a link works once.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::entities::member_links;
use crate::domain::accounts::LinkPurpose;

/// Replaces the member's link with a new one, without a token until it is mailed.
pub async fn replace<C: ConnectionTrait>(
    db: &C,
    member_id: Uuid,
    purpose: LinkPurpose,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> Result<(), DbErr> {
    delete_for_member(db, member_id).await?;
    member_links::Entity::insert(member_links::ActiveModel {
        member_id: Set(member_id),
        purpose: Set(purpose.as_code().to_string()),
        token_hash: Set(None),
        created_at: Set(now),
        expires_at: Set(expires_at),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// The member's link, expired or not.
pub async fn for_member<C: ConnectionTrait>(
    db: &C,
    member_id: Uuid,
) -> Result<Option<member_links::Model>, DbErr> {
    member_links::Entity::find_by_id(member_id).one(db).await
}

/// Attaches the hash of a freshly drawn token to the member's live link, replacing the hash of
/// any token mailed before (only the newest e-mail's link works). False when there is no live
/// link: it was used, replaced by nothing, or expired.
pub async fn attach_token<C: ConnectionTrait>(
    db: &C,
    member_id: Uuid,
    lookup: Vec<u8>,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    Ok(member_links::Entity::update_many()
        .col_expr(member_links::Column::TokenHash, Some(lookup).into())
        .filter(member_links::Column::MemberId.eq(member_id))
        .filter(member_links::Column::ExpiresAt.gt(now))
        .exec(db)
        .await?
        .rows_affected
        == 1)
}

/// The live link a token opens.
pub async fn find_live<C: ConnectionTrait>(
    db: &C,
    lookup: &[u8],
    now: DateTime<Utc>,
) -> Result<Option<member_links::Model>, DbErr> {
    member_links::Entity::find()
        .filter(member_links::Column::TokenHash.eq(lookup.to_vec()))
        .filter(member_links::Column::ExpiresAt.gt(now))
        .one(db)
        .await
}

/// Uses the link up, inside the caller's transaction: true for exactly one of two requests
/// racing with the same token, false if it was used, replaced or expired meanwhile.
pub async fn spend<C: ConnectionTrait>(
    db: &C,
    member_id: Uuid,
    lookup: &[u8],
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    Ok(member_links::Entity::delete_many()
        .filter(member_links::Column::MemberId.eq(member_id))
        .filter(member_links::Column::TokenHash.eq(lookup.to_vec()))
        .filter(member_links::Column::ExpiresAt.gt(now))
        .exec(db)
        .await?
        .rows_affected
        == 1)
}

/// Removes the member's link, used or not (disabling, a reset to a temporary password).
pub async fn delete_for_member<C: ConnectionTrait>(db: &C, member_id: Uuid) -> Result<(), DbErr> {
    member_links::Entity::delete_many()
        .filter(member_links::Column::MemberId.eq(member_id))
        .exec(db)
        .await?;
    Ok(())
}
