//! Sign-in budgets shared by every replica: a failure count per key and the time until which
//! attempts wait. The rules (how many are free, how long the wait) are `domain::admission`'s;
//! this module only counts, atomically, so that replicas racing on one key lose no failure.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use super::entities::sign_in_budgets;
use crate::domain::admission::Policy;

/// Until when attempts on `key` wait, if they do at `now`.
pub async fn blocked_until<C: ConnectionTrait>(
    db: &C,
    key: &str,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, DbErr> {
    Ok(sign_in_budgets::Entity::find_by_id(key.to_string())
        .one(db)
        .await?
        .and_then(|row| row.blocked_until)
        .filter(|until| *until > now))
}

/// Counts a failure on `key` at `now` under `policy` (failures are forgotten once its window
/// passes without one) and sets the wait it earns. Returns the failures in the window.
pub async fn fail<C: ConnectionTrait>(
    db: &C,
    key: &str,
    policy: &Policy,
    now: DateTime<Utc>,
) -> Result<u32, DbErr> {
    ensure_row(db, key, now).await?;
    // The window ended: start again at one (only if still ended when the row is written).
    let stale = now - policy.window;
    let restarted = sign_in_budgets::Entity::update_many()
        .col_expr(sign_in_budgets::Column::Failures, Expr::value(1))
        .col_expr(sign_in_budgets::Column::WindowStart, Expr::value(now))
        .filter(sign_in_budgets::Column::Key.eq(key))
        .filter(sign_in_budgets::Column::WindowStart.lte(stale))
        .exec(db)
        .await?
        .rows_affected;
    if restarted == 0 {
        // One more, as a single statement: two replicas counting at once both count.
        sign_in_budgets::Entity::update_many()
            .col_expr(
                sign_in_budgets::Column::Failures,
                Expr::col(sign_in_budgets::Column::Failures).add(1),
            )
            .col_expr(sign_in_budgets::Column::WindowStart, Expr::value(now))
            .filter(sign_in_budgets::Column::Key.eq(key))
            .exec(db)
            .await?;
    }
    let failures = count(db, key).await?;
    if let Some(delay) = policy.delay(failures) {
        sign_in_budgets::Entity::update_many()
            .col_expr(
                sign_in_budgets::Column::BlockedUntil,
                Expr::value(Some(now + delay)),
            )
            .filter(sign_in_budgets::Column::Key.eq(key))
            .exec(db)
            .await?;
    }
    Ok(failures)
}

/// Counts a failure in the day's total under `key`, whose only time is the day's midnight.
/// Returns the day's count so far.
pub async fn fail_on_day<C: ConnectionTrait>(
    db: &C,
    key: &str,
    midnight: DateTime<Utc>,
) -> Result<u32, DbErr> {
    ensure_row(db, key, midnight).await?;
    let restarted = sign_in_budgets::Entity::update_many()
        .col_expr(sign_in_budgets::Column::Failures, Expr::value(1))
        .col_expr(sign_in_budgets::Column::WindowStart, Expr::value(midnight))
        .filter(sign_in_budgets::Column::Key.eq(key))
        .filter(sign_in_budgets::Column::WindowStart.ne(midnight))
        .exec(db)
        .await?
        .rows_affected;
    if restarted == 0 {
        sign_in_budgets::Entity::update_many()
            .col_expr(
                sign_in_budgets::Column::Failures,
                Expr::col(sign_in_budgets::Column::Failures).add(1),
            )
            .filter(sign_in_budgets::Column::Key.eq(key))
            .exec(db)
            .await?;
    }
    count(db, key).await
}

/// Forgets the failures on `key` (a member signed in).
pub async fn clear<C: ConnectionTrait>(db: &C, key: &str) -> Result<(), DbErr> {
    sign_in_budgets::Entity::delete_by_id(key.to_string())
        .exec(db)
        .await?;
    Ok(())
}

/// Removes rows whose window ended before `before` and that make nobody wait.
pub async fn sweep<C: ConnectionTrait>(
    db: &C,
    before: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    Ok(sign_in_budgets::Entity::delete_many()
        .filter(sign_in_budgets::Column::WindowStart.lt(before))
        .filter(
            sign_in_budgets::Column::BlockedUntil
                .is_null()
                .or(sign_in_budgets::Column::BlockedUntil.lt(now)),
        )
        .exec(db)
        .await?
        .rows_affected)
}

async fn ensure_row<C: ConnectionTrait>(
    db: &C,
    key: &str,
    start: DateTime<Utc>,
) -> Result<(), DbErr> {
    sign_in_budgets::Entity::insert(sign_in_budgets::ActiveModel {
        key: Set(key.to_string()),
        window_start: Set(start),
        failures: Set(0),
        blocked_until: Set(None),
    })
    .on_conflict(
        OnConflict::column(sign_in_budgets::Column::Key)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

async fn count<C: ConnectionTrait>(db: &C, key: &str) -> Result<u32, DbErr> {
    Ok(sign_in_budgets::Entity::find_by_id(key.to_string())
        .one(db)
        .await?
        .map_or(0, |row| u32::try_from(row.failures).unwrap_or(0)))
}
