//! The case handlers' side: the case list ordered by urgency, the decrypted case, the workflow,
//! the thread, internal notes, assignment and evidence download.
//!
//! Access to a case is decided in one place, `store::cases::get_for`, which every action goes
//! through: another organisation's case, a case the caller is recused from and a case that does
//! not exist all answer 404 alike.

pub mod api;
pub mod pages;
pub mod service;
pub mod transfer;

use axum::Router;
use axum::routing::{get, post, put};

use crate::app::AppState;

/// The staff case routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/cases", get(api::list))
        .route("/api/v1/cases/{id}", get(api::detail))
        .route("/api/v1/cases/{id}/transitions", post(api::transition))
        .route("/api/v1/cases/{id}/messages", post(api::message))
        .route("/api/v1/cases/{id}/notes", post(api::note))
        .route("/api/v1/cases/{id}/assignee", put(api::assign))
        .route("/api/v1/cases/{id}/priority", put(api::priority))
        .route("/api/v1/cases/{id}/recusal", post(api::recuse))
        .route("/api/v1/cases/{id}/feedback-deadline", put(api::extend))
        .route("/api/v1/cases/{id}/retaliation-risk", put(api::risk))
        .route("/api/v1/cases/{id}/transfer", post(api::transfer))
        .route("/api/v1/cases/{id}/shares", post(api::share))
        .route(
            "/api/v1/cases/{id}/shares/{org_id}",
            axum::routing::delete(api::unshare),
        )
        .route(
            "/api/v1/cases/{id}/attachments/{attachment_id}",
            get(api::download),
        )
        .route("/staff", get(pages::list))
        .route("/staff/cases/{id}", get(pages::detail))
        .route("/staff/cases/{id}/transitions", post(pages::transition))
        .route("/staff/cases/{id}/messages", post(pages::message))
        .route("/staff/cases/{id}/notes", post(pages::note))
        .route("/staff/cases/{id}/assignee", post(pages::assign))
        .route(
            "/staff/cases/{id}/attachments/{attachment_id}",
            get(pages::download),
        )
}
