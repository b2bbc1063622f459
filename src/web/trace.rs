//! Request tracing that records what happened and never who asked.
//!
//! A span holds the method and the *matched route* (`/api/v1/cases/{id}`), never the URI,
//! so no query string (search terms, `?lang=`) and no id reach the log; never a header, so no
//! address (`X-Forwarded-For`), user agent or cookie; never a body.

use std::time::Duration;

use axum::extract::MatchedPath;
use axum::http::{Request, Response};
use tower_http::classify::{ServerErrorsAsFailures, SharedClassifier};
use tower_http::trace::{MakeSpan, OnResponse, TraceLayer};
use tracing::Span;

/// Builds the span from the method and matched route only.
#[derive(Clone, Copy, Debug)]
pub struct RouteSpan;

impl<B> MakeSpan<B> for RouteSpan {
    fn make_span(&mut self, request: &Request<B>) -> Span {
        let route = request
            .extensions()
            .get::<MatchedPath>()
            .map_or("unmatched", MatchedPath::as_str);
        tracing::info_span!("request", method = %request.method(), route = route)
    }
}

/// Logs the status and latency of each response.
#[derive(Clone, Copy, Debug)]
pub struct LogStatus;

impl<B> OnResponse<B> for LogStatus {
    fn on_response(self, response: &Response<B>, latency: Duration, _span: &Span) {
        tracing::info!(
            status = response.status().as_u16(),
            latency_ms = latency.as_millis() as u64,
            "response"
        );
    }
}

/// The tracing layer for the router.
pub fn layer() -> TraceLayer<SharedClassifier<ServerErrorsAsFailures>, RouteSpan, (), LogStatus> {
    TraceLayer::new_for_http()
        .make_span_with(RouteSpan)
        .on_request(())
        .on_response(LogStatus)
}
