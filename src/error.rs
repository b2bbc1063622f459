//! The one error type of the HTTP boundary.
//!
//! Every failure a handler can meet becomes an [`AppError`], which maps to a status, a stable
//! machine-readable code and a human message, as `{"error": code, "message": text}`. Messages
//! are written here or by the caller from fixed text: they never echo input, so no plaintext,
//! receipt or address can reach a response or a log through an error. Internal causes are
//! logged server-side and answered with an opaque 500.

use std::time::Duration;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

pub use crate::domain::text::{FieldError, Problem};

/// An error as the client sees it.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The request is malformed; `field` names what is wrong, `problem` what kind of wrong
    /// (for pages, which say it in the visitor's language), `message` says how in English (for
    /// the API).
    #[error("invalid input in {field}")]
    Invalid {
        field: &'static str,
        problem: Problem,
        message: String,
    },
    /// No valid session or credentials. The body is the same for every cause.
    #[error("unauthorised")]
    Unauthorized,
    /// Authenticated, but this caller may not do this.
    #[error("forbidden")]
    Forbidden,
    /// The action needs a TOTP code entered in the last five minutes (a step-up).
    #[error("step-up required")]
    StepUpRequired,
    /// Not found, or not visible to this caller: the two are deliberately indistinguishable.
    #[error("not found")]
    NotFound,
    /// The request conflicts with the resource's state.
    #[error("conflict: {code}")]
    Conflict { code: &'static str, message: String },
    /// The body or an upload is larger than allowed.
    #[error("payload too large")]
    PayloadTooLarge,
    /// The content type is not one this route accepts.
    #[error("unsupported media type")]
    UnsupportedMediaType,
    /// An evidence file whose bytes are of no accepted type; `accepted` names the types.
    #[error("unsupported file type")]
    UnsupportedFileType { accepted: &'static str },
    /// Rate limited.
    #[error("too many requests")]
    TooManyRequests { retry_after: Duration },
    /// A bounded resource (the argon2 pool) is full; the client should come back shortly.
    #[error("busy")]
    Busy { retry_after: Duration },
    /// The service cannot do this now for a reason the client cannot fix (e.g. nobody can
    /// receive the report); answered 503 without Retry-After.
    #[error("unavailable: {code}")]
    Unavailable { code: &'static str, message: String },
    /// Anything else. The cause is logged, never shown.
    #[error("internal error")]
    Internal(#[source] anyhow::Error),
}

/// Every error answer: a stable code and a human message.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// A stable code such as `invalid_input`, `not_found`, `illegal_transition`.
    pub error: &'static str,
    /// What is wrong, naming the field for invalid input.
    pub message: String,
}

impl AppError {
    /// A 400 naming the offending field.
    pub fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        Self::Invalid {
            field,
            problem: Problem::Malformed,
            message: message.into(),
        }
    }

    /// A 400 for a required field that is absent or empty.
    pub fn missing(field: &'static str, message: impl Into<String>) -> Self {
        Self::Invalid {
            field,
            problem: Problem::Missing,
            message: message.into(),
        }
    }

    /// A 400 for a field longer than allowed.
    pub fn too_long(field: &'static str, message: impl Into<String>) -> Self {
        Self::Invalid {
            field,
            problem: Problem::TooLong,
            message: message.into(),
        }
    }

    /// Wraps an unexpected failure; its text is logged, not returned. A database that cannot
    /// be reached is not unexpected: see [`AppError::database_unavailable`].
    pub fn internal(cause: impl Into<anyhow::Error>) -> Self {
        let cause = cause.into();
        if database_unavailable(&cause) {
            Self::database_unavailable()
        } else {
            Self::Internal(cause)
        }
    }

    /// The answer while the database cannot be reached (down, restarting, out of connections,
    /// or on SQLite locked by another process): `503` with `Retry-After`, within the pool's
    /// wait (`KEDJA_DB_TIMEOUT_MS`), so that clients and proxies come back rather than see a
    /// 500. It clears by itself when the database is back.
    pub fn database_unavailable() -> Self {
        tracing::warn!("the database is unavailable; answering 503");
        Self::Busy {
            retry_after: DATABASE_RETRY_AFTER,
        }
    }

    /// The answer when a case changed under a request (transferred, shared or written to):
    /// nothing is sealed to organisations that no longer hold it.
    pub fn case_changed() -> Self {
        Self::Conflict {
            code: "case_changed",
            message: "The case changed (it was transferred, shared or written to) while this was being done. Please try again.".into(),
        }
    }

    /// The HTTP status of this error.
    pub fn status(&self) -> StatusCode {
        match self {
            Self::Invalid { .. } => StatusCode::BAD_REQUEST,
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::Forbidden | Self::StepUpRequired => StatusCode::FORBIDDEN,
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Conflict { .. } => StatusCode::CONFLICT,
            Self::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedMediaType | Self::UnsupportedFileType { .. } => {
                StatusCode::UNSUPPORTED_MEDIA_TYPE
            }
            Self::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::Busy { .. } | Self::Unavailable { .. } => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The stable code clients switch on.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Invalid { .. } => "invalid_input",
            Self::Unauthorized => "unauthorized",
            Self::Forbidden => "forbidden",
            Self::StepUpRequired => "step_up_required",
            Self::NotFound => "not_found",
            Self::Conflict { code, .. } => code,
            Self::PayloadTooLarge => "too_large",
            Self::UnsupportedMediaType => "unsupported_media_type",
            Self::UnsupportedFileType { .. } => "unsupported_file_type",
            Self::TooManyRequests { .. } => "rate_limited",
            Self::Busy { .. } => "busy",
            Self::Unavailable { code, .. } => code,
            Self::Internal(_) => "internal",
        }
    }

    /// The human message: fixed text, or text the caller composed without input in it.
    pub fn message(&self) -> String {
        match self {
            Self::Invalid { field, message, .. } => format!("{field}: {message}"),
            Self::Unauthorized => "Not signed in, or the credentials are not valid.".into(),
            Self::Forbidden => "You may not do this.".into(),
            Self::StepUpRequired => "This action needs a TOTP code entered in the last 5 minutes: \
                send {\"code\": \"123456\"} to POST /api/v1/auth/step-up (pages: /staff/step-up), \
                then repeat the request."
                .into(),
            Self::NotFound => "Nothing was found here.".into(),
            Self::Conflict { message, .. } => message.clone(),
            Self::PayloadTooLarge => "The request or file is too large.".into(),
            Self::UnsupportedMediaType => "This content type is not accepted here.".into(),
            Self::UnsupportedFileType { accepted } => {
                format!("file: this type of file is not accepted; accepted are {accepted}")
            }
            Self::TooManyRequests { .. } => "Too many requests; try again later.".into(),
            Self::Busy { .. } => "The service is busy; try again in a moment.".into(),
            Self::Unavailable { message, .. } => message.clone(),
            Self::Internal(_) => "Something went wrong on our side.".into(),
        }
    }

    fn retry_after(&self) -> Option<Duration> {
        match self {
            Self::TooManyRequests { retry_after } | Self::Busy { retry_after } => {
                Some(*retry_after)
            }
            _ => None,
        }
    }
}

/// Marks a response that refused an action for want of a recent TOTP code.
#[derive(Debug, Clone, Copy)]
pub struct StepUpNeeded;

/// What a client is asked to wait while the database is unavailable.
pub const DATABASE_RETRY_AFTER: Duration = Duration::from_secs(5);

/// Whether `err` (anywhere in its chain) says the database cannot be reached now, as opposed
/// to a query that is wrong: the pool timed out or is closed, the connection broke, the server
/// is shutting down or refuses connections, or SQLite is busy or locked.
pub fn database_unavailable(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<sea_orm::DbErr>()
            .is_some_and(db_err_is_unavailable)
            || cause
                .downcast_ref::<sea_orm::sqlx::Error>()
                .is_some_and(sqlx_err_is_unavailable)
    })
}

