//! Sign-in budgets: how many failed sign-ins are free, and how long a client must wait after
//! more, doubling with each further failure up to a cap. A delay, never a lock: the worst an
//! attacker can do to a handler is make them wait the cap, not shut them out for good.
//!
//! Pure rules; the counters live in the database (`store::sign_in_budgets`) and, for the
//! receipt-guessing population, partly in each process's memory (see [`LocalWindow`]).

use chrono::{DateTime, Duration, Utc};

/// How long a step-up (a TOTP code entered while signed in) counts.
pub const STEP_UP_FRESH: Duration = Duration::minutes(5);

/// Whether a step-up made at `at` still counts at `now`.
pub fn step_up_fresh(at: Option<DateTime<Utc>>, now: DateTime<Utc>) -> bool {
    at.is_some_and(|at| at <= now + Duration::seconds(1) && now - at <= STEP_UP_FRESH)
}

/// One budget: `free` failures within `window` cost nothing; each failure beyond costs a wait
/// of `base`, doubled per further failure, at most `max`. Failures are forgotten once `window`
/// passes without one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    pub free: u32,
    pub window: Duration,
    pub base: Duration,
    pub max: Duration,
}

impl Policy {
    /// One staff account (all addresses together).
    pub fn account(free: u32) -> Self {
        Self {
            free,
            window: Duration::minutes(15),
            base: Duration::seconds(1),
            max: Duration::minutes(5),
        }
    }

    /// Every staff sign-in together; a short cap, since it delays every handler.
    pub fn global(free: u32) -> Self {
        Self {
            free,
            window: Duration::minutes(15),
            base: Duration::seconds(1),
            max: Duration::minutes(1),
        }
    }

    /// Receipt sign-ins on one process (all addresses together).
    pub fn receipts(free: u32) -> Self {
        Self {
            free,
            window: Duration::minutes(15),
            base: Duration::seconds(1),
            max: Duration::minutes(1),
        }
    }

    /// The wait after the `failures`-th failure in a window, if any.
    pub fn delay(&self, failures: u32) -> Option<Duration> {
        let beyond = failures.checked_sub(self.free)?;
        if beyond == 0 {
            return None;
        }
        // 1, 2, 4, … times the base; the exponent is capped so the shift cannot overflow.
        let factor = 1i32 << (beyond - 1).min(20);
        Some(
            self.base
                .checked_mul(factor)
                .map_or(self.max, |d| d.min(self.max)),
        )
    }

    /// Whether a window whose last failure was at `last` has ended by `now`.
    pub fn window_over(&self, last: DateTime<Utc>, now: DateTime<Utc>) -> bool {
        now - last >= self.window
    }
}

/// The whole seconds to put in `Retry-After` for a wait until `until` (at least 1).
pub fn retry_after(until: DateTime<Utc>, now: DateTime<Utc>) -> std::time::Duration {
    let millis = (until - now).num_milliseconds().max(0);
    let secs = u64::try_from(millis.saturating_add(999) / 1000).unwrap_or(1);
    std::time::Duration::from_secs(secs.max(1))
}

/// A budget counted in one process's memory: for the receipt-guessing population, whose
/// failures are reporter actions and so may leave no time of day in the database. Only the
/// day's total is shared (see `extra` in [`LocalWindow::fail`]).
#[derive(Debug, Default, Clone)]
pub struct LocalWindow {
    last: Option<DateTime<Utc>>,
    failures: u32,
    blocked_until: Option<DateTime<Utc>>,
}

impl LocalWindow {
    /// How long a new attempt must wait, if it must.
    pub fn wait(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.blocked_until.filter(|until| *until > now)
    }

    /// Counts a failure. `extra` is how far the shared daily count is beyond its own budget:
    /// once every process together has spent the day's budget, each failure anywhere costs
    /// at least the base wait, growing with the excess.
    pub fn fail(&mut self, policy: &Policy, now: DateTime<Utc>, extra: u32) {
        if self.last.is_some_and(|last| policy.window_over(last, now)) {
            self.failures = 0;
        }
        self.last = Some(now);
        self.failures = self.failures.saturating_add(1);
        let local = policy.delay(self.failures);
        let shared = if extra > 0 {
            policy.delay(policy.free.saturating_add(extra))
        } else {
            None
        };
        if let Some(delay) = local.max(shared) {
            self.blocked_until = Some(now + delay);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delay_doubles_beyond_the_free_failures_up_to_the_cap() {
        let policy = Policy::account(3);
        assert_eq!(policy.delay(0), None);
        assert_eq!(policy.delay(3), None);
        assert_eq!(policy.delay(4), Some(Duration::seconds(1)));
        assert_eq!(policy.delay(5), Some(Duration::seconds(2)));
        assert_eq!(policy.delay(6), Some(Duration::seconds(4)));
        assert_eq!(policy.delay(40), Some(Duration::minutes(5)));
        assert_eq!(policy.delay(u32::MAX), Some(Duration::minutes(5)));
    }

    #[test]
    fn a_local_window_blocks_then_forgets() {
        let policy = Policy::receipts(2);
        let t0 = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        let mut window = LocalWindow::default();
        window.fail(&policy, t0, 0);
        window.fail(&policy, t0, 0);
        assert_eq!(window.wait(t0), None, "two failures are free");
        window.fail(&policy, t0, 0);
        assert_eq!(window.wait(t0), Some(t0 + Duration::seconds(1)));
        assert_eq!(
            window.wait(t0 + Duration::seconds(1)),
            None,
            "a delay, not a lock"
        );
        let later = t0 + Duration::minutes(16);
        window.fail(&policy, later, 0);
        assert_eq!(
            window.wait(later),
            None,
            "the window ended, failures forgotten"
        );
        window.fail(&policy, later, 5);
        assert!(
            window.wait(later).is_some(),
            "beyond the shared daily budget every failure costs a wait"
        );
    }

    #[test]
    fn retry_after_rounds_up() {
        let t0 = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        assert_eq!(
            retry_after(t0 + Duration::milliseconds(1500), t0).as_secs(),
            2
        );
        assert_eq!(retry_after(t0, t0).as_secs(), 1);
    }

    #[test]
    fn a_step_up_counts_for_five_minutes() {
        let t0 = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        assert!(step_up_fresh(Some(t0), t0 + Duration::minutes(5)));
        assert!(!step_up_fresh(
            Some(t0),
            t0 + Duration::minutes(5) + Duration::seconds(1)
        ));
        assert!(!step_up_fresh(None, t0));
    }
}
