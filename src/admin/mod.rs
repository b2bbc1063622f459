//! Organisations, members, suppliers, routing and settings: provisioning used by the CLI, and
//! the admin API and pages. Keys are made here and sealed before anything is stored.

pub mod member_pages;
pub mod members;
pub mod members_api;
pub mod pages;
pub mod posters;
pub mod provision;
pub mod routing;
pub mod settings;
pub mod suppliers;

use axum::routing::{get, post};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(members_api::api_list, members_api::api_invite))
        .routes(routes!(members_api::api_change_role))
        .routes(routes!(members_api::api_confirm))
        .routes(routes!(members_api::api_disable))
        .routes(routes!(members_api::api_enable))
        .routes(routes!(members_api::api_reset_password))
        .routes(routes!(members_api::api_reset_totp))
        .route(
            "/staff/members",
            get(member_pages::members).post(member_pages::invite),
        )
        .route("/staff/members/{id}/role", post(member_pages::change_role))
        .route("/staff/members/{id}/confirm", post(member_pages::confirm))
        .route("/staff/members/{id}/disable", post(member_pages::disable))
        .route("/staff/members/{id}/enable", post(member_pages::enable))
        .route(
            "/staff/members/{id}/password-reset",
            post(member_pages::reset_password),
        )
        .route(
            "/staff/members/{id}/totp-reset",
            post(member_pages::reset_totp),
        )
        .routes(routes!(settings::api_read, settings::api_change))
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
