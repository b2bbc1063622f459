//! The reporter's pages: `/report`, `/status`, `/status/case`. Plain HTML forms that work in
//! Tor Browser with JavaScript off; no cookie before a receipt login; CSRF tokens on every form.

use askama::Template;
use axum::extract::{Multipart, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::api::{clear_cookie, session_cookie};
use super::catalogue::{self, Catalogue};
use super::reporter::{self, ReporterCase};
use super::submit::{self, ReportInput};
use super::with_evidence::Received;
use crate::crypto::session::csrf;
use crate::error::AppError;
use crate::evidence;
use crate::state::AppState;
use crate::store::suppliers;
use crate::web::chrome::{
    ReporterErrorPage, page, reporter_error_page as error_page, reporter_message,
};
use crate::web::extract::{CsrfForm, NoFields};
use crate::web::i18n::Lang;
use crate::web::pages::Emergency;
use crate::web::pages::QUICK_EXIT_URL;
use crate::web::session::ReporterSession;

fn anonymous_csrf(state: &AppState) -> String {
    csrf::for_anonymous(state.secrets().csrf_key(), state.clock().now().timestamp())
}

fn check_anonymous_csrf(state: &AppState, token: &str) -> Result<(), AppError> {
    if csrf::verify_anonymous(
        state.secrets().csrf_key(),
        state.clock().now().timestamp(),
        token,
    ) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// A fresh random form id (128 bits, URL-safe base64). Without randomness there is none: the
/// form is then not single-use, but reports still go through and never share an id.
fn new_form_id() -> String {
    use base64::Engine;
    match crate::crypto::random::bytes::<16>() {
        Ok(bytes) => base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes),
        Err(err) => {
            tracing::error!(error = %err, "no form id: the random generator failed");
            String::new()
        }
    }
}

/// The form id if it has the shape kedja gives it.
fn valid_form_id(raw: &str) -> Option<&str> {
    let raw = raw.trim();
    (raw.len() == 22
        && raw
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
    .then_some(raw)
}

/// The values a reporter typed, kept when the form comes back with an error.
#[derive(Debug, Default, Deserialize)]
pub struct ReportForm {
    #[serde(default)]
    csrf: String,
    /// A random id per form, so that sending it twice (reloading the receipt page) files
    /// one report.
    #[serde(default)]
    form_id: String,
    language: Option<String>,
    supplier_id: Option<String>,
    supplier_text: Option<String>,
    site_code: Option<String>,
    country: Option<String>,
    /// Another country, by its name in any language kedja speaks.
    country_name: Option<String>,
    #[serde(default)]
    indicators: Vec<String>,
    immediate_danger: Option<String>,
    people_affected: Option<String>,
    relationship: Option<String>,
    narrative: Option<String>,
    /// The workplace search, sent by the form's search button.
    q: Option<String>,
    /// The site code the worker was shown the workplace of ("K7PX3M = …"). A report found by
    /// its site code is filed only when this matches the code typed, so nobody reports the
    /// wrong workplace because of a typo.
    site_code_checked: Option<String>,
}

impl ReportForm {
    /// The form's one-time id, if it is well formed.
    pub fn form_id(&self) -> Option<&str> {
        valid_form_id(&self.form_id)
    }

    /// The answers as the API takes them. A country written by name is looked up among the
    /// names of every language `locales` holds.
    pub fn input(&self, locales: &crate::locales::Locales) -> ReportInput {
        let typed = self
            .country_name
            .as_deref()
            .map(str::trim)
            .filter(|name| !name.is_empty());
        let chosen = self
            .country
            .as_deref()
            .map(str::trim)
            .filter(|code| !code.is_empty());
        let country = match (chosen, typed) {
            (Some(code), _) => Some(code.to_string()),
            // An unknown name is kept as typed: the check then names the country field.
            (None, Some(name)) => Some(
                catalogue::country_by_name(locales, name)
                    .map_or_else(|| name.to_string(), str::to_string),
            ),
            (None, None) => None,
        };
        ReportInput {
            language: self.language.clone(),
            supplier_id: self.supplier_id.clone(),
            supplier_text: self.supplier_text.clone(),
            site_code: self.site_code.clone(),
            country,
            indicators: self.indicators.clone(),
            immediate_danger: self
                .immediate_danger
                .as_deref()
                .is_some_and(|v| matches!(v, "true" | "on" | "yes" | "1")),
            people_affected: self.people_affected.clone(),
            relationship: self.relationship.clone(),
            narrative: self.narrative.clone(),
        }
    }

    /// Whether a box or option was chosen, for re-rendering.
    pub fn has_indicator(&self, code: &str) -> bool {
        self.indicators.iter().any(|i| i == code)
    }

    pub fn danger(&self) -> bool {
        self.immediate_danger.is_some()
    }

    pub fn value<'a>(&'a self, field: &'a Option<String>) -> &'a str {
        field.as_deref().unwrap_or_default()
    }
}

/// The workplace a typed site code stands for, shown for the worker to check.
pub struct SiteMatch {
    /// The code as stored (upper case, no separators).
    pub code: String,
    /// "Name, City".
    pub workplace: String,
}

/// What a typed site code turned out to be.
enum SiteCheck {
    /// Nothing typed.
    Empty,
    Known(SiteMatch, suppliers::PublicSupplier),
    /// Malformed, or no supplier has it.
    Unknown,
}

/// Looks up what the worker typed as a site code.
async fn site_check(state: &AppState, raw: Option<&str>) -> Result<SiteCheck, AppError> {
    let Some(raw) = raw.map(str::trim).filter(|r| !r.is_empty()) else {
        return Ok(SiteCheck::Empty);
    };
    let Ok(code) = crate::domain::SiteCode::parse(raw) else {
        return Ok(SiteCheck::Unknown);
    };
    let Some(supplier) = suppliers::find_by_site_code(state.db().conn(), code.as_str()).await?
    else {
        return Ok(SiteCheck::Unknown);
    };
    let supplier = suppliers::PublicSupplier::from(supplier);
    let workplace = match &supplier.city {
        Some(city) => format!("{}, {city}", supplier.name),
        None => supplier.name.clone(),
    };
    Ok(SiteCheck::Known(
        SiteMatch {
            code: code.as_str().to_string(),
            workplace,
        },
        supplier,
    ))
}

/// The countries the form offers (see [`ReportPage::countries`]).
async fn country_choices(
    state: &AppState,
    lang: Lang,
    form: &ReportForm,
) -> Vec<catalogue::Choice> {
    let mut codes = suppliers::countries(state.db().conn())
        .await
        .unwrap_or_else(|err| {
            tracing::warn!(error = %err, "could not read the directory's countries");
            Vec::new()
        });
    if let Some(chosen) = form
        .country
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        codes.push(chosen.to_ascii_uppercase());
    }
    let mut choices: Vec<catalogue::Choice> = codes
        .iter()
        .filter_map(|code| crate::domain::countries::parse(code).ok())
        .map(|code| catalogue::Choice {
            code,
            label: lang.t(&format!("country-{code}")),
        })
        .collect();
    choices.sort_by_key(|c| c.label.to_lowercase());
    choices.dedup_by_key(|c| c.code);
    choices
}

/// `/report`
#[derive(Template)]
#[template(path = "report.html")]
pub struct ReportPage {
    pub lang: Lang,
    /// The countries the form offers: those of the workplaces in the directory, and the one
    /// already chosen. Another country is written by name (`country_name`): the whole list in
    /// every script would be most of the page's weight.
    pub countries: Vec<catalogue::Choice>,
    pub quick_exit: &'static str,
    pub csrf: String,
    pub catalogue: Catalogue,
    pub form: ReportForm,
    pub error: Option<String>,
    pub upload_limit_mb: u64,
    pub search_query: String,
    pub found: Vec<suppliers::PublicSupplier>,
    pub emergency: Emergency,
    /// A search was made (so an empty `found` means "nothing found").
    pub searched: bool,
    /// The search found one workplace, and it was picked for the worker.
    pub picked_for_you: bool,
    /// The workplace of the typed site code, to check before sending.
    pub site: Option<SiteMatch>,
    /// Why the typed site code cannot be used, shown at the field.
    pub site_error: Option<String>,
}

impl ReportPage {
    async fn new(
        state: &AppState,
        lang: Lang,
        mut form: ReportForm,
        error: Option<String>,
    ) -> Self {
        if valid_form_id(&form.form_id).is_none() {
            form.form_id = new_form_id();
        }
        let countries = country_choices(state, lang, &form).await;
        Self {
            countries,
            lang,
            quick_exit: QUICK_EXIT_URL,
            csrf: anonymous_csrf(state),
            catalogue: catalogue::catalogue(lang),
            form,
            error,
            upload_limit_mb: state.settings().limits.upload_bytes / (1024 * 1024),
            search_query: String::new(),
            found: Vec::new(),
            emergency: Emergency::new(state.settings(), lang),
            searched: false,
            picked_for_you: false,
            site: None,
            site_error: None,
        }
    }

    /// The form as the worker left it: the workplace picked from an earlier search stays
    /// offered and picked, and a typed site code shows its workplace or why it cannot be used.
    async fn kept(state: &AppState, lang: Lang, form: ReportForm, error: Option<String>) -> Self {
        let picked = picked_supplier(state, &form).await;
        let site = site_check(state, form.site_code.as_deref())
            .await
            .unwrap_or_else(|err| {
                // The form still comes back, without the site code's workplace.
                tracing::warn!(error = %err, "the site code could not be looked up");
                SiteCheck::Empty
            });
        let mut view = Self::new(state, lang, form, error).await;
        view.found.extend(picked);
        view.show_site(site);
        view
    }

    fn show_site(&mut self, site: SiteCheck) {
        match site {
            SiteCheck::Empty => {}
            SiteCheck::Known(site, _) => self.site = Some(site),
            SiteCheck::Unknown => self.site_error = Some(self.lang.t("report-site-code-unknown")),
        }
    }

    /// A country's name in the page's language.
    pub fn country_label(&self, code: &str) -> String {
        self.lang.t(&format!("country-{code}"))
    }

    /// What files the form takes, with the size limit.
    pub fn evidence_hint(&self) -> String {
        self.lang.t_with(
            "files-evidence-hint",
            &[
                ("limit", self.upload_limit_mb.into()),
                ("count", super::with_evidence::MAX_FILES.into()),
            ],
        )
    }
}

/// `GET /report?site=CODE`: the link or QR code on a workplace's poster.
#[derive(Deserialize)]
pub struct ReportQuery {
    site: Option<String>,
}

/// Longest site code kept from a link: enough for a code typed with spaces or dashes.
const MAX_SITE_PARAM: usize = 20;

/// `GET /report`, and `GET /report?site=CODE` with that workplace chosen. An unknown or
/// malformed code opens the form all the same, with the error at the site code field.
pub async fn report_form(
    State(state): State<AppState>,
    lang: Lang,
    Query(query): Query<ReportQuery>,
) -> Result<Response, AppError> {
    let Some(raw) = query.site.filter(|s| !s.trim().is_empty()) else {
        return Ok(page(
            StatusCode::OK,
            &ReportPage::new(&state, lang, ReportForm::default(), None).await,
        ));
    };
    let raw: String = raw.trim().chars().take(MAX_SITE_PARAM).collect();
    let site = site_check(&state, Some(&raw)).await?;
    let mut form = ReportForm {
        site_code: Some(raw),
        ..ReportForm::default()
    };
    if let SiteCheck::Known(site, supplier) = &site {
        form.site_code = Some(site.code.clone());
        form.supplier_id = Some(supplier.id.to_string());
    }
    let mut view = ReportPage::new(&state, lang, form, None).await;
    if let SiteCheck::Known(_, supplier) = &site {
        view.found.push(supplier.clone());
    }
    view.show_site(site);
    Ok(page(StatusCode::OK, &view))
}

/// At most this many workplaces are listed for one search.
const SEARCH_LIMIT: u64 = 20;

/// `POST /report/search`: looks up the workplace without JavaScript. A POST, so the name a
/// worker searched for never sits in a URL, a proxy's access log or the browser's history.
pub async fn report_search(
    State(state): State<AppState>,
    lang: Lang,
    Form(mut form): Form<ReportForm>,
) -> Result<Response, AppError> {
    // The search button sends the whole report: an expired form comes back with everything
    // kept, never as a bare error that loses it.
    if check_anonymous_csrf(&state, &form.csrf).is_err() {
        let error = lang.t("error-form-expired");
        let view = ReportPage::kept(&state, lang, form, Some(error)).await;
        return Ok(page(StatusCode::FORBIDDEN, &view));
    }
    let query = form.q.take();
    let mut view = ReportPage::kept(&state, lang, form, None).await;
    // `kept` offers the workplace picked earlier, if any; it goes back in after the results.
    let picked = view.found.pop();
    if let Some(q) = query.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
        let q: String = q.chars().take(100).collect();
        view.found =
            suppliers::search_public(state.db().conn(), Some(&q), None, SEARCH_LIMIT).await?;
        view.search_query = q;
        view.searched = true;
        // One hit is the workplace the worker meant: pick it, so they need not.
        if let [only] = view.found.as_slice()
            && picked.is_none()
        {
            view.form.supplier_id = Some(only.id.to_string());
            view.picked_for_you = true;
        }
    }
    // A workplace picked from an earlier search stays offered, and picked.
    if let Some(s) = picked.filter(|s| !view.found.iter().any(|f| f.id == s.id)) {
        view.found.insert(0, s);
    }
    Ok(page(StatusCode::OK, &view))
}