/// See [`database_unavailable`].
pub fn db_err_is_unavailable(err: &sea_orm::DbErr) -> bool {
    use sea_orm::{DbErr, RuntimeErr};
    match err {
        DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => true,
        DbErr::Exec(RuntimeErr::SqlxError(inner)) | DbErr::Query(RuntimeErr::SqlxError(inner)) => {
            sqlx_err_is_unavailable(inner)
        }
        _ => false,
    }
}

fn sqlx_err_is_unavailable(err: &sea_orm::sqlx::Error) -> bool {
    use sea_orm::sqlx::Error as E;
    match err {
        E::Io(_) | E::Tls(_) | E::PoolTimedOut | E::PoolClosed | E::WorkerCrashed => true,
        E::Database(db) => {
            let code = db.code().unwrap_or_default();
            match db.try_downcast_ref::<sea_orm::sqlx::sqlite::SqliteError>() {
                // SQLITE_BUSY and SQLITE_LOCKED with their extended codes.
                Some(_) => code
                    .parse::<u32>()
                    .is_ok_and(|code| matches!(code & 0xff, 5 | 6)),
                // PostgreSQL: connection exceptions (08…), too many connections (53300), and
                // the server shutting down or starting up (57P01–57P03).
                None => {
                    code.starts_with("08")
                        || matches!(&*code, "53300" | "57P01" | "57P02" | "57P03")
                }
            }
        }
        _ => false,
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let Self::Internal(cause) = &self
            && database_unavailable(cause)
        {
            return Self::database_unavailable().into_response();
        }
        if let Self::Internal(cause) = &self {
            // Causes come from the database, the blob store or the crypto layer, none of which
            // put plaintext into their errors; they never contain request data.
            tracing::error!(error = %format!("{cause:#}"), "request failed");
        }
        let status = self.status();
        let message = self.message();
        let body = ErrorBody {
            error: self.code(),
            message,
        };
        let mut response = (status, axum::Json(body)).into_response();
        if matches!(self, Self::StepUpRequired) {
            // Staff pages turn this into the step-up form (`web::errors`).
            response.extensions_mut().insert(StepUpNeeded);
        }
        if let Some(wait) = self.retry_after() {
            let seconds = wait.as_secs().max(1).to_string();
            if let Ok(value) = HeaderValue::from_str(&seconds) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
        }
        response
    }
}

