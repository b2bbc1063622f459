//! What case handlers do, one function per action. Each opens the case through
//! `store::cases::get_for`, the one place access is decided, and writes in one transaction
//! with its audit entry. Decrypted content exists only in the value returned to the caller.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::ActiveValue::Set;
use sea_orm::IntoActiveModel;
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::access::open_case;
use crate::audit::{self, AuditAction, Event};
use crate::crypto;
use crate::crypto::records::{AttachmentMeta, CaseContent, Context};
use crate::domain::deadlines::{self, DeadlinePolicy, Overdue};
use crate::domain::text::MAX_MESSAGE;
use crate::domain::{CaseState, Priority, Resolution};
use crate::error::AppError;
use crate::evidence::Download;
use crate::state::AppState;
use crate::store::cases::{self, ListFilter};
use crate::store::entities;
use crate::web::i18n::Lang;
use crate::web::session::Member;

/// A case in the list: clear columns only.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CaseSummary {
    pub id: Uuid,
    pub reference: String,
    pub state: String,
    pub priority: String,
    pub received_on: NaiveDate,
    pub acknowledge_by: NaiveDate,
    pub feedback_by: Option<NaiveDate>,
    pub supplier: Option<String>,
    pub country: String,
    pub indicators: Vec<String>,
    pub assignee: Option<Uuid>,
    /// `acknowledgement` or `feedback` when a deadline has passed.
    pub overdue: Option<&'static str>,
}

/// A message of the thread as staff see it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct StaffMessage {
    pub id: Uuid,
    pub from: String,
    pub body: String,
    pub sent_on: NaiveDate,
}

/// An internal note.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct StaffNote {
    pub id: Uuid,
    pub author: Uuid,
    pub body: String,
    pub created_at: DateTime<Utc>,
}

/// Evidence as staff see it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct StaffAttachment {
    pub id: Uuid,
    pub name: String,
    pub content_type: String,
    pub size: i64,
    pub metadata_removed: bool,
    pub sha256: String,
}

/// One audit entry about the case.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct TimelineEntry {
    pub at: DateTime<Utc>,
    pub action: String,
    pub actor: String,
}

/// A case opened by a handler.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CaseDetail {
    #[serde(flatten)]
    pub summary: CaseSummary,
    pub narrative: String,
    pub supplier_text: Option<String>,
    pub relationship: String,
    pub people_affected: String,
    pub immediate_danger: bool,
    pub resolution: Option<String>,
    pub retaliation_risk: Option<String>,
    /// The reporter's consent to escalation: `requested`, `given`, `refused` or absent.
    pub consent: Option<String>,
    /// The day the reporter answered.
    pub consent_on: Option<NaiveDate>,
    pub messages: Vec<StaffMessage>,
    pub notes: Vec<StaffNote>,
    pub attachments: Vec<StaffAttachment>,
    pub timeline: Vec<TimelineEntry>,
}

fn overdue_of(case: &entities::cases::Model, today: NaiveDate) -> Option<&'static str> {
    let state: CaseState = case.state.parse().ok()?;
    deadlines::overdue(state, today, case.acknowledge_by, case.feedback_by).map(|o| match o {
        Overdue::Acknowledgement => "acknowledgement",
        Overdue::Feedback => "feedback",
    })
}

fn priority_rank(code: &str) -> u8 {
    code.parse::<Priority>().map_or(0, |p| p as u8)
}

/// The list filters as sent; each is checked.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListQuery {
    pub state: Option<String>,
    pub priority: Option<String>,
    pub overdue: Option<String>,
    pub supplier_id: Option<String>,
    pub indicator: Option<String>,
    pub assignee: Option<String>,
}