/// The workplace the form has picked, if it is one from the directory.
async fn picked_supplier(state: &AppState, form: &ReportForm) -> Option<suppliers::PublicSupplier> {
    let id = uuid::Uuid::parse_str(form.supplier_id.as_deref()?.trim()).ok()?;
    let s = suppliers::find(state.db().conn(), id)
        .await
        .ok()
        .flatten()?;
    Some(suppliers::PublicSupplier::from(s))
}

/// The receipt, shown once.
#[derive(Template)]
#[template(path = "receipt.html")]
pub struct ReceiptPage {
    pub lang: Lang,
    pub quick_exit: &'static str,
    pub receipt: String,
    /// The files sent with the report: kept, or refused and why.
    pub files: Vec<FileOutcome>,
}

/// A file sent with the report, as the receipt page reports it.
pub struct FileOutcome {
    /// The name it is kept under, or for a refused file the name the worker's device gave it
    /// (shown back to them on this page only; never stored).
    pub name: String,
    /// "1.2 MB", or the reason it was not added.
    pub detail: String,
    pub stored: bool,
}

/// `POST /report`: the report form, as `application/x-www-form-urlencoded`, or as
/// `multipart/form-data` with photos and documents after the text fields. The report is stored
/// first; each file is then added to it, so a refused file never costs the report.
pub async fn report_submit(
    State(state): State<AppState>,
    lang: Lang,
    request: axum::extract::Request,
) -> Response {
    let text_limit = state.settings().limits.body_bytes;
    let is_multipart = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if !is_multipart {
        // Read here with the text limit: this route's body limit is sized for files.
        let form = match axum::body::to_bytes(request.into_body(), text_limit).await {
            Ok(bytes) => serde_html_form::from_bytes::<ReportForm>(&bytes).ok(),
            Err(_) => None,
        };
        let Some(form) = form else {
            return page(
                StatusCode::BAD_REQUEST,
                &ReportPage::new(
                    &state,
                    lang,
                    ReportForm::default(),
                    Some(lang.t("error-check-generic")),
                )
                .await,
            );
        };
        let filed = super::with_evidence::file(&state, &form).await;
        return answer(&state, lang, form, filed, Vec::new()).await;
    }
    // A body larger than the report and a case's worth of files is refused before anything is
    // read or stored: the worker can send the report without the files.
    let limits = &state.settings().limits;
    let most = limits
        .case_upload_bytes
        .saturating_add(limits.body_bytes as u64);
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > most) {
        return page(
            StatusCode::PAYLOAD_TOO_LARGE,
            &ReportPage::new(
                &state,
                lang,
                ReportForm::default(),
                Some(lang.t("error-too-large")),
            )
            .await,
        );
    }
    let mut multipart =
        match <Multipart as axum::extract::FromRequest<AppState>>::from_request(request, &state)
            .await
        {
            Ok(multipart) => multipart,
            Err(_) => {
                return page(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    &ReportPage::new(
                        &state,
                        lang,
                        ReportForm::default(),
                        Some(lang.t("error-check-generic")),
                    )
                    .await,
                );
            }
        };
    match super::with_evidence::receive(&state, lang, &mut multipart, text_limit).await {
        Received::Unreadable(err) => {
            let message = reporter_message(lang, &err);
            page(
                err.status(),
                &ReportPage::new(&state, lang, ReportForm::default(), Some(message)).await,
            )
        }
        Received::Read { form, filed, files } => answer(&state, lang, *form, filed, files).await,
    }
}