/// Failures that are never the client's doing: each is logged and answered with an opaque 500.
macro_rules! internal_from {
    ($($source:ty),+ $(,)?) => {
        $(impl From<$source> for AppError {
            fn from(err: $source) -> Self {
                Self::internal(err)
            }
        })+
    };
}

internal_from!(
    serde_json::Error,
    tokio::task::JoinError,
    std::num::TryFromIntError,
    std::io::Error,
    crate::domain::UnknownValue,
);

impl From<FieldError> for AppError {
    fn from(err: FieldError) -> Self {
        Self::Invalid {
            field: err.field,
            problem: err.problem,
            message: err.message,
        }
    }
}

impl From<sea_orm::DbErr> for AppError {
    /// A unique constraint that refused a row is a conflict the client can resolve (something
    /// of that name exists already, or another request got there first), not a server error.
    fn from(err: sea_orm::DbErr) -> Self {
        if db_err_is_unavailable(&err) {
            return Self::database_unavailable();
        }
        match err.sql_err() {
            Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => {
                // Logged, so that a collision that should never happen (two receipts with one
                // lookup key) is seen; the constraint's name holds no request data.
                tracing::warn!("a unique constraint refused a write");
                Self::Conflict {
                    code: "already_exists",
                    message: "That exists already, or was just made by another request.".into(),
                }
            }
            _ => Self::Internal(err.into()),
        }
    }
}

impl From<sea_orm::TransactionError<AppError>> for AppError {
    fn from(err: sea_orm::TransactionError<AppError>) -> Self {
        match err {
            sea_orm::TransactionError::Connection(db) => db.into(),
            sea_orm::TransactionError::Transaction(app) => app,
        }
    }
}

impl From<axum::extract::rejection::JsonRejection> for AppError {
    fn from(rejection: axum::extract::rejection::JsonRejection) -> Self {
        use axum::extract::rejection::JsonRejection as R;
        match rejection {
            R::MissingJsonContentType(_) => Self::UnsupportedMediaType,
            R::JsonSyntaxError(_) => Self::invalid("body", "is not valid JSON"),
            R::JsonDataError(err) => {
                // serde's message names the field and the expectation, e.g. "missing field
                // `narrative`"; it quotes unknown variants but never a free-text value.
                Self::invalid("body", describe_json_error(&err.body_text()))
            }
            R::BytesRejection(_) => Self::PayloadTooLarge,
            _ => Self::invalid("body", "could not be read"),
        }
    }
}

