//! The one place that reads the wall clock.
//!
//! Everything else takes time as an argument, so that rules about deadlines and rounding can be
//! tested with any date, and so that no code path can store a precise submission time by
//! accident: reporter-originated rows only ever see [`Clock::today`].

use chrono::{DateTime, NaiveDate, Utc};

/// A source of the current time. Cheap to clone; tests may pin it.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    fixed: Option<DateTime<Utc>>,
}

impl Clock {
    /// The system clock.
    pub fn system() -> Self {
        Self { fixed: None }
    }

    /// A clock frozen at `at`, for tests.
    pub fn fixed(at: DateTime<Utc>) -> Self {
        Self { fixed: Some(at) }
    }

    /// The current instant, for staff actions, sessions and the audit chain.
    pub fn now(&self) -> DateTime<Utc> {
        #[allow(clippy::disallowed_methods)] // the one sanctioned read of the wall clock
        self.fixed.unwrap_or_else(Utc::now)
    }

    /// Today's date in UTC: the only precision at which anything a reporter does is stored.
    pub fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }
}
