//! An organisation's settings, as its admins change them: the deadlines, how long closed cases
//! are kept, the k of the statistics, the time zone staff times are shown in, and an address
//! for alerts.
//!
//! Each setting has bounds, and the reason for them is here:
//! - **acknowledgement** 1 to 7 days: EU Directive 2019/1937 art. 9(1)(b) allows at most 7;
//! - **feedback** 1 to 3 months: art. 9(1)(f) allows at most 3 (from acknowledgement);
//! - **retention** 3 to 120 months from closure: under 3, a case could be gone before the
//!   reporter has read the closing feedback with their receipt; over 10 years keeps a worker's
//!   account longer than any follow-up needs;
//! - **k** 3 to 100: under 3, a shown count could be one worker and the one person who knows
//!   them; over 100 hides nearly every count an organisation has.
//!
//! Times of day are for staff only: a reporter's actions are stored and shown as dates, in no
//! zone at all.

use std::ops::RangeInclusive;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::accounts::Email;
use super::deadlines::DeadlinePolicy;

/// Days from receipt to acknowledgement an organisation may set.
pub const ACKNOWLEDGE_DAYS: RangeInclusive<u32> = 1..=7;
/// Months from acknowledgement to feedback an organisation may set.
pub const FEEDBACK_MONTHS: RangeInclusive<u32> = 1..=3;
/// Months a closed case may be kept.
pub const RETENTION_MONTHS: RangeInclusive<u32> = 3..=120;
/// The k of small-cell suppression an organisation may set.
pub const SUPPRESSION_K: RangeInclusive<u32> = 3..=100;

/// A time zone from the IANA database (`Europe/Stockholm`), in which staff read times.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zone(Tz);

impl Default for Zone {
    fn default() -> Self {
        Self(Tz::UTC)
    }
}

impl Zone {
    /// Parses an IANA name, spelt exactly (`Europe/Stockholm`, `UTC`); spaces around it are
    /// ignored.
    pub fn parse(name: &str) -> Result<Self, SettingError> {
        name.trim()
            .parse::<Tz>()
            .map(Self)
            .map_err(|_| SettingError::TimeZone)
    }

    /// The IANA name.
    pub fn name(self) -> &'static str {
        self.0.name()
    }

    /// A time as staff read it: to the minute, in this zone, naming it
    /// (`2026-12-03 17:05 Europe/Stockholm`), so that nobody has to guess which clock it is.
    pub fn when(self, at: &DateTime<Utc>) -> String {
        format!(
            "{} {}",
            at.with_timezone(&self.0).format("%Y-%m-%d %H:%M"),
            self.name()
        )
    }

    /// Every zone name there is, for the settings form to offer.
    pub fn names() -> impl Iterator<Item = &'static str> {
        chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name())
    }
}

/// A setting out of bounds or malformed. Each names its field; the text says what is allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SettingError {
    #[error(
        "acknowledge_days: must be a whole number of days from 1 to 7 (EU Directive 2019/1937 allows at most 7)"
    )]
    AcknowledgeDays,
    #[error(
        "feedback_months: must be a whole number of months from 1 to 3 (EU Directive 2019/1937 allows at most 3)"
    )]
    FeedbackMonths,
    #[error("retention_months: must be a whole number of months from 3 to 120")]
    RetentionMonths,
    #[error("suppression_k: must be a whole number from 3 to 100")]
    SuppressionK,
    #[error("time_zone: must be a time zone name such as Europe/Stockholm")]
    TimeZone,
    #[error("alert_email: must look like name@example.org, or be left empty")]
    AlertEmail,
}

impl SettingError {
    /// The form and JSON field the error is about.
    pub fn field(self) -> &'static str {
        match self {
            Self::AcknowledgeDays => "acknowledge_days",
            Self::FeedbackMonths => "feedback_months",
            Self::RetentionMonths => "retention_months",
            Self::SuppressionK => "suppression_k",
            Self::TimeZone => "time_zone",
            Self::AlertEmail => "alert_email",
        }
    }
}

/// Settings as they arrive: a number that is not a whole number is `None`.
#[derive(Debug, Clone, Default)]
pub struct RawSettings<'a> {
    pub acknowledge_days: Option<i64>,
    pub feedback_months: Option<i64>,
    pub retention_months: Option<i64>,
    pub suppression_k: Option<i64>,
    pub time_zone: &'a str,
    /// Empty: no alert address.
    pub alert_email: &'a str,
}

/// An organisation's settings, each within its bounds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgSettings {
    pub deadlines: DeadlinePolicy,
    pub retention_months: u32,
    pub suppression_k: u32,
    pub time_zone: Zone,
    pub alert_email: Option<Email>,
}

