//! Page chrome every audience shares: the staff frame (who is signed in, the CSRF token for its
//! forms), and error pages for staff and for reporters, each in the visitor's language.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::i18n::Lang;
use super::pages::QUICK_EXIT_URL;
use super::session::Member;
use crate::domain::settings::Zone;
use crate::error::{AppError, Problem};
use crate::state::AppState;

/// What every staff page shows around its content.
pub struct Chrome {
    pub csrf: String,
    pub email: String,
    pub is_admin: bool,
    /// Members of an authority see the escalation portal instead of cases.
    pub is_authority: bool,
    /// The organisation's time zone: every staff time is shown in it.
    pub zone: Zone,
}

impl Chrome {
    pub fn of(state: &AppState, member: &Member) -> Self {
        Self {
            csrf: member.csrf(state),
            email: member.email.clone(),
            is_admin: member.standing().administers(),
            is_authority: member.standing().is_authority(),
            zone: member.zone,
        }
    }

    /// A time as staff read it: to the minute, in the organisation's zone, naming the zone.
    /// Only for staff actions: a reporter's are dates.
    pub fn when(&self, at: &chrono::DateTime<chrono::Utc>) -> String {
        self.zone.when(at)
    }
}

/// An error as a page, for form posts.
#[derive(Template)]
#[template(path = "staff/error.html")]
pub struct ErrorPage {
    pub lang: Lang,
    pub message: String,
    pub back: String,
}

/// Renders an error for a person: the same status and message as the API, in a page.
pub fn error_page(lang: Lang, err: AppError, back: &str) -> Response {
    let status = err.status();
    // A refusal for want of a step-up goes on to the code form (`web::errors`).
    if status.is_server_error() || matches!(err, AppError::StepUpRequired) {
        return err.into_response();
    }
    let mut response = crate::web::render(&ErrorPage {
        lang,
        message: staff_message(lang, &err),
        back: back.to_string(),
    });
    *response.status_mut() = status;
    response
}

/// Renders with a status.
pub fn page(status: StatusCode, template: &impl Template) -> Response {
    let mut response = crate::web::render(template);
    if response.status() == StatusCode::OK {
        *response.status_mut() = status;
    }
    response
}

/// An error for a reporter, as a page with the quick-exit button and a way back.
#[derive(Template)]
#[template(path = "error.html")]
pub struct ReporterErrorPage {
    pub lang: Lang,
    pub quick_exit: &'static str,
    pub message: String,
    pub back: String,
}

/// A reporter-facing "this page does not exist", with the quick-exit button.
pub fn not_found(lang: Lang) -> Response {
    page(
        StatusCode::NOT_FOUND,
        &ReporterErrorPage {
            lang,
            quick_exit: QUICK_EXIT_URL,
            message: lang.t("error-not-found"),
            back: "/".to_string(),
        },
    )
}

/// What a reporter is told about an error, in their language. Field errors name the field by
/// its label on the form; the API's English developer text is never shown on a page.
pub fn reporter_message(lang: Lang, err: &AppError) -> String {
    match err {
        AppError::Unauthorized => lang.t("error-receipt-session"),
        AppError::Forbidden => lang.t("error-form-expired"),
        AppError::Busy { .. } | AppError::TooManyRequests { .. } => lang.t("error-busy"),
        AppError::PayloadTooLarge => lang.t("error-too-large"),
        AppError::UnsupportedMediaType => lang.t("error-check-generic"),
        AppError::UnsupportedFileType { .. } => lang.t("files-type-not-accepted"),
        AppError::Unavailable {
            code: "no_recipient",
            ..
        } => lang.t("error-no-recipient"),
        AppError::Conflict {
            code: "already_sent",
            ..
        } => lang.t("error-already-sent"),
        AppError::Invalid { field, problem, .. } => {
            let Some(label) = reporter_label(field) else {
                return lang.t("error-check-generic");
            };
            field_message(lang, field, *problem, label)
        }
        other => other.message(),
    }
}

