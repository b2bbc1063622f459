//! Errors people meet in a browser are pages, not JSON.
//!
//! Handlers answer with [`AppError`], which is JSON for the API. For any other path, a page
//! that does not exist becomes an HTML page in the visitor's language (a reporter's with the
//! quick-exit button, or a staff page), and a staff page opened without a session goes to the
//! sign-in page instead of showing a bare 401.

use axum::extract::{FromRequestParts, Request};
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

use super::i18n::Lang;

fn is_json(response: &Response) -> bool {
    response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"))
}

/// Whether `path` is a staff or authority page.
pub fn is_staff(path: &str) -> bool {
    path == "/staff"
        || path.starts_with("/staff/")
        || path == "/authority"
        || path.starts_with("/authority/")
}

/// The middleware.
pub async fn html_errors(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let path_and_query = request
        .uri()
        .path_and_query()
        .map_or_else(|| path.clone(), |p| p.as_str().to_string());
    if path.starts_with("/api/") || path == "/healthz" || path == "/readyz" {
        return next.run(request).await;
    }
    let get = request.method() == Method::GET;
    let (mut parts, body) = request.into_parts();
    let Ok(lang) = Lang::from_request_parts(&mut parts, &()).await;
    let response = next.run(Request::from_parts(parts, body)).await;
    if !is_json(&response) {
        return response;
    }
    if is_staff(&path)
        && response
            .extensions()
            .get::<crate::error::StepUpNeeded>()
            .is_some()
    {
        // The code form, which returns here: a page opened (an export) comes back to itself; a
        // form sent comes back to the page it was on (its path without the action), to be
        // sent again.
        let back = if get {
            path_and_query
        } else {
            path.rsplit_once('/')
                .map_or("/staff", |(parent, _)| parent)
                .to_string()
        };
        let next: String = url::form_urlencoded::byte_serialize(back.as_bytes()).collect();
        return Redirect::to(&format!("/staff/step-up?next={next}")).into_response();
    }
    match response.status() {
        StatusCode::UNAUTHORIZED if get && is_staff(&path) => {
            Redirect::to("/staff/login").into_response()
        }
        StatusCode::NOT_FOUND if is_staff(&path) => super::chrome::error_page(
            lang,
            crate::error::AppError::NotFound,
            if path.starts_with("/authority") {
                "/authority"
            } else {
                "/staff"
            },
        ),
        StatusCode::NOT_FOUND => super::chrome::not_found(lang),
        _ => response,
    }
}
