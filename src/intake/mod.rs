//! The reporter-facing side: the report form and API, receipts, follow-up with a receipt,
//! evidence uploads.
//!
//! Invariants: nothing a reporter writes is stored unsealed; no address, user agent or receipt
//! is stored or logged; no cookie is set before a receipt login; every page works without
//! JavaScript.

pub mod api;
pub mod catalogue;
pub mod evidence;
pub mod metadata;
pub mod pages;
pub mod reporter;
pub mod submit;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

use crate::app::AppState;

/// The reporter routes. Upload routes take bodies up to the per-file limit plus room for the
/// multipart framing; everything else keeps the global body limit.
pub fn router(upload_limit: u64) -> Router<AppState> {
    let upload_body = usize::try_from(upload_limit)
        .unwrap_or(usize::MAX)
        .saturating_add(64 * 1024);
    let uploads = Router::new()
        .route("/api/v1/reporter/attachments", post(api::attachment))
        .route("/status/case/attachments", post(pages::case_upload))
        .layer(DefaultBodyLimit::max(upload_body));
    Router::new()
        .route("/api/v1/intake", get(api::intake))
        .route("/api/v1/suppliers", get(api::suppliers))
        .route("/api/v1/reports", post(api::submit_report))
        .route(
            "/api/v1/reporter/session",
            post(api::sign_in).delete(api::sign_out),
        )
        .route("/api/v1/reporter/case", get(api::case))
        .route("/api/v1/reporter/messages", post(api::message))
        .route(
            "/report",
            get(pages::report_form).post(pages::report_submit),
        )
        .route("/report/search", post(pages::report_search))
        .route(
            "/status",
            get(pages::status_form).post(pages::status_submit),
        )
        .route("/status/case", get(pages::case_page))
        .route("/status/case/messages", post(pages::case_reply))
        .route("/status/case/consent", post(pages::case_consent))
        .route(
            "/api/v1/reporter/consent",
            post(crate::escalation::api::reporter_consent),
        )
        .merge(uploads)
}

/// Reporter routes that must never be refused by a rate limit: leaving, and closing a report.
pub fn unlimited_router() -> Router<AppState> {
    Router::new()
        .route("/exit", get(pages::quick_exit))
        .route("/status/logout", post(pages::case_logout))
}
