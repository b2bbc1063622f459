//! An organisation's settings, changed by its admins: deadlines, retention, the k of the
//! statistics, the time zone and the alert address. As an API (`/api/v1/organisation/settings`)
//! and as a page (`/staff/settings`) that works without JavaScript. The rules and their bounds
//! are `domain::settings`; here they are read, checked, stored and audited.
//!
//! A change applies from then on: the next report gets the new acknowledgement deadline, the
//! next acknowledgement the new feedback deadline; deadlines already set stay as they are.

use askama::Template;
use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};

use crate::audit::{self, AuditAction, Event};
use crate::domain::settings::{OrgSettings, RawSettings, SettingError, Zone, whole_number};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::store::entities::organisations;
use crate::store::orgs;
use crate::web::chrome::{Chrome, error_page};
use crate::web::extract::{AppJson, CsrfForm, StaffPage};
use crate::web::i18n::Lang;
use crate::web::session::Member;

/// The settings as the API shows them.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct SettingsView {
    /// Days from receipt to acknowledgement (1 to 7).
    pub acknowledge_days: i32,
    /// Months from acknowledgement to feedback (1 to 3).
    pub feedback_months: i32,
    /// Months a closed case is kept before its content is deleted (3 to 120).
    pub retention_months: i32,
    /// Counts under k are hidden in the statistics (3 to 100).
    pub suppression_k: i32,
    /// IANA time zone staff pages show times in, e.g. `Europe/Stockholm`.
    pub time_zone: String,
    /// Where alerts go besides the admins; `null` for nowhere.
    pub alert_email: Option<String>,
}

impl From<organisations::Model> for SettingsView {
    fn from(org: organisations::Model) -> Self {
        Self {
            acknowledge_days: org.acknowledge_days,
            feedback_months: org.feedback_months,
            retention_months: org.retention_months,
            suppression_k: org.suppression_k,
            time_zone: org.time_zone,
            alert_email: org.alert_email,
        }
    }
}

/// `PUT /api/v1/organisation/settings`: every setting, as the API shows them.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct SettingsBody {
    pub acknowledge_days: i64,
    pub feedback_months: i64,
    pub retention_months: i64,
    pub suppression_k: i64,
    pub time_zone: String,
    /// Absent, `null` or empty: no alert address.
    #[serde(default)]
    pub alert_email: Option<String>,
}

/// The caller's organisation's settings (its admins only).
pub async fn read(state: &AppState, member: &Member) -> AppResult<SettingsView> {
    let org_id = crate::access::organisation_settings(member)?;
    let org = orgs::find_org(state.db().conn(), org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(org.into())
}

/// Stores checked settings for the caller's organisation, audited with the names of the
/// settings that changed (not their values: an address is not for the audit log).
pub async fn change(state: &AppState, member: &Member, settings: &OrgSettings) -> AppResult<()> {
    let org_id = crate::access::organisation_settings(member)?;
    let now = state.clock().now();
    let txn = state.db().begin().await?;
    let before = orgs::find_org(&*txn, org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let changed = changed_fields(&before, settings);
    if changed.is_empty() {
        return Ok(());
    }
    orgs::update_settings(&*txn, org_id, settings).await?;
    audit::append(
        &*txn,
        now,
        Event::new(member.actor(), AuditAction::OrgSettingsChanged)
            .org(org_id)
            .subject("organisation", org_id)
            .details(serde_json::json!({ "changed": changed })),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

fn changed_fields(before: &organisations::Model, after: &OrgSettings) -> Vec<&'static str> {
    let number = |n: u32| i32::try_from(n).unwrap_or(i32::MAX);
    let email = after.alert_email.as_ref().map(|e| e.as_str());
    [
        (
            "acknowledge_days",
            before.acknowledge_days != number(after.deadlines.acknowledge_days),
        ),
        (
            "feedback_months",
            before.feedback_months != number(after.deadlines.feedback_months),
        ),
        (
            "retention_months",
            before.retention_months != number(after.retention_months),
        ),
        (
            "suppression_k",
            before.suppression_k != number(after.suppression_k),
        ),
        ("time_zone", before.time_zone != after.time_zone.name()),
        ("alert_email", before.alert_email.as_deref() != email),
    ]
    .into_iter()
    .filter_map(|(field, differs)| differs.then_some(field))
    .collect()
}

/// The API's error for settings out of bounds: the first wrong field, named.
fn invalid(errors: &[SettingError]) -> AppError {
    match errors.first() {
        Some(error) => AppError::invalid(error.field(), error.to_string()),
        None => AppError::invalid("settings", "settings: not valid"),
    }
}

/// `GET /api/v1/organisation/settings`
#[utoipa::path(get, path = "/api/v1/organisation/settings", tag = "staff", security(("staff_session" = [])),
    responses((status = 200, description = "The caller's organisation's settings", body = SettingsView),
        (status = 401, description = "No session"), (status = 403, description = "Admins only")))]
pub async fn api_read(
    State(state): State<AppState>,
    member: Member,
) -> AppResult<Json<SettingsView>> {
    Ok(Json(read(&state, &member).await?))
}

/// `PUT /api/v1/organisation/settings`
#[utoipa::path(put, path = "/api/v1/organisation/settings", operation_id = "change_settings", tag = "staff", security(("staff_session" = [])), request_body = SettingsBody,
    responses((status = 200, description = "Stored; applies to deadlines set from now on", body = SettingsView),
        (status = 400, description = "A setting out of bounds; the message names the field", body = crate::error::ErrorBody),
        (status = 401, description = "No session"), (status = 403, description = "Admins only")))]
