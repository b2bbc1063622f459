//! The escalation API: handlers escalate and follow their escalations; authority members read
//! what was sent to them, download evidence and the signed package, and answer.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::service::{
    self, Created, EscalationInput, EscalationSummary, EscalationView, ResponseInput,
};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::extract::{AppJson, CaseId, EscalationId, EvidenceId};
use crate::web::session::Member;
use crate::web::session::ReporterSession;

/// `POST /api/v1/cases/{id}/escalations`
#[utoipa::path(post, path = "/api/v1/cases/{id}/escalations", tag = "staff", security(("staff_session" = [])), params(("id" = String, Path, description = "Case id")), request_body = EscalationInput,
    responses((status = 201, description = "Sent: the package is sealed to the authority", body = Created),
        (status = 400, description = "Invalid input; the message names the field", body = crate::error::ErrorBody),
        (status = 403, description = "Only the owning organisation escalates"), (status = 404, description = "Not found"),
        (status = 409, description = "consent_required: no yes from the reporter and no legal reason", body = crate::error::ErrorBody)))]
pub async fn escalate(
    State(state): State<AppState>,
    member: Member,
    CaseId(case): CaseId,
    AppJson(body): AppJson<EscalationInput>,
) -> AppResult<(StatusCode, Json<Created>)> {
    let created = service::escalate(&state, &member, case, body).await?;
    Ok((StatusCode::CREATED, Json(created)))
}

/// `GET /api/v1/cases/{id}/escalations` (an addition: a case's escalations and the answers)
#[utoipa::path(get, path = "/api/v1/cases/{id}/escalations", tag = "staff", security(("staff_session" = [])), params(("id" = String, Path, description = "Case id")),
    responses((status = 200, description = "Oldest first; the sending organisation reads summary and answers", body = [EscalationView]), (status = 404, description = "Not found")))]
pub async fn of_case(
    State(state): State<AppState>,
    member: Member,
    CaseId(case): CaseId,
) -> AppResult<Json<Vec<EscalationView>>> {
    Ok(Json(service::of_case(&state, &member, case).await?))
}

/// `POST /api/v1/cases/{id}/consent-request` (an addition: ask the reporter)
#[utoipa::path(post, path = "/api/v1/cases/{id}/consent-request", tag = "staff", security(("staff_session" = [])), params(("id" = String, Path, description = "Case id")),
    responses((status = 201, description = "The reporter's status page asks them"), (status = 403, description = "Only the owning organisation asks"),
        (status = 404, description = "Not found"), (status = 409, description = "consent_pending or consent_given", body = crate::error::ErrorBody)))]
pub async fn request_consent(
    State(state): State<AppState>,
    member: Member,
    CaseId(case): CaseId,
) -> AppResult<StatusCode> {
    service::request_consent(&state, &member, case).await?;
    Ok(StatusCode::CREATED)
}

/// `GET /api/v1/escalations`
#[utoipa::path(get, path = "/api/v1/escalations", operation_id = "list_escalations", tag = "authority", security(("staff_session" = [])),
    responses((status = 200, description = "What was escalated to the caller's authority, newest first", body = [EscalationSummary]),
        (status = 401, description = "No session"), (status = 403, description = "Not a member of an authority")))]
pub async fn list(
    State(state): State<AppState>,
    member: Member,
) -> AppResult<Json<Vec<EscalationSummary>>> {
    Ok(Json(service::list(&state, &member).await?))
}

/// `GET /api/v1/escalations/{id}`
#[utoipa::path(get, path = "/api/v1/escalations/{id}", operation_id = "escalation_detail", tag = "authority", security(("staff_session" = [])), params(("id" = String, Path)),
    responses((status = 200, description = "The package, decrypted; audited", body = EscalationView),
        (status = 403, description = "Not a member of an authority"), (status = 404, description = "Not found or sent to another authority, alike")))]
pub async fn detail(
    State(state): State<AppState>,
    member: Member,
    EscalationId(escalation): EscalationId,
) -> AppResult<Json<EscalationView>> {
    Ok(Json(service::detail(&state, &member, escalation).await?))
}

/// `GET /api/v1/escalations/{id}/evidence/{evidence_id}` (an addition)
#[utoipa::path(get, path = "/api/v1/escalations/{id}/evidence/{evidence_id}", tag = "authority", security(("staff_session" = [])), params(("id" = String, Path), ("evidence_id" = String, Path)),
    responses((status = 200, description = "The file; its SHA-256 is checked before it is sent; audited", content_type = "application/octet-stream"),
        (status = 403, description = "Not a member of an authority"), (status = 404, description = "Not found")))]
