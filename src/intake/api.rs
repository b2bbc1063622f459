//! The reporter API of the design (`/api/v1/...`), for partner apps such as NGO hotlines and
//! SMS gateways. Handlers only extract, call and answer.

use axum::Json;
use axum::extract::{Multipart, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use super::catalogue;
use super::reporter;
use super::submit::{self, ReportInput};
use crate::domain::countries;
use crate::error::{AppError, AppResult};
use crate::evidence;
use crate::state::AppState;
use crate::store::suppliers;
use crate::web::extract::AppJson;
use crate::web::i18n::Lang;
use crate::web::session::ReporterSession;

/// `GET /api/v1/intake`: the questions, in the request's language.
#[utoipa::path(get, path = "/api/v1/intake", tag = "reporter",
    params(("lang" = Option<String>, Query, description = "Language code; else the lang cookie, then Accept-Language")),
    responses((status = 200, description = "The questions in the reporter's language", body = catalogue::Catalogue)))]
pub async fn intake(lang: Lang) -> Json<catalogue::Catalogue> {
    Json(catalogue::catalogue(lang))
}

#[derive(Deserialize)]
pub struct SupplierQuery {
    q: Option<String>,
    country: Option<String>,
}

/// `GET /api/v1/suppliers?q=&country=`: the public directory (name, country, city).
#[utoipa::path(get, path = "/api/v1/suppliers", tag = "reporter",
    params(("q" = Option<String>, Query, description = "Part of the name"), ("country" = Option<String>, Query, pattern = "^[A-Za-z]{2}$", description = "ISO 3166-1 alpha-2")),
    responses((status = 200, description = "The public directory: no contract data", body = [suppliers::PublicSupplier]), (status = 400, description = "Invalid input; the message names the field", body = crate::error::ErrorBody)))]
pub async fn suppliers(
    State(state): State<AppState>,
    query: Result<Query<SupplierQuery>, axum::extract::rejection::QueryRejection>,
) -> AppResult<Json<Vec<suppliers::PublicSupplier>>> {
    // A parameter given twice is a 400 in the error shape, like every other bad input.
    let Query(query) =
        query.map_err(|_| AppError::invalid("query", "names a parameter twice or is malformed"))?;
    let country = match query
        .country
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        Some(code) => Some(
            countries::parse(code)
                .map_err(|_| AppError::invalid("country", "must be an ISO 3166-1 alpha-2 code"))?,
        ),
        None => None,
    };
    let q = query.q.as_deref().map(str::trim).filter(|q| !q.is_empty());
    if q.is_some_and(|q| q.chars().count() > 100) {
        return Err(AppError::too_long("q", "must be at most 100 characters"));
    }
    Ok(Json(
        suppliers::search_public(state.db().conn(), q, country, 50).await?,
    ))
}

#[derive(Serialize, Deserialize, utoipa::ToSchema)]
pub struct Submitted {
    receipt: String,
}

/// `POST /api/v1/reports`: 201 with the receipt, shown once.
#[utoipa::path(post, path = "/api/v1/reports", tag = "reporter", request_body = ReportInput,
    responses((status = 201, description = "Stored durably; the receipt is shown only now", body = Submitted), (status = 400, description = "Invalid input; the message names the field", body = crate::error::ErrorBody),
        (status = 413, description = "Too large"), (status = 415, description = "Not JSON"), (status = 429, description = "Rate limited"),
        (status = 503, description = "Busy (Retry-After), or no organisation can receive the report (no_recipient)")))]
pub async fn submit_report(
    State(state): State<AppState>,
    AppJson(input): AppJson<ReportInput>,
) -> AppResult<(StatusCode, Json<Submitted>)> {
    let report = input.validate(&state).await?;
    let receipt = submit::submit(&state, report, None).await?.receipt;
    Ok((
        StatusCode::CREATED,
        Json(Submitted {
            receipt: receipt.display_grouped(),
        }),
    ))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReceiptBody {
    receipt: String,
}

/// The session cookie: `__Host-`, HttpOnly, Secure, SameSite=Strict, and no Max-Age, so it
/// dies with the browser session.
pub fn session_cookie(value: &str) -> AppResult<HeaderValue> {
    crate::web::cookies::session(crate::web::session::reporter::COOKIE, value)
}

/// Clears the session cookie.
pub fn clear_cookie() -> HeaderValue {
    crate::web::cookies::clear(crate::web::session::reporter::COOKIE)
}

/// `POST /api/v1/reporter/session`: 204 with the cookie, or 401 alike for every failure.
#[utoipa::path(post, path = "/api/v1/reporter/session", tag = "reporter", request_body = ReceiptBody,
    responses((status = 204, description = "Signed in; sets the __Host-kedja-reporter cookie"),
        (status = 400, description = "The body is not of the expected shape; the message names the field", body = crate::error::ErrorBody),
        (status = 401, description = "Unknown or malformed receipt, answered alike for every failure", body = crate::error::ErrorBody)))]
