//! The staff case API of the design. Handlers extract, call `service`, answer.

use axum::Json;
use axum::extract::{Query, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use uuid::Uuid;

use super::service::{self, CaseDetail, CaseSummary, ListQuery, TransitionInput};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::extract::{AppJson, AttachmentId, CaseId, OrgId};
use crate::web::session::Member;

/// `GET /api/v1/cases`
#[utoipa::path(get, path = "/api/v1/cases", tag = "staff", security(("staff_session" = [])),
    params(("state" = Option<String>, Query), ("priority" = Option<String>, Query), ("overdue" = Option<bool>, Query),
        ("supplier_id" = Option<String>, Query), ("indicator" = Option<String>, Query),
        ("assignee" = Option<String>, Query, description = "A member's id, or `none` for unassigned cases"),
        ("q" = Option<String>, Query, description = "A case reference (`KJ-…`) or words of the supplier's name; report content is sealed and cannot be searched"),
        ("limit" = Option<u32>, Query, description = "Cases per page: 50 unless given, at most 200"),
        ("after" = Option<String>, Query, description = "Continue after this key: follow the `Link: <…>; rel=\"next\"` header rather than building it")),
    responses((status = 200, description = "One page, most urgent first; a `Link` header with rel=\"next\" when more follow", body = [CaseSummary]), (status = 400, description = "Invalid input; the message names the field", body = crate::error::ErrorBody),
        (status = 409, description = "TOTP enrolment required")))]
pub async fn list(
    State(state): State<AppState>,
    member: Member,
    RawQuery(raw): RawQuery,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> AppResult<Response> {
    let Query(query) =
        query.map_err(|_| AppError::invalid("query", "has an unknown or malformed filter"))?;
    let page = service::list(&state, &member, &query).await?;
    let mut response = Json(page.cases).into_response();
    if let Some(next) = page.next {
        let link = format!(
            "<{}>; rel=\"next\"",
            next_link("/api/v1/cases", raw.as_deref(), &next)
        );
        if let Ok(value) = axum::http::HeaderValue::from_str(&link) {
            response
                .headers_mut()
                .insert(axum::http::header::LINK, value);
        }
    }
    Ok(response)
}

/// `GET /api/v1/cases.csv` (an addition: the filtered list as CSV)
#[utoipa::path(get, path = "/api/v1/cases.csv", tag = "staff", security(("staff_session" = [])),
    params(("state" = Option<String>, Query), ("priority" = Option<String>, Query), ("overdue" = Option<bool>, Query),
        ("supplier_id" = Option<String>, Query), ("indicator" = Option<String>, Query),
        ("assignee" = Option<String>, Query, description = "A member's id, or `none`"),
        ("q" = Option<String>, Query, description = "A case reference (`KJ-…`) or words of the supplier's name")),
    responses((status = 200, description = "Every case of the filtered list, most urgent first, clear columns only (no report content); audited as an export", content_type = "text/csv"),
        (status = 400, description = "Invalid input; the message names the field", body = crate::error::ErrorBody),
        (status = 403, description = "The caller's role does not read cases")))]
pub async fn csv(
    State(state): State<AppState>,
    member: Member,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> AppResult<Response> {
    let Query(query) =
        query.map_err(|_| AppError::invalid("query", "has an unknown or malformed filter"))?;
    let lines = service::export_csv(&state, &member, &query).await?;
    Ok(crate::web::download::csv(
        lines,
        &super::list::csv_name(state.clock().today()),
    ))
}

/// The same list's next page: the query as given, with `after` replaced.
pub fn next_link(path: &str, query: Option<&str>, after: &str) -> String {
    let mut pairs = url::form_urlencoded::Serializer::new(String::new());
    for (key, value) in url::form_urlencoded::parse(query.unwrap_or("").as_bytes()) {
        if key != "after" {
            pairs.append_pair(&key, &value);
        }
    }
    pairs.append_pair("after", after);
    format!("{path}?{}", pairs.finish())
}

/// `GET /api/v1/cases/{id}`
#[utoipa::path(get, path = "/api/v1/cases/{id}", tag = "staff", security(("staff_session" = [])), params(("id" = String, Path, description = "Case id")),
    responses((status = 200, description = "The case, decrypted; audited", body = CaseDetail), (status = 404, description = "Not found or not yours, alike")))]
pub async fn detail(
    State(state): State<AppState>,
    member: Member,
    CaseId(id): CaseId,
) -> AppResult<Json<CaseDetail>> {
    Ok(Json(service::detail(&state, &member, id).await?))
}

/// `POST /api/v1/cases/{id}/transitions`
#[utoipa::path(post, path = "/api/v1/cases/{id}/transitions", tag = "staff", security(("staff_session" = [])), params(("id" = String, Path, description = "Case id")), request_body = TransitionInput,
    responses((status = 200, description = "Moved", body = CaseSummary), (status = 400, description = "Invalid input; the message names the field", body = crate::error::ErrorBody), (status = 404, description = "Not found"),
        (status = 409, description = "illegal_transition", body = crate::error::ErrorBody)))]
