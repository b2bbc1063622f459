//! Staff-side helpers: a buyer with a TOTP-enrolled admin and a confirmed handler, signed in.

use kedja::admin::provision::{self, NewMember};
use kedja::cases::service::{CaseDetail, CaseSummary};
use kedja::domain::accounts::Role;
use kedja::intake::reporter::ReporterCase;
use reqwest::StatusCode;
use reqwest::header::COOKIE;
use secrecy::SecretString;
use serde_json::{Value, json};

use super::TestApp;
use super::fixtures::{self, Buyer};

pub const PASSWORD: &str = "a long admin passphrase";
pub const HANDLER_PASSWORD: &str = "a long handler passphrase";

/// A fresh TOTP code for `otpauth`, at the app's time. kedja accepts each time step once and a
/// window of the previous, current and next step, so successive calls hand out increasing
/// steps from that window, as a person typing successive codes would. A third code within one
/// window needs the next window: the app's clock is moved forward into it, as a person would
/// wait for it, but without waiting.
pub fn code(app: &TestApp, otpauth: &str) -> String {
    let totp = totp_rs::Totp::from_url(otpauth).unwrap();
    let clock = app.state.clock();
    let now = u64::try_from(clock.now().timestamp()).unwrap();
    let origin = now / 30;
    let mut used = app
        .totp_steps
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    // The current step first (the previous one could fall out of the window if the clock
    // crosses a boundary before the server checks), then the next.
    let step = used
        .get(otpauth)
        .map_or(origin, |last| (last + 1).max(origin));
    if step > origin + 1 {
        // The step is in the window once the previous step has begun.
        let valid_from = (step - 1) * 30;
        clock.advance(std::time::Duration::from_secs(valid_from - now));
    }
    used.insert(otpauth.to_string(), step);
    totp.generate(step * 30).to_string()
}

pub async fn login(
    app: &TestApp,
    email: &str,
    password: &str,
    totp: Option<String>,
) -> reqwest::Response {
    app.client
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({ "email": email, "password": password, "totp": totp }))
        .send()
        .await
        .unwrap()
}

pub async fn session(app: &TestApp, email: &str, password: &str, totp: Option<String>) -> String {
    let response = login(app, email, password, totp).await;
    assert_eq!(
        response.status(),
        StatusCode::NO_CONTENT,
        "{email} signs in"
    );
    fixtures::cookie_from(&response, "__Host-kedja-staff").unwrap()
}