/// The refusal of a report whose site code the worker has not seen the workplace of yet.
const SITE_CODE_NOT_SEEN: &str = "site_code_not_seen";

/// A report whose workplace comes from a site code (none was picked from the list) is filed
/// only once the worker was shown which workplace the code stands for: `site_code_checked`
/// must be that code. An unknown or malformed code is refused at its field.
pub async fn check_site_code_seen(state: &AppState, form: &ReportForm) -> Result<(), AppError> {
    // A workplace picked from the list decides; the site code is then not used.
    if form
        .supplier_id
        .as_deref()
        .is_some_and(|id| !id.trim().is_empty())
    {
        return Ok(());
    }
    let checked = form.site_code_checked.as_deref().map(str::trim);
    match site_check(state, form.site_code.as_deref()).await? {
        SiteCheck::Empty => Ok(()),
        SiteCheck::Known(site, _) if checked == Some(site.code.as_str()) => Ok(()),
        SiteCheck::Known(..) => Err(AppError::Conflict {
            code: SITE_CODE_NOT_SEEN,
            message: "site_code: check the workplace it stands for, then send again".into(),
        }),
        SiteCheck::Unknown => Err(AppError::invalid(
            "site_code",
            "does not match any workplace; check the poster",
        )),
    }
}

/// Checks a report form's token.
pub fn check_form(state: &AppState, form: &ReportForm) -> Result<(), AppError> {
    check_anonymous_csrf(state, &form.csrf).map_err(|_| AppError::Forbidden)
}

