//! The reporter's side after submission: signing in with the receipt, the case as the reporter
//! sees it, and replies.
//!
//! A reporter session holds the reporter identity sealed to the session token. Every unknown
//! receipt is answered alike (one argon2 run each, same status, same body), so a guesser
//! learns nothing, and no receipt is ever stored or logged.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use chrono::{Duration, NaiveDate};
use serde::Serialize;
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::app::AppState;
use crate::audit::{self, Actor, Event};
use crate::crypto::{self, keys, receipts, session::SessionToken};
use crate::domain::{CaseState, Receipt};
use crate::error::AppError;
use crate::store::{cases, entities, sessions};
use crate::web::i18n::Lang;

/// The reporter session cookie; `__Host-` pins it to this host, path `/`, Secure.
pub const COOKIE: &str = "__Host-kedja-reporter";
/// A reporter session ends after this long without a request.
pub const IDLE: Duration = Duration::minutes(30);
/// And after this long in any case.
pub const ABSOLUTE: Duration = Duration::hours(2);

/// The session row holds no case id and only day-precise times: a leaked row says that some
/// reporter was active that day, not who or for which case. The case, the identity and the
/// absolute deadline are sealed to the token.
const SESSION_CONTEXT: &str = "session:reporter";

#[derive(serde::Serialize, serde::Deserialize)]
struct SealedReporter {
    case_id: Uuid,
    identity: String,
    until: chrono::DateTime<chrono::Utc>,
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

/// Signs in with a receipt: returns the new session token, or 401 for any unknown receipt.
pub async fn sign_in(state: &AppState, receipt: &str) -> Result<SessionToken, AppError> {
    // A malformed receipt is refused like an unknown one, after the same work, so the answer
    // never tells a guesser which receipts are well-formed.
    let parsed = Receipt::parse(receipt).ok();
    let pepper = *state.secrets().receipt_pepper();
    let probe = parsed
        .clone()
        .unwrap_or_else(|| Receipt::from_digits([0; 16]));
    let derived = state
        .kdf()
        .run(move || receipts::derive(&probe, &pepper))
        .await
        .map_err(|_| AppError::Busy {
            retry_after: std::time::Duration::from_secs(2),
        })?
        .map_err(AppError::internal)?;
    let case = match (
        parsed,
        cases::find_by_receipt(state.db().conn(), &derived.lookup).await?,
    ) {
        (Some(_), Some(case)) if case.purged_on.is_none() => case,
        _ => return Err(AppError::Unauthorized),
    };

    let token = SessionToken::generate().map_err(AppError::internal)?;
    let now = state.clock().now();
    let payload = SealedReporter {
        case_id: case.id,
        identity: keys::identity_to_secret_string(&derived.identity).to_string(),
        until: now + ABSOLUTE,
    };
    let plain = Zeroizing::new(serde_json::to_vec(&payload).map_err(AppError::internal)?);
    let sealed = token
        .seal(SESSION_CONTEXT, &plain)
        .map_err(AppError::internal)?;
    let txn = state.db().begin().await?;
    sessions::insert(
        &*txn,
        token.lookup(),
        sessions::Holder::Reporter,
        sealed,
        midnight(now),
        now + IDLE,
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
        crypto::session::csrf::for_session(state.secrets().csrf_key(), &self.lookup)
    }

    /// Checks a form's CSRF token.
    pub fn check_csrf(&self, state: &AppState, token: &str) -> Result<(), AppError> {
        if crypto::session::csrf::verify_session(state.secrets().csrf_key(), &self.lookup, token) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }
}

/// Reads a cookie's value from the request.
pub fn cookie<'a>(parts: &'a Parts, name: &str) -> Option<&'a str> {
    parts
        .headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