fn some(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

impl ListQuery {
    fn filter(&self) -> Result<(ListFilter, Option<bool>), AppError> {
        let state = some(&self.state)
            .map(|s| s.parse::<CaseState>().map(|s| s.as_code().to_string()))
            .transpose()
            .map_err(|e| {
                AppError::invalid(
                    "state",
                    e.to_string().trim_start_matches("state: ").to_string(),
                )
            })?;
        let priority = some(&self.priority)
            .map(|p| p.parse::<Priority>().map(|p| p.as_code().to_string()))
            .transpose()
            .map_err(|e| {
                AppError::invalid(
                    "priority",
                    e.to_string().trim_start_matches("priority: ").to_string(),
                )
            })?;
        let indicator = some(&self.indicator)
            .map(|i| {
                i.parse::<crate::domain::Indicator>()
                    .map(|i| i.as_code().to_string())
            })
            .transpose()
            .map_err(|_| AppError::invalid("indicator", "is not a known indicator code"))?;
        let supplier_id = some(&self.supplier_id)
            .map(Uuid::parse_str)
            .transpose()
            .map_err(|_| AppError::invalid("supplier_id", "is not a valid id"))?;
        let assignee = some(&self.assignee)
            .map(Uuid::parse_str)
            .transpose()
            .map_err(|_| AppError::invalid("assignee", "is not a valid id"))?;
        let overdue = match some(&self.overdue) {
            None => None,
            Some("true") => Some(true),
            Some("false") => Some(false),
            Some(_) => return Err(AppError::invalid("overdue", "must be true or false")),
        };
        Ok((
            ListFilter {
                state,
                priority,
                supplier_id,
                indicator,
                assignee,
                include_purged: false,
            },
            overdue,
        ))
    }
}

/// The caller's cases, most urgent first: priority, then overdue, then the oldest deadline.
pub async fn list(
    state: &AppState,
    member: &Member,
    query: &ListQuery,
) -> Result<Vec<CaseSummary>, AppError> {
    let caller = crate::access::case_reader(member)?;
    let (filter, overdue) = query.filter()?;
    let db = state.db().conn();
    let rows = cases::list_for(db, caller, &filter).await?;
    let ids: Vec<Uuid> = rows.iter().map(|c| c.id).collect();
    let indicators = cases::indicators_of(db, &ids).await?;
    let supplier_ids: Vec<Uuid> = rows.iter().filter_map(|c| c.supplier_id).collect();
    let names = crate::store::suppliers::names_of(db, &supplier_ids).await?;
    let today = state.clock().today();
    let mut summaries: Vec<CaseSummary> = rows
        .iter()
        .map(|case| summary(case, &indicators, &names, today))
        .filter(|s| overdue.is_none_or(|want| s.overdue.is_some() == want))
        .collect();
    summaries.sort_by(|a, b| {
        priority_rank(&b.priority)
            .cmp(&priority_rank(&a.priority))
            .then(b.overdue.is_some().cmp(&a.overdue.is_some()))
            .then(a.acknowledge_by.cmp(&b.acknowledge_by))
            .then(a.received_on.cmp(&b.received_on))
    });
    Ok(summaries)
}

fn summary(
    case: &entities::cases::Model,
    indicators: &std::collections::HashMap<Uuid, Vec<String>>,
    names: &std::collections::HashMap<Uuid, String>,
    today: NaiveDate,
) -> CaseSummary {
    CaseSummary {
        id: case.id,
        reference: case.reference.clone(),
        state: case.state.clone(),
        priority: case.priority.clone(),
        received_on: case.received_on,
        acknowledge_by: case.acknowledge_by,
        feedback_by: case.feedback_by,
        supplier: case.supplier_id.and_then(|id| names.get(&id).cloned()),
        country: case.country.clone(),
        indicators: indicators.get(&case.id).cloned().unwrap_or_default(),
        assignee: case.assignee_id,
        overdue: overdue_of(case, today),
    }
}

/// The list entry of one case.
pub async fn summary_of(
    state: &AppState,
    case: &entities::cases::Model,
) -> Result<CaseSummary, AppError> {
    let db = state.db().conn();
    let indicators = cases::indicators_of(db, &[case.id]).await?;
    let names =
        crate::store::suppliers::names_of(db, &case.supplier_id.into_iter().collect::<Vec<_>>())
            .await?;
    Ok(summary(case, &indicators, &names, state.clock().today()))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Opens a case: decrypts content, thread, notes and evidence list. Audited as content access.
#[allow(
    clippy::too_many_lines,
    reason = "opens each sealed part of one case in turn with the same identity, then audits the read"
)]
pub async fn detail(state: &AppState, member: &Member, id: Uuid) -> Result<CaseDetail, AppError> {
    let case = open_case(state, member, id).await?;
    let identity = std::slice::from_ref(member.org_identity()?);
    let db = state.db().conn();
    let sealed = cases::content(db, case.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let plain = crypto::open(&Context::CaseContent { case: case.id }, identity, &sealed)
        .map_err(AppError::internal)?;
    let content: CaseContent = serde_json::from_slice(&plain).map_err(AppError::internal)?;
    let mut messages = Vec::new();
    for m in cases::messages(db, case.id).await? {
        let body = crypto::open(
            &Context::Message {
                case: case.id,
                message: m.id,
            },
            identity,
            &m.sealed,
        )
        .map_err(AppError::internal)?;
        messages.push(StaffMessage {
            id: m.id,
            from: m.author,
            body: text(&body),
            sent_on: m.sent_on,
        });
    }
    let mut notes = Vec::new();
    for n in cases::notes(db, case.id).await? {
        let body = crypto::open(
            &Context::Note {
                case: case.id,
                note: n.id,
            },
            identity,
            &n.sealed,
        )
        .map_err(AppError::internal)?;
        notes.push(StaffNote {
            id: n.id,
            author: n.author_member_id,
            body: text(&body),
            created_at: n.created_at,
        });
    }
    let mut attachments = Vec::new();
    for a in cases::attachments(db, case.id).await? {
        let meta = crypto::open(
            &Context::AttachmentMeta {
                case: case.id,
                attachment: a.id,
            },
            identity,
            &a.sealed_meta,
        )
        .map_err(AppError::internal)?;
        let meta: AttachmentMeta = serde_json::from_slice(&meta).map_err(AppError::internal)?;
        attachments.push(StaffAttachment {
            id: a.id,
            name: meta.name,
            content_type: meta.content_type,
            size: a.size,
            metadata_removed: a.metadata_removed,
            sha256: meta.sha256,
        });
    }
    let summary = summary_of(state, &case).await?;
    let txn = state.db().begin().await?;
    audit::append(
        &*txn,
        state.clock().now(),
        Event::new(member.actor(), AuditAction::CaseRead)
            .org(member.org_id)
            .subject("case", case.id),
    )
    .await?;
    txn.commit().await?;
    let timeline = cases::timeline(db, case.id)
        .await?
        .into_iter()
        .map(|e| TimelineEntry {
            at: e.at,
            action: e.action,
            actor: e.actor_kind,
        })
        .collect();
    Ok(CaseDetail {
        summary,
        narrative: content.narrative.clone(),
        supplier_text: content.supplier_text.clone(),
        relationship: content.relationship.as_code().to_string(),
        people_affected: content.people_affected.as_code().to_string(),
        immediate_danger: content.immediate_danger,
        resolution: case.resolution,
        retaliation_risk: case.retaliation_risk,
        consent: case.consent,
        consent_on: case.consent_on,
        messages,
        notes,
        attachments,
        timeline,
    })
}

/// The language the reporter wrote in.
async fn reporter_language(
    state: &AppState,
    member: &Member,
    case: &entities::cases::Model,
) -> Result<Lang, AppError> {
    let sealed = cases::content(state.db().conn(), case.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let plain = crypto::open(
        &Context::CaseContent { case: case.id },
        std::slice::from_ref(member.org_identity()?),
        &sealed,
    )
    .map_err(AppError::internal)?;
    let content: CaseContent = serde_json::from_slice(&plain).map_err(AppError::internal)?;
    Ok(Lang::from_code(&content.language))
}

/// A requested transition.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TransitionInput {
    pub to: String,
    pub resolution: Option<String>,
    /// Sent to the reporter with the transition.
    pub message: Option<String>,
    /// Kept as an internal note (a reason can name people: never in clear).
    pub reason: Option<String>,
    /// With the resolution `duplicate`: the case this one repeats.
    #[serde(default)]
    pub duplicate_of: Option<Uuid>,
}

async fn seal_message(
    state: &AppState,
    case: &entities::cases::Model,
    txn: &crate::store::WriteTxn,
    author: cases::Author,
    body: &str,
) -> Result<Uuid, AppError> {
    let case = locked(txn, case).await?;
    let recipients =
        crypto::keys::parse_recipients(&cases::thread_recipients(&**txn, &case).await?)?;
    let id = Uuid::new_v4();
    let sealed = crypto::seal(
        &Context::Message {
            case: case.id,
            message: id,
        },
        &recipients,
        body.as_bytes(),
    )
    .map_err(AppError::internal)?;
    cases::insert_message(&**txn, case.id, id, author, sealed, state.clock().today()).await?;
    Ok(id)
}

/// The case locked inside `txn`; a case that changed hands since it was opened answers
/// `case_changed` rather than having something sealed to the wrong organisations.
pub async fn locked(
    txn: &crate::store::WriteTxn,
    case: &entities::cases::Model,
) -> Result<entities::cases::Model, AppError> {
    let now = cases::lock(&**txn, case.id)
        .await?
        .ok_or(AppError::NotFound)?;
    if now.owner_org_id != case.owner_org_id {
        return Err(AppError::case_changed());
    }
    Ok(now)
}

async fn seal_note(
    state: &AppState,
    member: &Member,
    case: &entities::cases::Model,
    txn: &crate::store::WriteTxn,
    body: &str,
) -> Result<Uuid, AppError> {
    let case = locked(txn, case).await?;
    let recipients = crypto::keys::parse_recipients(&cases::org_recipients(&**txn, &case).await?)?;
    let id = Uuid::new_v4();
    let sealed = crypto::seal(
        &Context::Note {
            case: case.id,
            note: id,
        },
        &recipients,
        body.as_bytes(),
    )
    .map_err(AppError::internal)?;
    cases::insert_note(
        &**txn,
        id,
        case.id,
        member.org_id,
        member.member_id,
        sealed,
        state.clock().now(),
    )
    .await?;
    Ok(id)
}

fn optional_text(
    field: &'static str,
    value: Option<&str>,
    max: usize,
) -> Result<Option<Zeroizing<String>>, AppError> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) if v.chars().count() > max => Err(AppError::too_long(
            field,
            format!("must be at most {max} characters"),
        )),
        Some(v) => Ok(Some(Zeroizing::new(v.to_string()))),
    }
}

