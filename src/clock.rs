//! The one place that reads the wall clock.
//!
//! Everything else takes time as an argument, so that rules about deadlines and rounding can be
//! tested with any date, and so that no code path can store a precise submission time by
//! accident: reporter-originated rows only ever see [`Clock::today`].

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};

/// A source of the current time. Cheap to clone; tests may pin it or move it forward.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    source: Source,
}

#[derive(Clone, Debug, Default)]
enum Source {
    /// The system clock.
    #[default]
    System,
    /// Always the same instant.
    Fixed(DateTime<Utc>),
    /// Starts at a given instant, runs at the pace of a monotonic clock, and jumps forward when
    /// told to. Clones share it, so moving the clock a test holds moves the app's.
    Manual(Arc<Manual>),
}

#[derive(Debug)]
struct Manual {
    start: DateTime<Utc>,
    started: Instant,
    advanced: Mutex<TimeDelta>,
}

impl Clock {
    /// The system clock.
    pub fn system() -> Self {
        Self {
            source: Source::System,
        }
    }

    /// A clock frozen at `at`, for tests.
    pub fn fixed(at: DateTime<Utc>) -> Self {
        Self {
            source: Source::Fixed(at),
        }
    }

    /// A clock for tests that starts at `start` and then runs like any clock (so rows written
    /// one after the other keep their order), and that [`Clock::advance`] moves forward, for
    /// every clone at once. A test lets time pass by advancing it, never by waiting for it.
    pub fn manual(start: DateTime<Utc>) -> Self {
        Self {
            source: Source::Manual(Arc::new(Manual {
                start,
                started: Instant::now(),
                advanced: Mutex::new(TimeDelta::zero()),
            })),
        }
    }

    /// Moves a manual clock, and every clone of it, forward by `by`. The system and fixed
    /// clocks cannot be moved: advancing them is a mistake in a test, and does nothing.
    pub fn advance(&self, by: Duration) {
        debug_assert!(
            matches!(self.source, Source::Manual(_)),
            "only a manual clock can be advanced"
        );
        if let Source::Manual(manual) = &self.source {
            let by = TimeDelta::from_std(by).unwrap_or(TimeDelta::MAX);
            let mut advanced = manual
                .advanced
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            *advanced = advanced.checked_add(&by).unwrap_or(TimeDelta::MAX);
        }
    }

    /// The current instant, for staff actions, sessions and the audit chain.
    pub fn now(&self) -> DateTime<Utc> {
        match &self.source {
            #[allow(clippy::disallowed_methods)] // the one sanctioned read of the wall clock
            Source::System => Utc::now(),
            Source::Fixed(at) => *at,
            Source::Manual(manual) => {
                let ran = TimeDelta::from_std(manual.started.elapsed()).unwrap_or(TimeDelta::MAX);
                let advanced = *manual
                    .advanced
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner);
                manual
                    .start
                    .checked_add_signed(ran)
                    .and_then(|t| t.checked_add_signed(advanced))
                    .unwrap_or(DateTime::<Utc>::MAX_UTC)
            }
        }
    }

    /// Today's date in UTC: the only precision at which anything a reporter does is stored.
    pub fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn a_fixed_clock_stays_put() {
        let clock = Clock::fixed(at("2024-05-01T12:00:00Z"));
        assert_eq!(clock.now(), at("2024-05-01T12:00:00Z"));
        assert_eq!(clock.today(), at("2024-05-01T12:00:00Z").date_naive());
    }

    #[test]
    fn a_manual_clock_starts_where_told_and_moves_every_clone_forward() {
        let start = at("2024-05-01T23:59:50Z");
        let clock = Clock::manual(start);
        let clone = clock.clone();
        let before = clone.now();
        assert!(before >= start);
        assert!(
            before - start < TimeDelta::seconds(5),
            "it starts at its start"
        );
        clock.advance(Duration::from_secs(30));
        let after = clone.now();
        assert!(
            after - before >= TimeDelta::seconds(30),
            "{before} → {after}"
        );
        assert_eq!(
            clone.today(),
            at("2024-05-02T00:00:00Z").date_naive(),
            "the day turns for the clone too"
        );
        let again = clone.now();
        assert!(again >= after, "it never runs backwards");
    }
}
