//! Sessions: the staff member's and the reporter's, each an extractor that refuses early.
//!
//! Both keep what they unlock (organisation identity, reporter identity) sealed to a random
//! token that only the cookie holds; the row is keyed by the token's hash.

/// `FromRequestParts` for a session type from its `extract` function: the session extractors
/// share this one shape.
macro_rules! session_extractor {
    ($ty:ty, $extract:path) => {
        impl axum::extract::FromRequestParts<crate::state::AppState> for $ty {
            type Rejection = crate::error::AppError;

            async fn from_request_parts(
                parts: &mut axum::http::request::Parts,
                state: &crate::state::AppState,
            ) -> Result<Self, Self::Rejection> {
                $extract(parts, state).await
            }
        }
    };
}

pub mod admission;
pub mod reporter;
pub mod staff;

pub use reporter::ReporterSession;
pub use staff::{Member, StaffSession};

use axum::http::request::Parts;
use chrono::{DateTime, Duration, Utc};

use crate::crypto::session::{SessionToken, csrf};
use crate::error::AppError;
use crate::state::AppState;
use crate::store::{entities, sessions};

/// The live session row behind the cookie `name`, of `kind` (`staff` or `reporter`), with the
/// token that opens what it seals. No cookie, an unknown or expired session, or one of the
/// other kind: 401, alike.
struct Live {
    token: SessionToken,
    lookup: Vec<u8>,
    row: entities::sessions::Model,
}

async fn live(
    parts: &Parts,
    state: &AppState,
    name: &str,
    kind: &str,
    now: DateTime<Utc>,
) -> Result<Live, AppError> {
    let token = super::cookies::value(parts, name)
        .as_deref()
        .and_then(SessionToken::parse)
        .ok_or(AppError::Unauthorized)?;
    let lookup = token.lookup();
    let row = sessions::find_live(state.db().conn(), &lookup, now)
        .await?
        .filter(|s| s.kind == kind)
        .ok_or(AppError::Unauthorized)?;
    Ok(Live { token, lookup, row })
}

/// A session's idle deadline is written back at most this often: a request within a minute of
/// the last write reads its row and writes nothing, so a busy page (a list, its counts, its
/// assets) costs one row write a minute rather than one per request. The idle timeout is
/// therefore kept to within this much.
pub const TOUCH_EVERY: Duration = Duration::minutes(1);

/// Whether moving a stored deadline to `extended` is worth a write (see [`TOUCH_EVERY`]).
fn worth_writing(stored: DateTime<Utc>, extended: DateTime<Utc>) -> bool {
    extended - stored >= TOUCH_EVERY
}

/// The CSRF token of a session's forms: bound to the session, useless in another browser.
fn csrf_token(state: &AppState, lookup: &[u8]) -> String {
    csrf::for_session(state.secrets().csrf_key(), lookup)
}

/// Checks a session form's CSRF token: 403 if it is not this session's.
fn verify_csrf(state: &AppState, lookup: &[u8], token: &str) -> Result<(), AppError> {
    if csrf::verify_session(state.secrets().csrf_key(), lookup, token) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}