pub async fn sign_in(
    State(state): State<AppState>,
    AppJson(body): AppJson<ReceiptBody>,
) -> AppResult<Response> {
    let token = crate::web::session::reporter::sign_in(&state, &body.receipt).await?;
    let mut response = StatusCode::NO_CONTENT.into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        session_cookie(&token.to_cookie_value())?,
    );
    Ok(response)
}

/// `DELETE /api/v1/reporter/session`
#[utoipa::path(delete, path = "/api/v1/reporter/session", tag = "reporter", security(("reporter_session" = [])),
    responses((status = 204, description = "Signed out"), (status = 401, description = "No session")))]
pub async fn sign_out(
    State(state): State<AppState>,
    session: ReporterSession,
) -> AppResult<Response> {
    crate::web::session::reporter::sign_out(&state, &session).await?;
    let mut response = StatusCode::NO_CONTENT.into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, clear_cookie());
    Ok(response)
}

/// `GET /api/v1/reporter/case`
#[utoipa::path(get, path = "/api/v1/reporter/case", tag = "reporter", security(("reporter_session" = [])),
    responses((status = 200, description = "Status, thread and evidence", body = reporter::ReporterCase), (status = 401, description = "No session")))]
pub async fn case(
    State(state): State<AppState>,
    session: ReporterSession,
    lang: Lang,
) -> AppResult<Json<reporter::ReporterCase>> {
    Ok(Json(reporter::view(&state, &session, lang).await?))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MessageBody {
    #[schema(schema_with = message_text, required = true)]
    body: Option<String>,
}

fn message_text() -> utoipa::openapi::schema::Object {
    crate::web::schema::text(reporter::MAX_MESSAGE)
}

/// `POST /api/v1/reporter/messages`
#[utoipa::path(post, path = "/api/v1/reporter/messages", operation_id = "reporter_message", tag = "reporter", security(("reporter_session" = [])), request_body = MessageBody,
    responses((status = 201, description = "Sent"), (status = 400, description = "Invalid input; the message names the field", body = crate::error::ErrorBody), (status = 401, description = "No session")))]
pub async fn message(
    State(state): State<AppState>,
    session: ReporterSession,
    AppJson(body): AppJson<MessageBody>,
) -> AppResult<StatusCode> {
    let text = reporter::valid_body(body.body.as_deref())?;
    reporter::reply(&state, &session, &text).await?;
    Ok(StatusCode::CREATED)
}

/// `POST /api/v1/reporter/attachments` (multipart, field `file`)
#[utoipa::path(post, path = "/api/v1/reporter/attachments", tag = "reporter", security(("reporter_session" = [])),
    request_body(content_type = "multipart/form-data", description = "One field `file`"),
    responses((status = 201, description = "Stored; photos lose their metadata", body = evidence::Uploaded), (status = 400, description = "Invalid input; the message names the field", body = crate::error::ErrorBody),
        (status = 401, description = "No session"), (status = 413, description = "Past the per-file or per-case limit"), (status = 415, description = "Not multipart")))]
pub async fn attachment(
    State(state): State<AppState>,
    session: ReporterSession,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> AppResult<(StatusCode, Json<evidence::Uploaded>)> {
    let mut multipart = multipart.map_err(|_| AppError::UnsupportedMediaType)?;
    let field = evidence::next_file(&mut multipart, None).await?;
    let case = reporter::case_of(&state, &session).await?;
    let uploaded = evidence::store_upload(&state, case, field).await?;
    Ok((StatusCode::CREATED, Json(uploaded)))
}