pub async fn transition(
    State(state): State<AppState>,
    member: Member,
    CaseId(id): CaseId,
    AppJson(body): AppJson<TransitionInput>,
) -> AppResult<Json<CaseSummary>> {
    Ok(Json(service::transition(&state, &member, id, body).await?))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Body {
    #[schema(schema_with = message_text, required = true)]
    body: Option<String>,
}

fn message_text() -> utoipa::openapi::schema::Object {
    crate::web::schema::text(crate::domain::text::MAX_MESSAGE)
}

/// `POST /api/v1/cases/{id}/messages`
#[utoipa::path(post, path = "/api/v1/cases/{id}/messages", tag = "staff", security(("staff_session" = [])), params(("id" = String, Path, description = "Case id")), request_body = Body,
    responses((status = 201, description = "Sent to the reporter"), (status = 400, description = "Invalid input; the message names the field", body = crate::error::ErrorBody), (status = 404, description = "Not found")))]
pub async fn message(
    State(state): State<AppState>,
    member: Member,
    CaseId(id): CaseId,
    AppJson(body): AppJson<Body>,
) -> AppResult<StatusCode> {
    service::message(&state, &member, id, body.body.as_deref()).await?;
    Ok(StatusCode::CREATED)
}

/// `POST /api/v1/cases/{id}/notes`
#[utoipa::path(post, path = "/api/v1/cases/{id}/notes", tag = "staff", security(("staff_session" = [])), params(("id" = String, Path, description = "Case id")), request_body = Body,
    responses((status = 201, description = "Saved for the organisations only"), (status = 400, description = "Invalid input; the message names the field", body = crate::error::ErrorBody), (status = 404, description = "Not found")))]
pub async fn note(
    State(state): State<AppState>,
    member: Member,
    CaseId(id): CaseId,
    AppJson(body): AppJson<Body>,
) -> AppResult<StatusCode> {
    service::note(&state, &member, id, body.body.as_deref()).await?;
    Ok(StatusCode::CREATED)
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssigneeBody {
    user_id: Option<Uuid>,
}

/// `PUT /api/v1/cases/{id}/assignee`
#[utoipa::path(put, path = "/api/v1/cases/{id}/assignee", tag = "staff", security(("staff_session" = [])), params(("id" = String, Path, description = "Case id")), request_body = AssigneeBody,
    responses((status = 200, description = "Assigned", body = CaseSummary), (status = 400, description = "Invalid input; the message names the field", body = crate::error::ErrorBody), (status = 404, description = "Not found")))]
pub async fn assign(
    State(state): State<AppState>,
    member: Member,
    CaseId(id): CaseId,
    AppJson(body): AppJson<AssigneeBody>,
) -> AppResult<Json<CaseSummary>> {
    Ok(Json(
        service::assign(&state, &member, id, body.user_id).await?,
    ))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PriorityBody {
    priority: String,
    reason: Option<String>,
}

/// `PUT /api/v1/cases/{id}/priority` (an addition to the contract: the override the design
/// asks for, with its required reason)
#[utoipa::path(put, path = "/api/v1/cases/{id}/priority", tag = "staff", security(("staff_session" = [])), params(("id" = String, Path, description = "Case id")), request_body = PriorityBody,
    responses((status = 200, description = "Overridden; the reason is kept as a note", body = CaseSummary), (status = 400, description = "Invalid input; the message names the field", body = crate::error::ErrorBody), (status = 404, description = "Not found")))]
pub async fn priority(
    State(state): State<AppState>,
    member: Member,
    CaseId(id): CaseId,
    AppJson(body): AppJson<PriorityBody>,
) -> AppResult<Json<CaseSummary>> {
    Ok(Json(
        service::override_priority(&state, &member, id, &body.priority, body.reason.as_deref())
            .await?,
    ))
}

/// `POST /api/v1/cases/{id}/recusal` (an addition: a handler steps aside from a case)
#[utoipa::path(post, path = "/api/v1/cases/{id}/recusal", tag = "staff", security(("staff_session" = [])), params(("id" = String, Path, description = "Case id")),
    responses((status = 204, description = "Recused; the case is refused to the caller from now on"), (status = 404, description = "Not found")))]
pub async fn recuse(
    State(state): State<AppState>,
    member: Member,
    CaseId(id): CaseId,
) -> AppResult<StatusCode> {
    service::recuse(&state, &member, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExtensionBody {
    months: u32,
    reason: Option<String>,
}

/// `PUT /api/v1/cases/{id}/feedback-deadline` (an addition: extension with a reason)
#[utoipa::path(put, path = "/api/v1/cases/{id}/feedback-deadline", tag = "staff", security(("staff_session" = [])), params(("id" = String, Path)), request_body = ExtensionBody,
    responses((status = 200, description = "Extended", body = CaseSummary), (status = 400, description = "No reason, or not 1 to 3 months"),
        (status = 404, description = "Not found"), (status = 409, description = "Not acknowledged yet")))]
