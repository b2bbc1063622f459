//! The OpenAPI document of the reporter and staff APIs, at `/api/openapi.json`, generated from
//! the handlers' annotations so it cannot drift from the routes.

use axum::Json;
use utoipa::OpenApi;

/// The API description.
#[derive(OpenApi)]
#[openapi(
    info(title = "kedja", description = "Anonymous grievance and tip reporting for supply chains: the reporter API (anonymous, receipt sessions) and the staff API (cookie sessions)."),
    paths(
        crate::intake::api::intake,
        crate::intake::api::suppliers,
        crate::intake::api::submit_report,
        crate::intake::api::sign_in,
        crate::intake::api::sign_out,
        crate::intake::api::case,
        crate::intake::api::message,
        crate::intake::api::attachment,
        crate::accounts::api::login,
        crate::accounts::api::logout,
        crate::accounts::api::totp_enrol,
        crate::accounts::api::totp_confirm,
        crate::accounts::password::api_change,
        crate::accounts::password::api_reset,
        crate::cases::api::list,
        crate::cases::api::detail,
        crate::cases::api::transition,
        crate::cases::api::message,
        crate::cases::api::note,
        crate::cases::api::assign,
        crate::cases::api::priority,
        crate::cases::api::recuse,
        crate::cases::api::extend,
        crate::cases::api::risk,
        crate::cases::api::transfer,
        crate::cases::api::share,
        crate::cases::api::unshare,
        crate::cases::api::download,
        crate::escalation::api::escalate,
        crate::escalation::api::of_case,
        crate::escalation::api::request_consent,
        crate::escalation::api::list,
        crate::escalation::api::detail,
        crate::escalation::api::evidence,
        crate::escalation::api::export,
        crate::escalation::api::respond,
        crate::escalation::api::signing_key,
        crate::escalation::api::reporter_consent,
        crate::stats::api,
        crate::admin::members::api_list,
        crate::admin::members::api_confirm,
    ),
    tags((name = "reporter", description = "Anonymous intake and follow-up with a receipt"), (name = "staff", description = "Case handling"),
        (name = "authority", description = "Escalations received by authorities"))
)]
pub struct ApiDoc;

/// `GET /api/openapi.json`
pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
