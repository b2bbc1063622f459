//! `/staff/members`: the members page and its forms, for admins, with JavaScript off.
//!
//! Every form posts to its own route and comes back to the page: with a success notice
//! (`?done=…`), or with the refusal in the page's language, beside the invite form's field or
//! in the row of the member it was about, with what was typed kept.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

use super::members::{self, MemberView};
use crate::domain::accounts::{MemberStatus, Role};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::chrome::{Chrome, error_page, staff_message};
use crate::web::extract::{CsrfForm, MemberId, NoFields, StaffPage};
use crate::web::i18n::Lang;
use crate::web::session::Member;

/// What was typed into the invite form, and what is wrong with it.
#[derive(Default)]
pub struct InviteDraft {
    pub email: String,
    pub role: String,
    pub email_error: Option<String>,
    pub role_error: Option<String>,
    /// A refusal of the whole invitation (the address is taken, e-mail is off).
    pub error: Option<String>,
}

/// `/staff/members`
#[derive(Template)]
#[template(path = "staff/members.html")]
pub struct MembersPage {
    pub lang: Lang,
    pub chrome: Chrome,
    pub members: Vec<MemberView>,
    /// The roles this organisation's members can hold.
    pub roles: Vec<Role>,
    /// The admin looking at the page.
    pub me: Uuid,
    pub notice: Option<String>,
    pub invite: InviteDraft,
    /// A refused action on one member, shown in that member's row.
    pub refused: Option<(Uuid, String)>,
}

impl MembersPage {
    /// The member's status in words.
    pub fn status_text(&self, member: &MemberView) -> String {
        self.lang.t(match member.status {
            MemberStatus::AwaitingPassword => "members-status-awaiting-password",
            MemberStatus::Pending => "members-status-pending",
            MemberStatus::Active => "members-status-active",
            MemberStatus::Disabled => "members-status-disabled",
        })
    }

    /// The refusal to show in this member's row, if the last action on them was refused.
    pub fn refusal_for(&self, id: &Uuid) -> Option<&str> {
        self.refused
            .as_ref()
            .filter(|(refused, _)| refused == id)
            .map(|(_, message)| message.as_str())
    }

    pub fn is_disabled(&self, member: &MemberView) -> bool {
        member.status == MemberStatus::Disabled
    }

    /// Invited or reset, no password chosen yet: a reset sends a new link.
    pub fn awaits_password(&self, member: &MemberView) -> bool {
        member.status == MemberStatus::AwaitingPassword
    }

    pub fn can_confirm(&self, member: &MemberView) -> bool {
        member.status == MemberStatus::Pending
    }
}

async fn render(
    state: &AppState,
    lang: Lang,
    admin: &Member,
    status: StatusCode,
    notice: Option<String>,
    invite: InviteDraft,
    refused: Option<(Uuid, String)>,
) -> Response {
    match members::list(state, admin).await {
        Ok(list) => crate::web::chrome::page(
            status,
            &MembersPage {
                lang,
                chrome: Chrome::of(state, admin),
                members: list,
                roles: members::roles_for(admin),
                me: admin.member_id,
                notice,
                invite,
                refused,
            },
        ),
        Err(err) => error_page(lang, err, "/staff"),
    }
}

#[derive(Deserialize)]
pub struct Done {
    done: Option<String>,
}

/// The success notice for `?done=…`.
fn notice(lang: Lang, done: Option<&str>) -> Option<String> {
    let key = match done? {
        "invited" => "members-done-invited",
        "role" => "members-done-role",
        "confirmed" => "members-done-confirmed",
        "disabled" => "members-done-disabled",
        "enabled" => "members-done-enabled",
        "password-reset" => "members-done-password-reset",
        "totp-reset" => "members-done-totp-reset",
        _ => return None,
    };
    Some(lang.t(key))
}

/// `GET /staff/members`
pub async fn members(
    State(state): State<AppState>,
    lang: Lang,
    member: Member,
    Query(done): Query<Done>,
) -> Response {
    let notice = notice(lang, done.done.as_deref());
    render(
        &state,
        lang,
        &member,
        StatusCode::OK,
        notice,
        InviteDraft::default(),
        None,
    )
    .await
}