pub async fn extend(
    State(state): State<AppState>,
    member: Member,
    CaseId(id): CaseId,
    AppJson(body): AppJson<ExtensionBody>,
) -> AppResult<Json<CaseSummary>> {
    Ok(Json(
        service::extend_feedback(&state, &member, id, body.months, body.reason.as_deref()).await?,
    ))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RiskBody {
    risk: String,
    note: Option<String>,
}

/// `PUT /api/v1/cases/{id}/retaliation-risk` (an addition: the triage assessment)
#[utoipa::path(put, path = "/api/v1/cases/{id}/retaliation-risk", tag = "staff", security(("staff_session" = [])), params(("id" = String, Path)), request_body = RiskBody,
    responses((status = 204, description = "Recorded"), (status = 400, description = "Unknown risk"), (status = 404, description = "Not found")))]
pub async fn risk(
    State(state): State<AppState>,
    member: Member,
    CaseId(id): CaseId,
    AppJson(body): AppJson<RiskBody>,
) -> AppResult<StatusCode> {
    service::set_retaliation_risk(&state, &member, id, &body.risk, body.note.as_deref()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TransferBody {
    org_id: Uuid,
    /// Send the organisation's internal notes with the case; without this they stay behind
    /// and are deleted.
    #[serde(default)]
    include_notes: bool,
}

/// `POST /api/v1/cases/{id}/transfer` (an addition: hand the case to another organisation,
/// re-encrypted to it)
#[utoipa::path(post, path = "/api/v1/cases/{id}/transfer", tag = "staff", security(("staff_session" = [])), params(("id" = String, Path)), request_body = TransferBody,
    responses((status = 200, description = "Transferred; the caller's organisation no longer sees it", body = CaseSummary),
        (status = 400, description = "Not another buyer of the case's supplier, nor a coordinator"), (status = 403, description = "Only the owner transfers"),
        (status = 404, description = "Not found")))]
pub async fn transfer(
    State(state): State<AppState>,
    member: Member,
    CaseId(id): CaseId,
    AppJson(body): AppJson<TransferBody>,
) -> AppResult<Json<CaseSummary>> {
    Ok(Json(
        super::transfer::transfer(&state, &member, id, body.org_id, body.include_notes).await?,
    ))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ShareBody {
    org_id: Uuid,
}

/// `POST /api/v1/cases/{id}/shares`
#[utoipa::path(post, path = "/api/v1/cases/{id}/shares", tag = "staff", security(("staff_session" = [])), params(("id" = String, Path)), request_body = ShareBody,
    responses((status = 201, description = "Shared for joint handling, re-encrypted to the other buyer"),
        (status = 400, description = "Not another buyer of the same supplier"), (status = 403, description = "Only the owner shares"),
        (status = 404, description = "Not found"), (status = 409, description = "Already shared")))]
pub async fn share(
    State(state): State<AppState>,
    member: Member,
    CaseId(id): CaseId,
    AppJson(body): AppJson<ShareBody>,
) -> AppResult<StatusCode> {
    super::transfer::share(&state, &member, id, body.org_id).await?;
    Ok(StatusCode::CREATED)
}

/// `DELETE /api/v1/cases/{id}/shares/{org_id}` (an addition: ending joint handling)
#[utoipa::path(delete, path = "/api/v1/cases/{id}/shares/{org_id}", tag = "staff", security(("staff_session" = [])), params(("id" = String, Path), ("org_id" = String, Path)),
    responses((status = 204, description = "The organisation no longer sees the case"), (status = 403, description = "Only the owner unshares"),
        (status = 404, description = "Not found or not shared")))]
pub async fn unshare(
    State(state): State<AppState>,
    member: Member,
    CaseId(id): CaseId,
    OrgId(org_id): OrgId,
) -> AppResult<StatusCode> {
    super::transfer::unshare(&state, &member, id, org_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/cases/{id}/attachments/{attachment_id}`: the decrypted bytes, always as a
/// download of opaque type so a browser never renders evidence in the staff origin.
#[utoipa::path(get, path = "/api/v1/cases/{id}/attachments/{attachment_id}", tag = "staff", security(("staff_session" = [])),
    params(("id" = String, Path, description = "Case id"), ("attachment_id" = String, Path)),
    responses((status = 200, description = "The decrypted file as an attachment; audited", content_type = "application/octet-stream"), (status = 404, description = "Not found")))]
pub async fn download(
    State(state): State<AppState>,
    member: Member,
    CaseId(id): CaseId,
    AttachmentId(attachment_id): AttachmentId,
) -> AppResult<Response> {
    let file = service::download(&state, &member, id, attachment_id).await?;
    Ok(crate::web::download::streamed_attachment(
        file,
        "application/octet-stream",
    ))
}
