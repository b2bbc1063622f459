//! Organisations, members, suppliers and routing: provisioning used by the CLI, and the
//! admin API and pages. Keys are made here and sealed before anything is stored.

pub mod members;
pub mod pages;
pub mod provision;

use axum::Router;
use axum::routing::{get, post};

use crate::app::AppState;

/// The admin routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/members", get(members::api_list))
        .route("/api/v1/members/{id}/confirm", post(members::api_confirm))
        .route("/staff/members", get(pages::members))
        .route("/staff/members/{id}/confirm", post(pages::confirm))
        .route(
            "/staff/suppliers",
            get(pages::suppliers).post(pages::add_supplier),
        )
}
