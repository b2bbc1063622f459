//! `/staff/invite/{token}`: where a member chooses a password through the single-use link that
//! an admin's invitation or password reset mailed to them.
//!
//! Choosing the password makes the member's key pair from it, as provisioning does, and uses
//! the link up in the same transaction. The member is still pending: only an admin's
//! confirmation wraps the organisation identity for the new key, so someone who took the link
//! from a mailbox gets an account that reads nothing. Then the member is signed in and sets up
//! an authenticator app.
//!
//! The token is in the path, which the request log never records (it logs the matched route),
//! and the page sends no referrer.

use std::time::Duration;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use zeroize::Zeroizing;

use super::api::session_cookie;
use super::password::{check_new, weak_password};
use crate::audit::{self, Actor, AuditAction, Event};
use crate::crypto::links::LinkToken;
use crate::crypto::member;
use crate::crypto::session::csrf;
use crate::domain::accounts::{LinkPurpose, MIN_PASSWORD_CHARS};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::store::entities::{member_links, members};
use crate::store::{self, orgs, sessions};
use crate::web::i18n::Lang;
use crate::web::session::staff::{self as session, Credentials};

/// The live link `token` opens, and its member. Unknown, used, replaced and expired links,
/// and links of disabled members, are all "not found".
async fn open_link(
    state: &AppState,
    token: &LinkToken,
) -> AppResult<(member_links::Model, members::Model)> {
    let db = state.db().conn();
    let link = store::member_links::find_live(db, &token.lookup(), state.clock().now())
        .await?
        .ok_or(AppError::NotFound)?;
    let member = orgs::member(db, link.member_id)
        .await?
        .filter(|m| !m.disabled && m.awaiting_password)
        .ok_or(AppError::NotFound)?;
    Ok((link, member))
}

/// Sets the password of the member whose link `token` is, with a key pair made from it, and
/// uses the link up. Returns the member's e-mail address, to sign them in.
#[tracing::instrument(skip_all)]
pub async fn choose_password(
    state: &AppState,
    token: &LinkToken,
    password: &SecretString,
) -> AppResult<String> {
    check_new("password", password)?;
    let (link, member) = open_link(state, token).await?;
    let bytes = Zeroizing::new(password.expose_secret().as_bytes().to_vec());
    let member_id = member.id;
    let issued = state
        .kdf()
        .run(crate::crypto::kdf::Lane::Staff, move || {
            member::create(member_id, &bytes)
        })
        .await
        .map_err(|_| AppError::Busy {
            retry_after: Duration::from_secs(2),
        })??;
    let replaced = orgs::ReplacedIdentity {
        password_hash: issued.password_hash,
        key_salt: issued.key_salt,
        recipient: issued.recipient,
        sealed_identity: issued.sealed_identity,
    };

    let now = state.clock().now();
    let txn = state.db().begin().await?;
    // Exactly one of two posts racing with the same link gets here.
    if !store::member_links::spend(&*txn, member.id, &token.lookup(), now).await? {
        return Err(AppError::NotFound);
    }
    if !orgs::replace_identity(&*txn, member.id, &member.password_hash, replaced, now).await? {
        return Err(AppError::NotFound);
    }
    // Grants were sealed to a key the member no longer has; an admin confirms the new one.
    orgs::delete_member_grants(&*txn, member.id).await?;
    sessions::delete_for_member(&*txn, member.id).await?;
    audit::append(
        &*txn,
        now,
        Event::new(Actor::Member(member.id), AuditAction::MemberPasswordSet)
            .org(member.org_id)
            .subject("member", member.id)
            .details(serde_json::json!({ "link": link.purpose })),
    )
    .await?;
    txn.commit().await?;
    Ok(member.email)
}

/// `/staff/invite/{token}`
#[derive(Template)]
#[template(path = "staff/invite.html")]
pub struct InvitePage {
    pub lang: Lang,
    pub csrf: String,
    /// The address the link is for; `None` when the link does not work.
    pub email: Option<String>,
    pub purpose: LinkPurpose,
    pub error: Option<String>,
    /// The page's own address, for the form.
    pub action: String,
}

impl InvitePage {
    /// The heading: joining, or choosing a new password.
    pub fn heading(&self) -> String {
        self.lang.t(match self.purpose {
            LinkPurpose::Invitation => "members-link-invitation-title",
            LinkPurpose::PasswordReset => "members-link-reset-title",
        })
    }

