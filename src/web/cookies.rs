//! Reading cookies, through axum-extra's `CookieJar` (which parses the `Cookie` header the way
//! browsers write it), so that no module parses the header by hand.

use axum::http::HeaderValue;
use axum::http::request::Parts;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};

use crate::error::AppError;

/// The value of the cookie `name`, if the request carries it.
pub fn value(parts: &Parts, name: &str) -> Option<String> {
    CookieJar::from_headers(&parts.headers)
        .get(name)
        .map(|c| c.value().to_string())
}

/// A session cookie: `__Host-` names pin it to this host and path `/`; HttpOnly, Secure,
/// SameSite=Strict, and no Max-Age, so it dies with the browser session.
pub fn session(name: &'static str, value: &str) -> Result<HeaderValue, AppError> {
    header(
        Cookie::build((name, value.to_string()))
            .path("/")
            .http_only(true)
            .secure(true)
            .same_site(SameSite::Strict),
    )
}

/// Clears a session cookie set by [`session`].
pub fn clear(name: &'static str) -> HeaderValue {
    let mut cookie: Cookie<'static> = Cookie::build((name, ""))
        .path("/")
        .http_only(true)
        .secure(true)
        .same_site(SameSite::Strict)
        .build();
    // Max-Age=0 and an expiry in the past: every browser forgets it.
    cookie.make_removal();
    // A fixed name and an empty value always make a valid header.
    header(cookie).unwrap_or_else(|_| HeaderValue::from_static("__Host-invalid=; Max-Age=0"))
}

/// The language a visitor picked: readable by the server only, kept for the browser session.
pub fn language(name: &'static str, code: &str) -> Result<HeaderValue, AppError> {
    header(
        Cookie::build((name, code.to_string()))
            .path("/")
            .http_only(true)
            .same_site(SameSite::Strict),
    )
}

fn header(cookie: impl Into<Cookie<'static>>) -> Result<HeaderValue, AppError> {
    HeaderValue::from_str(&cookie.into().to_string()).map_err(AppError::internal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cookie_is_found_by_its_exact_name() {
        let (mut parts, ()) = axum::http::Request::builder()
            .header("cookie", "lang=sv; __Host-kedja-staff=abc; x=1")
            .body(())
            .unwrap()
            .into_parts();
        assert_eq!(value(&parts, "__Host-kedja-staff").as_deref(), Some("abc"));
        assert_eq!(value(&parts, "lang").as_deref(), Some("sv"));
        assert_eq!(value(&parts, "kedja-staff"), None);
        parts.headers.clear();
        assert_eq!(value(&parts, "lang"), None);
    }
}