/// Moves a case through the workflow; acknowledging and closing write to the reporter.
#[allow(
    clippy::too_many_lines,
    reason = "one workflow move in one transaction: checks, sealed message, state change, audit entry and notice"
)]
pub async fn transition(
    state: &AppState,
    member: &Member,
    id: Uuid,
    input: TransitionInput,
) -> Result<CaseSummary, AppError> {
    let case = open_case(state, member, id).await?;
    let to: CaseState = input.to.parse().map_err(|e: crate::domain::UnknownValue| {
        AppError::invalid("to", format!("must be one of {}", e.allowed))
    })?;
    let resolution: Option<Resolution> = input
        .resolution
        .as_deref()
        .map(str::parse)
        .transpose()
        .map_err(|e: crate::domain::UnknownValue| {
            AppError::invalid("resolution", format!("must be one of {}", e.allowed))
        })?;
    let message = optional_text("message", input.message.as_deref(), MAX_MESSAGE)?;
    let reason = optional_text("reason", input.reason.as_deref(), MAX_MESSAGE)?;
    let from: CaseState = case.state.parse().map_err(AppError::internal)?;
    let next = from
        .transition(to, resolution)
        .map_err(|e| AppError::Conflict {
            code: "illegal_transition",
            message: e.to_string(),
        })?;
    // A duplicate names the case it repeats, which the caller must be able to see too.
    let duplicate_of = match (resolution, input.duplicate_of) {
        (Some(Resolution::Duplicate), Some(other)) if other != case.id => {
            cases::get_for(
                state.db().conn(),
                crate::access::case_reader(member)?,
                other,
            )
            .await?
            .ok_or_else(|| AppError::invalid("duplicate_of", "is not a case you can see"))?;
            Some(other)
        }
        (Some(Resolution::Duplicate), _) => {
            return Err(AppError::invalid(
                "duplicate_of",
                "name the other case this one repeats",
            ));
        }
        (_, Some(_)) => {
            return Err(AppError::invalid(
                "duplicate_of",
                "goes only with the resolution duplicate",
            ));
        }
        (_, None) => None,
    };

    let today = state.clock().today();
    let owner = cases::owner(state.db().conn(), &case)
        .await?
        .ok_or(AppError::NotFound)?;
    let policy = DeadlinePolicy {
        acknowledge_days: u32::try_from(owner.acknowledge_days).unwrap_or(7),
        feedback_months: u32::try_from(owner.feedback_months).unwrap_or(3),
    };
    let mut active = case.clone().into_active_model();
    active.state = Set(next.as_code().to_string());
    if next == CaseState::Acknowledged {
        active.acknowledged_on = Set(Some(today));
        active.feedback_by = Set(Some(deadlines::feedback_by(today, &policy)));
    }
    if next == CaseState::Closed {
        active.closed_on = Set(Some(today));
        active.resolution = Set(resolution.map(|r| r.as_code().to_string()));
        active.duplicate_of = Set(duplicate_of);
    }

    // The reporter is written to in their own language, which is sealed with the report.
    let lang = if next.notifies_reporter() {
        Some(reporter_language(state, member, &case).await?)
    } else {
        None
    };
    let txn = state.db().begin().await?;
    cases::update(&*txn, active).await?;
    if let Some(lang) = lang {
        let notice = match next {
            CaseState::Acknowledged => lang.t("reporter-notice-acknowledged"),
            _ => lang.t("reporter-notice-closed"),
        };
        seal_message(state, &case, &txn, cases::Author::System, &notice).await?;
    }
    let message_id = match &message {
        Some(body) => Some(
            seal_message(
                state,
                &case,
                &txn,
                cases::Author::Handler(member.member_id),
                body,
            )
            .await?,
        ),
        None => None,
    };
    let note_id = match &reason {
        Some(reason) => Some(seal_note(state, member, &case, &txn, reason).await?),
        None => None,
    };
    audit::append(
        &*txn,
        state.clock().now(),
        Event::new(member.actor(), AuditAction::CaseTransition)
            .org(member.org_id)
            .subject("case", case.id)
            .details(serde_json::json!({
                "from": from.as_code(),
                "to": next.as_code(),
                "resolution": resolution.map(|r| r.as_code()),
                "message_id": message_id,
                "reason_note_id": note_id,
            })),
    )
    .await?;
    txn.commit().await?;
    let case = cases::find(state.db().conn(), case.id)
        .await?
        .ok_or(AppError::NotFound)?;
    summary_of(state, &case).await
}

