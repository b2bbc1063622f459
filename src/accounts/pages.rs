//! Staff login, TOTP enrolment and logout pages.

use askama::Template;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use secrecy::SecretString;
use serde::Deserialize;

use super::api::{clear_cookie, session_cookie};
use crate::crypto::session::csrf;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::extract::{CsrfForm, NoFields};
use crate::web::i18n::Lang;
use crate::web::session::staff::{self as session, Credentials, StaffSession};

/// `/staff/login`
#[derive(Template)]
#[template(path = "staff/login.html")]
pub struct LoginPage {
    pub lang: Lang,
    pub csrf: String,
    pub error: Option<String>,
}

fn login_page(state: &AppState, lang: Lang, status: StatusCode, error: Option<String>) -> Response {
    let page = LoginPage {
        lang,
        csrf: csrf::for_anonymous(state.secrets().csrf_key(), state.clock().now().timestamp()),
        error,
    };
    let mut response = crate::web::render(&page);
    if response.status() == StatusCode::OK {
        *response.status_mut() = status;
    }
    response
}

/// `GET /staff/login`
pub async fn login_form(State(state): State<AppState>, lang: Lang) -> Response {
    login_page(&state, lang, StatusCode::OK, None)
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
    password: Option<SecretString>,
    totp: Option<String>,
}

/// `POST /staff/login`
pub async fn login_submit(
    State(state): State<AppState>,
    lang: Lang,
    Form(form): Form<LoginForm>,
) -> Response {
    if !csrf::verify_anonymous(
        state.secrets().csrf_key(),
        state.clock().now().timestamp(),
        &form.csrf,
    ) {
        return login_page(
            &state,
            lang,
            StatusCode::FORBIDDEN,
            Some(lang.t("error-form-expired")),
        );
    }
    let credentials = Credentials {
        email: form.email,
        password: form
            .password
            .unwrap_or_else(|| SecretString::from(String::new())),
        totp: form.totp,
    };
    match session::sign_in(&state, credentials)
        .await
        .and_then(|t| session_cookie(&t.to_cookie_value()))
    {
        Ok(cookie) => {
            let mut response = Redirect::to("/staff").into_response();
            response.headers_mut().insert(header::SET_COOKIE, cookie);
            response
        }
        Err(AppError::TooManyRequests { retry_after }) => {
            let seconds = retry_after.as_secs();
            let message = lang.t_with("admission-sign-in-wait", &[("seconds", seconds.into())]);
            let mut response =
                login_page(&state, lang, StatusCode::TOO_MANY_REQUESTS, Some(message));
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, seconds.into());
            response
        }
        Err(err) => {
            let key = if matches!(err, AppError::Busy { .. }) {
                "error-busy"
            } else {
                "staff-login-failed"
            };
            login_page(&state, lang, err.status(), Some(lang.t(key)))
        }
    }
}

/// `/staff/totp`
#[derive(Template)]
#[template(path = "staff/totp.html")]
pub struct TotpPage {
    pub lang: Lang,
    pub csrf: String,
    pub otpauth_uri: String,
    pub error: Option<String>,
}

impl TotpPage {
    /// The otpauth URI as a QR code to scan, an inline SVG drawn here (nothing is fetched).
    pub fn qr_svg(&self) -> String {
        crate::web::qr::svg(&self.otpauth_uri)
    }
}

/// `GET /staff/totp`: a new secret to scan or type into an authenticator app.
pub async fn totp_form(
    State(state): State<AppState>,
    lang: Lang,
    mut session: StaffSession,
) -> Result<Response, AppError> {
    if session.second_factor_done {
        return Ok(Redirect::to("/staff").into_response());
    }
    let uri = session.begin_totp(&state).await?;
    Ok(crate::web::render(&TotpPage {
        lang,
        csrf: session.csrf(&state),
        otpauth_uri: uri.to_string(),
        error: None,
    }))
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

/// `POST /staff/totp`
pub async fn totp_submit(
    State(state): State<AppState>,
    lang: Lang,
    mut session: StaffSession,
    CsrfForm(form): CsrfForm<CodeForm>,
) -> Result<Response, AppError> {
    match session.confirm_totp(&state, &form.code).await {
        Ok(()) => Ok(Redirect::to("/staff").into_response()),
        Err(AppError::Invalid { message, .. }) => {
            let uri = session.begin_totp(&state).await?;
            Ok(crate::web::render(&TotpPage {
                lang,
                csrf: session.csrf(&state),
                otpauth_uri: uri.to_string(),
                error: Some(message),
            }))
        }
        Err(other) => Err(other),
    }
}

/// `POST /staff/logout`
pub async fn logout(
    State(state): State<AppState>,
    session: StaffSession,
    _: CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    session.end(&state).await?;
    let mut response = Redirect::to("/staff/login").into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, clear_cookie());
    Ok(response)
}
