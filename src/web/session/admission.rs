//! Sign-in budgets applied: before the argon2 work, a sign-in that must wait is answered 429
//! with `Retry-After`; after a failure, the failure is counted. The rules are
//! `domain::admission`'s, the shared counters `store::sign_in_budgets`'s.
//!
//! - A staff account's budget is keyed by an HMAC of the e-mail address given (all addresses
//!   together), so an unknown address has a budget like a known one and the answer never tells
//!   which accounts exist; the table names nobody.
//! - Every staff sign-in together has a global budget with a short cap.
//! - Receipt sign-ins (all addresses together) count in each process's memory, whose window
//!   keeps the times, and in one database row per day holding only the day's count: a
//!   reporter's failure leaves no time of day in the database. Once all processes together
//!   pass the day's budget, every failure costs every process a wait.

use chrono::{DateTime, Utc};

use crate::domain::admission::{self, Policy};
use crate::error::AppError;
use crate::state::AppState;
use crate::store::sign_in_budgets;

const STAFF_GLOBAL: &str = "staff";
const RECEIPTS_DAY: &str = "receipts-day";

/// The budget key of the staff account named by `email` as typed.
pub fn account_key(state: &AppState, email: &str) -> String {
    let normalised = email.trim().to_lowercase();
    format!(
        "account:{}",
        crate::crypto::keyed_hash(
            state.secrets().csrf_key(),
            "sign-in budget",
            normalised.as_bytes()
        )
    )
}

fn too_many(until: DateTime<Utc>, now: DateTime<Utc>) -> AppError {
    AppError::TooManyRequests {
        retry_after: admission::retry_after(until, now),
    }
}

/// Refuses a staff sign-in that must wait (its account's or everyone's budget is spent).
pub async fn staff_check(state: &AppState, account: &str) -> Result<(), AppError> {
    let now = state.clock().now();
    let db = state.db().conn();
    let account = sign_in_budgets::blocked_until(db, account, now).await?;
    let global = sign_in_budgets::blocked_until(db, STAFF_GLOBAL, now).await?;
    match account.max(global) {
        Some(until) => Err(too_many(until, now)),
        None => Ok(()),
    }
}

/// Counts a failed staff sign-in against its account and everyone's budget.
pub async fn staff_failed(state: &AppState, account: &str) -> Result<(), AppError> {
    let now = state.clock().now();
    let db = state.db().conn();
    let budget = &state.settings().sign_in_budget;
    sign_in_budgets::fail(db, account, &Policy::account(budget.account), now).await?;
    sign_in_budgets::fail(db, STAFF_GLOBAL, &Policy::global(budget.global), now).await?;
    Ok(())
}

/// A member signed in: their account's failures are forgotten.
pub async fn staff_succeeded(state: &AppState, account: &str) -> Result<(), AppError> {
    sign_in_budgets::clear(state.db().conn(), account).await?;
    Ok(())
}

/// Refuses a receipt sign-in that must wait.
pub fn receipts_check(state: &AppState) -> Result<(), AppError> {
    let now = state.clock().now();
    match state.receipt_failures().wait(now) {
        Some(until) => Err(too_many(until, now)),
        None => Ok(()),
    }
}

/// Counts a failed receipt sign-in: in this process's memory, and in the day's shared count.
pub async fn receipts_failed(state: &AppState) -> Result<(), AppError> {
    let now = state.clock().now();
    let budget = &state.settings().sign_in_budget;
    let midnight = now
        .date_naive()
        .and_hms_opt(0, 0, 0)
        .map_or(now, |m| m.and_utc());
    let today = sign_in_budgets::fail_on_day(state.db().conn(), RECEIPTS_DAY, midnight).await?;
    let extra = today.saturating_sub(budget.receipts_daily);
    state
        .receipt_failures()
        .fail(&Policy::receipts(budget.receipts), now, extra);
    Ok(())
}
