//! Escalation as plain forms: the handler's escalate and ask-for-consent forms on the case page,
//! and the authority portal under `/authority`.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;
use uuid::Uuid;

use super::api::attachment;
use super::service::{self, EscalationInput, EscalationSummary, EscalationView, ResponseInput};
use crate::accounts::session::Member;
use crate::app::AppState;
use crate::cases::pages::{Chrome, Draft, error_page};
use crate::domain::escalation::ResponseStatus;
use crate::error::AppError;
use crate::web::i18n::Lang;

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

/// A time as people read it: to the minute, in UTC.
pub fn when(at: &chrono::DateTime<chrono::Utc>) -> String {
    at.format("%Y-%m-%d %H:%M UTC").to_string()
}

fn parse_id(raw: &str) -> Result<Uuid, AppError> {
    Uuid::parse_str(raw).map_err(|_| AppError::NotFound)
}

fn case_page(id: &str) -> String {
    format!(
        "/staff/cases/{}",
        parse_id(id).map(|u| u.to_string()).unwrap_or_default()
    )
}

fn escalation_page(id: &str) -> String {
    format!(
        "/authority/escalations/{}",
        parse_id(id).map(|u| u.to_string()).unwrap_or_default()
    )
}

#[derive(Deserialize)]
pub struct EscalateForm {
    #[serde(default)]
    csrf: String,
    authority_org_id: Option<String>,
    summary: Option<String>,
    #[serde(default)]
    attachment_ids: Vec<String>,
    legal_reason: Option<String>,
}

/// `POST /staff/cases/{id}/escalations`
pub async fn escalate(
    State(state): State<AppState>,
    lang: Lang,
    member: Member,
    Path(id): Path<String>,
    Form(form): Form<EscalateForm>,
) -> Response {
    let outcome = async {
        member.check_csrf(&state, &form.csrf)?;
        let form = &form;
        let authority_org_id = match form.authority_org_id.as_deref().map(str::trim) {
            Some("") | None => None,
            Some(raw) => Some(Uuid::parse_str(raw).map_err(|_| {
                AppError::invalid("authority_org_id", "is not an authority organisation")
            })?),
        };
        let attachment_ids = form
            .attachment_ids
            .iter()
            .map(|raw| {
                Uuid::parse_str(raw.trim())
                    .map_err(|_| AppError::invalid("attachment_ids", "names an unknown file"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let input = EscalationInput {
            authority_org_id,
            summary: form.summary.clone(),
            attachment_ids,
            legal_reason: form.legal_reason.clone(),
        };
        service::escalate(&state, &member, parse_id(&id)?, input)
            .await
            .map(|_| ())
    }
    .await;
    match outcome {
        Ok(()) => Redirect::to(&format!("{}#escalations", case_page(&id))).into_response(),
        // A mistake in the form comes back as the case page with everything typed kept.
        Err(err) if err.status().is_client_error() && err.status() != StatusCode::NOT_FOUND => {
            let draft = Draft {
                error: Some(err.message()),
                authority_org_id: form.authority_org_id.unwrap_or_default(),
                summary: form.summary.unwrap_or_default(),
                legal_reason: form.legal_reason.unwrap_or_default(),
                attachment_ids: form.attachment_ids,
            };
            let page = match parse_id(&id) {
                Ok(case) => {
                    crate::cases::pages::case_page(&state, lang, &member, case, draft).await
                }
                Err(e) => Err(e),
            };
            match page {
                Ok(page) => {
                    let mut response = crate::web::render(&page);
                    *response.status_mut() = err.status();
                    response
                }
                Err(_) => error_page(lang, err, &case_page(&id)),
            }
        }
        Err(err) => error_page(lang, err, &case_page(&id)),
    }
}

#[derive(Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

/// `POST /staff/cases/{id}/consent-request`
pub async fn request_consent(
    State(state): State<AppState>,
    lang: Lang,
    member: Member,
    Path(id): Path<String>,
    Form(form): Form<CsrfForm>,
) -> Response {
    let outcome = async {
        member.check_csrf(&state, &form.csrf)?;
        service::request_consent(&state, &member, parse_id(&id)?).await
    }
    .await;
    match outcome {
        Ok(()) => Redirect::to(&format!("{}#escalations", case_page(&id))).into_response(),
        Err(err) => error_page(lang, err, &case_page(&id)),
    }
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
        when(at)
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
        when(at)
    }
}

/// `GET /authority/escalations/{id}`
pub async fn detail(
    State(state): State<AppState>,
    lang: Lang,
    member: Member,
    Path(id): Path<String>,
) -> Response {
    let outcome = async {
        Ok::<_, AppError>(DetailPage {
            lang,
            chrome: Chrome::of(&state, &member),
            escalation: service::detail(&state, &member, parse_id(&id)?).await?,
        })
    }
    .await;
    match outcome {
        Ok(page) => crate::web::render(&page),
        Err(err) => error_page(lang, err, "/authority"),
    }
}

#[derive(Deserialize)]
pub struct ResponseForm {
    #[serde(default)]
    csrf: String,
    status: Option<String>,
    body: Option<String>,
}

/// `POST /authority/escalations/{id}/responses`
pub async fn respond(
    State(state): State<AppState>,
    lang: Lang,
    member: Member,
    Path(id): Path<String>,
    Form(form): Form<ResponseForm>,
) -> Response {
    let outcome = async {
        member.check_csrf(&state, &form.csrf)?;
        let input = ResponseInput {
            status: form.status,
            body: form.body,
        };
        service::respond(&state, &member, parse_id(&id)?, input)
            .await
            .map(|_| ())
    }
    .await;
    match outcome {
        Ok(()) => Redirect::to(&escalation_page(&id)).into_response(),
        Err(err) => error_page(lang, err, &escalation_page(&id)),
    }
}

/// `GET /authority/escalations/{id}/evidence/{evidence_id}`
pub async fn evidence(
    State(state): State<AppState>,
    lang: Lang,
    member: Member,
    Path((id, evidence_id)): Path<(String, String)>,
) -> Response {
    let outcome =
        async { service::evidence(&state, &member, parse_id(&id)?, parse_id(&evidence_id)?).await }
            .await;
    match outcome {
        Ok(file) => attachment(file, "application/octet-stream"),
        Err(err) => error_page(lang, err, &escalation_page(&id)),
    }
}

/// `GET /authority/escalations/{id}/export`
pub async fn export(
    State(state): State<AppState>,
    lang: Lang,
    member: Member,
    Path(id): Path<String>,
) -> Response {
    let outcome = async { service::export(&state, &member, parse_id(&id)?).await }.await;
    match outcome {
        Ok(file) => attachment(file, "application/x-tar"),
        Err(err) => error_page(lang, err, &escalation_page(&id)),
    }
}
