//! Password change by the member, and password reset by an admin of the member's organisation.
//!
//! A member's own identity is sealed to a key derived from their password, and everything the
//! member holds (the organisation grant, the TOTP secret) is sealed to that identity. So:
//!
//! - a **change** opens the identity with the current password and seals the *same* identity to
//!   the new one: the grant and the TOTP secret stay valid, nothing else is touched;
//! - a **reset** cannot open the old identity (it is sealed to a password only the member
//!   knows), so it issues a *new* identity sealed to a temporary password the admin chose, and
//!   the admin grants the organisation identity to it from their own session, exactly as on
//!   confirmation. The old TOTP secret was sealed to the old identity and is dropped: the
//!   member enrols a second factor again at their next sign-in.
//!
//! Both end every session of the member — a session carries the organisation identity sealed
//! to its own token, so only deleting the rows revokes it — and both are audited, without any
//! secret, in the same transaction as the write.

use std::time::Duration;

use askama::Template;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use uuid::Uuid;
use zeroize::Zeroizing;

use super::api::clear_cookie;
use crate::audit::{self, AuditAction, Event};
use crate::crypto::Context;
use crate::crypto::{CryptoError, kdf, keys, member};
use crate::domain::accounts::{self, CredentialError, MAX_PASSWORD_BYTES, MIN_PASSWORD_CHARS};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::store::entities::members;
use crate::store::{member_links, orgs, sessions};
use crate::web::chrome::{Chrome, error_page};
use crate::web::extract::CsrfForm;
use crate::web::extract::{AppJson, MemberId, StaffPage};
use crate::web::i18n::Lang;
use crate::web::session::Member;

fn busy(_: kdf::PoolBusy) -> AppError {
    AppError::Busy {
        retry_after: Duration::from_secs(2),
    }
}

/// Another change or reset of the same member committed while this one ran argon2.
fn changed_meanwhile() -> AppError {
    AppError::Conflict {
        code: "credentials_changed",
        message: "The password was changed or reset meanwhile; sign in again.".into(),
    }
}

/// The domain's length rule, as a 400 naming `field`.
pub(super) fn check_new(field: &'static str, password: &SecretString) -> AppResult<()> {
    accounts::check_new_password(password.expose_secret()).map_err(|e| match e {
        CredentialError::PasswordTooLong => {
            AppError::too_long(field, format!("must be at most {MAX_PASSWORD_BYTES} bytes"))
        }
        CredentialError::PasswordTooShort | CredentialError::Email => AppError::invalid(
            field,
            format!("must be at least {MIN_PASSWORD_CHARS} characters"),
        ),
    })
}

/// Verifies `current` and seals the identity it opens to `new`. Four argon2 runs: call it on
/// the pool. `None` when `current` is wrong.
fn reseal(
    stored: &members::Model,
    current: &[u8],
    new: &[u8],
) -> Result<Option<orgs::ResealedIdentity>, CryptoError> {
    if !kdf::verify_password(current, Some(&stored.password_hash)) {
        return Ok(None);
    }
    let identity = member::open_identity(
        stored.id,
        current,
        &stored.key_salt,
        &stored.sealed_identity,
    )?;
    let (key_salt, sealed_identity) = member::seal_with_password(stored.id, &identity, new)?;
    Ok(Some(orgs::ResealedIdentity {
        password_hash: kdf::hash_password(new)?,
        key_salt,
        sealed_identity,
    }))
}

