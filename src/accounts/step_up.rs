//! Step-up: a signed-in member enters a current TOTP code, and for five minutes may escalate,
//! export, transfer a case and reset members (each of which answers `403 step_up_required`
//! without one). `POST /api/v1/auth/step-up` for the API; `/staff/step-up` for pages, which a
//! refused page action redirects to and which returns to it, without JavaScript.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::extract::{AppJson, CsrfForm};
use crate::web::i18n::Lang;
use crate::web::session::staff::Member;

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StepUpBody {
    /// The current code from the member's authenticator app.
    code: String,
}

/// `POST /api/v1/auth/step-up`: a current TOTP code; the session may then escalate, export,
/// transfer and reset members for 5 minutes.
#[utoipa::path(post, path = "/api/v1/auth/step-up", tag = "staff", security(("staff_session" = [])), request_body = StepUpBody,
    responses((status = 204, description = "Stepped up for 5 minutes"),
        (status = 400, description = "The code does not match or was used already", body = crate::error::ErrorBody),
        (status = 401, description = "Not signed in", body = crate::error::ErrorBody),
        (status = 409, description = "No second factor yet, or a session that must sign in again", body = crate::error::ErrorBody)))]
pub async fn api_step_up(
    State(state): State<AppState>,
    Member(mut session): Member,
    AppJson(body): AppJson<StepUpBody>,
) -> AppResult<StatusCode> {
    session.step_up(&state, &body.code).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `/staff/step-up`
#[derive(Template)]
#[template(path = "staff/step-up.html")]
pub struct StepUpPage {
    pub lang: Lang,
    pub csrf: String,
    pub next: String,
    pub error: Option<String>,
}

/// Where to go after the code: a staff or authority page of this site, else the start page.
fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(next)
            if crate::web::errors::is_staff(next.split('?').next().unwrap_or_default())
                && !next.starts_with("//")
                && !next.contains('\\') =>
        {
            next.to_string()
        }
        _ => "/staff".to_string(),
    }
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

/// `GET /staff/step-up?next=…`
pub async fn form(
    State(state): State<AppState>,
    lang: Lang,
    Member(session): Member,
    Query(query): Query<NextQuery>,
) -> Response {
    crate::web::render(&StepUpPage {
        lang,
        csrf: session.csrf(&state),
        next: safe_next(query.next.as_deref()),
        error: None,
    })
}

#[derive(Deserialize)]
pub struct StepUpForm {
    #[serde(default)]
    code: String,
    next: Option<String>,
}

/// `POST /staff/step-up`
pub async fn submit(
    State(state): State<AppState>,
    lang: Lang,
    Member(mut session): Member,
    CsrfForm(form): CsrfForm<StepUpForm>,
) -> Result<Response, AppError> {
    let next = safe_next(form.next.as_deref());
    match session.step_up(&state, &form.code).await {
        Ok(()) => Ok(Redirect::to(&next).into_response()),
        Err(AppError::Invalid { .. }) => {
            let mut response = crate::web::render(&StepUpPage {
                lang,
                csrf: session.csrf(&state),
                next,
                error: Some(lang.t("admission-step-up-wrong")),
            });
            *response.status_mut() = StatusCode::BAD_REQUEST;
            Ok(response)
        }
        Err(other) => Err(other),
    }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_this_sites_staff_pages_are_returned_to() {
        assert_eq!(
            safe_next(Some("/staff/cases.csv?state=new")),
            "/staff/cases.csv?state=new"
        );
        assert_eq!(
            safe_next(Some("/authority/escalations/1/export")),
            "/authority/escalations/1/export"
        );
        assert_eq!(safe_next(Some("//evil.example/staff")), "/staff");
        assert_eq!(safe_next(Some("https://evil.example/staff")), "/staff");
        assert_eq!(safe_next(Some("/report")), "/staff");
        assert_eq!(safe_next(None), "/staff");
    }
}
