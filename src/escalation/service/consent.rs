//! Consent: a handler asks the reporter, through their status page, whether the case may go to
//! an authority; the reporter answers yes or no, to the day.

use super::*;

/// Asks the reporter, through their status page, whether the case may go to an authority.
pub async fn request_consent(state: &AppState, member: &Member, id: Uuid) -> Result<(), AppError> {
    let case = open_for_owner(state, member, id).await?;
    let txn = state.db().begin().await?;
    let case = cases::lock(&*txn, case.id)
        .await?
        .ok_or(AppError::NotFound)?;
    if case.state == crate::domain::CaseState::Received.as_code() {
        // The reporter would be asked before anyone has confirmed reading their report.
        return Err(AppError::Conflict {
            code: "not_acknowledged",
            message: "Acknowledge the report before asking the reporter for consent.".into(),
        });
    }
    rules::may_request(consent_of(&case)?).map_err(|refused| AppError::Conflict {
        code: match refused {
            rules::RequestRefused::Pending => "consent_pending",
            rules::RequestRefused::AlreadyGiven => "consent_given",
        },
        message: format!("Consent was not asked again: {refused}."),
    })?;
    store::set_consent(&*txn, case.id, Consent::Requested.as_code(), None).await?;
    audit::append(
        &*txn,
        state.clock().now(),
        Event::new(member.actor(), AuditAction::ConsentRequested)
            .org(member.org_id)
            .subject("case", case.id),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The reporter's yes or no. Taken only once they were asked; they may change their mind,
/// which does not recall what was already sent.
pub async fn answer_consent(
    state: &AppState,
    session: &ReporterSession,
    yes: bool,
) -> Result<(), AppError> {
    let txn = state.db().begin().await?;
    let case = cases::lock(&*txn, session.case_id)
        .await?
        .filter(|c| c.purged_on.is_none())
        .ok_or(AppError::Unauthorized)?;
    if !rules::may_answer(consent_of(&case)?) {
        return Err(AppError::Conflict {
            code: "consent_not_requested",
            message: "Nobody has asked for your consent on this report.".into(),
        });
    }
    let answer = if yes {
        Consent::Given
    } else {
        Consent::Refused
    };
    store::set_consent(
        &*txn,
        case.id,
        answer.as_code(),
        Some(state.clock().today()),
    )
    .await?;
    audit::defer(
        &*txn,
        state.clock().today(),
        Event::new(Actor::Reporter, AuditAction::ConsentAnswered)
            .org(case.owner_org_id)
            .subject("case", case.id)
            .details(serde_json::json!({ "consent": answer.as_code() })),
    )
    .await?;
    crate::notify::enqueue_for_org_handlers(
        &*txn,
        state.clock().now(),
        crate::notify::NoticeKind::ConsentAnswered,
        case.owner_org_id,
        Some(case.id),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
