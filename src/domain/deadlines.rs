//! Deadlines of EU Directive 2019/1937 art. 9: acknowledge within 7 days of receipt, give
//! feedback within 3 months of acknowledgement. Both are configurable per organisation; an
//! extension needs a reason.
//!
//! Dates, never times: the reporter's rows are day-rounded, and "today" is an argument so the
//! rules can be tested on any calendar. Nothing here panics on a far-future date; it saturates.

use chrono::{Days, Months, NaiveDate};

use super::workflow::CaseState;

/// An organisation's deadlines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeadlinePolicy {
    /// Days from receipt to acknowledgement; 7 by default (art. 9(1)(b)).
    pub acknowledge_days: u32,
    /// Calendar months from acknowledgement to feedback; 3 by default (art. 9(1)(f)).
    pub feedback_months: u32,
}

impl Default for DeadlinePolicy {
    fn default() -> Self {
        Self {
            acknowledge_days: 7,
            feedback_months: 3,
        }
    }
}

/// The date by which a report received on `received_on` must be acknowledged.
pub fn acknowledge_by(received_on: NaiveDate, policy: &DeadlinePolicy) -> NaiveDate {
    received_on
        .checked_add_days(Days::new(u64::from(policy.acknowledge_days)))
        .unwrap_or(NaiveDate::MAX)
}

/// The date by which feedback is due, in calendar months (31 January + 1 month = 28 or 29
/// February).
pub fn feedback_by(acknowledged_on: NaiveDate, policy: &DeadlinePolicy) -> NaiveDate {
    acknowledged_on
        .checked_add_months(Months::new(policy.feedback_months))
        .unwrap_or(NaiveDate::MAX)
}

/// Why an extension was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExtensionError {
    /// The reason was empty or only whitespace: an extension is audited and must say why.
    #[error("reason: an extension needs a reason")]
    NoReason,
    /// Zero months, or more than three.
    #[error("months: an extension is 1 to 3 months")]
    Length,
}

/// Extends a feedback deadline by `months` (1 to 3), which needs a reason. Three months at a
/// time keeps a case from being parked indefinitely with one click; a further extension is
/// another audited decision.
pub fn extend(current: NaiveDate, months: u32, reason: &str) -> Result<NaiveDate, ExtensionError> {
    if reason.trim().is_empty() {
        return Err(ExtensionError::NoReason);
    }
    if !(1..=3).contains(&months) {
        return Err(ExtensionError::Length);
    }
    Ok(current
        .checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX))
}

/// Which deadline a case has missed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overdue {
    /// Still `received` after the acknowledgement date.
    Acknowledgement,
    /// Open after the feedback date.
    Feedback,
}

/// Whether a case in `state` is overdue on `today`. A deadline date is the last day allowed, so
/// a case is late from the day after. Closed cases are never overdue; a case waiting for the
/// reporter is, because the directive's clock does not stop for questions.
pub fn overdue(
    state: CaseState,
    today: NaiveDate,
    acknowledge_by: NaiveDate,
    feedback_by: Option<NaiveDate>,
) -> Option<Overdue> {
    match state {
        CaseState::Closed => None,
        CaseState::Received => (today > acknowledge_by).then_some(Overdue::Acknowledgement),
        _ => feedback_by
            .filter(|due| today > *due)
            .map(|_| Overdue::Feedback),
    }
}