/// A refusal of a member action in the page's language; the codes of this page have their own
/// sentences.
fn refusal(lang: Lang, err: &AppError) -> String {
    let key = match err {
        AppError::Conflict { code, .. } => match *code {
            "last_admin" => "members-error-last-admin",
            "own_account" => "members-error-own-account",
            "no_public_url" => "members-error-no-public-url",
            "mail_off" => "members-error-mail-off",
            "awaiting_password" => "members-error-awaiting-password",
            "member_disabled" => "members-error-disabled",
            "already_exists" => "members-error-email-taken",
            "not_pending" => "members-error-not-pending",
            _ => return staff_message(lang, err),
        },
        _ => return staff_message(lang, err),
    };
    lang.t(key)
}

/// Whether a refusal belongs on the members page (a mistake or a conflict the admin can fix
/// there) rather than on an error page (no such member, not an admin, a failure).
fn shown_on_page(err: &AppError) -> bool {
    matches!(err, AppError::Invalid { .. } | AppError::Conflict { .. })
}

#[derive(Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
}

/// `POST /staff/members`: invites a member by e-mail.
pub async fn invite(page: StaffPage, CsrfForm(form): CsrfForm<InviteForm>) -> Response {
    let StaffPage {
        state,
        lang,
        member,
    } = page;
    let err = match members::invite(&state, &member, &form.email, &form.role).await {
        Ok(_) => return Redirect::to("/staff/members?done=invited").into_response(),
        Err(err) if shown_on_page(&err) => err,
        Err(err) => return error_page(lang, err, "/staff/members"),
    };
    let mut draft = InviteDraft {
        email: form.email,
        role: form.role,
        ..InviteDraft::default()
    };
    let message = refusal(lang, &err);
    match &err {
        AppError::Invalid { field: "email", .. } => draft.email_error = Some(message),
        AppError::Invalid { field: "role", .. } => draft.role_error = Some(message),
        _ => draft.error = Some(message),
    }
    render(&state, lang, &member, err.status(), None, draft, None).await
}

/// After an action on member `id`: back to the page with `done`, or with the refusal in the
/// member's row.
async fn answer(page: StaffPage, id: Uuid, done: &str, result: AppResult<()>) -> Response {
    let StaffPage {
        state,
        lang,
        member,
    } = page;
    match result {
        Ok(()) => Redirect::to(&format!("/staff/members?done={done}")).into_response(),
        Err(err) if shown_on_page(&err) => {
            let refused = Some((id, refusal(lang, &err)));
            let status = err.status();
            render(
                &state,
                lang,
                &member,
                status,
                None,
                InviteDraft::default(),
                refused,
            )
            .await
        }
        Err(err) => error_page(lang, err, "/staff/members"),
    }
}

#[derive(Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    role: String,
}

/// `POST /staff/members/{id}/role`
pub async fn change_role(
    page: StaffPage,
    MemberId(id): MemberId,
    CsrfForm(form): CsrfForm<RoleForm>,
) -> Response {
    let result = members::change_role(&page.state, &page.member, id, &form.role).await;
    if result.is_ok() && id == page.member.member_id {
        // An admin who made themselves a handler no longer sees this page.
        return Redirect::to("/staff").into_response();
    }
    answer(page, id, "role", result.map(drop)).await
}

/// `POST /staff/members/{id}/confirm`
pub async fn confirm(page: StaffPage, MemberId(id): MemberId, _: CsrfForm<NoFields>) -> Response {
    let result = members::confirm(&page.state, &page.member, id).await;
    answer(page, id, "confirmed", result).await
}

/// `POST /staff/members/{id}/disable`
pub async fn disable(page: StaffPage, MemberId(id): MemberId, _: CsrfForm<NoFields>) -> Response {
    let result = members::disable(&page.state, &page.member, id).await;
    answer(page, id, "disabled", result).await
}

/// `POST /staff/members/{id}/enable`
pub async fn enable(page: StaffPage, MemberId(id): MemberId, _: CsrfForm<NoFields>) -> Response {
    let result = members::enable(&page.state, &page.member, id).await;
    answer(page, id, "enabled", result).await
}

/// `POST /staff/members/{id}/password-reset`
pub async fn reset_password(
    page: StaffPage,
    MemberId(id): MemberId,
    _: CsrfForm<NoFields>,
) -> Response {
    let result = members::reset_password(&page.state, &page.member, id).await;
    answer(page, id, "password-reset", result).await
}

/// `POST /staff/members/{id}/totp-reset`
pub async fn reset_totp(
    page: StaffPage,
    MemberId(id): MemberId,
    _: CsrfForm<NoFields>,
) -> Response {
    let result = members::reset_totp(&page.state, &page.member, id).await;
    answer(page, id, "totp-reset", result).await
}