/// A refused report's message, followed by the files the worker chose, which were not kept: a
/// browser cannot refill a file field, so they must be chosen again.
fn with_files_to_choose_again(lang: Lang, message: String, files: &[FileOutcome]) -> String {
    if files.is_empty() {
        return message;
    }
    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    let again = lang.t_with("files-choose-again", &[("names", names.join(", ").into())]);
    format!("{message} {again}")
}

/// The page after a report form: the receipt, with what became of each file, or the form
/// again with the error and everything typed.
async fn answer(
    state: &AppState,
    lang: Lang,
    form: ReportForm,
    filed: Result<submit::Filed, AppError>,
    files: Vec<FileOutcome>,
) -> Response {
    match filed {
        Ok(filed) => page(
            StatusCode::CREATED,
            &ReceiptPage {
                lang,
                quick_exit: QUICK_EXIT_URL,
                receipt: filed.receipt.display_grouped(),
                files,
            },
        ),
        Err(AppError::Conflict {
            code: "already_sent",
            ..
        }) => page(
            StatusCode::CONFLICT,
            &ReporterErrorPage {
                lang,
                quick_exit: QUICK_EXIT_URL,
                message: lang.t("error-already-sent"),
                back: "/status".to_string(),
            },
        ),
        // Nothing is wrong: the worker is shown the site code's workplace and sends again.
        Err(AppError::Conflict {
            code: SITE_CODE_NOT_SEEN,
            ..
        }) => {
            let notice =
                with_files_to_choose_again(lang, lang.t("report-site-code-confirm-first"), &files);
            page(
                StatusCode::OK,
                &ReportPage::kept(state, lang, form, Some(notice)).await,
            )
        }
        Err(err) => {
            let status = err.status();
            let message = with_files_to_choose_again(lang, reporter_message(lang, &err), &files);
            // The workplace picked from the search stays picked.
            page(
                status,
                &ReportPage::kept(state, lang, form, Some(message)).await,
            )
        }
    }
}

