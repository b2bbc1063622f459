//! Security headers on every response.
//!
//! The CSP allows only same-origin styles, images and form posts, no script at all unless a
//! later page adds its own same-origin file, no framing, and no base-URI tricks. Pages are
//! `no-store` (a shared phone must not keep a reporter's status page in its cache); only the
//! static assets are cacheable.

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

/// The headers every response carries, computed once.
#[derive(Clone)]
pub struct SecurityHeaders {
    always: HeaderMap,
}

/// The Content-Security-Policy: nothing from anywhere but here, no inline code, no frames.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
    form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

impl SecurityHeaders {
    /// Builds the set; `hsts` when the service is reached over https.
    pub fn new(hsts: bool) -> Self {
        let mut always = HeaderMap::new();
        let mut put = |name: HeaderName, value: &'static str| {
            always.insert(name, HeaderValue::from_static(value));
        };
        put(header::CONTENT_SECURITY_POLICY, CSP);
        put(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
        put(header::REFERRER_POLICY, "no-referrer");
        put(header::X_FRAME_OPTIONS, "DENY");
        put(
            HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
        );
        put(
            HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        );
        put(
            HeaderName::from_static("cross-origin-resource-policy"),
            "same-origin",
        );
        put(HeaderName::from_static("x-dns-prefetch-control"), "off");
        if hsts {
            put(
                header::STRICT_TRANSPORT_SECURITY,
                "max-age=63072000; includeSubDomains",
            );
        }
        Self { always }
    }
}

/// Middleware: adds the headers, and `Cache-Control: no-store` unless the route set its own.
pub async fn apply(
    State(headers): State<SecurityHeaders>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    let out = response.headers_mut();
    for (name, value) in &headers.always {
        out.insert(name.clone(), value.clone());
    }
    out.entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    response
}
