//! Staff accounts: login with password and TOTP, sessions, enrolment, and the extractor that
//! every staff route takes.
//!
//! A staff session holds the organisation identity sealed to an identity derived from the
//! session token: a stolen database cannot open it, a stolen cookie is useless without the
//! database. Every login failure is answered alike (401, same body) after the same argon2 work.

pub mod api;
pub mod pages;
pub mod password;
pub mod session;

pub use session::StaffSession;

use axum::Router;
use axum::routing::{get, post};

use crate::app::AppState;

/// Routes that create sessions: rate-limited like the reporter's.
pub fn login_router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/auth/login", post(api::login))
        .route(
            "/staff/login",
            get(pages::login_form).post(pages::login_submit),
        )
        // These check a password too: a stolen session must not get unlimited guesses.
        .route("/api/v1/auth/password", post(password::api_change))
        .route("/api/v1/members/{id}/reset", post(password::api_reset))
        .route(
            "/staff/password",
            get(password::form).post(password::submit),
        )
}

/// Routes of a signed-in member.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/auth/logout", post(api::logout))
        .route("/api/v1/auth/totp", post(api::totp_enrol))
        .route("/api/v1/auth/totp/confirm", post(api::totp_confirm))
        .route("/staff/logout", post(pages::logout))
        .route(
            "/staff/totp",
            get(pages::totp_form).post(pages::totp_submit),
        )
}