impl OrgSettings {
    /// Checks every setting and returns all that are wrong, so a form can mark each field at
    /// once.
    pub fn check(raw: &RawSettings<'_>) -> Result<Self, Vec<SettingError>> {
        let mut errors = Vec::new();
        let mut within = |value: Option<i64>, range: RangeInclusive<u32>, error| {
            let value = value
                .and_then(|v| u32::try_from(v).ok())
                .filter(|v| range.contains(v));
            if value.is_none() {
                errors.push(error);
            }
            value.unwrap_or(*range.start())
        };
        let acknowledge_days = within(
            raw.acknowledge_days,
            ACKNOWLEDGE_DAYS,
            SettingError::AcknowledgeDays,
        );
        let feedback_months = within(
            raw.feedback_months,
            FEEDBACK_MONTHS,
            SettingError::FeedbackMonths,
        );
        let retention_months = within(
            raw.retention_months,
            RETENTION_MONTHS,
            SettingError::RetentionMonths,
        );
        let suppression_k = within(raw.suppression_k, SUPPRESSION_K, SettingError::SuppressionK);
        let time_zone = Zone::parse(raw.time_zone).unwrap_or_else(|error| {
            errors.push(error);
            Zone::default()
        });
        let alert_email = match raw.alert_email.trim() {
            "" => None,
            address => Email::parse(address)
                .map_err(|_| errors.push(SettingError::AlertEmail))
                .ok(),
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Self {
            deadlines: DeadlinePolicy {
                acknowledge_days,
                feedback_months,
            },
            retention_months,
            suppression_k,
            time_zone,
            alert_email,
        })
    }
}

/// A form field's text as a whole number (`" 5 "` is 5; `"5.0"`, `"five"` and `""` are not).
pub fn whole_number(text: &str) -> Option<i64> {
    text.trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw<'a>() -> RawSettings<'a> {
        RawSettings {
            acknowledge_days: Some(7),
            feedback_months: Some(3),
            retention_months: Some(24),
            suppression_k: Some(5),
            time_zone: "Europe/Stockholm",
            alert_email: "",
        }
    }

    #[test]
    fn the_directives_limits_are_the_bounds() {
        let ok = OrgSettings::check(&raw()).unwrap();
        assert_eq!(ok.deadlines, DeadlinePolicy::default());
        assert_eq!(ok.alert_email, None);
        for (days, accepted) in [(0, false), (1, true), (7, true), (8, false), (-1, false)] {
            let result = OrgSettings::check(&RawSettings {
                acknowledge_days: Some(days),
                ..raw()
            });
            assert_eq!(result.is_ok(), accepted, "{days} days");
        }
        for (months, accepted) in [(0, false), (1, true), (3, true), (4, false)] {
            let result = OrgSettings::check(&RawSettings {
                feedback_months: Some(months),
                ..raw()
            });
            assert_eq!(result.is_ok(), accepted, "{months} months");
        }
        for (k, accepted) in [(2, false), (3, true), (100, true), (101, false)] {
            let result = OrgSettings::check(&RawSettings {
                suppression_k: Some(k),
                ..raw()
            });
            assert_eq!(result.is_ok(), accepted, "k = {k}");
        }
        for (months, accepted) in [(2, false), (3, true), (120, true), (121, false)] {
            let result = OrgSettings::check(&RawSettings {
                retention_months: Some(months),
                ..raw()
            });
            assert_eq!(result.is_ok(), accepted, "retention {months}");
        }
    }

    #[test]
    fn every_wrong_field_is_named_at_once() {
        let errors = OrgSettings::check(&RawSettings {
            acknowledge_days: None,
            feedback_months: Some(i64::MAX),
            retention_months: Some(1),
            suppression_k: Some(1),
            time_zone: "Europe/Stokholm",
            alert_email: "alerts at example.org",
        })
        .unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field()).collect();
        assert_eq!(
            fields,
            [
                "acknowledge_days",
                "feedback_months",
                "retention_months",
                "suppression_k",
                "time_zone",
                "alert_email"
            ]
        );
        for error in errors {
            assert!(error.to_string().starts_with(error.field()), "{error}");
        }
    }

    #[test]
    fn an_alert_address_is_normalised_and_may_be_left_out() {
        let settings = OrgSettings::check(&RawSettings {
            alert_email: " Alerts@Example.ORG ",
            ..raw()
        })
        .unwrap();
        assert_eq!(
            settings.alert_email.map(|e| e.as_str().to_string()),
            Some("alerts@example.org".to_string())
        );
    }

    #[test]
    fn whole_numbers_only() {
        assert_eq!(whole_number(" 5 "), Some(5));
        for bad in ["5.0", "five", "", "1e3"] {
            assert_eq!(whole_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn times_are_shown_in_the_zone_and_name_it() {
        let at = DateTime::parse_from_rfc3339("2026-12-03T16:05:59Z")
            .unwrap()
            .to_utc();
        assert_eq!(Zone::default().when(&at), "2026-12-03 16:05 UTC");
        let stockholm = Zone::parse(" Europe/Stockholm ").unwrap();
        assert_eq!(stockholm.when(&at), "2026-12-03 17:05 Europe/Stockholm");
        let summer = DateTime::parse_from_rfc3339("2026-07-01T23:30:00Z")
            .unwrap()
            .to_utc();
        assert_eq!(
            stockholm.when(&summer),
            "2026-07-02 01:30 Europe/Stockholm",
            "summer time, and the next day"
        );
        assert_eq!(
            Zone::parse("Asia/Kolkata").unwrap().when(&at),
            "2026-12-03 21:35 Asia/Kolkata"
        );
        assert_eq!(Zone::parse("Mars/Olympus"), Err(SettingError::TimeZone));
        assert_eq!(Zone::parse(""), Err(SettingError::TimeZone));
        assert!(Zone::names().any(|n| n == "America/Sao_Paulo"));
    }
}
