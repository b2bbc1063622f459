//! Deadline reminders: an acknowledgement or feedback date two days away (or less, or passed)
//! queues one notice per case and deadline for the owning organisation's handlers.

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use super::NoticeKind;
use crate::domain::deadlines;
use crate::store::Db;
use crate::store::entities::{cases, outbox};

/// How many days ahead a deadline is reminded.
pub const WINDOW_DAYS: u32 = 2;

/// Cases read per query.
const BATCH: u64 = 500;

async fn already_reminded<C: ConnectionTrait>(
    db: &C,
    case_id: uuid::Uuid,
    kind: NoticeKind,
) -> Result<bool, DbErr> {
    Ok(outbox::Entity::find()
        .filter(outbox::Column::CaseId.eq(case_id))
        .filter(outbox::Column::Kind.eq(kind.as_code()))
        .one(db)
        .await?
        .is_some())
}

/// Which reminder a case is due, if any.
fn due(case: &cases::Model, today: NaiveDate) -> Option<NoticeKind> {
    let soon = |date: NaiveDate| deadlines::due_soon(today, date, WINDOW_DAYS) || date < today;
    match case.state.as_str() {
        "closed" => None,
        "received" if soon(case.acknowledge_by) => Some(NoticeKind::AcknowledgementDue),
        "received" => None,
        _ => case
            .feedback_by
            .filter(|d| soon(*d))
            .map(|_| NoticeKind::FeedbackDue),
    }
}

/// Queues the reminders that are due on `today`; returns how many cases were reminded.
pub async fn queue_due(db: &Db, now: chrono::DateTime<chrono::Utc>) -> Result<usize, DbErr> {
    let today = now.date_naive();
    let until = today + chrono::Days::new(u64::from(WINDOW_DAYS));
    let mut reminded = 0;
    let mut after = None;
    // Only cases whose deadline is near or past, a batch at a time: however many cases there
    // are, memory holds one batch.
    loop {
        let batch = crate::store::queue::due_by(db.conn(), until, after, BATCH).await?;
        let Some(last) = batch.last() else {
            break;
        };
        after = Some(last.id);
        for case in &batch {
            let Some(kind) = due(case, today) else {
                continue;
            };
            if already_reminded(db.conn(), case.id, kind).await? {
                continue;
            }
            let txn = db.begin().await?;
            super::enqueue_for_org_handlers(&*txn, now, kind, case.owner_org_id, Some(case.id))
                .await?;
            txn.commit().await?;
            reminded += 1;
        }
    }
    Ok(reminded)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(
        state: &str,
        acknowledge_by: NaiveDate,
        feedback_by: Option<NaiveDate>,
    ) -> cases::Model {
        cases::Model {
            id: uuid::Uuid::new_v4(),
            reference: "KJ-TEST".into(),
            owner_org_id: uuid::Uuid::new_v4(),
            supplier_id: None,
            country: "SE".into(),
            sector: None,
            state: state.into(),
            resolution: None,
            priority: "low".into(),
            assessed_priority: "low".into(),
            retaliation_risk: None,
            receipt_lookup: vec![],
            reporter_recipient: String::new(),
            received_on: acknowledge_by,
            acknowledge_by,
            acknowledged_on: None,
            feedback_by,
            closed_on: None,
            assignee_id: None,
            duplicate_of: None,
            purged_on: None,
            consent: None,
            consent_on: None,
        }
    }

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    #[test]
    fn reminders_follow_the_deadline_that_applies() {
        let today = date(10);
        assert_eq!(
            due(&case("received", date(12), None), today),
            Some(NoticeKind::AcknowledgementDue)
        );
        assert_eq!(
            due(&case("received", date(13), None), today),
            None,
            "three days out"
        );
        assert_eq!(
            due(&case("received", date(8), None), today),
            Some(NoticeKind::AcknowledgementDue),
            "overdue"
        );
        assert_eq!(
            due(&case("assessing", date(1), Some(date(11))), today),
            Some(NoticeKind::FeedbackDue)
        );
        assert_eq!(
            due(&case("assessing", date(1), Some(date(20))), today),
            None
        );
        assert_eq!(due(&case("closed", date(1), Some(date(2))), today), None);
    }
}