/// Whether `due` falls within the next `window_days` (both ends inclusive, so "due today" is
/// due soon), for reminders. A date already past is not due soon: that is [`overdue`].
pub fn due_soon(today: NaiveDate, due: NaiveDate, window_days: u32) -> bool {
    due >= today && (due - today).num_days() <= i64::from(window_days)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn acknowledgement_is_due_seven_days_after_receipt() {
        assert_eq!(
            acknowledge_by(date(2026, 11, 28), &DeadlinePolicy::default()),
            date(2026, 12, 5)
        );
    }

    #[test]
    fn feedback_is_due_three_calendar_months_later() {
        let policy = DeadlinePolicy::default();
        assert_eq!(feedback_by(date(2026, 1, 15), &policy), date(2026, 4, 15));
        assert_eq!(
            feedback_by(date(2026, 11, 30), &policy),
            date(2027, 2, 28),
            "clamped at month end"
        );
        let one = DeadlinePolicy {
            feedback_months: 1,
            ..policy
        };
        assert_eq!(feedback_by(date(2028, 1, 31), &one), date(2028, 2, 29));
        assert_eq!(
            feedback_by(date(2027, 1, 31), &one),
            date(2027, 2, 28),
            "31 January + 1 month is the last day of February"
        );
        assert_eq!(feedback_by(date(2027, 3, 31), &one), date(2027, 4, 30));
    }

    #[test]
    fn deadlines_saturate_instead_of_panicking() {
        let huge = DeadlinePolicy {
            acknowledge_days: u32::MAX,
            feedback_months: u32::MAX,
        };
        assert_eq!(acknowledge_by(date(2026, 1, 1), &huge), NaiveDate::MAX);
        assert_eq!(feedback_by(date(2026, 1, 1), &huge), NaiveDate::MAX);
        assert_eq!(extend(NaiveDate::MAX, 1, "why"), Ok(NaiveDate::MAX));
    }

    #[test]
    fn extensions_need_a_reason() {
        assert_eq!(
            extend(date(2026, 3, 1), 1, "  "),
            Err(ExtensionError::NoReason)
        );
        assert_eq!(
            extend(date(2026, 3, 1), 0, "more interviews"),
            Err(ExtensionError::Length)
        );
        assert_eq!(
            extend(date(2026, 3, 1), 4, "more interviews"),
            Err(ExtensionError::Length)
        );
        assert_eq!(
            extend(date(2026, 3, 1), 1, "\u{a0}\t\n"),
            Err(ExtensionError::NoReason)
        );
        assert_eq!(
            extend(date(2026, 3, 1), 2, "more interviews"),
            Ok(date(2026, 5, 1))
        );
        assert_eq!(
            extend(date(2026, 1, 31), 1, "more interviews"),
            Ok(date(2026, 2, 28))
        );
    }

    #[test]
    fn an_unacknowledged_case_is_late_from_the_day_after_its_deadline() {
        let ack_by = date(2026, 12, 5);
        let on = |today| overdue(CaseState::Received, today, ack_by, None);
        assert_eq!(on(date(2026, 12, 5)), None, "due today is not late");
        assert_eq!(on(date(2026, 12, 6)), Some(Overdue::Acknowledgement));
        assert_eq!(
            overdue(CaseState::Acknowledged, date(2026, 12, 6), ack_by, None),
            None,
            "acknowledged in time or not, that deadline is behind it"
        );
    }

    #[test]
    fn an_open_case_is_late_after_its_feedback_date() {
        let ack_by = date(2026, 12, 5);
        let fb = Some(date(2027, 3, 1));
        for state in [
            CaseState::Acknowledged,
            CaseState::AwaitingReporter,
            CaseState::Assessing,
            CaseState::Investigating,
            CaseState::Remediation,
        ] {
            assert_eq!(overdue(state, date(2027, 3, 1), ack_by, fb), None);
            assert_eq!(
                overdue(state, date(2027, 3, 2), ack_by, fb),
                Some(Overdue::Feedback),
                "{state}"
            );
        }
        assert_eq!(
            overdue(CaseState::Closed, date(2028, 1, 1), ack_by, fb),
            None,
            "closed cases are never overdue"
        );
        assert_eq!(
            overdue(CaseState::Closed, date(2028, 1, 1), ack_by, None),
            None
        );
    }

    #[test]
    fn due_soon_is_a_window() {
        assert!(due_soon(date(2026, 12, 1), date(2026, 12, 3), 2));
        assert!(
            due_soon(date(2026, 12, 1), date(2026, 12, 1), 0),
            "due today"
        );
        assert!(!due_soon(date(2026, 12, 1), date(2026, 12, 4), 2));
        assert!(
            !due_soon(date(2026, 12, 5), date(2026, 12, 4), 2),
            "already past"
        );
    }
}