impl FromRequestParts<AppState> for ReporterSession {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = cookie(parts, COOKIE)
            .and_then(SessionToken::parse)
            .ok_or(AppError::Unauthorized)?;
        let lookup = token.lookup();
        let now = state.clock().now();
        let db = state.db().conn();
        let session = sessions::find_live(db, &lookup, now)
            .await?
            .filter(|s| s.kind == "reporter")
            .ok_or(AppError::Unauthorized)?;
        let plain = token
            .open(SESSION_CONTEXT, &session.sealed)
            .map_err(|_| AppError::Unauthorized)?;
        let payload: SealedReporter =
            serde_json::from_slice(&plain).map_err(|_| AppError::Unauthorized)?;
        if payload.until <= now {
            return Err(AppError::Unauthorized);
        }
        let identity =
            keys::parse_identity(&payload.identity).map_err(|_| AppError::Unauthorized)?;
        sessions::touch(db, &lookup, midnight(now), (now + IDLE).min(payload.until)).await?;
        Ok(Self {
            case_id: payload.case_id,
            lookup,
            identity,
        })
    }
}

/// Ends the session.
pub async fn sign_out(state: &AppState, session: &ReporterSession) -> Result<(), AppError> {
    sessions::delete(state.db().conn(), &session.lookup).await?;
    Ok(())
}

/// One message as the reporter sees it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ThreadMessage {
    pub from: &'static str,
    pub body: String,
    pub sent_on: NaiveDate,
}

/// One piece of evidence as the reporter sees it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct EvidenceItem {
    pub name: String,
    pub size: i64,
    pub metadata_removed: bool,
}

/// The case as the reporter sees it: status in plain language, dates, thread, evidence.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ReporterCase {
    pub status: &'static str,
    pub status_text: String,
    pub submitted_on: NaiveDate,
    pub acknowledge_by: NaiveDate,
    pub messages: Vec<ThreadMessage>,
    pub attachments: Vec<EvidenceItem>,
    /// Whether the case may go to an authority: `requested` (answer yes or no), `given`,
    /// `refused`, or absent when nobody asked.
    pub consent: Option<String>,
    /// The authorities the report was passed to, and the day.
    pub escalations: Vec<PassedOn>,
}

/// An escalation as the reporter is told of it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PassedOn {
    pub authority: String,
    pub sent_on: NaiveDate,
}

/// Fluent key of the reporter-facing explanation of each state.
fn status_key(state: CaseState) -> &'static str {
    match state {
        CaseState::Received => "status-received",
        CaseState::Acknowledged => "status-acknowledged",
        CaseState::AwaitingReporter => "status-awaiting-reporter",
        CaseState::Assessing => "status-assessing",
        CaseState::Investigating => "status-investigating",
        CaseState::Remediation => "status-remediation",
        CaseState::Closed => "status-closed",
    }
}

/// Message context: the plaintext is bound to its case and message id.
pub fn message_context(case_id: Uuid, message_id: Uuid) -> String {
    format!("case:{case_id}:message:{message_id}")
}

/// Attachment metadata context.
pub fn attachment_meta_context(case_id: Uuid, attachment_id: Uuid) -> String {
    format!("case:{case_id}:attachment:{attachment_id}:meta")
}

/// What is sealed about an attachment besides its bytes.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct AttachmentMeta {
    pub name: String,
    pub content_type: String,
    /// SHA-256 of the file as stored (after metadata removal), for chains of custody.
    pub sha256: String,
}

async fn load_case(state: &AppState, case_id: Uuid) -> Result<entities::cases::Model, AppError> {
    cases::find(state.db().conn(), case_id)
        .await?
        .filter(|c| c.purged_on.is_none())
        .ok_or(AppError::Unauthorized)
}

