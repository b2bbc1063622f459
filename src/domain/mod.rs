//! The rules of kedja, as plain types and functions.
//!
//! Nothing here does I/O or knows about HTTP or the database: no axum, no sea-orm, no clock.
//! Time is an argument. This is where indicators map to priority, where the case workflow
//! decides which transitions are legal, where deadlines are computed and where small counts are
//! suppressed, so every rule can be tested on its own.

pub mod accounts;
pub mod admission;
pub mod aggregates;
pub mod countries;
pub mod deadlines;
pub mod escalation;
pub mod indicators;
pub mod priority;
pub mod receipt;
pub mod search;
pub mod settings;
pub mod site_code;
pub mod spreadsheet;
pub mod text;
pub mod workflow;

pub use aggregates::{Cell, Shown, suppress};
pub use deadlines::{DeadlinePolicy, ExtensionError, Overdue};
pub use indicators::{Axis, Indicator, PeopleAffected, Relationship};
pub use priority::{Priority, RetaliationRisk, assess};
pub use receipt::{InvalidReceipt, Receipt};
pub use site_code::{InvalidSiteCode, SiteCode};
pub use workflow::{CaseState, IllegalTransition, Refusal, Resolution, transition};

/// A code that is not one of the known values; names the field it came from and lists what
/// is allowed, never the value sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: must be one of {allowed}")]
pub struct UnknownValue {
    /// The form or JSON field the value came from, e.g. `indicators`.
    pub field: &'static str,
    /// The accepted codes, comma-separated. The refused value is left out on purpose: it came
    /// from a request, and errors end up in responses and logs.
    pub allowed: String,
}

/// Implements `as_code`, `FromStr`, `Display`, `ALL` and string serde for a code enum.
macro_rules! code_enum {
    ($ty:ident, $field:literal, { $($variant:ident => $code:literal),+ $(,)? }) => {
        impl $ty {
            /// Every value, in declaration order.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            /// The stable code stored and sent for this value.
            pub fn as_code(self) -> &'static str {
                match self { $($ty::$variant => $code),+ }
            }
        }

        impl std::str::FromStr for $ty {
            type Err = $crate::domain::UnknownValue;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s.trim() {
                    $($code => Ok($ty::$variant),)+
                    _ => Err($crate::domain::UnknownValue {
                        field: $field,
                        allowed: [$($code),+].join(", "),
                    }),
                }
            }
        }

        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_code())
            }
        }

        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_code())
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                text.parse().map_err(|e: $crate::domain::UnknownValue| {
                    // The allowed values, never the value sent.
                    serde::de::Error::custom(format!("must be one of {}", e.allowed))
                })
            }
        }
    };
}
pub(crate) use code_enum;
