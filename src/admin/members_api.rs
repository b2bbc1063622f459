//! `/api/v1/members…`: the member administration of [`super::members`] as JSON, for admins.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;

use super::members::{self, MemberView};
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::extract::{AppJson, MemberId};
use crate::web::session::Member;

/// `GET /api/v1/members`
#[utoipa::path(get, path = "/api/v1/members", tag = "staff", security(("staff_session" = [])),
    responses((status = 200, description = "The caller's organisation's members", body = [MemberView]), (status = 403, description = "Admins only")))]
pub async fn api_list(
    State(state): State<AppState>,
    member: Member,
) -> AppResult<Json<Vec<MemberView>>> {
    Ok(Json(members::list(&state, &member).await?))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InviteBody {
    email: String,
    /// `handler` or `admin` (buyers and coordinators), `authority` or `admin` (authorities).
    role: String,
}

/// `POST /api/v1/members`: invites a member, who chooses a password through a link mailed to them.
#[utoipa::path(post, path = "/api/v1/members", tag = "staff", security(("staff_session" = [])), request_body = InviteBody,
    responses((status = 201, description = "Invited: pending, awaiting a password; the link is mailed", body = MemberView),
        (status = 400, description = "The e-mail address or the role is not valid", body = crate::error::ErrorBody),
        (status = 403, description = "Admins only"),
        (status = 409, description = "The address is taken (already_exists), or links cannot be mailed (no_public_url, mail_off)", body = crate::error::ErrorBody)))]
pub async fn api_invite(
    State(state): State<AppState>,
    member: Member,
    AppJson(body): AppJson<InviteBody>,
) -> AppResult<(StatusCode, Json<MemberView>)> {
    let invited = members::invite(&state, &member, &body.email, &body.role).await?;
    Ok((StatusCode::CREATED, Json(invited)))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RoleBody {
    role: String,
}

/// `PUT /api/v1/members/{id}`: another role for a member.
#[utoipa::path(put, path = "/api/v1/members/{id}", tag = "staff", security(("staff_session" = [])), request_body = RoleBody,
    params(("id" = String, Path, description = "Member id")),
    responses((status = 200, description = "The member with the new role", body = MemberView),
        (status = 400, description = "Not a role of this organisation's kind", body = crate::error::ErrorBody),
        (status = 403, description = "Admins only"),
        (status = 404, description = "Not a member of the caller's organisation"),
        (status = 409, description = "It would leave no admin who can act (last_admin)", body = crate::error::ErrorBody)))]
pub async fn api_change_role(
    State(state): State<AppState>,
    member: Member,
    MemberId(id): MemberId,
    AppJson(body): AppJson<RoleBody>,
) -> AppResult<Json<MemberView>> {
    Ok(Json(
        members::change_role(&state, &member, id, &body.role).await?,
    ))
}

/// `POST /api/v1/members/{id}/confirm`
#[utoipa::path(post, path = "/api/v1/members/{id}/confirm", tag = "staff", security(("staff_session" = [])), params(("id" = String, Path, description = "Member id")),
    responses((status = 204, description = "The organisation identity was granted"), (status = 403, description = "Admins only"),
        (status = 404, description = "Not a member of the caller's organisation"),
        (status = 409, description = "Not pending (not_pending), no password chosen yet (awaiting_password), disabled (member_disabled), or changed since it was read (member_changed)", body = crate::error::ErrorBody)))]
pub async fn api_confirm(
    State(state): State<AppState>,
    member: Member,
    MemberId(id): MemberId,
) -> AppResult<StatusCode> {
    members::confirm(&state, &member, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/members/{id}/disable`
#[utoipa::path(post, path = "/api/v1/members/{id}/disable", tag = "staff", security(("staff_session" = [])), params(("id" = String, Path, description = "Member id")),
    responses((status = 204, description = "Disabled; every session of the member ended"), (status = 403, description = "Admins only"),
        (status = 404, description = "Not a member of the caller's organisation"),
        (status = 409, description = "It would leave no admin who can act (last_admin)", body = crate::error::ErrorBody)))]
pub async fn api_disable(
    State(state): State<AppState>,
    member: Member,
    MemberId(id): MemberId,
) -> AppResult<StatusCode> {
    members::disable(&state, &member, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/members/{id}/enable`
#[utoipa::path(post, path = "/api/v1/members/{id}/enable", tag = "staff", security(("staff_session" = [])), params(("id" = String, Path, description = "Member id")),
    responses((status = 204, description = "Enabled again"), (status = 403, description = "Admins only"),
        (status = 404, description = "Not a member of the caller's organisation")))]
pub async fn api_enable(
    State(state): State<AppState>,
    member: Member,
    MemberId(id): MemberId,
) -> AppResult<StatusCode> {
    members::enable(&state, &member, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/members/{id}/password-reset`
#[utoipa::path(post, path = "/api/v1/members/{id}/password-reset", tag = "staff", security(("staff_session" = [])), params(("id" = String, Path, description = "Member id")),
    responses((status = 204, description = "The member chooses a new password through a mailed link; pending until confirmed again; TOTP cleared; sessions ended"),
        (status = 403, description = "Admins only"),
        (status = 404, description = "Not a member of the caller's organisation"),
        (status = 409, description = "One's own account (own_account), a disabled member (member_disabled), or links cannot be mailed (no_public_url, mail_off)", body = crate::error::ErrorBody)))]
pub async fn api_reset_password(
    State(state): State<AppState>,
    member: Member,
    MemberId(id): MemberId,
) -> AppResult<StatusCode> {
    members::reset_password(&state, &member, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/members/{id}/totp-reset`
#[utoipa::path(post, path = "/api/v1/members/{id}/totp-reset", tag = "staff", security(("staff_session" = [])), params(("id" = String, Path, description = "Member id")),
    responses((status = 204, description = "The member enrols an authenticator again at the next sign-in; sessions ended"),
        (status = 403, description = "Admins only"),
        (status = 404, description = "Not a member of the caller's organisation"),
        (status = 409, description = "One's own account (own_account)", body = crate::error::ErrorBody)))]
pub async fn api_reset_totp(
    State(state): State<AppState>,
    member: Member,
    MemberId(id): MemberId,
) -> AppResult<StatusCode> {
    members::reset_totp(&state, &member, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
