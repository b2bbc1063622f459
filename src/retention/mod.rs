//! Applying retention: `kedja purge` and the daily purge inside `serve`.
//!
//! Each expired case is purged in its own transaction with a tombstone in the audit chain (the
//! chain itself is never edited, so `audit verify` still passes). Blobs are deleted after the
//! transaction commits; a blob whose deletion fails is logged and left for the next run to
//! find no row for, never the other way round (a row pointing at a missing blob).

use std::fmt;

use crate::audit::{self, Actor, AuditAction, Event};
use crate::clock::Clock;
use crate::store::{Db, retention};

/// What a purge did, or would do.
#[derive(Debug, Default)]
pub struct Report {
    pub dry_run: bool,
    pub cases: Vec<String>,
    pub rows: u64,
    pub blobs: usize,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let verb = if self.dry_run {
            "would purge"
        } else {
            "purged"
        };
        writeln!(f, "{verb} {} case(s)", self.cases.len())?;
        for reference in &self.cases {
            writeln!(f, "  {reference}")?;
        }
        if !self.dry_run {
            write!(
                f,
                "{} sealed row(s) and {} evidence file(s) deleted",
                self.rows, self.blobs
            )?;
        }
        Ok(())
    }
}

/// Purges every expired case (or lists them with `dry_run`).
pub async fn purge(
    db: &Db,
    blobs: &crate::store::blobs::BlobStore,
    clock: &Clock,
    dry_run: bool,
) -> anyhow::Result<Report> {
    let today = clock.today();
    let expired = retention::expired(db.conn(), today).await?;
    let mut report = Report {
        dry_run,
        ..Report::default()
    };
    for case in expired {
        report
            .cases
            .push(format!("{} (closed {})", case.reference, case.closed_on));
        if dry_run {
            continue;
        }
        let txn = db.begin().await?;
        // Under the case's lock, and read in the same transaction as the deletes: an upload or
        // escalation committed meanwhile cannot leave a blob no row points to.
        crate::store::cases::lock(&*txn, case.case_id).await?;
        let keys = retention::blob_keys(&*txn, case.case_id).await?;
        let rows = retention::purge_rows(&*txn, case.case_id, today).await?;
        audit::append(
            &*txn,
            clock.now(),
            Event::new(Actor::System, AuditAction::CasePurged)
                .org(case.org_id)
                .subject("case", case.case_id)
                .details(serde_json::json!({ "rows": rows, "evidence_files": keys.len(), "closed_on": case.closed_on })),
        )
        .await?;
        txn.commit().await?;
        report.rows += rows;
        for key in keys {
            match blobs.delete(&key).await {
                Ok(()) => report.blobs += 1,
                Err(err) => {
                    tracing::warn!(error = %err, "an evidence file of a purged case could not be deleted")
                }
            }
        }
    }
    Ok(report)
}
