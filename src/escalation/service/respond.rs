//! Responding: the authority's answers, sealed to it and the sending organisation.

use super::*;

/// `POST /api/v1/escalations/{id}/responses`
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResponseInput {
    /// `received`, `under_review`, `action_taken` or `closed`.
    pub status: Option<String>,
    pub body: Option<String>,
}

/// Records an authority's answer, sealed to the authority and the sending organisation, whose
/// handlers are told.
#[allow(
    clippy::too_many_lines,
    reason = "one answer in one transaction: checks, sealed message, status change, audit entry and notice"
)]
pub async fn respond(
    state: &AppState,
    member: &Member,
    id: Uuid,
    input: ResponseInput,
) -> Result<Uuid, AppError> {
    let escalation = for_authority(state, member, id).await?;
    let status: ResponseStatus = input
        .status
        .as_deref()
        .ok_or_else(|| AppError::missing("status", "is required"))?
        .parse()
        .map_err(|e: crate::domain::UnknownValue| {
            AppError::invalid("status", format!("must be one of {}", e.allowed))
        })?;
    let body = text_field("body", input.body.as_deref(), MAX_TEXT)?
        .unwrap_or_else(|| Zeroizing::new(String::new()));
    let db = state.db().conn();
    let to = vec![
        keys::parse_recipient(
            &orgs::find_org(db, escalation.authority_org_id)
                .await?
                .ok_or(AppError::NotFound)?
                .recipient,
        )?,
        keys::parse_recipient(
            &orgs::find_org(db, escalation.from_org_id)
                .await?
                .ok_or(AppError::NotFound)?
                .recipient,
        )?,
    ];
    let response_id = Uuid::new_v4();
    let now = state.clock().now();
    let txn = state.db().begin().await?;
    // Under the case's lock, so a transfer cannot slip in between: the answer is sealed to the
    // case's owner as well as to the sender, and both are told.
    let owner = cases::lock(&*txn, escalation.case_id)
        .await?
        .map(|c| c.owner_org_id)
        .filter(|owner| *owner != escalation.from_org_id);
    let mut to = to;
    if let Some(owner) = owner {
        let owner = orgs::find_org(&*txn, owner)
            .await?
            .ok_or(AppError::NotFound)?;
        to.push(keys::parse_recipient(&owner.recipient)?);
    }
    let sealed = crypto::seal(
        &Context::Response {
            escalation: id,
            response: response_id,
        },
        &to,
        body.as_bytes(),
    )?;
    let current = store::lock(&*txn, escalation.id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !rules::may_respond(current.status.parse().ok()) {
        return Err(AppError::Conflict {
            code: "escalation_closed",
            message: "This escalation is closed and takes no more responses.".into(),
        });
    }
    store::insert_response(
        &*txn,
        escalation_responses::Model {
            id: response_id,
            escalation_id: escalation.id,
            author_member_id: member.member_id,
            status: status.as_code().to_string(),
            sealed_body: sealed.clone(),
            created_at: now,
        },
    )
    .await?;
    audit::append(
        &*txn,
        now,
        Event::new(member.actor(), AuditAction::EscalationResponded)
            .org(member.org_id)
            .subject("escalation", escalation.id)
            .details(serde_json::json!({
                "response_id": response_id,
                "status": status.as_code(),
                "sha256": crypto::sha256_hex(&sealed),
            })),
    )
    .await?;
    for org in std::iter::once(escalation.from_org_id).chain(owner) {
        crate::notify::enqueue_for_org_handlers(
            &*txn,
            now,
            crate::notify::NoticeKind::EscalationAnswered,
            org,
            Some(escalation.case_id),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(response_id)
}
