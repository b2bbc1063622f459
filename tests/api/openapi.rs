//! The OpenAPI document at /api/openapi.json says what the routes really do: which session each
//! needs (checked by calling every operation without one), the error answers of the shared
//! layers, and the constraints the report form enforces. The bounded schemathesis run in
//! `.ci/schemathesis` checks the rest against generated requests.

use crate::helpers::{TestApp, each_backend};
use reqwest::{Method, StatusCode};
use serde_json::Value;

const METHODS: &[&str] = &["get", "put", "post", "delete", "patch"];

/// Operations that sign in: they take no session and answer 401 to wrong credentials.
const SIGN_IN: &[(&str, &str)] = &[
    ("post", "/api/v1/auth/login"),
    ("post", "/api/v1/reporter/session"),
];

async fn document(app: &TestApp) -> Value {
    let response = app.get("/api/openapi.json").await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

/// Every operation as `(method, path, operation)`.
fn operations(doc: &Value) -> Vec<(String, String, Value)> {
    let mut all = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in METHODS {
            if let Some(op) = item.get(*method) {
                all.push(((*method).to_string(), path.clone(), op.clone()));
            }
        }
    }
    assert!(all.len() >= 50, "only {} operations", all.len());
    all
}

fn schemes(op: &Value) -> Vec<String> {
    op["security"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .flat_map(|r| r.keys().cloned())
        .collect()
}

fn declares(op: &Value, status: &str) -> bool {
    op["responses"].get(status).is_some()
}

#[tokio::test]
async fn the_document_declares_the_session_cookies_and_unique_operation_ids() {
    each_backend(|app| async move {
        let doc = document(&app).await;
        let declared = &doc["components"]["securitySchemes"];
        for (scheme, cookie) in [
            ("staff_session", "__Host-kedja-staff"),
            ("reporter_session", "__Host-kedja-reporter"),
        ] {
            assert_eq!(declared[scheme]["type"], "apiKey", "{scheme}");
            assert_eq!(declared[scheme]["in"], "cookie", "{scheme}");
            assert_eq!(declared[scheme]["name"], cookie, "{scheme}");
        }
        let mut ids = std::collections::HashSet::new();
        for (method, path, op) in operations(&doc) {
            let id = op["operationId"].as_str().unwrap_or_default().to_string();
            assert!(
                ids.insert(id.clone()),
                "{method} {path}: operationId {id} twice"
            );
            for scheme in schemes(&op) {
                assert!(
                    declared.get(&scheme).is_some(),
                    "{method} {path} names an undeclared scheme {scheme}"
                );
            }
        }
    })
    .await;
}

/// Each operation is called without a session (ids in the path are random, a JSON body is
/// `{}`): one that needs a session answers 401 and must name its scheme; one that names a
/// scheme must answer 401; and the answer given must be one the document declares.
#[tokio::test]
async fn every_route_that_needs_a_session_names_its_scheme() {
    each_backend(|app| async move {
        let doc = document(&app).await;
        let mut checked = 0;
        for (method, path, op) in operations(&doc) {
            let url = path
                .split('/')
                .map(|part| {
                    if part.starts_with('{') {
                        uuid::Uuid::new_v4().to_string()
                    } else {
                        part.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join("/");
            let mut request = app
                .client
                .request(Method::from_bytes(method.to_uppercase().as_bytes()).unwrap(), app.url(&url));
            if op["requestBody"]["content"].get("application/json").is_some() {
                request = request
                    .header("content-type", "application/json")
                    .body("{}");
            }
            let status = request.send().await.unwrap().status();
            let schemes = schemes(&op);
            let sign_in = SIGN_IN.iter().any(|(m, p)| *m == method && *p == path);
            if status == StatusCode::UNAUTHORIZED && !sign_in {
                assert!(
                    !schemes.is_empty(),
                    "{method} {path} refuses a caller without a session but names no security scheme"
                );
            }
            if !schemes.is_empty() {
                assert_eq!(
                    status,
                    StatusCode::UNAUTHORIZED,
                    "{method} {path} names {schemes:?} but answers a caller without a session"
                );
            }
            assert!(
                declares(&op, status.as_str()),
                "{method} {path} answered {status}, which the document does not declare"
            );
            checked += 1;
        }
        assert!(checked >= 50);
    })
    .await;
}

#[tokio::test]
async fn every_route_declares_the_error_answers_it_can_give() {
    each_backend(|app| async move {
        let doc = document(&app).await;
        let error_body = "#/components/schemas/ErrorBody";
        assert!(doc["components"]["schemas"].get("ErrorBody").is_some());
        for (method, path, op) in operations(&doc) {
            let what = format!("{method} {path}");
            // The database or the argon2 pool can always be unavailable.
            assert!(declares(&op, "503"), "{what}: 503");
            if !schemes(&op).is_empty() {
                assert!(declares(&op, "401"), "{what}: 401");
            }
            if method != "get" {
                assert!(declares(&op, "403"), "{what}: 403 (another site)");
            }
            if path.contains('{') {
                assert!(
                    declares(&op, "404"),
                    "{what}: 404 (malformed or unknown id)"
                );
            }
            if op.get("requestBody").is_some() {
                assert!(declares(&op, "413"), "{what}: 413");
                assert!(declares(&op, "415"), "{what}: 415");
            }
            for (status, response) in op["responses"].as_object().unwrap() {
                if status.starts_with('4') || status.starts_with('5') {
                    assert_eq!(
                        response["content"]["application/json"]["schema"]["$ref"], error_body,
                        "{what}: {status} is not described as the error body"
                    );
                }
            }
            for status in ["429", "503"] {
                if let Some(response) = op["responses"].get(status) {
                    assert!(
                        response["headers"].get("Retry-After").is_some(),
                        "{what}: {status} without Retry-After"
                    );
                }
            }
        }
        // The anonymous routes behind the rate limit.
        for (method, path) in [
            ("post", "/api/v1/reports"),
            ("post", "/api/v1/reporter/session"),
            ("post", "/api/v1/reporter/messages"),
            ("post", "/api/v1/reporter/attachments"),
            ("post", "/api/v1/auth/login"),
        ] {
            assert!(
                declares(&doc["paths"][path][method], "429"),
                "{method} {path}: 429"
            );
        }
        // Staff routes other than TOTP enrolment answer 409 until the member enrols.
        assert!(declares(&doc["paths"]["/api/v1/cases"]["get"], "409"));
        assert!(!declares(
            &doc["paths"]["/api/v1/auth/logout"]["post"],
            "409"
        ));
    })
    .await;
}

#[tokio::test]
async fn the_report_schema_states_the_limits_the_service_enforces() {
    each_backend(|app| async move {
        let doc = document(&app).await;
        let report = &doc["components"]["schemas"]["ReportInput"];
        let fields = &report["properties"];
        assert_eq!(
            fields["narrative"]["maxLength"],
            kedja::intake::submit::MAX_NARRATIVE
        );
        assert_eq!(
            fields["supplier_text"]["maxLength"],
            kedja::intake::submit::MAX_SUPPLIER_TEXT
        );
        assert_eq!(fields["country"]["pattern"], "^[A-Za-z]{2}$");
        let codes = |v: &Value| -> Vec<String> {
            v.as_array()
                .unwrap()
                .iter()
                .map(|c| c.as_str().unwrap().to_string())
                .collect()
        };
        assert_eq!(
            codes(&fields["people_affected"]["enum"]),
            kedja::domain::PeopleAffected::ALL
                .iter()
                .map(|p| p.as_code().to_string())
                .collect::<Vec<_>>()
        );
        assert_eq!(
            codes(&fields["relationship"]["enum"]),
            kedja::domain::Relationship::ALL
                .iter()
                .map(|p| p.as_code().to_string())
                .collect::<Vec<_>>()
        );
        assert_eq!(
            codes(&fields["indicators"]["items"]["enum"]).len(),
            kedja::domain::Indicator::ALL.len()
        );
        let required = codes(&report["required"]);
        for field in ["narrative", "people_affected", "relationship"] {
            assert!(required.contains(&field.to_string()), "{field} is required");
        }

        // And the service refuses what the document says it refuses, naming the field.
        let buyer = crate::helpers::fixtures::buyer(&app, "Region Nord").await;
        let mut report = crate::helpers::fixtures::report(buyer.supplier_id, "Checks");
        report["narrative"] = Value::String("x".repeat(kedja::intake::submit::MAX_NARRATIVE + 1));
        let response = app
            .client
            .post(app.url("/api/v1/reports"))
            .json(&report)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        let body: Value = response.json().await.unwrap();
        assert!(body["message"].as_str().unwrap().starts_with("narrative"));
    })
    .await;
}

/// Found by schemathesis: a query parameter given twice was refused by the framework with a
/// plain-text 400 instead of the error body naming what is wrong.
#[tokio::test]
async fn a_query_parameter_given_twice_is_refused_in_the_error_shape() {
    each_backend(|app| async move {
        let team = crate::helpers::staff::make_team(&app, "Region Nord").await;
        for (path, cookie) in [
            ("/api/v1/suppliers?country=SE&country=BD", ""),
            ("/api/v1/stats?by=country&by=month", team.admin.as_str()),
        ] {
            let response = app
                .client
                .get(app.url(path))
                .header("cookie", cookie)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{path}");
            assert!(
                response.headers()["content-type"]
                    .to_str()
                    .unwrap()
                    .starts_with("application/json"),
                "{path}"
            );
            let body: Value = response.json().await.unwrap();
            assert_eq!(body["error"], "invalid_input", "{path}");
            assert!(
                body["message"].as_str().unwrap().starts_with("query"),
                "{path}"
            );
        }
    })
    .await;
}