pub async fn evidence(
    State(state): State<AppState>,
    member: Member,
    EscalationId(escalation): EscalationId,
    EvidenceId(evidence): EvidenceId,
) -> AppResult<Response> {
    let file = service::evidence(&state, &member, escalation, evidence).await?;
    Ok(crate::web::download::attachment(
        file,
        "application/octet-stream",
    ))
}

/// `GET /api/v1/escalations/{id}/export` (an addition: the signed archive)
#[utoipa::path(get, path = "/api/v1/escalations/{id}/export", tag = "authority", security(("staff_session" = [])), params(("id" = String, Path)),
    responses((status = 200, description = "A tar archive: manifest, evidence, SHA256SUMS and its Ed25519 signature; audited", content_type = "application/x-tar"),
        (status = 403, description = "Not a member of an authority"), (status = 404, description = "Not found")))]
pub async fn export(
    State(state): State<AppState>,
    member: Member,
    EscalationId(escalation): EscalationId,
) -> AppResult<Response> {
    let file = service::export(&state, &member, escalation).await?;
    Ok(crate::web::download::attachment(file, "application/x-tar"))
}

#[derive(Serialize, Deserialize, utoipa::ToSchema)]
pub struct ResponseCreated {
    id: Uuid,
}

/// `POST /api/v1/escalations/{id}/responses`
#[utoipa::path(post, path = "/api/v1/escalations/{id}/responses", tag = "authority", security(("staff_session" = [])), params(("id" = String, Path)), request_body = ResponseInput,
    responses((status = 201, description = "Recorded; the sending organisation's handlers are told", body = ResponseCreated),
        (status = 400, description = "Invalid input; the message names the field", body = crate::error::ErrorBody),
        (status = 403, description = "Not a member of an authority"), (status = 404, description = "Not found"),
        (status = 409, description = "escalation_closed", body = crate::error::ErrorBody)))]
pub async fn respond(
    State(state): State<AppState>,
    member: Member,
    EscalationId(escalation): EscalationId,
    AppJson(body): AppJson<ResponseInput>,
) -> AppResult<(StatusCode, Json<ResponseCreated>)> {
    let created = service::respond(&state, &member, escalation, body).await?;
    Ok((StatusCode::CREATED, Json(ResponseCreated { id: created })))
}

/// `GET /api/v1/signing-key` (an addition): the public key that signs exported packages, PEM,
/// with its SHA-256 in the `X-Kedja-Key-Sha256` header. Public: pin it out of band.
#[utoipa::path(get, path = "/api/v1/signing-key", tag = "authority",
    responses((status = 200, description = "The Ed25519 public key, PEM", content_type = "application/x-pem-file")))]
pub async fn signing_key(State(state): State<AppState>) -> AppResult<Response> {
    let (pem, fingerprint) = service::signing_key(&state)?;
    let mut response = pem.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/x-pem-file"),
    );
    headers.insert(
        "x-kedja-key-sha256",
        HeaderValue::from_str(&fingerprint).map_err(AppError::internal)?,
    );
    Ok(response)
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConsentBody {
    /// `yes` or `no`.
    #[schema(schema_with = yes_no, required = true)]
    answer: Option<String>,
}

fn yes_no() -> utoipa::openapi::schema::Object {
    crate::web::schema::one_of(["yes", "no"])
}

/// Parses a reporter's answer.
pub fn yes_or_no(answer: Option<&str>) -> AppResult<bool> {
    match answer.map(str::trim) {
        Some("yes") => Ok(true),
        Some("no") => Ok(false),
        Some(_) => Err(AppError::invalid("answer", "must be yes or no")),
        None => Err(AppError::missing("answer", "is required")),
    }
}

/// `POST /api/v1/reporter/consent` (an addition: the reporter's answer)
#[utoipa::path(post, path = "/api/v1/reporter/consent", tag = "reporter", security(("reporter_session" = [])), request_body = ConsentBody,
    responses((status = 204, description = "Recorded"), (status = 400, description = "Invalid input; the message names the field", body = crate::error::ErrorBody),
        (status = 401, description = "No session"), (status = 409, description = "consent_not_requested", body = crate::error::ErrorBody)))]
pub async fn reporter_consent(
    State(state): State<AppState>,
    session: ReporterSession,
    AppJson(body): AppJson<ConsentBody>,
) -> AppResult<StatusCode> {
    let yes = yes_or_no(body.answer.as_deref())?;
    service::answer_consent(&state, &session, yes).await?;
    Ok(StatusCode::NO_CONTENT)
}