/// `/status`: enter a receipt.
#[derive(Template)]
#[template(path = "status.html")]
pub struct StatusPage {
    pub lang: Lang,
    pub quick_exit: &'static str,
    pub csrf: String,
    pub error: Option<String>,
}

/// `GET /status`
pub async fn status_form(State(state): State<AppState>, lang: Lang) -> Response {
    page(
        StatusCode::OK,
        &StatusPage {
            lang,
            quick_exit: QUICK_EXIT_URL,
            csrf: anonymous_csrf(&state),
            error: None,
        },
    )
}

#[derive(Deserialize)]
pub struct ReceiptForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    receipt: String,
}

/// `POST /status`: signs in and goes to the case.
pub async fn status_submit(
    State(state): State<AppState>,
    lang: Lang,
    Form(form): Form<ReceiptForm>,
) -> Response {
    let outcome = async {
        check_anonymous_csrf(&state, &form.csrf)?;
        crate::web::session::reporter::sign_in(&state, &form.receipt).await
    }
    .await;
    match outcome.and_then(|token| session_cookie(&token.to_cookie_value())) {
        Ok(cookie) => {
            let mut response = Redirect::to("/status/case").into_response();
            response.headers_mut().insert(header::SET_COOKIE, cookie);
            response
        }
        Err(err) => {
            let key = match err {
                AppError::Forbidden => "error-form-expired",
                AppError::Busy { .. } => "error-busy",
                _ => "error-receipt",
            };
            page(
                err.status(),
                &StatusPage {
                    lang,
                    quick_exit: QUICK_EXIT_URL,
                    csrf: anonymous_csrf(&state),
                    error: Some(lang.t(key)),
                },
            )
        }
    }
}

