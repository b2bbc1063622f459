//! Staff accounts: login with password and TOTP, sessions, enrolment, and the extractor that
//! every staff route takes.
//!
//! A staff session holds the organisation identity sealed to an identity derived from the
//! session token: a stolen database cannot open it, a stolen cookie is useless without the
//! database. Every login failure is answered alike (401, same body) after the same argon2 work.

pub mod api;
pub mod invite;
pub mod pages;
pub mod password;
pub mod step_up;

use axum::routing::{get, post};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::state::AppState;

/// Signing in, password changes and choosing a password through a link: rate-limited with the
/// anonymous posts.
pub fn login_router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(api::login))
        .route(
            "/staff/login",
            get(pages::login_form).post(pages::login_submit),
        )
        .routes(routes!(password::api_change))
        .routes(routes!(password::api_reset))
        .route(
            "/staff/password",
            get(password::form).post(password::submit),
        )
        .route(
            "/staff/invite/{token}",
            get(invite::form).post(invite::submit),
        )
}

/// A signed-in member's own session: signing out and TOTP enrolment.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(api::logout))
        .routes(routes!(api::totp_enrol))
        .routes(routes!(api::totp_confirm))
        .routes(routes!(step_up::api_step_up))
        .route("/staff/step-up", get(step_up::form).post(step_up::submit))
        .route("/staff/logout", post(pages::logout))
        .route(
            "/staff/totp",
            get(pages::totp_form).post(pages::totp_submit),
        )
}
