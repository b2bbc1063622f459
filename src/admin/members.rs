//! Members of an organisation: the list, and confirmation of pending members by an admin,
//! which wraps the organisation identity for them from the admin's own session (no key ever
//! passes through the operator or the CLI).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::audit::{self, AuditAction, Event};
use crate::crypto::Context;
use crate::crypto::keys;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::store::orgs;
use crate::web::extract::MemberId;
use crate::web::session::Member;

/// A member as admins see them.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct MemberView {
    pub id: Uuid,
    pub email: String,
    pub role: String,
    pub pending: bool,
}

/// The caller's organisation's members (admins only).
pub async fn list(state: &AppState, member: &Member) -> AppResult<Vec<MemberView>> {
    crate::access::organisation_admin(member)?;
    Ok(orgs::members_of(state.db().conn(), member.org_id)
        .await?
        .into_iter()
        .map(|m| MemberView {
            id: m.id,
            email: m.email,
            role: m.role,
            pending: m.pending,
        })
        .collect())
}

/// Grants the organisation identity to a pending member of the admin's organisation.
pub async fn confirm(state: &AppState, member: &Member, id: Uuid) -> AppResult<()> {
    crate::access::organisation_admin(member)?;
    let identity = member.org_identity()?;
    let db = state.db();
    // Another organisation's member is "not found", like everything outside one's reach.
    let pending = orgs::member(db.conn(), id)
        .await?
        .filter(|m| m.org_id == member.org_id)
        .ok_or(AppError::NotFound)?;
    if !pending.pending {
        return Err(AppError::Conflict {
            code: "not_pending",
            message: "This member is already confirmed.".into(),
        });
    }
    let recipient = keys::parse_recipient(&pending.recipient)?;
    let sealed = keys::wrap_identity(
        identity,
        &recipient,
        &Context::MemberGrant {
            org: member.org_id,
            member: pending.id,
        },
    )?;
    let now = state.clock().now();
    let txn = db.begin().await?;
    orgs::insert_grant(
        &*txn,
        member.org_id,
        orgs::Grantee::Member(pending.id),
        sealed,
        Some(member.member_id),
        now,
    )
    .await?;
    orgs::confirm_member(&*txn, pending.id).await?;
    audit::append(
        &*txn,
        now,
        Event::new(member.actor(), AuditAction::MemberConfirmed)
            .org(member.org_id)
            .subject("member", pending.id),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// `GET /api/v1/members`
#[utoipa::path(get, path = "/api/v1/members", tag = "staff",
    responses((status = 200, description = "The caller's organisation's members", body = [MemberView]), (status = 403, description = "Admins only")))]
pub async fn api_list(
    State(state): State<AppState>,
    member: Member,
) -> AppResult<Json<Vec<MemberView>>> {
    Ok(Json(list(&state, &member).await?))
}

/// `POST /api/v1/members/{id}/confirm`
#[utoipa::path(post, path = "/api/v1/members/{id}/confirm", tag = "staff", params(("id" = String, Path, description = "Member id")),
    responses((status = 204, description = "The organisation identity was granted"), (status = 403, description = "Admins only"),
        (status = 404, description = "Not a member of the caller's organisation"), (status = 409, description = "Not pending")))]
pub async fn api_confirm(
    State(state): State<AppState>,
    member: Member,
    MemberId(id): MemberId,
) -> AppResult<StatusCode> {
    confirm(&state, &member, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