/// `/status/case`: status, thread, reply, evidence.
#[derive(Template)]
#[template(path = "case.html")]
pub struct CasePage {
    pub lang: Lang,
    pub quick_exit: &'static str,
    pub csrf: String,
    pub case: ReporterCase,
    pub notice: Option<String>,
    pub upload_limit_mb: u64,
}

impl CasePage {
    /// A file's size in kB or MB.
    pub fn size(&self, bytes: &i64) -> String {
        crate::domain::text::size_label(u64::try_from(*bytes).unwrap_or(0))
    }

    /// "Your report was passed to … on …".
    pub fn sent_text(&self, sent: &reporter::PassedOn) -> String {
        self.lang.t_with(
            "consent-sent",
            &[
                ("authority", sent.authority.clone().into()),
                ("date", sent.sent_on.to_string().into()),
            ],
        )
    }

    /// What became of a file's hidden details.
    pub fn metadata(&self, item: &reporter::EvidenceItem) -> String {
        reporter::metadata_text(self.lang, &item.metadata, &item.removed)
    }

    /// The file field's label, with the size limit.
    pub fn file_label(&self) -> String {
        self.lang
            .t_with("case-file", &[("limit", self.upload_limit_mb.into())])
    }
}

#[derive(Deserialize)]
pub struct Notice {
    done: Option<String>,
}