/// Reads the case for its reporter.
pub async fn view(
    state: &AppState,
    session: &ReporterSession,
    lang: Lang,
) -> Result<ReporterCase, AppError> {
    let case = load_case(state, session.case_id).await?;
    let db = state.db().conn();
    let identities = std::slice::from_ref(&session.identity);
    let status: CaseState = case.state.parse().map_err(AppError::internal)?;
    let mut messages = Vec::new();
    for message in cases::messages(db, case.id).await? {
        let body = crypto::open(
            &message_context(case.id, message.id),
            identities,
            &message.sealed,
        )
        .map_err(AppError::internal)?;
        messages.push(ThreadMessage {
            from: match message.author.as_str() {
                "reporter" => "reporter",
                "system" => "system",
                _ => "handler",
            },
            body: String::from_utf8_lossy(&body).into_owned(),
            sent_on: message.sent_on,
        });
    }
    let mut attachments = Vec::new();
    for attachment in cases::attachments(db, case.id).await? {
        let meta = crypto::open(
            &attachment_meta_context(case.id, attachment.id),
            identities,
            &attachment.sealed_meta,
        )
        .map_err(AppError::internal)?;
        let meta: AttachmentMeta = serde_json::from_slice(&meta).map_err(AppError::internal)?;
        attachments.push(EvidenceItem {
            name: meta.name,
            size: attachment.size,
            metadata_removed: attachment.metadata_removed,
        });
    }
    Ok(ReporterCase {
        status: status.as_code(),
        status_text: lang.t(status_key(status)),
        submitted_on: case.received_on,
        acknowledge_by: case.acknowledge_by,
        messages,
        attachments,
        consent: case.consent,
        escalations: passed_on(state, case.id).await?,
    })
}

async fn passed_on(state: &AppState, case_id: Uuid) -> Result<Vec<PassedOn>, AppError> {
    let db = state.db().conn();
    let mut out = Vec::new();
    for e in crate::store::escalations::of_case(db, case_id).await? {
        let authority = crate::store::orgs::find_org(db, e.authority_org_id)
            .await?
            .map(|o| o.name)
            .unwrap_or_default();
        out.push(PassedOn {
            authority,
            sent_on: e.created_at.date_naive(),
        });
    }
    Ok(out)
}

/// Longest reply, in characters.
pub const MAX_MESSAGE: usize = 10_000;

/// Checks a reply's text.
pub fn valid_body(body: Option<&str>) -> Result<Zeroizing<String>, AppError> {
    let body = body
        .map(str::trim)
        .filter(|b| !b.is_empty())
        .ok_or_else(|| AppError::invalid("body", "is required"))?;
    if body.chars().count() > MAX_MESSAGE {
        return Err(AppError::invalid(
            "body",
            format!("must be at most {MAX_MESSAGE} characters"),
        ));
    }
    Ok(Zeroizing::new(body.to_string()))
}

/// Adds the reporter's reply to the thread, sealed to the organisations and the reporter.
pub async fn reply(
    state: &AppState,
    session: &ReporterSession,
    body: &str,
) -> Result<(), AppError> {
    let body = valid_body(Some(body))?;
    load_case(state, session.case_id).await?;
    let db = state.db();
    let txn = db.begin().await?;
    // Recipients are read under the case's lock: a transfer or share cannot slip in between.
    let case = cases::lock(&*txn, session.case_id)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let recipients = recipients(&cases::thread_recipients(&*txn, &case).await?)?;
    let message_id = Uuid::new_v4();
    let sealed = crypto::seal(
        &message_context(case.id, message_id),
        &recipients,
        body.as_bytes(),
    )
    .map_err(AppError::internal)?;
    let hash = crypto::sha256_hex(&sealed);
    cases::insert_message(
        &*txn,
        case.id,
        message_id,
        cases::Author::Reporter,
        sealed,
        state.clock().today(),
    )
    .await?;
    audit::append(
        &*txn,
        state.clock().now(),
        Event::new(Actor::Reporter, "message.from_reporter")
            .org(case.owner_org_id)
            .subject("case", case.id)
            .details(serde_json::json!({ "message_id": message_id, "sha256": hash })),
    )
    .await?;
    crate::notify::enqueue_for_org_handlers(
        &*txn,
        state.clock().now(),
        crate::notify::NoticeKind::ReporterReply,
        case.owner_org_id,
        Some(case.id),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Parses stored recipients.
pub fn recipients(texts: &[String]) -> Result<Vec<keys::Recipient>, AppError> {
    texts
        .iter()
        .map(|t| keys::parse_recipient(t).map_err(AppError::internal))
        .collect()
}

/// The case a session belongs to, for other intake modules.
pub async fn case_of(
    state: &AppState,
    session: &ReporterSession,
) -> Result<entities::cases::Model, AppError> {
    load_case(state, session.case_id).await
}