    /// The length rule, in the page's language.
    pub fn hint(&self) -> String {
        self.lang.t_with(
            "staff-password-new-hint",
            &[("min", MIN_PASSWORD_CHARS.into())],
        )
    }
}

fn render(
    state: &AppState,
    lang: Lang,
    token: &str,
    opened: Option<(LinkPurpose, String)>,
    status: StatusCode,
    error: Option<String>,
) -> Response {
    let (purpose, email) = match opened {
        Some((purpose, email)) => (purpose, Some(email)),
        None => (LinkPurpose::Invitation, None),
    };
    crate::web::chrome::page(
        status,
        &InvitePage {
            lang,
            csrf: csrf::for_anonymous(state.secrets().csrf_key(), state.clock().now().timestamp()),
            email,
            purpose,
            error,
            action: format!("/staff/invite/{token}"),
        },
    )
}

/// The page for a link that does not work: 404, with what to do about it.
fn gone(state: &AppState, lang: Lang) -> Response {
    render(state, lang, "", None, StatusCode::NOT_FOUND, None)
}

/// The link's purpose and address, or why the page cannot show a form.
async fn opened(state: &AppState, token: &str) -> AppResult<(LinkToken, LinkPurpose, String)> {
    let token = LinkToken::parse(token).ok_or(AppError::NotFound)?;
    let (link, member) = open_link(state, &token).await?;
    Ok((token, link.purpose.parse()?, member.email))
}

/// `GET /staff/invite/{token}`
pub async fn form(
    State(state): State<AppState>,
    lang: Lang,
    Path(token): Path<String>,
) -> Response {
    match opened(&state, &token).await {
        Ok((_, purpose, email)) => render(
            &state,
            lang,
            &token,
            Some((purpose, email)),
            StatusCode::OK,
            None,
        ),
        Err(AppError::NotFound) => gone(&state, lang),
        Err(err) => err.into_response(),
    }
}

#[derive(Deserialize)]
pub struct ChooseForm {
    #[serde(default)]
    csrf: String,
    password: Option<SecretString>,
    password_again: Option<SecretString>,
}

/// `POST /staff/invite/{token}`: on success the member is signed in, on to the authenticator.
pub async fn submit(
    State(state): State<AppState>,
    lang: Lang,
    Path(raw): Path<String>,
    Form(form): Form<ChooseForm>,
) -> Response {
    let (token, purpose, email) = match opened(&state, &raw).await {
        Ok(opened) => opened,
        Err(AppError::NotFound) => return gone(&state, lang),
        Err(err) => return err.into_response(),
    };
    let again = |status: StatusCode, message: String| {
        render(
            &state,
            lang,
            &raw,
            Some((purpose, email.clone())),
            status,
            Some(message),
        )
    };
    let now = state.clock().now().timestamp();
    if !csrf::verify_anonymous(state.secrets().csrf_key(), now, &form.csrf) {
        return again(StatusCode::FORBIDDEN, lang.t("error-form-expired"));
    }
    let empty = || SecretString::from(String::new());
    let password = form.password.unwrap_or_else(empty);
    let password_again = form.password_again.unwrap_or_else(empty);
    if let Some(message) = weak_password(lang, &password) {
        return again(StatusCode::BAD_REQUEST, message);
    }
    if password.expose_secret() != password_again.expose_secret() {
        return again(StatusCode::BAD_REQUEST, lang.t("members-link-mismatch"));
    }
    match choose_password(&state, &token, &password).await {
        Ok(email) => sign_in(&state, email, password).await,
        Err(AppError::NotFound) => gone(&state, lang),
        Err(err @ AppError::Busy { .. }) => again(err.status(), lang.t("error-busy")),
        Err(err) => err.into_response(),
    }
}

/// Signs the member in with the password just chosen: their session can do nothing but set up
/// an authenticator, which is where they go next. Should that fail (the pool is busy), they
/// sign in on the sign-in page.
async fn sign_in(state: &AppState, email: String, password: SecretString) -> Response {
    let credentials = Credentials {
        email,
        password,
        totp: None,
    };
    match session::sign_in(state, credentials)
        .await
        .and_then(|token| session_cookie(&token.to_cookie_value()))
    {
        Ok(cookie) => {
            let mut response = Redirect::to("/staff/totp").into_response();
            response.headers_mut().insert(header::SET_COOKIE, cookie);
            response
        }
        Err(_) => Redirect::to("/staff/login").into_response(),
    }
}
