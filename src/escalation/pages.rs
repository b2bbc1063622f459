//! Escalation as plain forms: the handler's escalate and ask-for-consent forms on the case page,
//! and the authority portal under `/authority`.

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

use super::service::{self, EscalationSummary, EscalationView, ResponseInput};
use crate::domain::escalation::ResponseStatus;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::chrome::{Chrome, error_page};
use crate::web::download::attachment;
use crate::web::extract::{CsrfForm, EscalationId, EvidenceId, StaffPage};
use crate::web::i18n::Lang;
use crate::web::session::Member;

/// The Fluent key of an escalation's basis.
pub fn basis_key(basis: &str) -> &'static str {
    match basis {
        "reporter" => "esc-basis-reporter",
        _ => "esc-basis-legal_reason",
    }
}

/// The Fluent key of an escalation's status.
pub fn status_key(status: &str) -> &'static str {
    match status {
        "received" => "esc-status-received",
        "under_review" => "esc-status-under_review",
        "action_taken" => "esc-status-action_taken",
        "closed" => "esc-status-closed",
        _ => "esc-status-sent",
    }
}

fn escalation_page(id: Uuid) -> String {
    format!("/authority/escalations/{id}")
}

/// `/authority`
#[derive(Template)]
#[template(path = "authority/list.html")]
pub struct ListPage {
    pub lang: Lang,
    pub chrome: Chrome,
    pub escalations: Vec<EscalationSummary>,
    pub fingerprint: String,
}

impl ListPage {
    pub fn status_key(&self, status: &str) -> &'static str {
        status_key(status)
    }
    pub fn when(&self, at: &chrono::DateTime<chrono::Utc>) -> String {
        self.chrome.when(at)
    }
}

/// `GET /authority`: what was escalated to the member's authority.
pub async fn list(
    State(state): State<AppState>,
    lang: Lang,
    member: Result<Member, AppError>,
) -> Response {
    let member = match member {
        Ok(member) => member,
        Err(AppError::Conflict { .. }) => return Redirect::to("/staff/totp").into_response(),
        Err(_) => return Redirect::to("/staff/login").into_response(),
    };
    let outcome = async {
        Ok::<_, AppError>(ListPage {
            lang,
            chrome: Chrome::of(&state, &member),
            escalations: service::list(&state, &member).await?,
            fingerprint: service::signing_key(&state)?.1,
        })
    }
    .await;
    match outcome {
        Ok(page) => crate::web::render(&page),
        Err(err) => error_page(lang, err, "/staff"),
    }
}

/// `/authority/escalations/{id}`
#[derive(Template)]
#[template(path = "authority/escalation.html")]
pub struct DetailPage {
    pub lang: Lang,
    pub chrome: Chrome,
    pub escalation: EscalationView,
}

impl DetailPage {
    pub fn statuses(&self) -> &'static [ResponseStatus] {
        ResponseStatus::ALL
    }
    pub fn closed(&self) -> bool {
        self.escalation.status == ResponseStatus::Closed.as_code()
    }
    /// The status the answer form starts at: the current one, so a follow-up message never
    /// moves the status back by accident.
    pub fn is_current(&self, status: &ResponseStatus) -> bool {
        self.escalation.status == status.as_code()
    }
    pub fn status_key(&self, status: &str) -> &'static str {
        status_key(status)
    }
    pub fn basis_key(&self, basis: &str) -> &'static str {
        basis_key(basis)
    }
    pub fn when(&self, at: &chrono::DateTime<chrono::Utc>) -> String {
        self.chrome.when(at)
    }
}

/// `GET /authority/escalations/{id}`
pub async fn detail(page: StaffPage, EscalationId(id): EscalationId) -> Response {
    match service::detail(&page.state, &page.member, id).await {
        Ok(escalation) => crate::web::render(&DetailPage {
            lang: page.lang,
            chrome: Chrome::of(&page.state, &page.member),
            escalation,
        }),
        Err(err) => error_page(page.lang, err, "/authority"),
    }
}

#[derive(Deserialize)]
pub struct ResponseForm {
    status: Option<String>,
    body: Option<String>,
}

/// `POST /authority/escalations/{id}/responses`
pub async fn respond(
    page: StaffPage,
    EscalationId(id): EscalationId,
    CsrfForm(form): CsrfForm<ResponseForm>,
) -> Response {
    let input = ResponseInput {
        status: form.status,
        body: form.body,
    };
    match service::respond(&page.state, &page.member, id, input).await {
        Ok(_) => Redirect::to(&escalation_page(id)).into_response(),
        Err(err) => error_page(page.lang, err, &escalation_page(id)),
    }
}

/// `GET /authority/escalations/{id}/evidence/{evidence_id}`
pub async fn evidence(
    page: StaffPage,
    EscalationId(id): EscalationId,
    EvidenceId(evidence_id): EvidenceId,
) -> Response {
    match service::evidence(&page.state, &page.member, id, evidence_id).await {
        Ok(file) => attachment(file, "application/octet-stream"),
        Err(err) => error_page(page.lang, err, &escalation_page(id)),
    }
}

/// `GET /authority/escalations/{id}/export`
pub async fn export(page: StaffPage, EscalationId(id): EscalationId) -> Response {
    match service::export(&page.state, &page.member, id).await {
        Ok(file) => attachment(file, "application/x-tar"),
        Err(err) => error_page(page.lang, err, &escalation_page(id)),
    }
}