/// Keeps serde's explanation, which names the field path and what was expected, and drops
/// axum's prefix, the position, and every value serde quoted: a reporter who pastes their
/// account into the wrong field must not see it echoed (or logged by a proxy) in an error.
fn describe_json_error(text: &str) -> String {
    let detail = text.split_once(": ").map_or(text, |(_, rest)| rest);
    let detail = match detail.rfind(" at line ") {
        Some(cut) => &detail[..cut],
        None => detail,
    };
    let mut out = String::with_capacity(detail.len());
    let mut rest = detail;
    // `unknown variant `x`, expected ...`: the first backticked word is the client's value.
    if let Some(pos) = rest.find("unknown variant `") {
        out.push_str(&rest[..pos]);
        out.push_str("unknown value");
        rest = &rest[pos + "unknown variant `".len()..];
        rest = rest.split_once('`').map_or("", |(_, after)| after);
    }
    let mut quoted = false;
    let mut escaped = false;
    for ch in rest.chars() {
        match (ch, quoted) {
            ('"', false) => {
                quoted = true;
                out.push_str("\"…\"");
            }
            // serde quotes the value Debug-style: an escaped quote does not end it.
            (_, true) if escaped => escaped = false,
            ('\\', true) => escaped = true,
            ('"', true) => quoted = false,
            (_, true) => {}
            (c, false) => out.push(c),
        }
    }
    out
}

/// Shorthand for handler results.
pub type AppResult<T> = Result<T, AppError>;

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::to_bytes;

    async fn body_of(err: AppError) -> (StatusCode, Option<HeaderValue>, serde_json::Value) {
        let response = err.into_response();
        let status = response.status();
        let retry = response.headers().get(header::RETRY_AFTER).cloned();
        let bytes = to_bytes(response.into_body(), 1 << 16).await.unwrap();
        (status, retry, serde_json::from_slice(&bytes).unwrap())
    }

    #[tokio::test]
    async fn invalid_input_names_the_field() {
        let (status, _, body) = body_of(AppError::missing("narrative", "is required")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(body["error"], "invalid_input");
        assert_eq!(body["message"], "narrative: is required");
    }

    #[tokio::test]
    async fn internal_errors_are_opaque() {
        let secret = "the narrative text that must not leak";
        let (status, _, body) = body_of(AppError::internal(anyhow::anyhow!(secret))).await;
        assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(body["error"], "internal");
        assert!(!body.to_string().contains(secret));
    }

    #[tokio::test]
    async fn busy_and_rate_limited_carry_retry_after() {
        let (status, retry, body) = body_of(AppError::Busy {
            retry_after: Duration::from_secs(2),
        })
        .await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(retry.unwrap(), "2");
        assert_eq!(body["error"], "busy");

        let (status, retry, _) = body_of(AppError::TooManyRequests {
            retry_after: Duration::from_millis(10),
        })
        .await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(retry.unwrap(), "1", "never advertise a zero wait");
    }

    #[tokio::test]
    async fn every_variant_has_its_status() {
        let cases = [
            (AppError::Unauthorized, 401, "unauthorized"),
            (AppError::Forbidden, 403, "forbidden"),
            (AppError::NotFound, 404, "not_found"),
            (
                AppError::Conflict {
                    code: "illegal_transition",
                    message: "no".into(),
                },
                409,
                "illegal_transition",
            ),
            (AppError::PayloadTooLarge, 413, "too_large"),
            (
                AppError::UnsupportedMediaType,
                415,
                "unsupported_media_type",
            ),
        ];
        for (err, status, code) in cases {
            let (got, _, body) = body_of(err).await;
            assert_eq!(got.as_u16(), status);
            assert_eq!(body["error"], code);
        }
    }

    #[test]
    fn json_errors_keep_the_field_and_drop_the_position() {
        assert_eq!(
            describe_json_error(
                "Failed to deserialize the JSON body into the target type: missing field `narrative` at line 1 column 2"
            ),
            "missing field `narrative`"
        );
    }

    #[test]
    fn json_errors_never_echo_the_value_sent() {
        let secret = "my boss keeps our passports";
        let text = format!(
            "Failed to deserialize the JSON body into the target type: people_affected: invalid type: string \"{secret}\", expected u32 at line 1 column 9"
        );
        let described = describe_json_error(&text);
        assert!(!described.contains(secret), "{described}");
        assert!(described.starts_with("people_affected: invalid type: string"));

        // An escaped quote inside the value must not end the redaction.
        let text = format!(
            "Failed to deserialize the JSON body into the target type: immediate_danger: invalid type: string \"a\\\"{secret}\", expected a boolean at line 1 column 9"
        );
        let described = describe_json_error(&text);
        assert!(!described.contains(secret), "{described}");

        let text = format!(
            "Failed to deserialize the JSON body into the target type: indicators[1]: unknown variant `{secret}`, expected one of `violence`, `debt` at line 1 column 9"
        );
        let described = describe_json_error(&text);
        assert!(!described.contains(secret), "{described}");
        assert_eq!(
            described,
            "indicators[1]: unknown value, expected one of `violence`, `debt`"
        );
    }
}