/// Changes the signed-in member's password and ends all their sessions, this one included.
/// A wrong current password is [`AppError::Unauthorized`], as at sign-in.
#[tracing::instrument(skip_all)]
pub async fn change(
    state: &AppState,
    member: &Member,
    current: &SecretString,
    new: &SecretString,
) -> AppResult<()> {
    check_new("new_password", new)?;
    let current = Zeroizing::new(current.expose_secret().as_bytes().to_vec());
    if current.len() > MAX_PASSWORD_BYTES {
        return Err(AppError::Unauthorized);
    }
    let new = Zeroizing::new(new.expose_secret().as_bytes().to_vec());
    let db = state.db();
    let stored = orgs::member(db.conn(), member.member_id)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let expected_hash = stored.password_hash.clone();
    let resealed = state
        .kdf()
        .run(crate::crypto::kdf::Lane::Staff, move || {
            reseal(&stored, &current, &new)
        })
        .await
        .map_err(busy)??
        .ok_or(AppError::Unauthorized)?;

    let now = state.clock().now();
    let txn = db.begin().await?;
    if !orgs::change_password(&*txn, member.member_id, &expected_hash, resealed, now).await? {
        return Err(changed_meanwhile());
    }
    let ended = sessions::delete_for_member(&*txn, member.member_id).await?;
    audit::append(
        &*txn,
        now,
        Event::new(member.actor(), AuditAction::MemberPasswordChanged)
            .org(member.org_id)
            .subject("member", member.member_id)
            .details(serde_json::json!({ "sessions_ended": ended })),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Resets the password of a member of the admin's organisation to `temporary`: a new member
/// identity, the organisation re-granted to it from the admin's session, TOTP cleared, every
/// session ended.
#[tracing::instrument(skip_all)]
pub async fn reset(
    state: &AppState,
    admin: &Member,
    target_id: Uuid,
    temporary: &SecretString,
) -> AppResult<()> {
    crate::access::organisation_admin(admin)?;
    let org_identity = admin.org_identity()?;
    let db = state.db();
    // Another organisation's member is "not found", like everything outside one's reach.
    let target = orgs::member(db.conn(), target_id)
        .await?
        .filter(|m| m.org_id == admin.org_id)
        .ok_or(AppError::NotFound)?;
    if target.id == admin.member_id {
        // An admin who could reset themselves would need no current password to take over a
        // session left open; they change their password like everyone else.
        return Err(AppError::Conflict {
            code: "own_account",
            message: "Change your own password instead; admins reset other members only.".into(),
        });
    }
    check_new("temporary_password", temporary)?;
    let password = Zeroizing::new(temporary.expose_secret().as_bytes().to_vec());
    let issued = state
        .kdf()
        .run(crate::crypto::kdf::Lane::Staff, move || {
            member::create(target_id, &password)
        })
        .await
        .map_err(busy)??;
    // A pending member holds no grant and gets none: confirmation will wrap the organisation
    // identity to the new recipient.
    let grant = (!target.pending)
        .then(|| {
            keys::wrap_identity(
                org_identity,
                &issued.identity.to_public(),
                &Context::MemberGrant {
                    org: admin.org_id,
                    member: target.id,
                },
            )
        })
        .transpose()?;
    let regranted = grant.is_some();
    let replaced = orgs::ReplacedIdentity {
        password_hash: issued.password_hash,
        key_salt: issued.key_salt,
        recipient: issued.recipient,
        sealed_identity: issued.sealed_identity,
    };

    let now = state.clock().now();
    let txn = db.begin().await?;
    // First, so that on PostgreSQL the row lock orders concurrent resets and changes.
    if !orgs::replace_identity(&*txn, target.id, &target.password_hash, replaced, now).await? {
        return Err(changed_meanwhile());
    }
    orgs::delete_member_grants(&*txn, target.id).await?;
    // The temporary password replaces any link sent to choose one.
    member_links::delete_for_member(&*txn, target.id).await?;
    if let Some(grant) = grant {
        orgs::insert_grant(
            &*txn,
            admin.org_id,
            orgs::Grantee::Member(target.id),
            grant,
            Some(admin.member_id),
            now,
        )
        .await?;
    }
    let ended = sessions::delete_for_member(&*txn, target.id).await?;
    audit::append(
        &*txn,
        now,
        Event::new(admin.actor(), AuditAction::MemberReset)
            .org(admin.org_id)
            .subject("member", target.id)
            .details(serde_json::json!({
                "sessions_ended": ended,
                "totp_cleared": target.totp_sealed.is_some(),
                "regranted": regranted,
            })),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordChangeBody {
    #[schema(value_type = String, format = Password)]
    current_password: SecretString,
    #[schema(value_type = String, format = Password)]
    new_password: SecretString,
}

/// `POST /api/v1/auth/password`: 204, every session ended and the cookie cleared.
#[utoipa::path(post, path = "/api/v1/auth/password", operation_id = "change_password", tag = "staff", security(("staff_session" = [])), request_body = PasswordChangeBody,
    responses((status = 204, description = "Changed; every session of the member ended"),
        (status = 400, description = "The new password is too short or too long", body = crate::error::ErrorBody),
        (status = 401, description = "Not signed in, or the current password is wrong", body = crate::error::ErrorBody),
        (status = 409, description = "Changed or reset meanwhile", body = crate::error::ErrorBody)))]
pub async fn api_change(
    State(state): State<AppState>,
    member: Member,
    AppJson(body): AppJson<PasswordChangeBody>,
) -> AppResult<Response> {
    change(&state, &member, &body.current_password, &body.new_password).await?;
    let mut response = StatusCode::NO_CONTENT.into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, clear_cookie());
    Ok(response)
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResetBody {
    #[schema(value_type = String, format = Password)]
    temporary_password: SecretString,
}

/// `POST /api/v1/members/{id}/reset`
#[utoipa::path(post, path = "/api/v1/members/{id}/reset", tag = "staff", security(("staff_session" = [])), request_body = ResetBody,
    params(("id" = String, Path, description = "Member id")),
    responses((status = 204, description = "A new identity sealed to the temporary password; TOTP cleared; sessions ended"),
        (status = 400, description = "The temporary password is too short or too long", body = crate::error::ErrorBody),
        (status = 403, description = "Admins only"),
        (status = 404, description = "Not a member of the caller's organisation"),
        (status = 409, description = "One's own account, or changed meanwhile", body = crate::error::ErrorBody)))]
