//! Escalation to authorities: the handler's package (summary, chosen evidence, the chain head),
//! the reporter's consent, the authority portal and API, and the signed export.
//!
//! Authorities never open a case: their only way in is an escalation sent to their
//! organisation, decided in `store::escalations::get_for_authority`.

pub mod api;
pub mod package;
pub mod pages;
pub mod service;

use axum::routing::{get, post};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(api::escalate, api::of_case))
        .routes(routes!(api::request_consent))
        .routes(routes!(api::list))
        .routes(routes!(api::detail))
        .routes(routes!(api::evidence))
        .routes(routes!(api::export))
        .routes(routes!(api::respond))
        .routes(routes!(api::signing_key))
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
