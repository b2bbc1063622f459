//! Deadline reminders, as one digest a day: every handler and admin of an organisation with
//! open cases near or past a deadline gets one e-mail saying how many are past their deadline
//! and how many are due within [`WINDOW_DAYS`] days, with a link. A case stays in the digest
//! every day until it is dealt with, so an overdue case is reminded daily, not once.
//!
//! Set-based: one `INSERT … SELECT` statement per run queues every digest. The counts are a
//! `GROUP BY` (a row per member, whatever the number of cases), the members already sent
//! today's digest are left out by an index lookup on the outbox, and the rows are made in the
//! database. Counts only: a digest names no case, so recusals are honoured by leaving the case
//! out of that member's counts.

use chrono::{DateTime, Utc};
use sea_orm::DbErr;

use super::{NoticeKind, outbox};
use crate::store::Db;

/// How many days ahead a deadline is reminded.
pub const WINDOW_DAYS: u32 = 2;

/// Queues today's digests for the members who have none yet; returns how many were queued.
/// Run as often as you like: a member gets one digest per (UTC) day.
pub async fn queue_due(db: &Db, now: DateTime<Utc>) -> Result<u64, DbErr> {
    let today = now.date_naive();
    let until = today + chrono::Days::new(u64::from(WINDOW_DAYS));
    let counts = crate::store::digests::deadline_counts_query(today, until);
    outbox::enqueue_daily_counts(db.conn(), now, NoticeKind::DeadlineDigest, counts).await
}