pub async fn api_reset(
    State(state): State<AppState>,
    member: Member,
    MemberId(id): MemberId,
    AppJson(body): AppJson<ResetBody>,
) -> AppResult<StatusCode> {
    reset(&state, &member, id, &body.temporary_password).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `/staff/password`
#[derive(Template)]
#[template(path = "staff/password.html")]
pub struct PasswordPage {
    pub lang: Lang,
    pub chrome: Chrome,
    pub error: Option<String>,
}

impl PasswordPage {
    /// The length rule, in the page's language.
    pub fn hint(&self) -> String {
        self.lang.t_with(
            "staff-password-new-hint",
            &[("min", MIN_PASSWORD_CHARS.into())],
        )
    }
}

fn page(
    state: &AppState,
    lang: Lang,
    member: &Member,
    status: StatusCode,
    error: Option<String>,
) -> Response {
    let mut response = crate::web::render(&PasswordPage {
        lang,
        chrome: Chrome::of(state, member),
        error,
    });
    if response.status() == StatusCode::OK {
        *response.status_mut() = status;
    }
    response
}

/// `GET /staff/password`; without a complete session, to the login or enrolment page.
pub async fn form(
    State(state): State<AppState>,
    lang: Lang,
    member: Result<Member, AppError>,
) -> Response {
    match member {
        Ok(member) => page(&state, lang, &member, StatusCode::OK, None),
        Err(AppError::Unauthorized) => Redirect::to("/staff/login").into_response(),
        Err(AppError::Conflict { .. }) => Redirect::to("/staff/totp").into_response(),
        Err(other) => other.into_response(),
    }
}

#[derive(Deserialize)]
pub struct PasswordForm {
    current_password: Option<SecretString>,
    new_password: Option<SecretString>,
}

/// The length rule's refusal in the page's language, before any argon2 work.
pub(super) fn weak_password(lang: Lang, password: &SecretString) -> Option<String> {
    match accounts::check_new_password(password.expose_secret()) {
        Ok(()) => None,
        Err(CredentialError::PasswordTooLong) => Some(lang.t("staff-password-too-long")),
        Err(CredentialError::PasswordTooShort | CredentialError::Email) => Some(lang.t_with(
            "staff-password-too-short",
            &[("min", MIN_PASSWORD_CHARS.into())],
        )),
    }
}

/// `POST /staff/password`: on success every session ends, so on to the login page.
pub async fn submit(staff: StaffPage, CsrfForm(form): CsrfForm<PasswordForm>) -> Response {
    let StaffPage {
        state,
        lang,
        member,
    } = staff;
    let empty = || SecretString::from(String::new());
    let current = form.current_password.unwrap_or_else(empty);
    let new = form.new_password.unwrap_or_else(empty);
    if let Some(message) = weak_password(lang, &new) {
        return page(
            &state,
            lang,
            &member,
            StatusCode::BAD_REQUEST,
            Some(message),
        );
    }
    match change(&state, &member, &current, &new).await {
        Ok(()) => {
            let mut response = Redirect::to("/staff/login").into_response();
            response
                .headers_mut()
                .insert(header::SET_COOKIE, clear_cookie());
            response
        }
        Err(AppError::Unauthorized) => {
            let message = lang.t("staff-password-wrong");
            page(
                &state,
                lang,
                &member,
                StatusCode::UNAUTHORIZED,
                Some(message),
            )
        }
        Err(AppError::Busy { .. }) => {
            let message = lang.t("error-busy");
            page(
                &state,
                lang,
                &member,
                StatusCode::SERVICE_UNAVAILABLE,
                Some(message),
            )
        }
        Err(err) => error_page(lang, err, "/staff/password"),
    }
}
