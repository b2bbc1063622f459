//! The reporter-facing side: the report form and API, receipts, follow-up with a receipt,
//! evidence uploads.
//!
//! Invariants: nothing a reporter writes is stored unsealed; no address, user agent or receipt
//! is stored or logged; no cookie is set before a receipt login; every page works without
//! JavaScript.

pub mod api;
pub mod catalogue;

pub mod pages;
pub mod reporter;
pub mod submit;
pub mod with_evidence;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::state::AppState;
use crate::web::limits::refuse_oversized;

/// Anonymous routes that cost argon2 or create records: the server rate-limits them.
pub fn router(limits: &crate::config::Limits) -> OpenApiRouter<AppState> {
    let upload_body = usize::try_from(limits.upload_bytes)
        .unwrap_or(usize::MAX)
        .saturating_add(64 * 1024);
    let uploads = OpenApiRouter::new()
        .routes(routes!(api::attachment))
        .route("/status/case/attachments", post(pages::case_upload))
        .layer(DefaultBodyLimit::max(upload_body))
        .layer(axum::middleware::from_fn_with_state(
            upload_body,
            refuse_oversized,
        ));
    // The report form may carry files: up to a case's worth. Its text is read with the
    // ordinary limit by the handler itself.
    let report_body = usize::try_from(limits.case_upload_bytes)
        .unwrap_or(usize::MAX)
        .saturating_add(limits.body_bytes);
    let report = OpenApiRouter::new()
        .route("/report", post(pages::report_submit))
        .layer(DefaultBodyLimit::max(report_body))
        .layer(axum::middleware::from_fn_with_state(
            report_body,
            refuse_oversized,
        ));
    OpenApiRouter::new()
        .routes(routes!(api::intake))
        .routes(routes!(api::suppliers))
        .routes(routes!(api::submit_report))
        .routes(routes!(api::sign_in, api::sign_out))
        .routes(routes!(api::case))
        .routes(routes!(api::message))
        .route("/report", get(pages::report_form))
        .route("/report/search", post(pages::report_search))
        .route(
            "/status",
            get(pages::status_form).post(pages::status_submit),
        )
        .route("/status/case", get(pages::case_page))
        .route("/status/case/messages", post(pages::case_reply))
        // The status page embeds the escalation's consent question.
        .route("/status/case/consent", post(pages::case_consent))
        .routes(routes!(crate::escalation::api::reporter_consent))
        // The routes above take the ordinary limit; the two below their own.
        .layer(axum::middleware::from_fn_with_state(
            limits.body_bytes,
            refuse_oversized,
        ))
        .merge(uploads)
        .merge(report)
}

/// Reporter routes that must always work, whatever the rate: leaving and signing out.
pub fn unlimited_router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .route("/exit", get(pages::quick_exit))
        .route("/status/logout", post(pages::case_logout))
}