pub async fn get_json(app: &TestApp, path: &str, cookie: &str) -> (StatusCode, Value) {
    let response = app
        .client
        .get(app.url(path))
        .header(COOKIE, cookie)
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// GET `path` with a session cookie, the answer read as kedja's own type `T`: a field renamed or
/// retyped on either side breaks the test instead of passing as `null`.
pub async fn get_as<T: serde::de::DeserializeOwned>(app: &TestApp, path: &str, cookie: &str) -> T {
    let response = app
        .client
        .get(app.url(path))
        .header(COOKIE, cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK, "GET {path}");
    response.json().await.unwrap()
}

/// POST a JSON body; a success is read as kedja's own type `T`, a refusal as its error code.
pub async fn post_as<T: serde::de::DeserializeOwned>(
    app: &TestApp,
    path: &str,
    cookie: &str,
    body: Value,
) -> Result<T, (StatusCode, String)> {
    let response = app
        .client
        .post(app.url(path))
        .header(COOKIE, cookie)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status();
    if status.is_success() {
        Ok(response.json().await.unwrap())
    } else {
        let error: Value = response.json().await.unwrap_or(Value::Null);
        Err((
            status,
            error["error"].as_str().unwrap_or_default().to_string(),
        ))
    }
}

/// The caller's case list, most urgent first.
pub async fn cases(app: &TestApp, cookie: &str, query: &str) -> Vec<CaseSummary> {
    get_as(app, &format!("/api/v1/cases{query}"), cookie).await
}

/// One case, decrypted for the caller.
pub async fn case(app: &TestApp, id: impl std::fmt::Display, cookie: &str) -> CaseDetail {
    get_as(app, &format!("/api/v1/cases/{id}"), cookie).await
}

/// The case as its reporter sees it.
pub async fn reporter_case(app: &TestApp, cookie: &str) -> ReporterCase {
    get_as(app, "/api/v1/reporter/case", cookie).await
}

/// A page's HTML, fetched with a session cookie.
pub async fn get_text(app: &TestApp, path: &str, cookie: &str) -> String {
    app.client
        .get(app.url(path))
        .header(COOKIE, cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

pub async fn post_json(
    app: &TestApp,
    path: &str,
    cookie: &str,
    body: Value,
) -> (StatusCode, Value) {
    let response = app
        .client
        .post(app.url(path))
        .header(COOKIE, cookie)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// PUT a JSON body; the status and the answer (`Null` when it has none).
pub async fn put_json(app: &TestApp, path: &str, cookie: &str, body: Value) -> (StatusCode, Value) {
    let response = app
        .client
        .put(app.url(path))
        .header(COOKIE, cookie)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// Makes `org_id` a buyer of `supplier_id` too, as the operator's CLI does.
pub async fn link_buyer(app: &TestApp, org_id: uuid::Uuid, supplier_id: uuid::Uuid) {
    kedja::admin::provision::link_supplier(
        app.state.db(),
        app.state.clock(),
        org_id,
        supplier_id,
        None,
    )
    .await
    .unwrap();
}

/// A buyer whose admin has TOTP, and a confirmed handler with TOTP, both signed in.
pub struct Team {
    pub buyer: Buyer,
    pub admin: String,
    pub admin_id: uuid::Uuid,
    /// The admin's otpauth URI, for further codes (step-up).
    pub admin_totp: String,
    pub handler: String,
    pub handler_id: uuid::Uuid,
    pub handler_email: String,
    pub handler_totp: String,
}

pub async fn make_team(app: &TestApp, name: &str) -> Team {
    let slug = name.to_lowercase().replace(' ', "-");
    let buyer = fixtures::buyer_with_totp(app, name).await;
    let admin = session(
        app,
        &format!("admin@{slug}.example"),
        PASSWORD,
        Some(code(app, buyer.totp.as_deref().unwrap())),
    )
    .await;
    let handler_email = format!("handler@{slug}.example");
    let handler = provision::create_member(
        app.state.db(),
        app.state.clock(),
        NewMember {
            org_id: buyer.buyer.org.org_id,
            email: handler_email.clone(),
            role: Role::Handler,
            password: SecretString::from(HANDLER_PASSWORD),
            with_totp: true,
        },
    )
    .await
    .unwrap();
    let (status, _) = post_json(
        app,
        &format!("/api/v1/members/{}/confirm", handler.member_id),
        &admin,
        json!({}),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let handler_totp = handler.otpauth_uri.unwrap().to_string();
    let session = session(
        app,
        &handler_email,
        HANDLER_PASSWORD,
        Some(code(app, &handler_totp)),
    )
    .await;
    Team {
        admin_id: buyer.buyer.org.admin_id,
        admin_totp: buyer.totp.clone().unwrap(),
        buyer: buyer.buyer,
        admin,
        handler: session,
        handler_id: handler.member_id,
        handler_email,
        handler_totp,
    }
}

/// The CSRF token of the first form on a staff page.
pub fn csrf_in(html: &str) -> String {
    let marker = "name=\"csrf\" value=\"";
    let at = html.find(marker).expect("a CSRF field") + marker.len();
    html[at..].split('"').next().unwrap().to_string()
}

/// A staff form posted as a browser without JavaScript would: the page's CSRF token first,
/// then `fields`. Answers the status, the `Location` when it redirects, and the body.
pub async fn post_form(
    app: &TestApp,
    path: &str,
    cookie: &str,
    csrf: &str,
    fields: &[(&str, &str)],
) -> (StatusCode, Option<String>, String) {
    let mut form = vec![("csrf", csrf)];
    form.extend_from_slice(fields);
    let response = app
        .client
        .post(app.url(path))
        .header(COOKIE, cookie)
        .form(&form)
        .send()
        .await
        .unwrap();
    let status = response.status();
    let location = response
        .headers()
        .get(reqwest::header::LOCATION)
        .map(|l| l.to_str().unwrap().to_string());
    (status, location, response.text().await.unwrap())
}