/// A handler's message to the reporter.
pub async fn message(
    state: &AppState,
    member: &Member,
    id: Uuid,
    body: Option<&str>,
) -> Result<(), AppError> {
    let body =
        Zeroizing::new(crate::domain::text::required("body", body, MAX_MESSAGE)?.to_string());
    let case = open_case(state, member, id).await?;
    let txn = state.db().begin().await?;
    let message_id = seal_message(
        state,
        &case,
        &txn,
        cases::Author::Handler(member.member_id),
        &body,
    )
    .await?;
    audit::append(
        &*txn,
        state.clock().now(),
        Event::new(member.actor(), AuditAction::MessageToReporter)
            .org(member.org_id)
            .subject("case", case.id)
            .details(serde_json::json!({ "message_id": message_id })),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// An internal note, sealed to the organisations only: the reporter never sees it.
pub async fn note(
    state: &AppState,
    member: &Member,
    id: Uuid,
    body: Option<&str>,
) -> Result<(), AppError> {
    let body =
        Zeroizing::new(crate::domain::text::required("body", body, MAX_MESSAGE)?.to_string());
    let case = open_case(state, member, id).await?;
    let txn = state.db().begin().await?;
    let note_id = seal_note(state, member, &case, &txn, &body).await?;
    audit::append(
        &*txn,
        state.clock().now(),
        Event::new(member.actor(), AuditAction::NoteAdded)
            .org(member.org_id)
            .subject("case", case.id)
            .details(serde_json::json!({ "note_id": note_id })),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Saves a change to a case's clear columns with its audit entry, and an optional internal
/// note (a reason, which may name people, so it is sealed, never audited in clear), in one
/// transaction; answers the case as listed.
async fn record_change(
    state: &AppState,
    member: &Member,
    case: &entities::cases::Model,
    active: entities::cases::ActiveModel,
    note: Option<&str>,
    action: AuditAction,
    details: serde_json::Value,
) -> Result<CaseSummary, AppError> {
    let txn = state.db().begin().await?;
    cases::update(&*txn, active).await?;
    let note_id = match note {
        Some(note) => Some(seal_note(state, member, case, &txn, note).await?),
        None => None,
    };
    let mut details = details;
    if let (Some(id), Some(map)) = (note_id, details.as_object_mut()) {
        map.insert("note_id".into(), serde_json::json!(id));
    }
    audit::append(
        &*txn,
        state.clock().now(),
        Event::new(member.actor(), action)
            .org(member.org_id)
            .subject("case", case.id)
            .details(details),
    )
    .await?;
    txn.commit().await?;
    let case = cases::find(state.db().conn(), case.id)
        .await?
        .ok_or(AppError::NotFound)?;
    summary_of(state, &case).await
}

/// Assigns the case to a confirmed handler or admin of the owning organisation, or unassigns.
pub async fn assign(
    state: &AppState,
    member: &Member,
    id: Uuid,
    user_id: Option<Uuid>,
) -> Result<CaseSummary, AppError> {
    let case = open_case(state, member, id).await?;
    if let Some(user_id) = user_id {
        let assignee = crate::store::orgs::member(state.db().conn(), user_id)
            .await?
            .filter(|m| m.org_id == case.owner_org_id && crate::access::assignable(m))
            .ok_or_else(|| {
                AppError::invalid(
                    "user_id",
                    "is not a confirmed handler of the owning organisation",
                )
            })?;
        if cases::is_recused(state.db().conn(), case.id, assignee.id).await? {
            return Err(AppError::invalid("user_id", "is recused from this case"));
        }
    }
    let mut active = case.clone().into_active_model();
    active.assignee_id = Set(user_id);
    record_change(
        state,
        member,
        &case,
        active,
        None,
        AuditAction::CaseAssigned,
        serde_json::json!({ "assignee": user_id }),
    )
    .await
}

/// Overrides the derived priority; the reason is required and kept as a note.
pub async fn override_priority(
    state: &AppState,
    member: &Member,
    id: Uuid,
    priority: &str,
    reason: Option<&str>,
) -> Result<CaseSummary, AppError> {
    let priority: Priority = priority.parse().map_err(|e: crate::domain::UnknownValue| {
        AppError::invalid("priority", format!("must be one of {}", e.allowed))
    })?;
    let reason = optional_text("reason", reason, MAX_MESSAGE)?
        .ok_or_else(|| AppError::missing("reason", "is required to override a priority"))?;
    let case = open_case(state, member, id).await?;
    let mut active = case.clone().into_active_model();
    active.priority = Set(priority.as_code().to_string());
    let details = serde_json::json!({ "from": case.priority, "to": priority.as_code(), "assessed": case.assessed_priority });
    record_change(
        state,
        member,
        &case,
        active,
        Some(&reason),
        AuditAction::CasePriorityOverride,
        details,
    )
    .await
}

/// Extends the feedback deadline by 1 to 3 months; the reason is required and kept as a note.
pub async fn extend_feedback(
    state: &AppState,
    member: &Member,
    id: Uuid,
    months: u32,
    reason: Option<&str>,
) -> Result<CaseSummary, AppError> {
    let case = open_case(state, member, id).await?;
    let current = case.feedback_by.ok_or_else(|| AppError::Conflict {
        code: "no_feedback_deadline",
        message: "Acknowledge the case first: the feedback deadline starts then.".into(),
    })?;
    let reason = optional_text("reason", reason, MAX_MESSAGE)?;
    let extended = deadlines::extend(
        current,
        months,
        reason.as_deref().map_or("", |r| r.as_str()),
    )
    .map_err(|e| {
        let text = e.to_string();
        match e {
            deadlines::ExtensionError::NoReason => {
                AppError::invalid("reason", text.trim_start_matches("reason: ").to_string())
            }
            deadlines::ExtensionError::Length => {
                AppError::invalid("months", text.trim_start_matches("months: ").to_string())
            }
        }
    })?;
    let mut active = case.clone().into_active_model();
    active.feedback_by = Set(Some(extended));
    let details = serde_json::json!({ "from": current, "to": extended });
    record_change(
        state,
        member,
        &case,
        active,
        reason.as_deref().map(|r| r.as_str()),
        AuditAction::CaseFeedbackExtended,
        details,
    )
    .await
}

/// Records the retaliation risk assessed at triage, with an optional internal note.
pub async fn set_retaliation_risk(
    state: &AppState,
    member: &Member,
    id: Uuid,
    risk: &str,
    note: Option<&str>,
) -> Result<(), AppError> {
    let risk: crate::domain::RetaliationRisk =
        risk.parse().map_err(|e: crate::domain::UnknownValue| {
            AppError::invalid("risk", format!("must be one of {}", e.allowed))
        })?;
    let note = optional_text("note", note, MAX_MESSAGE)?;
    let case = open_case(state, member, id).await?;
    let mut active = case.clone().into_active_model();
    active.retaliation_risk = Set(Some(risk.as_code().to_string()));
    let details = serde_json::json!({ "risk": risk.as_code() });
    record_change(
        state,
        member,
        &case,
        active,
        note.as_deref().map(|n| n.as_str()),
        AuditAction::CaseRetaliationRisk,
        details,
    )
    .await?;
    Ok(())
}

/// The caller steps aside from a case (a conflict of interest); from then on it is refused to
/// them like a case of another organisation.
pub async fn recuse(state: &AppState, member: &Member, id: Uuid) -> Result<(), AppError> {
    let case = open_case(state, member, id).await?;
    let txn = state.db().begin().await?;
    cases::recuse(&*txn, case.id, member.member_id, state.clock().now()).await?;
    if case.assignee_id == Some(member.member_id) {
        let mut active = case.clone().into_active_model();
        active.assignee_id = Set(None);
        cases::update(&*txn, active).await?;
    }
    audit::append(
        &*txn,
        state.clock().now(),
        Event::new(member.actor(), AuditAction::CaseRecused)
            .org(member.org_id)
            .subject("case", case.id),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Decrypts one evidence file of a case.
pub async fn download(
    state: &AppState,
    member: &Member,
    id: Uuid,
    attachment_id: Uuid,
) -> Result<Download, AppError> {
    let case = open_case(state, member, id).await?;
    let identity = member.org_identity()?.clone();
    let attachment = cases::attachment(state.db().conn(), case.id, attachment_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (meta, bytes) =
        crate::evidence::open_attachment(state, &identity, case.id, &attachment).await?;
    let txn = state.db().begin().await?;
    audit::append(
        &*txn,
        state.clock().now(),
        Event::new(member.actor(), AuditAction::AttachmentDownloaded)
            .org(member.org_id)
            .subject("case", case.id)
            // The ciphertext's hash, never the file's: a document's plain hash in a clear
            // column would let whoever holds the same document confirm it was reported.
            .details(serde_json::json!({
                "attachment_id": attachment.id,
                "ciphertext_sha256": attachment.ciphertext_sha256,
            })),
    )
    .await?;
    txn.commit().await?;
    Ok(Download {
        name: meta.name,
        bytes,
    })
}