/// What a member of staff is told about an error, in their language: the field by its label
/// where the page has one.
pub fn staff_message(lang: Lang, err: &AppError) -> String {
    match err {
        AppError::NotFound => lang.t("error-not-found"),
        AppError::Forbidden => lang.t("error-forbidden"),
        AppError::Conflict {
            code: "case_changed" | "already_exists" | "already_shared",
            ..
        } => lang.t("error-conflict"),
        AppError::Conflict {
            code: "illegal_transition",
            ..
        } => lang.t("error-transition"),
        // Other refusals say why in the API's words, after a sentence in the page's language.
        AppError::Conflict { message, .. } => format!("{} {message}", lang.t("error-not-now")),
        AppError::Busy { .. } | AppError::TooManyRequests { .. } => lang.t("error-busy"),
        AppError::PayloadTooLarge => lang.t("error-too-large"),
        AppError::Invalid { field, problem, .. } => {
            match staff_label(field).or_else(|| reporter_label(field)) {
                Some(label) => field_message(lang, field, *problem, label),
                None => lang.t("error-check-generic"),
            }
        }
        other => other.message(),
    }
}

/// The label of a field of a staff form.
fn staff_label(field: &str) -> Option<&'static str> {
    Some(match field {
        "summary" => "esc-summary",
        "legal_reason" => "esc-legal-reason",
        "authority_org_id" => "esc-authority",
        "attachment_ids" => "esc-evidence",
        "reason" => "staff-reason",
        "to" => "staff-move-to",
        "resolution" => "staff-resolution",
        "user_id" | "assignee" => "staff-assignee",
        "duplicate_of" => "case-duplicate-ref",
        "org_id" => "case-organisation",
        "site_code" => "staff-site-code",
        "position" => "routing-position",
        "rule" => "routing-add",
        "months" => "case-deadline-months",
        "risk" => "case-retaliation-risk",
        "note" => "case-risk-note",
        "priority" => "staff-priority",
        "name" => "staff-supplier",
        "city" => "staff-city",
        "sector" => "staff-sector",
        "contract" => "staff-contract",
        "other_names" => "staff-other-names",
        "email" => "staff-email",
        "role" => "staff-role",
        "password" | "new_password" => "staff-password-new",
        "current_password" => "staff-password-current",
        "languages" => "staff-poster-languages",
        "status" | "state" => "staff-state",
        "indicator" => "staff-indicator",
        "q" => "caselist-search",
        "case" => "caselist-cases",
        _ => return None,
    })
}

/// "Please fill in “Country”" and the like.
fn field_message(lang: Lang, field: &str, problem: Problem, label: &str) -> String {
    let key = match problem {
        Problem::Missing => "error-missing",
        Problem::TooLong => "error-too-long",
        Problem::Malformed if field == "file" => "error-file",
        Problem::Malformed => "error-check",
    };
    lang.t_with(key, &[("field", lang.t(label).into())])
}

/// The label of a field of a reporter's form.
fn reporter_label(field: &str) -> Option<&'static str> {
    Some(match field {
        "narrative" => "report-narrative",
        "country" => "report-country",
        "supplier_id" | "site_code" | "supplier_text" => "report-where",
        "indicators" => "report-what",
        "people_affected" => "report-people",
        "relationship" => "report-relationship",
        "body" => "case-reply",
        "file" => "case-evidence",
        "receipt" => "status-receipt",
        "answer" => "consent-heading",
        "q" => "report-find-label",
        _ => return None,
    })
}

pub fn reporter_error_page(lang: Lang, err: AppError, back: &str) -> Response {
    if err.status().is_server_error() && !matches!(err, AppError::Busy { .. }) {
        return err.into_response();
    }
    let status = err.status();
    let message = reporter_message(lang, &err);
    page(
        status,
        &ReporterErrorPage {
            lang,
            quick_exit: QUICK_EXIT_URL,
            message,
            back: back.to_string(),
        },
    )
}

/// A refused form post as the page of its audience: the staff error page under `/staff` and
/// `/authority`, the reporter's otherwise; "back" leads to the page the form was on.
pub fn page_error(lang: Lang, path: &str, err: AppError) -> Response {
    let back = match path.rsplit_once('/') {
        Some((parent, _)) if !parent.is_empty() => parent,
        _ => "/",
    };
    if super::errors::is_staff(path) {
        error_page(lang, err, back)
    } else {
        reporter_error_page(lang, err, back)
    }
}
