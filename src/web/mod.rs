//! The HTML edge shared by every audience: security headers, request tracing, languages,
//! templates and the static assets embedded in the binary.
//!
//! Nothing here loads from a third party: the CSS is served from `/static`, there are no web
//! fonts, no scripts from elsewhere, and the CSP forbids inline script and style.

pub mod chrome;
pub mod cookies;
pub mod download;
pub mod errors;
pub mod extract;
pub mod headers;
pub mod i18n;
pub mod limits;
pub mod onion;

pub mod origin;
pub mod pages;
pub mod qr;
pub mod schema;
pub mod session;
pub mod trace;

use askama::Template;
use axum::response::{Html, IntoResponse, Response};

use crate::error::AppError;

/// Renders a template into an HTML response; a template error is an internal error.
pub fn render(template: &impl Template) -> Response {
    match template.render() {
        Ok(html) => Html(html).into_response(),
        Err(err) => AppError::internal(anyhow::anyhow!("template: {err}")).into_response(),
    }
}
