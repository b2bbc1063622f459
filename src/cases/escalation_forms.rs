//! The escalation panel's forms on the case page: escalating to an authority and asking the
//! reporter for consent. The case page embeds the escalation audience's panel, so these
//! handlers call into `escalation` (the one audience-to-audience import `cases` makes).

use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

use super::pages::{Draft, case_page, case_url};
use crate::error::AppError;
use crate::escalation::service::{self, EscalationInput};
use crate::web::chrome::error_page;
use crate::web::extract::{CaseId, CsrfForm, NoFields, StaffPage};

#[derive(Deserialize)]
pub struct EscalateForm {
    authority_org_id: Option<String>,
    summary: Option<String>,
    #[serde(default)]
    attachment_ids: Vec<String>,
    legal_reason: Option<String>,
}

impl EscalateForm {
    fn input(&self) -> Result<EscalationInput, AppError> {
        let authority_org_id = match self.authority_org_id.as_deref().map(str::trim) {
            Some("") | None => None,
            Some(raw) => Some(Uuid::parse_str(raw).map_err(|_| {
                AppError::invalid("authority_org_id", "is not an authority organisation")
            })?),
        };
        let attachment_ids = self
            .attachment_ids
            .iter()
            .map(|raw| {
                Uuid::parse_str(raw.trim())
                    .map_err(|_| AppError::invalid("attachment_ids", "names an unknown file"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(EscalationInput {
            authority_org_id,
            summary: self.summary.clone(),
            attachment_ids,
            legal_reason: self.legal_reason.clone(),
        })
    }

    /// What was typed, to show again beside the error.
    fn into_draft(self, lang: crate::web::i18n::Lang, err: &AppError) -> Draft {
        Draft {
            error: Some(crate::web::chrome::staff_message(lang, err)),
            authority_org_id: self.authority_org_id.unwrap_or_default(),
            summary: self.summary.unwrap_or_default(),
            legal_reason: self.legal_reason.unwrap_or_default(),
            attachment_ids: self.attachment_ids,
        }
    }
}

/// Back to the case's escalations, with the notice of what was done.
fn escalations_of(id: Uuid, done: &str) -> Redirect {
    Redirect::to(&format!("{}?done={done}#escalations", case_url(id)))
}

/// `POST /staff/cases/{id}/escalations`
pub async fn escalate(
    page: StaffPage,
    CaseId(id): CaseId,
    CsrfForm(form): CsrfForm<EscalateForm>,
) -> Response {
    let outcome = match form.input() {
        Ok(input) => service::escalate(&page.state, &page.member, id, input).await,
        Err(err) => Err(err),
    };
    let err = match outcome {
        Ok(_) => return escalations_of(id, "escalated").into_response(),
        Err(err) => err,
    };
    if !err.status().is_client_error()
        || err.status() == StatusCode::NOT_FOUND
        || matches!(err, AppError::StepUpRequired)
    {
        return error_page(page.lang, err, &case_url(id));
    }
    // A mistake in the form comes back as the case page with everything typed kept.
    let draft = form.into_draft(page.lang, &err);
    match case_page(&page.state, page.lang, &page.member, id, draft).await {
        Ok(page) => {
            let mut response = crate::web::render(&page);
            *response.status_mut() = err.status();
            response
        }
        Err(_) => error_page(page.lang, err, &case_url(id)),
    }
}

/// `POST /staff/cases/{id}/consent-request`
pub async fn request_consent(
    page: StaffPage,
    CaseId(id): CaseId,
    _: CsrfForm<NoFields>,
) -> Response {
    match service::request_consent(&page.state, &page.member, id).await {
        Ok(()) => escalations_of(id, "consent").into_response(),
        Err(err) => error_page(page.lang, err, &case_url(id)),
    }
}
