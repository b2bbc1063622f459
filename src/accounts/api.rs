//! `POST /api/v1/auth/login`, `/logout`, and TOTP enrolment for members who have none yet.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use secrecy::SecretString;
use serde::{Deserialize, Serialize};

use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::extract::AppJson;
use crate::web::session::staff::{self as session, COOKIE, Credentials, StaffSession};

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginBody {
    email: String,
    #[schema(value_type = String, format = Password)]
    password: SecretString,
    totp: Option<String>,
}

/// The staff cookie: `__Host-`, HttpOnly, Secure, SameSite=Strict.
pub fn session_cookie(value: &str) -> AppResult<HeaderValue> {
    crate::web::cookies::session(COOKIE, value)
}

/// Clears the staff cookie.
pub fn clear_cookie() -> HeaderValue {
    crate::web::cookies::clear(COOKIE)
}

/// `POST /api/v1/auth/login`: 204 and the cookie, or 401 alike for every failure (a malformed
/// body included).
#[utoipa::path(post, path = "/api/v1/auth/login", tag = "staff", request_body = LoginBody,
    responses((status = 204, description = "Signed in; sets the __Host-kedja-staff cookie"),
        (status = 401, description = "Answered alike for every failure", body = crate::error::ErrorBody), (status = 429, description = "Rate limited")))]
pub async fn login(
    State(state): State<AppState>,
    body: Result<Json<LoginBody>, axum::extract::rejection::JsonRejection>,
) -> AppResult<Response> {
    let Json(body) = body.map_err(|rejection| match rejection {
        axum::extract::rejection::JsonRejection::MissingJsonContentType(_) => {
            AppError::UnsupportedMediaType
        }
        _ => AppError::Unauthorized,
    })?;
    let token = session::sign_in(
        &state,
        Credentials {
            email: body.email,
            password: body.password,
            totp: body.totp,
        },
    )
    .await?;
    let mut response = StatusCode::NO_CONTENT.into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        session_cookie(&token.to_cookie_value())?,
    );
    Ok(response)
}

/// `POST /api/v1/auth/logout`
#[utoipa::path(post, path = "/api/v1/auth/logout", tag = "staff", security(("staff_session" = [])), responses((status = 204, description = "Signed out")))]
pub async fn logout(State(state): State<AppState>, session: StaffSession) -> AppResult<Response> {
    session.end(&state).await?;
    let mut response = StatusCode::NO_CONTENT.into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, clear_cookie());
    Ok(response)
}

#[derive(Serialize, Deserialize, utoipa::ToSchema)]
pub struct Enrolment {
    otpauth_uri: String,
}

/// `POST /api/v1/auth/totp`: starts enrolment for a member without a second factor.
#[utoipa::path(post, path = "/api/v1/auth/totp", tag = "staff", security(("staff_session" = [])),
    responses((status = 200, description = "A new secret to add to an authenticator app", body = Enrolment), (status = 409, description = "Already enrolled")))]
pub async fn totp_enrol(
    State(state): State<AppState>,
    mut session: StaffSession,
) -> AppResult<Json<Enrolment>> {
    if session.second_factor_done {
        return Err(AppError::Conflict {
            code: "totp_enrolled",
            message: "A second factor is already set up; an admin can reset it.".into(),
        });
    }
    let uri = session.begin_totp(&state).await?;
    Ok(Json(Enrolment {
        otpauth_uri: uri.to_string(),
    }))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CodeBody {
    code: String,
}

/// `POST /api/v1/auth/totp/confirm`: finishes enrolment with a current code.
#[utoipa::path(post, path = "/api/v1/auth/totp/confirm", tag = "staff", security(("staff_session" = [])), request_body = CodeBody,
    responses((status = 204, description = "Enrolled"), (status = 400, description = "Invalid input; the message names the field", body = crate::error::ErrorBody),
        (status = 409, description = "no_enrolment: enrolment was not started in this session", body = crate::error::ErrorBody)))]
pub async fn totp_confirm(
    State(state): State<AppState>,
    mut session: StaffSession,
    AppJson(body): AppJson<CodeBody>,
) -> AppResult<StatusCode> {
    session.confirm_totp(&state, &body.code).await?;
    Ok(StatusCode::NO_CONTENT)
}
