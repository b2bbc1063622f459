//! Reading cookies, through axum-extra's `CookieJar` (which parses the `Cookie` header the way
//! browsers write it), so that no module parses the header by hand.

use axum::http::request::Parts;
use axum_extra::extract::cookie::CookieJar;

/// The value of the cookie `name`, if the request carries it.
pub fn value(parts: &Parts, name: &str) -> Option<String> {
    CookieJar::from_headers(&parts.headers)
        .get(name)
        .map(|c| c.value().to_string())
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