pub async fn api_change(
    State(state): State<AppState>,
    member: Member,
    AppJson(body): AppJson<SettingsBody>,
) -> AppResult<Json<SettingsView>> {
    crate::access::organisation_settings(&member)?;
    let settings = OrgSettings::check(&RawSettings {
        acknowledge_days: Some(body.acknowledge_days),
        feedback_months: Some(body.feedback_months),
        retention_months: Some(body.retention_months),
        suppression_k: Some(body.suppression_k),
        time_zone: &body.time_zone,
        alert_email: body.alert_email.as_deref().unwrap_or(""),
    })
    .map_err(|errors| invalid(&errors))?;
    change(&state, &member, &settings).await?;
    Ok(Json(read(&state, &member).await?))
}

/// The settings form as typed: text, so that a mistake comes back exactly as it was written.
#[derive(Debug, Default, Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    pub acknowledge_days: String,
    #[serde(default)]
    pub feedback_months: String,
    #[serde(default)]
    pub retention_months: String,
    #[serde(default)]
    pub suppression_k: String,
    #[serde(default)]
    pub time_zone: String,
    #[serde(default)]
    pub alert_email: String,
}

impl From<SettingsView> for SettingsForm {
    fn from(view: SettingsView) -> Self {
        Self {
            acknowledge_days: view.acknowledge_days.to_string(),
            feedback_months: view.feedback_months.to_string(),
            retention_months: view.retention_months.to_string(),
            suppression_k: view.suppression_k.to_string(),
            time_zone: view.time_zone,
            alert_email: view.alert_email.unwrap_or_default(),
        }
    }
}

impl SettingsForm {
    fn check(&self) -> Result<OrgSettings, Vec<SettingError>> {
        OrgSettings::check(&RawSettings {
            acknowledge_days: whole_number(&self.acknowledge_days),
            feedback_months: whole_number(&self.feedback_months),
            retention_months: whole_number(&self.retention_months),
            suppression_k: whole_number(&self.suppression_k),
            time_zone: &self.time_zone,
            alert_email: &self.alert_email,
        })
    }
}

/// `/staff/settings`
#[derive(Template)]
#[template(path = "staff/settings.html")]
pub struct SettingsPage {
    pub lang: Lang,
    pub chrome: Chrome,
    pub form: SettingsForm,
    pub errors: Vec<SettingError>,
    /// Shown once after a save.
    pub saved: bool,
}

impl SettingsPage {
    /// The message to show beside `field`, in the page's language.
    pub fn error(&self, field: &str) -> Option<String> {
        self.errors
            .iter()
            .find(|e| e.field() == field)
            .map(|e| self.lang.t(error_key(*e)))
    }

    /// Every zone, for the time zone field's list of suggestions.
    pub fn zones(&self) -> Vec<&'static str> {
        Zone::names().collect()
    }
}

/// The Fluent key of what to say beside a wrong field.
fn error_key(error: SettingError) -> &'static str {
    match error {
        SettingError::AcknowledgeDays => "settings-error-acknowledge-days",
        SettingError::FeedbackMonths => "settings-error-feedback-months",
        SettingError::RetentionMonths => "settings-error-retention-months",
        SettingError::SuppressionK => "settings-error-suppression-k",
        SettingError::TimeZone => "settings-error-time-zone",
        SettingError::AlertEmail => "settings-error-alert-email",
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct SettingsQuery {
    done: Option<String>,
}

/// `GET /staff/settings` (admins).
pub async fn page(page: StaffPage, Query(query): Query<SettingsQuery>) -> Response {
    match read(&page.state, &page.member).await {
        Ok(view) => crate::web::render(&SettingsPage {
            lang: page.lang,
            chrome: Chrome::of(&page.state, &page.member),
            form: view.into(),
            errors: Vec::new(),
            saved: query.done.as_deref() == Some("saved"),
        }),
        Err(err) => error_page(page.lang, err, "/staff"),
    }
}

/// `POST /staff/settings`: saves and comes back with a notice, or shows the form again as it
/// was typed, each mistake beside its field.
pub async fn save(page: StaffPage, CsrfForm(form): CsrfForm<SettingsForm>) -> Response {
    if let Err(err) = crate::access::organisation_settings(&page.member) {
        return error_page(page.lang, err, "/staff");
    }
    let errors = match form.check() {
        Ok(settings) => match change(&page.state, &page.member, &settings).await {
            Ok(()) => return Redirect::to("/staff/settings?done=saved").into_response(),
            Err(err) => return error_page(page.lang, err, "/staff/settings"),
        },
        Err(errors) => errors,
    };
    let mut response = crate::web::render(&SettingsPage {
        lang: page.lang,
        chrome: Chrome::of(&page.state, &page.member),
        form,
        errors,
        saved: false,
    });
    *response.status_mut() = StatusCode::BAD_REQUEST;
    response
}
