//! The staff case API of the design. Handlers extract, call `service`, answer.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use uuid::Uuid;

use super::service::{self, CaseDetail, CaseSummary, ListQuery, TransitionInput};
use crate::accounts::session::Member;
use crate::app::AppState;
use crate::error::{AppError, AppResult};

type JsonBody<T> = Result<Json<T>, axum::extract::rejection::JsonRejection>;

fn case_id(raw: &str) -> AppResult<Uuid> {
    // A malformed id is a case that does not exist.
    Uuid::parse_str(raw).map_err(|_| AppError::NotFound)
}

/// `GET /api/v1/cases`
pub async fn list(
    State(state): State<AppState>,
    member: Member,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> AppResult<Json<Vec<CaseSummary>>> {
    let Query(query) =
        query.map_err(|_| AppError::invalid("query", "has an unknown or malformed filter"))?;
    Ok(Json(service::list(&state, &member, &query).await?))
}

/// `GET /api/v1/cases/{id}`
pub async fn detail(
    State(state): State<AppState>,
    member: Member,
    Path(id): Path<String>,
) -> AppResult<Json<CaseDetail>> {
    Ok(Json(service::detail(&state, &member, case_id(&id)?).await?))
}

/// `POST /api/v1/cases/{id}/transitions`
pub async fn transition(
    State(state): State<AppState>,
    member: Member,
    Path(id): Path<String>,
    body: JsonBody<TransitionInput>,
) -> AppResult<Json<CaseSummary>> {
    let id = case_id(&id)?;
    let Json(body) = body?;
    Ok(Json(service::transition(&state, &member, id, body).await?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    body: Option<String>,
}

/// `POST /api/v1/cases/{id}/messages`
pub async fn message(
    State(state): State<AppState>,
    member: Member,
    Path(id): Path<String>,
    body: JsonBody<Body>,
) -> AppResult<StatusCode> {
    let id = case_id(&id)?;
    let Json(body) = body?;
    service::message(&state, &member, id, body.body.as_deref()).await?;
    Ok(StatusCode::CREATED)
}

/// `POST /api/v1/cases/{id}/notes`
pub async fn note(
    State(state): State<AppState>,
    member: Member,
    Path(id): Path<String>,
    body: JsonBody<Body>,
) -> AppResult<StatusCode> {
    let id = case_id(&id)?;
    let Json(body) = body?;
    service::note(&state, &member, id, body.body.as_deref()).await?;
    Ok(StatusCode::CREATED)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssigneeBody {
    user_id: Option<Uuid>,
}

/// `PUT /api/v1/cases/{id}/assignee`
pub async fn assign(
    State(state): State<AppState>,
    member: Member,
    Path(id): Path<String>,
    body: JsonBody<AssigneeBody>,
) -> AppResult<Json<CaseSummary>> {
    let id = case_id(&id)?;
    let Json(body) = body?;
    Ok(Json(
        service::assign(&state, &member, id, body.user_id).await?,
    ))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PriorityBody {
    priority: String,
    reason: Option<String>,
}

/// `PUT /api/v1/cases/{id}/priority` (an addition to the contract: the override the design
/// asks for, with its required reason)
pub async fn priority(
    State(state): State<AppState>,
    member: Member,
    Path(id): Path<String>,
    body: JsonBody<PriorityBody>,
) -> AppResult<Json<CaseSummary>> {
    let id = case_id(&id)?;
    let Json(body) = body?;
    Ok(Json(
        service::override_priority(&state, &member, id, &body.priority, body.reason.as_deref())
            .await?,
    ))
}

/// `POST /api/v1/cases/{id}/recusal` (an addition: a handler steps aside from a case)
pub async fn recuse(
    State(state): State<AppState>,
    member: Member,
    Path(id): Path<String>,
) -> AppResult<StatusCode> {
    service::recuse(&state, &member, case_id(&id)?).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// RFC 6266 / 5987 filename: an ASCII fallback and the UTF-8 original, percent-encoded.
pub fn disposition(name: &str) -> HeaderValue {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "._-".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"._-".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    HeaderValue::from_str(&format!(
        "attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("attachment"))
}

/// `GET /api/v1/cases/{id}/attachments/{attachment_id}`: the decrypted bytes, always as a
/// download of opaque type so a browser never renders evidence in the staff origin.
pub async fn download(
    State(state): State<AppState>,
    member: Member,
    Path((id, attachment_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let attachment_id = Uuid::parse_str(&attachment_id).map_err(|_| AppError::NotFound)?;
    let file = service::download(&state, &member, case_id(&id)?, attachment_id).await?;
    let mut response = file.bytes.to_vec().into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/octet-stream"),
    );
    headers.insert(header::CONTENT_DISPOSITION, disposition(&file.name));
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_safe_in_the_header() {
        let header = disposition("löneb\"esked\r\n.pdf");
        let text = header.to_str().unwrap();
        assert!(
            text.starts_with("attachment; filename=\"l_neb_esked__.pdf\""),
            "{text}"
        );
        assert!(
            text.contains("filename*=UTF-8''l%C3%B6neb%22esked%0D%0A.pdf"),
            "{text}"
        );
    }
}
