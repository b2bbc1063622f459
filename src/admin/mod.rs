//! Organisations, members, suppliers, routing and settings: provisioning used by the CLI, and
//! the admin API and pages. Keys are made here and sealed before anything is stored.

pub mod members;
pub mod pages;
pub mod posters;
pub mod provision;
pub mod routing;
pub mod suppliers;
pub mod settings;

use axum::routing::{get, post};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(members::api_list))
        .routes(routes!(members::api_confirm))
        .routes(routes!(settings::api_read, settings::api_change))
        .route("/staff/members", get(pages::members))
        .route("/staff/members/{id}/confirm", post(pages::confirm))
        .route(
            "/staff/suppliers",
            get(suppliers::suppliers).post(suppliers::add_supplier),
        )
        .route("/staff/suppliers/{id}/link", post(suppliers::link))
        .route("/staff/routing", get(routing::page).post(routing::add))
        .route("/staff/routing/{id}/delete", post(routing::remove))
        .route("/staff/suppliers/{id}/poster", get(posters::poster))
        .route("/staff/languages", get(pages::languages))
        .route("/staff/settings", get(settings::page).post(settings::save))
}
