//! The OpenAPI document's frame: title, description, tags and security schemes. Its paths are
//! added by the routers themselves (utoipa-axum's `routes!`), so a route and its description are
//! registered in one place and cannot drift apart; each route names the session it needs
//! (`security(("staff_session" = []))` or `reporter_session`) and the answers of its own logic.
//!
//! The answers that the shared layers and extractors give are added by [`finish`], from what the
//! document says about each operation, so that no route can forget one: 401 where a session is
//! needed, 403 for a state-changing request from another site, 404 for a malformed id in the
//! path, 413 and 415 for a request body, 429 on the rate-limited routes, 503 everywhere (the
//! argon2 pool or the database cannot take the request now), and the error body on every error.

use serde_json::{Map, Value, json};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::web::session::{reporter, staff};

/// The security scheme of the staff session cookie.
pub const STAFF_SESSION: &str = "staff_session";
/// The security scheme of the reporter session cookie.
pub const REPORTER_SESSION: &str = "reporter_session";

/// Staff routes that take a session without the second factor (signing out and TOTP
/// enrolment): every other staff route answers 409 `totp_enrolment_required` before enrolment.
const BEFORE_SECOND_FACTOR: &[(&str, &str)] = &[
    ("post", "/api/v1/auth/logout"),
    ("post", "/api/v1/auth/totp"),
    ("post", "/api/v1/auth/totp/confirm"),
];

/// The API description.
#[derive(OpenApi)]
#[openapi(
    info(title = "kedja", description = "Anonymous grievance and tip reporting for supply chains: the reporter API (anonymous, receipt sessions) and the staff API (cookie sessions). \
Sessions are cookies (`staff_session`, `reporter_session`). The API takes no CSRF token: it accepts only JSON (or multipart) bodies and refuses a state-changing request whose `Sec-Fetch-Site` or `Origin` shows another site with 403. \
Every error answer is `{\"error\": code, \"message\": text}`; 429 and 503 may carry `Retry-After`."),
    tags((name = "reporter", description = "Anonymous intake and follow-up with a receipt"), (name = "staff", description = "Case handling"),
        (name = "authority", description = "Escalations received by authorities")),
    modifiers(&Sessions)
)]
pub struct ApiDoc;

/// Declares the two session cookies as security schemes.
struct Sessions;

impl Modify for Sessions {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            STAFF_SESSION,
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                staff::COOKIE,
                "The staff session, set by POST /api/v1/auth/login (password and TOTP code). \
                 HttpOnly, Secure, SameSite=Strict.",
            ))),
        );
        components.add_security_scheme(
            REPORTER_SESSION,
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                reporter::COOKIE,
                "The reporter session, set by POST /api/v1/reporter/session (the receipt). \
                 HttpOnly, Secure, SameSite=Strict.",
            ))),
        );
    }
}

const METHODS: &[&str] = &["get", "put", "post", "delete", "patch"];

/// The document as served: `api` with the answers of the shared layers added to every
/// operation. `rate_limited` lists the `(method, path)` of the operations behind the rate limit.
pub fn finish(api: &utoipa::openapi::OpenApi, rate_limited: &[(String, String)]) -> Value {
    let mut doc = serde_json::to_value(api).unwrap_or_else(|_| json!({}));
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return doc;
    };
    for (path, item) in paths.iter_mut() {
        for method in METHODS {
            let Some(op) = item.get_mut(*method).and_then(Value::as_object_mut) else {
                continue;
            };
            let limited = rate_limited
                .iter()
                .any(|(m, p)| m.as_str() == *method && p == path);
            let before_second_factor = BEFORE_SECOND_FACTOR
                .iter()
                .any(|(m, p)| m == method && *p == path.as_str());
            complete(op, method, path, limited, before_second_factor);
        }
    }
    doc
}

fn schemes(op: &Map<String, Value>) -> Vec<String> {
    op.get("security")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .flat_map(|r| r.keys().cloned())
        .collect()
}

fn complete(
    op: &mut Map<String, Value>,
    method: &str,
    path: &str,
    limited: bool,
    before_second_factor: bool,
) {
    let schemes = schemes(op);
    let body = op.get("requestBody").cloned();
    let responses = op
        .entry("responses")
        .or_insert_with(|| json!({}))
        .as_object_mut();
    let Some(responses) = responses else { return };
    let mut add = |status: &str, description: &str| {
        responses
            .entry(status.to_string())
            .or_insert_with(|| json!({ "description": description }));
    };
    if !schemes.is_empty() {
        add(
            "401",
            "No session, or it ended (signed out, idle or expired); the same for every cause",
        );
    }
    if schemes.iter().any(|s| s == STAFF_SESSION) && !before_second_factor {
        add(
            "409",
            "totp_enrolment_required: the member has not enrolled a second factor yet",
        );
    }
    if method != "get" {
        add(
            "403",
            "Sent from another site (Sec-Fetch-Site or Origin); the API takes no CSRF token",
        );
    }
    if path.contains('{') {
        add(
            "404",
            "Not found: an id that does not exist, is not the caller's, or is malformed, alike",
        );
    }
    if let Some(body) = &body {
        add(
            "413",
            "The request body is larger than this route takes (Content-Length or body)",
        );
        let kinds: Vec<&str> = body
            .get("content")
            .and_then(Value::as_object)
            .map(|c| c.keys().map(String::as_str).collect())
            .unwrap_or_default();
        add("415", &format!("The body is not {}", kinds.join(" or ")));
    }
    // The rate limit counts state-changing requests only.
    if limited && method != "get" {
        add(
            "429",
            "Rate limited: too many requests from this address or for this account; see Retry-After",
        );
    }
    add(
        "503",
        "The service cannot take the request now (the argon2 pool is full or the database is \
         unreachable; see Retry-After), or cannot do it at all (the code says why)",
    );
    describe_errors(responses);
}

/// Every error answer is the error body; 429 and 503 may carry `Retry-After`.
fn describe_errors(responses: &mut Map<String, Value>) {
    for (status, response) in responses.iter_mut() {
        let error = status.starts_with('4') || status.starts_with('5');
        let Some(response) = response.as_object_mut() else {
            continue;
        };
        if error && !response.contains_key("content") {
            response.insert(
                "content".into(),
                json!({ "application/json": { "schema": { "$ref": "#/components/schemas/ErrorBody" } } }),
            );
        }
        if matches!(status.as_str(), "429" | "503") {
            response.entry("headers").or_insert_with(|| {
                json!({ "Retry-After": {
                    "description": "Seconds to wait before trying again",
                    "schema": { "type": "integer", "minimum": 1 }
                } })
            });
        }
    }
}
