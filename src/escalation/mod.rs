//! Escalation to authorities: the handler's package (summary, chosen evidence, the chain head),
//! the reporter's consent, the authority portal and API, and the signed export.
//!
//! Authorities never open a case: their only way in is an escalation sent to their
//! organisation, decided in `store::escalations::get_for_authority`.

pub mod api;
pub mod package;
pub mod pages;
pub mod service;

use axum::Router;
use axum::routing::{get, post};

use crate::app::AppState;

/// The escalation routes of handlers and authorities.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/cases/{id}/escalations",
            post(api::escalate).get(api::of_case),
        )
        .route(
            "/api/v1/cases/{id}/consent-request",
            post(api::request_consent),
        )
        .route("/api/v1/escalations", get(api::list))
        .route("/api/v1/escalations/{id}", get(api::detail))
        .route(
            "/api/v1/escalations/{id}/evidence/{evidence_id}",
            get(api::evidence),
        )
        .route("/api/v1/escalations/{id}/export", get(api::export))
        .route("/api/v1/escalations/{id}/responses", post(api::respond))
        .route("/api/v1/signing-key", get(api::signing_key))
        .route("/staff/cases/{id}/escalations", post(pages::escalate))
        .route(
            "/staff/cases/{id}/consent-request",
            post(pages::request_consent),
        )
        .route("/authority", get(pages::list))
        .route("/authority/escalations/{id}", get(pages::detail))
        .route(
            "/authority/escalations/{id}/responses",
            post(pages::respond),
        )
        .route(
            "/authority/escalations/{id}/evidence/{evidence_id}",
            get(pages::evidence),
        )
        .route("/authority/escalations/{id}/export", get(pages::export))
}
