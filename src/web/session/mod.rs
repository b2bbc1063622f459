//! Sessions: the staff member's and the reporter's, each an extractor that refuses early.
//!
//! Both keep what they unlock (organisation identity, reporter identity) sealed to a random
//! token that only the cookie holds; the row is keyed by the token's hash.

pub mod reporter;
pub mod staff;

pub use reporter::ReporterSession;
pub use staff::{Member, StaffSession};

use axum::http::request::Parts;

/// Reads a cookie's value from the request.
pub fn cookie<'a>(parts: &'a Parts, name: &str) -> Option<&'a str> {
    parts
        .headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}