/// `GET /status/case`; without a session, back to `/status`.
pub async fn case_page(
    State(state): State<AppState>,
    lang: Lang,
    session: Result<ReporterSession, AppError>,
    Query(notice): Query<Notice>,
) -> Result<Response, AppError> {
    let Ok(session) = session else {
        return Ok(Redirect::to("/status").into_response());
    };
    let case = reporter::view(&state, &session, lang).await?;
    let notice = match notice.done.as_deref() {
        Some("message") => Some(lang.t("notice-message-sent")),
        Some("file") => Some(lang.t("notice-file-added")),
        Some("consent") => Some(lang.t("notice-consent-saved")),
        _ => None,
    };
    Ok(page(
        StatusCode::OK,
        &CasePage {
            lang,
            quick_exit: QUICK_EXIT_URL,
            csrf: session.csrf(&state),
            case,
            notice,
            upload_limit_mb: state.settings().limits.upload_bytes / (1024 * 1024),
        },
    ))
}

#[derive(Deserialize)]
pub struct ReplyForm {
    body: Option<String>,
}

/// Back to the status page with a notice, or the error as a reporter's page.
fn after(lang: Lang, done: &str, outcome: Result<(), AppError>) -> Response {
    match outcome {
        Ok(()) => Redirect::to(&format!("/status/case?done={done}")).into_response(),
        Err(err) => error_page(lang, err, "/status/case"),
    }
}

/// `POST /status/case/messages`
pub async fn case_reply(
    State(state): State<AppState>,
    lang: Lang,
    session: Result<ReporterSession, AppError>,
    CsrfForm(form): CsrfForm<ReplyForm>,
) -> Response {
    let outcome = async {
        let session = session?;
        let body = reporter::valid_body(form.body.as_deref())?;
        reporter::reply(&state, &session, &body).await
    }
    .await;
    after(lang, "message", outcome)
}

#[derive(Deserialize)]
pub struct ConsentForm {
    answer: Option<String>,
}

/// `POST /status/case/consent`: the reporter's yes or no to escalation.
pub async fn case_consent(
    State(state): State<AppState>,
    lang: Lang,
    session: Result<ReporterSession, AppError>,
    CsrfForm(form): CsrfForm<ConsentForm>,
) -> Response {
    let outcome = async {
        let session = session?;
        let yes = crate::escalation::api::yes_or_no(form.answer.as_deref())?;
        crate::escalation::service::answer_consent(&state, &session, yes).await
    }
    .await;
    after(lang, "consent", outcome)
}

/// `POST /status/case/attachments` (multipart: `csrf`, then `file`)
pub async fn case_upload(
    State(state): State<AppState>,
    lang: Lang,
    session: Result<ReporterSession, AppError>,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    let outcome = async {
        let session = session?;
        let mut multipart = multipart.map_err(|_| AppError::UnsupportedMediaType)?;
        let check = |token: &str| session.check_csrf(&state, token);
        let field = evidence::next_file(&mut multipart, Some(&check)).await?;
        let case = reporter::case_of(&state, &session).await?;
        evidence::store_upload(&state, case, field)
            .await
            .map(|_| ())
    }
    .await;
    after(lang, "file", outcome)
}

/// `GET /exit`: the quick-exit button. Ends a reporter session if there is one, tells the
/// browser to forget this site's cookies and cached pages (so Back shows nothing), and leaves
/// for a neutral site. A GET so that it works as a plain link, without JavaScript.
pub async fn quick_exit(
    State(state): State<AppState>,
    session: Result<ReporterSession, AppError>,
) -> Response {
    if let Ok(session) = session
        && let Err(err) = crate::web::session::reporter::sign_out(&state, &session).await
    {
        // The cookie is cleared below all the same, and the row expires by itself.
        tracing::warn!(error = %err, "quick exit could not delete the session row");
    }
    let mut response = Redirect::to(QUICK_EXIT_URL).into_response();
    let headers = response.headers_mut();
    headers.insert(header::SET_COOKIE, clear_cookie());
    headers.insert(
        axum::http::HeaderName::from_static("clear-site-data"),
        axum::http::HeaderValue::from_static("\"cache\", \"cookies\", \"storage\""),
    );
    response
}

/// `POST /status/logout`
pub async fn case_logout(
    State(state): State<AppState>,
    session: ReporterSession,
    _: CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    crate::web::session::reporter::sign_out(&state, &session).await?;
    let mut response = Redirect::to("/").into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, clear_cookie());
    Ok(response)
}
