//! Deadline reminders, as one digest a day: every handler and admin of an organisation with
//! open cases near or past a deadline gets one e-mail saying how many are past their deadline
//! and how many are due within [`WINDOW_DAYS`] days, with a link. A case stays in the digest
//! every day until it is dealt with, so an overdue case is reminded daily, not once.
//!
//! Batched: the counts are one `GROUP BY` query (a row per member, whatever the number of
//! cases), the members already sent today's digest one query, and the digests a few inserts.
//! Counts only: a digest names no case, so recusals are honoured by leaving the case out of
//! that member's counts.

use chrono::{DateTime, Utc};
use sea_orm::DbErr;

use super::{NoticeKind, Payload, outbox};
use crate::store::Db;

/// How many days ahead a deadline is reminded.
pub const WINDOW_DAYS: u32 = 2;

/// Queues today's digests for the members who have none yet; returns how many were queued.
/// Run as often as you like: a member gets one digest per (UTC) day.
pub async fn queue_due(db: &Db, now: DateTime<Utc>) -> Result<usize, DbErr> {
    let today = now.date_naive();
    let until = today + chrono::Days::new(u64::from(WINDOW_DAYS));
    let txn = db.begin().await?;
    let already = outbox::members_with_notice_on(&*txn, NoticeKind::DeadlineDigest, now).await?;
    let digests: Vec<_> = crate::store::digests::deadline_counts(&*txn, today, until)
        .await?
        .into_iter()
        .filter(|counts| !already.contains(&counts.member_id))
        .filter(|counts| counts.overdue > 0 || counts.due_soon > 0)
        .map(|counts| {
            let payload = Payload {
                overdue: Some(u64::try_from(counts.overdue).unwrap_or(0)),
                due_soon: Some(u64::try_from(counts.due_soon).unwrap_or(0)),
                ..Payload::default()
            };
            (Some(counts.member_id), payload)
        })
        .collect();
    let queued =
        outbox::enqueue_with_payloads(&*txn, now, NoticeKind::DeadlineDigest, digests).await?;
    txn.commit().await?;
    Ok(queued)
}
