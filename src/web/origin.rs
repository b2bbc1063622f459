//! Refuses state-changing requests sent from other sites.
//!
//! Sessions use SameSite=Strict cookies and forms carry CSRF tokens; this is a third wall that
//! also covers the anonymous report form. `Sec-Fetch-Site` is trusted when present (every
//! current browser sends it). `Origin: null` is accepted: with `Referrer-Policy: no-referrer`
//! browsers send exactly that on same-origin form posts.

use axum::extract::Request;
use axum::http::{Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::AppError;

fn is_cross_site(request: &Request) -> bool {
    let headers = request.headers();
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return matches!(site, "cross-site" | "same-site");
    }
    let (Some(origin), Some(host)) = (
        headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
        headers.get(header::HOST).and_then(|v| v.to_str().ok()),
    ) else {
        return false;
    };
    if origin == "null" {
        return false;
    }
    let origin_host = origin.split_once("://").map_or(origin, |(_, rest)| rest);
    !origin_host.eq_ignore_ascii_case(host)
}

/// Middleware: 403 for unsafe methods from another site.
pub async fn same_origin(request: Request, next: Next) -> Response {
    let unsafe_method = !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if unsafe_method && is_cross_site(&request) {
        return AppError::Forbidden.into_response();
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(headers: &[(&str, &str)]) -> Request {
        let mut builder = Request::builder().method(Method::POST).uri("/report");
        for (k, v) in headers {
            builder = builder.header(*k, *v);
        }
        builder.body(axum::body::Body::empty()).unwrap()
    }

    #[test]
    fn cross_site_posts_are_recognised() {
        assert!(is_cross_site(&request(&[("sec-fetch-site", "cross-site")])));
        assert!(is_cross_site(&request(&[("sec-fetch-site", "same-site")])));
        assert!(!is_cross_site(&request(&[(
            "sec-fetch-site",
            "same-origin"
        )])));
        assert!(!is_cross_site(&request(&[("sec-fetch-site", "none")])));
        assert!(is_cross_site(&request(&[
            ("origin", "https://evil.example"),
            ("host", "report.example.org")
        ])));
        assert!(!is_cross_site(&request(&[
            ("origin", "https://report.example.org"),
            ("host", "report.example.org")
        ])));
        assert!(!is_cross_site(&request(&[
            ("origin", "null"),
            ("host", "report.example.org")
        ])));
        assert!(
            !is_cross_site(&request(&[])),
            "API clients send neither header"
        );
    }
}
