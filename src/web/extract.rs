//! The extractors every handler kind shares, so that each refuses bad input the same way:
//! [`AppJson`] for JSON bodies (the JSON error shape on rejection), [`CsrfForm`] for form posts
//! (the CSRF token checked against the session of the page it was posted to), [`StaffPage`] for
//! what a staff page starts from, and typed ids in paths (a malformed id is a 404, like an id
//! that does not exist).

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use uuid::Uuid;

use super::chrome;
use super::i18n::Lang;
use super::session::{Member, reporter, staff};
use crate::crypto::session::{SessionToken, csrf};
use crate::error::AppError;
use crate::state::AppState;

/// A JSON body. A body that is not JSON, not of the expected shape or too large answers the
/// JSON error shape naming the field (never echoing a value the client sent).
pub struct AppJson<T>(pub T);

impl<T, S> FromRequest<S> for AppJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let axum::Json(value) = axum::Json::<T>::from_request(req, state).await?;
        Ok(Self(value))
    }
}

#[derive(Deserialize)]
struct CsrfField {
    #[serde(default)]
    csrf: String,
}

/// A form post inside a session whose `csrf` field was checked against the session the
/// browser holds for that page: the staff cookie under `/staff` and `/authority`, the reporter
/// cookie elsewhere (the token is bound to that session, so a token taken from another browser,
/// or from the other kind of session, does not work). The body must be form-encoded. Repeated
/// fields (`attachment_ids=a&attachment_ids=b`) fill a `Vec`. Anonymous forms (`/report`,
/// `/status`) check their time-limited tokens themselves.
///
/// A refusal is a page, not JSON: the staff or the reporter error page (by the path) in the
/// visitor's language, with a way back to the page the form was on.
pub struct CsrfForm<T>(pub T);

/// A form with nothing but its CSRF token (a button).
#[derive(Deserialize)]
pub struct NoFields {}

/// Why a form post was refused, rendered as the audience's error page.
pub struct FormRejection {
    lang: Lang,
    path: String,
    err: AppError,
}

impl IntoResponse for FormRejection {
    fn into_response(self) -> Response {
        chrome::page_error(self.lang, &self.path, self.err)
    }
}

impl<T> FromRequest<AppState> for CsrfForm<T>
where
    T: DeserializeOwned,
{
    type Rejection = FormRejection;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = req.into_parts();
        let Ok(lang) = Lang::from_request_parts(&mut parts, state).await;
        let path = parts.uri.path().to_string();
        let refuse = |err: AppError| FormRejection {
            lang,
            path: path.clone(),
            err,
        };
        // The session this form belongs to is decided by where it is posted: a staff page's
        // form carries the staff session's token, a reporter page's the reporter's. A token of
        // the other session does not pass.
        let cookie = if super::errors::is_staff(&path) {
            staff::COOKIE
        } else {
            reporter::COOKIE
        };
        let Some(lookup) = super::cookies::value(&parts, cookie)
            .as_deref()
            .and_then(SessionToken::parse)
            .map(|token| token.lookup())
        else {
            // No session to post in: signed out, or the session cookie is gone.
            return Err(refuse(AppError::Unauthorized));
        };
        // Only what a browser's form sends: a cross-site `text/plain` post is refused before its
        // body is read.
        let form_encoded = parts
            .headers
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !form_encoded {
            return Err(refuse(AppError::UnsupportedMediaType));
        }
        let req = Request::from_parts(parts, body);
        let bytes = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(|_| refuse(AppError::PayloadTooLarge))?;
        let token = serde_html_form::from_bytes::<CsrfField>(&bytes)
            .map(|f| f.csrf)
            .unwrap_or_default();
        if !csrf::verify_session(state.secrets().csrf_key(), &lookup, &token) {
            return Err(refuse(AppError::Forbidden));
        }
        let form = serde_html_form::from_bytes::<T>(&bytes)
            .map_err(|_| refuse(AppError::invalid("form", "could not be read")))?;
        Ok(Self(form))
    }
}

/// What a staff page's handler starts from: the state, the visitor's language and the member
/// signed in with both factors (401 without a session, 409 before TOTP enrolment).
pub struct StaffPage {
    pub state: AppState,
    pub lang: Lang,
    pub member: Member,
}

impl FromRequestParts<AppState> for StaffPage {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let Ok(lang) = Lang::from_request_parts(parts, state).await;
        let member = Member::from_request_parts(parts, state).await?;
        Ok(Self {
            state: state.clone(),
            lang,
            member,
        })
    }
}

/// Typed ids taken from the path by name. A malformed id answers 404, like an id that does not
/// exist, so that handlers never see an unparsed string.
macro_rules! path_id {
    ($(#[$doc:meta])* $name:ident, $param:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct $name(pub Uuid);

        impl<S: Send + Sync> FromRequestParts<S> for $name {
            type Rejection = AppError;

            async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
                let params = axum::extract::RawPathParams::from_request_parts(parts, state)
                    .await
                    .map_err(|_| AppError::NotFound)?;
                params
                    .iter()
                    .find(|(key, _)| *key == $param)
                    .and_then(|(_, value)| Uuid::parse_str(value).ok())
                    .map(Self)
                    .ok_or(AppError::NotFound)
            }
        }
    };
}

path_id!(
    /// `{id}` in a case route.
    CaseId,
    "id"
);
path_id!(
    /// `{attachment_id}`: an evidence file of a case.
    AttachmentId,
    "attachment_id"
);
path_id!(
    /// `{org_id}`: an organisation a case is shared with.
    OrgId,
    "org_id"
);
path_id!(
    /// `{id}` in an escalation route.
    EscalationId,
    "id"
);
path_id!(
    /// `{evidence_id}`: an evidence file of an escalation.
    EvidenceId,
    "evidence_id"
);
path_id!(
    /// `{id}` in a member route.
    MemberId,
    "id"
);
path_id!(
    /// `{id}` in a supplier route.
    SupplierId,
    "id"
);
path_id!(
    /// `{id}` in a routing rule route.
    RuleId,
    "id"
);
