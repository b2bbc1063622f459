//! The reporter's side after submission: signing in with the receipt, the case as the reporter
//! sees it, and replies.
//!
//! A reporter session holds the reporter identity sealed to the session token. Every unknown
//! receipt is answered alike (one argon2 run each, same status, same body), so a guesser
//! learns nothing, and no receipt is ever stored or logged.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::audit::{self, Actor, AuditAction, Event};
use crate::crypto::Context;
use crate::crypto::records::AttachmentMeta;
use crate::crypto::{self, keys};
use crate::domain::CaseState;
use crate::error::AppError;
use crate::state::AppState;
use crate::store::{cases, entities};
use crate::web::i18n::Lang;
use crate::web::session::ReporterSession;

/// One message as the reporter sees it.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ThreadMessage {
    pub from: std::borrow::Cow<'static, str>,
    pub body: String,
    pub sent_on: NaiveDate,
}

/// One piece of evidence as the reporter sees it.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct EvidenceItem {
    pub name: String,
    pub size: i64,
    pub metadata_removed: bool,
    /// `removed`, `none_found`, `plain_text` or `kept_as_sent`.
    pub metadata: String,
    /// What was found and removed (`photo_details`, `document_properties`, `xmp`).
    pub removed: Vec<String>,
}

/// What the reporter is told about a file's hidden details, in their language.
pub fn metadata_text(lang: Lang, metadata: &str, removed: &[String]) -> String {
    match metadata {
        "removed" if removed.is_empty() => lang.t("case-metadata-removed"),
        "removed" => {
            let what: Vec<String> = removed
                .iter()
                .map(|code| match code.as_str() {
                    "document_properties" => lang.t("files-removed-document-properties"),
                    "xmp" => lang.t("files-removed-xmp"),
                    _ => lang.t("files-removed-photo-details"),
                })
                .collect();
            lang.t_with(
                "files-metadata-removed",
                &[("what", what.join(", ").into())],
            )
        }
        "none_found" => lang.t("files-metadata-none-found"),
        "plain_text" => lang.t("files-metadata-plain-text"),
        _ => lang.t("files-metadata-kept-as-sent"),
    }
}

/// The case as the reporter sees it: status in plain language, dates, thread, evidence.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ReporterCase {
    pub status: std::borrow::Cow<'static, str>,
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
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
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
    let status: CaseState = case.state.parse()?;
    let mut messages = Vec::new();
    for message in cases::messages(db, case.id).await? {
        let body = crypto::open(
            &Context::Message {
                case: case.id,
                message: message.id,
            },
            identities,
            &message.sealed,
        )?;
        messages.push(ThreadMessage {
            from: std::borrow::Cow::Borrowed(match message.author.as_str() {
                "reporter" => "reporter",
                "system" => "system",
                _ => "handler",
            }),
            body: String::from_utf8_lossy(&body).into_owned(),
            sent_on: message.sent_on,
        });
    }
    let mut attachments = Vec::new();
    for attachment in cases::attachments(db, case.id).await? {
        let meta = crypto::open(
            &Context::AttachmentMeta {
                case: case.id,
                attachment: attachment.id,
            },
            identities,
            &attachment.sealed_meta,
        )?;
        let meta: AttachmentMeta = serde_json::from_slice(&meta)?;
        let metadata = crate::evidence::MetadataOutcome::stored_code(
            attachment.metadata_removed,
            meta.removed.as_deref(),
            &meta.content_type,
        );
        attachments.push(EvidenceItem {
            name: meta.name,
            size: attachment.size,
            metadata_removed: attachment.metadata_removed,
            metadata: metadata.to_string(),
            removed: meta.removed.unwrap_or_default(),
        });
    }
    Ok(ReporterCase {
        status: std::borrow::Cow::Borrowed(status.as_code()),
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
pub use crate::domain::text::MAX_MESSAGE;

/// Checks a reply's text.
pub fn valid_body(body: Option<&str>) -> Result<Zeroizing<String>, AppError> {
    let body = crate::domain::text::required("body", body, MAX_MESSAGE)?;
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
    let recipients = keys::parse_recipients(&cases::thread_recipients(&*txn, &case).await?)?;
    let message_id = Uuid::new_v4();
    let sealed = crypto::seal(
        &Context::Message {
            case: case.id,
            message: message_id,
        },
        &recipients,
        body.as_bytes(),
    )?;
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
    audit::defer(
        &*txn,
        state.clock().today(),
        Event::new(Actor::Reporter, AuditAction::MessageFromReporter)
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

/// The case a session belongs to, for other intake modules.
pub async fn case_of(
    state: &AppState,
    session: &ReporterSession,
) -> Result<entities::cases::Model, AppError> {
    load_case(state, session.case_id).await
}
