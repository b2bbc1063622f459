//! Reporter sessions: signing in with a receipt, the sealed payload, and the
//! [`ReporterSession`] extractor.
//!
//! The session row holds no case id and only day-precise times: a leaked row says that some
//! reporter was active that day, not who or for which case. Every unknown receipt is answered
//! alike (one argon2 run each, same status, same body), so a guesser learns nothing, and no
//! receipt is ever stored or logged.

use axum::http::request::Parts;
use chrono::Duration;
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::crypto::Context;
use crate::crypto::{keys, receipts, session::SessionToken};
use crate::domain::Receipt;
use crate::error::AppError;
use crate::state::AppState;
use crate::store::{cases, sessions};

/// The reporter session cookie; `__Host-` pins it to this host, path `/`, Secure.
pub const COOKIE: &str = "__Host-kedja-reporter";
/// A reporter session ends after this long without a request.
pub const IDLE: Duration = Duration::minutes(30);
/// And after this long in any case.
pub const ABSOLUTE: Duration = Duration::hours(2);

#[derive(serde::Serialize, serde::Deserialize)]
struct SealedReporter {
    case_id: Uuid,
    identity: String,
    /// The absolute end of the session.
    until: chrono::DateTime<chrono::Utc>,
    /// The end of the session if it stays idle; moved forward by each request.
    #[serde(default)]
    idle_until: Option<chrono::DateTime<chrono::Utc>>,
}

impl Drop for SealedReporter {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.identity);
    }
}

fn midnight(at: chrono::DateTime<chrono::Utc>) -> chrono::DateTime<chrono::Utc> {
    at.date_naive()
        .and_hms_opt(0, 0, 0)
        .map_or(at, |m| m.and_utc())
}

/// When the row may be swept: two midnights after the day of `now`, whatever the hour, so that
/// the row's expiry (like its other times) gives the day and nothing finer. The session's real
/// deadlines, idle and absolute, are sealed inside the row.
fn row_expiry(now: chrono::DateTime<chrono::Utc>) -> chrono::DateTime<chrono::Utc> {
    midnight(now) + chrono::Days::new(2)
}

fn seal(token: &SessionToken, payload: &SealedReporter) -> Result<Vec<u8>, AppError> {
    let plain = Zeroizing::new(serde_json::to_vec(payload)?);
    Ok(token.seal(&Context::ReporterSession, &plain)?)
}

/// Signs in with a receipt: returns the new session token, or 401 for any unknown receipt.
pub async fn sign_in(state: &AppState, receipt: &str) -> Result<SessionToken, AppError> {
    // A malformed receipt is refused like an unknown one, after the same work, so the answer
    // never tells a guesser which receipts are well-formed.
    // The receipt-guessing population's budget is spent: wait, before any argon2 work.
    super::admission::receipts_check(state)?;
    let parsed = Receipt::parse(receipt).ok();
    let pepper = *state.secrets().receipt_pepper();
    let probe = parsed
        .clone()
        .unwrap_or_else(|| Receipt::from_digits([0; 16]));
    let derived = state
        .kdf()
        .run(crate::crypto::kdf::Lane::Reporter, move || {
            receipts::derive(&probe, &pepper)
        })
        .await
        .map_err(|_| AppError::Busy {
            retry_after: std::time::Duration::from_secs(2),
        })??;
    let case = match (
        parsed,
        cases::find_by_receipt(state.db().conn(), &derived.lookup).await?,
    ) {
        (Some(_), Some(case)) if case.purged_on.is_none() => case,
        _ => {
            super::admission::receipts_failed(state).await?;
            return Err(AppError::Unauthorized);
        }
    };

    let token = SessionToken::generate()?;
    let now = state.clock().now();
    let payload = SealedReporter {
        case_id: case.id,
        identity: keys::identity_to_secret_string(&derived.identity).to_string(),
        until: now + ABSOLUTE,
        idle_until: Some(now + IDLE),
    };
    let sealed = seal(&token, &payload)?;
    let txn = state.db().begin().await?;
    sessions::insert(
        &*txn,
        token.lookup(),
        sessions::Holder::Reporter,
        sealed,
        midnight(now),
        row_expiry(now),
    )
    .await?;
    txn.commit().await?;
    Ok(token)
}

/// A signed-in reporter: the case they may see and the identity that opens it.
pub struct ReporterSession {
    pub case_id: Uuid,
    pub lookup: Vec<u8>,
    pub identity: keys::Identity,
}

impl ReporterSession {
    /// The CSRF token for this session's forms.
    pub fn csrf(&self, state: &AppState) -> String {
        super::csrf_token(state, &self.lookup)
    }

    /// Checks a form's CSRF token (multipart uploads, which `CsrfForm` does not read).
    pub fn check_csrf(&self, state: &AppState, token: &str) -> Result<(), AppError> {
        super::verify_csrf(state, &self.lookup, token)
    }
}

async fn reporter_session(
    parts: &mut Parts,
    state: &AppState,
) -> Result<ReporterSession, AppError> {
    let now = state.clock().now();
    let super::Live { token, lookup, row } =
        super::live(parts, state, COOKIE, "reporter", now).await?;
    let db = state.db().conn();
    let plain = token
        .open(&Context::ReporterSession, &row.sealed)
        .map_err(|_| AppError::Unauthorized)?;
    let mut payload: SealedReporter =
        serde_json::from_slice(&plain).map_err(|_| AppError::Unauthorized)?;
    if payload.until <= now || payload.idle_until.is_none_or(|idle| idle <= now) {
        return Err(AppError::Unauthorized);
    }
    let identity = keys::parse_identity(&payload.identity).map_err(|_| AppError::Unauthorized)?;
    let idle_until = (now + IDLE).min(payload.until);
    // Written back at most once a minute (see `TOUCH_EVERY`), and on the first request of a
    // new day, whose row must carry the new day.
    let stale_day = row.last_seen_at != midnight(now);
    if stale_day
        || payload
            .idle_until
            .is_none_or(|idle| super::worth_writing(idle, idle_until))
    {
        payload.idle_until = Some(idle_until);
        let sealed = seal(&token, &payload)?;
        sessions::touch_sealed(db, &lookup, midnight(now), row_expiry(now), sealed).await?;
    }
    Ok(ReporterSession {
        case_id: payload.case_id,
        lookup,
        identity,
    })
}

session_extractor!(ReporterSession, reporter_session);

/// Ends the session.
pub async fn sign_out(state: &AppState, session: &ReporterSession) -> Result<(), AppError> {
    sessions::delete(state.db().conn(), &session.lookup).await?;
    Ok(())
}
