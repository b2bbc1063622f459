//! Changing cases: workflow moves, messages, notes, assignment, priority, deadlines, risk and
//! recusal. Each is one transaction under the case's lock, with its audit entry.

use super::*;

/// A requested transition.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TransitionInput {
    #[schema(schema_with = transition_to)]
    pub to: String,
    #[schema(schema_with = transition_resolution)]
    pub resolution: Option<String>,
    /// Sent to the reporter with the transition.
    #[schema(schema_with = message_text)]
    pub message: Option<String>,
    /// Kept as an internal note (a reason can name people: never in clear).
    #[schema(schema_with = message_text)]
    pub reason: Option<String>,
    /// With the resolution `duplicate`: the case this one repeats, by its reference
    /// (`KJ-…`) or its id.
    #[serde(default)]
    pub duplicate_of: Option<String>,
}

fn transition_to() -> utoipa::openapi::schema::Object {
    crate::web::schema::one_of(CaseState::ALL.iter().map(|s| s.as_code()))
}

fn transition_resolution() -> utoipa::openapi::schema::Object {
    crate::web::schema::one_of(Resolution::ALL.iter().map(|r| r.as_code()))
}

fn message_text() -> utoipa::openapi::schema::Object {
    crate::web::schema::text(MAX_MESSAGE)
}

pub(super) async fn seal_message(
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
    )?;
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

pub(super) async fn seal_note(
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
    )?;
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

pub(super) fn optional_text(
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
    let case = open_for_owner(state, member, id).await?;
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
    let from: CaseState = case.state.parse()?;
    let next = from
        .transition(to, resolution)
        .map_err(|e| AppError::Conflict {
            code: "illegal_transition",
            message: e.to_string(),
        })?;
    // A duplicate names the case it repeats, which the caller must be able to see too.
    let named = input
        .duplicate_of
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty());
    let duplicate_of = match (resolution, named) {
        (Some(Resolution::Duplicate), Some(other)) => {
            let other = visible_case(state, member, other).await?;
            if other.id == case.id {
                return Err(AppError::invalid(
                    "duplicate_of",
                    "is this case: name the other case it repeats",
                ));
            }
            Some(other.id)
        }
        (Some(Resolution::Duplicate), None) => {
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

/// Another case the caller can see, named by its reference (`KJ-…`) or id.
async fn visible_case(
    state: &AppState,
    member: &Member,
    named: &str,
) -> Result<entities::cases::Model, AppError> {
    let db = state.db().conn();
    let id = match Uuid::parse_str(named) {
        Ok(id) => Some(id),
        Err(_) => cases::find_by_reference(db, named).await?.map(|c| c.id),
    };
    let found = match id {
        Some(id) => cases::get_for(db, crate::access::case_reader(member)?, id).await?,
        None => None,
    };
    found.ok_or_else(|| AppError::invalid("duplicate_of", "is not a case you can see"))
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
    let case = open_for_owner(state, member, id).await?;
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
pub(super) async fn record_change(
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
    let case = open_for_owner(state, member, id).await?;
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
    let case = open_for_owner(state, member, id).await?;
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
    let case = open_for_owner(state, member, id).await?;
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
    let case = open_for_owner(state, member, id).await?;
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
