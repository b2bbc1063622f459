//! The case page's forms, one per action (CSRF-protected, no JavaScript). Each calls the same
//! service function as the API. Success returns to the case page with a notice; a mistake in a
//! form returns the page with the error beside that form and what was typed kept; anything
//! else is the error page.

use std::collections::HashMap;

use askama::Template;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

use super::pages::{Draft, Returned, case_page, case_url};
use super::service::{self, TransitionInput};
use crate::error::AppError;
use crate::web::chrome::{Chrome, error_page, staff_message};
use crate::web::extract::{CaseId, CsrfForm, NoFields, OrgId, StaffPage};
use crate::web::i18n::Lang;

/// Answers a case form: back to the page with the notice `done` at the form's section, or the
/// page again with the error beside form `form` and `typed` kept.
async fn answer<T>(
    page: &StaffPage,
    id: Uuid,
    form: &'static str,
    typed: Vec<(&'static str, Option<String>)>,
    done: &'static str,
    outcome: Result<T, AppError>,
) -> Response {
    let err = match outcome {
        Ok(_) => {
            return Redirect::to(&format!("{}?done={done}#{form}", case_url(id))).into_response();
        }
        Err(err) => err,
    };
    // Not found and not allowed are pages of their own; a mistake in the form is shown beside it.
    if !err.status().is_client_error()
        || matches!(
            err,
            AppError::NotFound | AppError::Forbidden | AppError::StepUpRequired
        )
    {
        return error_page(page.lang, err, &case_url(id));
    }
    let returned = Returned {
        form,
        error: staff_message(page.lang, &err),
        values: typed
            .into_iter()
            .map(|(field, value)| (field, value.unwrap_or_default()))
            .collect::<HashMap<_, _>>(),
    };
    match case_page(&page.state, page.lang, &page.member, id, Draft::default()).await {
        Ok(mut case) => {
            case.returned = Some(returned);
            let mut response = crate::web::render(&case);
            *response.status_mut() = err.status();
            response
        }
        Err(_) => error_page(page.lang, err, &case_url(id)),
    }
}

/// An optional id chosen in a form: empty is none, anything else must parse.
fn optional_id(field: &'static str, raw: Option<&str>) -> Result<Option<Uuid>, AppError> {
    match raw.map(str::trim).filter(|r| !r.is_empty()) {
        Some(raw) => Uuid::parse_str(raw)
            .map(Some)
            .map_err(|_| AppError::invalid(field, "is not a valid id")),
        None => Ok(None),
    }
}

/// A required id chosen in a form.
fn required_id(field: &'static str, raw: Option<&str>) -> Result<Uuid, AppError> {
    optional_id(field, raw)?.ok_or_else(|| AppError::missing(field, "choose one"))
}

#[derive(Deserialize)]
pub struct StateForm {
    to: Option<String>,
    resolution: Option<String>,
    reason: Option<String>,
    duplicate_of: Option<String>,
}

/// `POST /staff/cases/{id}/transitions`: changes the state only; writing to the reporter is
/// its own form.
pub async fn transition(
    page: StaffPage,
    CaseId(id): CaseId,
    CsrfForm(form): CsrfForm<StateForm>,
) -> Response {
    let input = TransitionInput {
        to: form.to.clone().unwrap_or_default(),
        resolution: form.resolution.clone().filter(|r| !r.is_empty()),
        message: None,
        reason: form.reason.clone(),
        duplicate_of: form.duplicate_of.clone(),
    };
    let outcome = if input.to.trim().is_empty() {
        Err(AppError::missing("to", "choose the state to move to"))
    } else {
        service::transition(&page.state, &page.member, id, input).await
    };
    let typed = vec![
        ("to", form.to),
        ("resolution", form.resolution),
        ("reason", form.reason),
        ("duplicate_of", form.duplicate_of),
    ];
    answer(&page, id, "state", typed, "state", outcome).await
}

#[derive(Deserialize)]
pub struct BodyForm {
    body: Option<String>,
}

/// `POST /staff/cases/{id}/messages`
pub async fn message(
    page: StaffPage,
    CaseId(id): CaseId,
    CsrfForm(form): CsrfForm<BodyForm>,
) -> Response {
    let outcome = service::message(&page.state, &page.member, id, form.body.as_deref()).await;
    answer(
        &page,
        id,
        "message",
        vec![("body", form.body)],
        "message",
        outcome,
    )
    .await
}

/// `POST /staff/cases/{id}/notes`
pub async fn note(
    page: StaffPage,
    CaseId(id): CaseId,
    CsrfForm(form): CsrfForm<BodyForm>,
) -> Response {
    let outcome = service::note(&page.state, &page.member, id, form.body.as_deref()).await;
    answer(
        &page,
        id,
        "note",
        vec![("body", form.body)],
        "note",
        outcome,
    )
    .await
}

#[derive(Deserialize)]
pub struct AssignForm {
    user_id: Option<String>,
}

/// `POST /staff/cases/{id}/assignee`
pub async fn assign(
    page: StaffPage,
    CaseId(id): CaseId,
    CsrfForm(form): CsrfForm<AssignForm>,
) -> Response {
    let outcome = match optional_id("user_id", form.user_id.as_deref()) {
        Ok(user) => service::assign(&page.state, &page.member, id, user).await,
        Err(err) => Err(err),
    };
    answer(
        &page,
        id,
        "assign",
        vec![("user_id", form.user_id)],
        "assign",
        outcome,
    )
    .await
}

#[derive(Deserialize)]
pub struct PriorityForm {
    priority: Option<String>,
    reason: Option<String>,
}

/// `POST /staff/cases/{id}/priority`: an override, with its reason kept as a note.
pub async fn priority(
    page: StaffPage,
    CaseId(id): CaseId,
    CsrfForm(form): CsrfForm<PriorityForm>,
) -> Response {
    let outcome = service::override_priority(
        &page.state,
        &page.member,
        id,
        form.priority.as_deref().unwrap_or_default(),
        form.reason.as_deref(),
    )
    .await;
    let typed = vec![("priority", form.priority), ("reason", form.reason)];
    answer(&page, id, "priority", typed, "priority", outcome).await
}

#[derive(Deserialize)]
pub struct RiskForm {
    risk: Option<String>,
    note: Option<String>,
}

/// `POST /staff/cases/{id}/retaliation-risk`
pub async fn risk(
    page: StaffPage,
    CaseId(id): CaseId,
    CsrfForm(form): CsrfForm<RiskForm>,
) -> Response {
    let outcome = service::set_retaliation_risk(
        &page.state,
        &page.member,
        id,
        form.risk.as_deref().unwrap_or_default(),
        form.note.as_deref(),
    )
    .await;
    let typed = vec![("risk", form.risk), ("note", form.note)];
    answer(&page, id, "risk", typed, "risk", outcome).await
}

#[derive(Deserialize)]
pub struct DeadlineForm {
    months: Option<String>,
    reason: Option<String>,
}

/// `POST /staff/cases/{id}/feedback-deadline`: an extension of 1 to 3 months with a reason.
pub async fn deadline(
    page: StaffPage,
    CaseId(id): CaseId,
    CsrfForm(form): CsrfForm<DeadlineForm>,
) -> Response {
    let months = form
        .months
        .as_deref()
        .map(str::trim)
        .unwrap_or_default()
        .parse::<u32>()
        .map_err(|_| AppError::invalid("months", "must be 1, 2 or 3"));
    let outcome = match months {
        Ok(months) => {
            service::extend_feedback(
                &page.state,
                &page.member,
                id,
                months,
                form.reason.as_deref(),
            )
            .await
        }
        Err(err) => Err(err),
    };
    let typed = vec![("months", form.months), ("reason", form.reason)];
    answer(&page, id, "deadline", typed, "deadline", outcome).await
}

#[derive(Deserialize)]
pub struct OrgForm {
    org_id: Option<String>,
    /// A checkbox: present ("on") when ticked.
    include_notes: Option<String>,
}

/// `POST /staff/cases/{id}/shares`
pub async fn share(
    page: StaffPage,
    CaseId(id): CaseId,
    CsrfForm(form): CsrfForm<OrgForm>,
) -> Response {
    let outcome = match required_id("org_id", form.org_id.as_deref()) {
        Ok(org) => super::transfer::share(&page.state, &page.member, id, org).await,
        Err(err) => Err(err),
    };
    answer(
        &page,
        id,
        "share",
        vec![("org_id", form.org_id)],
        "share",
        outcome,
    )
    .await
}

/// `POST /staff/cases/{id}/shares/{org_id}/end`
pub async fn unshare(
    page: StaffPage,
    CaseId(id): CaseId,
    OrgId(org_id): OrgId,
    _: CsrfForm<NoFields>,
) -> Response {
    let outcome = super::transfer::unshare(&page.state, &page.member, id, org_id).await;
    answer(&page, id, "share", Vec::new(), "unshare", outcome).await
}

/// A notice after which the case is no longer the caller's to see.
#[derive(Template)]
#[template(path = "staff/notice.html")]
pub struct NoticePage {
    pub lang: Lang,
    pub chrome: Chrome,
    pub notice: &'static str,
}

fn gone(page: &StaffPage, notice: &'static str) -> Response {
    crate::web::render(&NoticePage {
        lang: page.lang,
        chrome: Chrome::of(&page.state, &page.member),
        notice,
    })
}

/// `POST /staff/cases/{id}/transfer`
pub async fn transfer(
    page: StaffPage,
    CaseId(id): CaseId,
    CsrfForm(form): CsrfForm<OrgForm>,
) -> Response {
    let with_notes = form.include_notes.as_deref().is_some_and(|v| !v.is_empty());
    let outcome = match required_id("org_id", form.org_id.as_deref()) {
        Ok(org) => super::transfer::transfer(&page.state, &page.member, id, org, with_notes).await,
        Err(err) => Err(err),
    };
    if outcome.is_ok() {
        return gone(&page, "case-done-transferred");
    }
    let typed = vec![
        ("org_id", form.org_id),
        ("include_notes", form.include_notes),
    ];
    answer(&page, id, "transfer", typed, "transfer", outcome).await
}

/// `POST /staff/cases/{id}/recusal`
pub async fn recuse(page: StaffPage, CaseId(id): CaseId, _: CsrfForm<NoFields>) -> Response {
    match service::recuse(&page.state, &page.member, id).await {
        Ok(()) => gone(&page, "case-done-recused"),
        Err(err) => error_page(page.lang, err, &case_url(id)),
    }
}
