//! The case handlers' side: the case list ordered by urgency (with search, bulk actions and a
//! CSV export), the decrypted case, the workflow, the thread, internal notes, assignment and
//! evidence download.
//!
//! Access to a case is decided in one place, `store::cases::get_for`, which every action goes
//! through: another organisation's case, a case the caller is recused from and a case that does
//! not exist all answer 404 alike.

pub mod api;
pub mod escalation_forms;
pub mod forms;
pub mod list;
pub mod pages;
pub mod service;
pub mod transfer;

use axum::routing::{get, post};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(api::list))
        .routes(routes!(api::csv))
        .routes(routes!(api::detail))
        .routes(routes!(api::transition))
        .routes(routes!(api::message))
        .routes(routes!(api::note))
        .routes(routes!(api::assign))
        .routes(routes!(api::priority))
        .routes(routes!(api::recuse))
        .routes(routes!(api::extend))
        .routes(routes!(api::risk))
        .routes(routes!(api::transfer))
        .routes(routes!(api::share))
        .routes(routes!(api::unshare))
        .routes(routes!(api::download))
        .route("/staff", get(list::list))
        .route("/staff/cases.csv", get(list::csv))
        .route("/staff/cases/bulk", post(list::bulk))
        .route("/staff/cases/{id}", get(pages::detail))
        .route("/staff/cases/{id}/transitions", post(forms::transition))
        .route("/staff/cases/{id}/messages", post(forms::message))
        .route("/staff/cases/{id}/notes", post(forms::note))
        .route("/staff/cases/{id}/assignee", post(forms::assign))
        .route("/staff/cases/{id}/priority", post(forms::priority))
        .route("/staff/cases/{id}/retaliation-risk", post(forms::risk))
        .route("/staff/cases/{id}/feedback-deadline", post(forms::deadline))
        .route("/staff/cases/{id}/shares", post(forms::share))
        .route(
            "/staff/cases/{id}/shares/{org_id}/end",
            post(forms::unshare),
        )
        .route("/staff/cases/{id}/transfer", post(forms::transfer))
        .route("/staff/cases/{id}/recusal", post(forms::recuse))
        .route(
            "/staff/cases/{id}/escalations",
            post(escalation_forms::escalate),
        )
        .route(
            "/staff/cases/{id}/consent-request",
            post(escalation_forms::request_consent),
        )
        .route(
            "/staff/cases/{id}/attachments/{attachment_id}",
            get(pages::download),
        )
}
