//! The staff case list page and its tools: filters and search in the address (a GET form),
//! bulk assignment and closing (a POST form around the table's checkboxes), and the filtered
//! list as CSV. Everything works with JavaScript off.

use askama::Template;
use axum::extract::{Query, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

use super::service::{self, BulkAction, BulkOutcome, CaseSummary, ListQuery};
use crate::domain::{CaseState, Indicator, Priority, Resolution};
use crate::error::AppError;
use crate::state::AppState;
use crate::store::entities::{members, suppliers};
use crate::web::chrome::{Chrome, error_page, staff_message};
use crate::web::extract::{CsrfForm, StaffPage};
use crate::web::i18n::Lang;
use crate::web::session::Member;

/// `/staff`
#[derive(Template)]
#[template(path = "staff/cases.html")]
pub struct ListPage {
    pub lang: Lang,
    pub chrome: Chrome,
    pub cases: Vec<CaseSummary>,
    pub query: ListQuery,
    /// The next page's address, when more cases follow.
    pub next: Option<String>,
    /// The members cases can be assigned to (the assignee filter and bulk assignment).
    pub members: Vec<members::Model>,
    /// The organisation's suppliers (the supplier filter).
    pub suppliers: Vec<suppliers::Model>,
    /// The list's filters as a query string (no page position), for the CSV link and for the
    /// bulk form to come back to.
    pub filters: String,
    /// What the last bulk action did, or why it was refused.
    pub bulk: Option<BulkView>,
    /// The cases ticked when a bulk form came back with an error.
    pub ticked: Vec<Uuid>,
}

/// A bulk action's outcome as the page shows it.
pub struct BulkView {
    /// A form mistake (no case ticked, say): nothing was done.
    pub error: Option<String>,
    /// "3 cases assigned." and the like.
    pub done: Option<String>,
    /// Each refused case and why, in the page's language.
    pub refused: Vec<(String, String)>,
}

impl ListPage {
    pub fn states(&self) -> &'static [CaseState] {
        CaseState::ALL
    }
    pub fn priorities(&self) -> &'static [Priority] {
        Priority::ALL
    }
    pub fn indicators(&self) -> &'static [Indicator] {
        Indicator::ALL
    }
    /// The resolutions a bulk close offers (a duplicate names its other case, one at a time).
    pub fn resolutions(&self) -> Vec<Resolution> {
        Resolution::ALL
            .iter()
            .copied()
            .filter(|r| *r != Resolution::Duplicate)
            .collect()
    }
    pub fn chosen<'a>(&self, value: &'a Option<String>) -> &'a str {
        value.as_deref().unwrap_or_default()
    }
    pub fn is_chosen(&self, value: &Option<String>, id: &Uuid) -> bool {
        value.as_deref().map(str::trim) == Some(id.to_string().as_str())
    }
    pub fn is_ticked(&self, id: &Uuid) -> bool {
        self.ticked.contains(id)
    }
    /// Who a case is assigned to, by e-mail when they are a member of the caller's
    /// organisation.
    pub fn assignee_of(&self, case: &CaseSummary) -> String {
        match case.assignee {
            None => String::new(),
            Some(id) => self.members.iter().find(|m| m.id == id).map_or_else(
                || self.lang.t("caselist-other-organisation"),
                |m| m.email.clone(),
            ),
        }
    }
    /// The CSV export of the list as filtered.
    pub fn csv_link(&self) -> String {
        if self.filters.is_empty() {
            "/staff/cases.csv".into()
        } else {
            format!("/staff/cases.csv?{}", self.filters)
        }
    }
}

/// The query string without the page position: what the list is filtered by.
fn filters_of(raw: Option<&str>) -> String {
    let mut pairs = url::form_urlencoded::Serializer::new(String::new());
    for (key, value) in url::form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
        if key != "after" && !value.trim().is_empty() {
            pairs.append_pair(&key, &value);
        }
    }
    pairs.finish()
}

impl ListPage {
    /// The list for `query` (the page after `raw`'s `after`, if any), with nothing to report
    /// about a bulk action yet.
    async fn load(
        state: &AppState,
        lang: Lang,
        member: &Member,
        query: ListQuery,
        raw: Option<&str>,
    ) -> Result<Self, AppError> {
        let (cases, next) = match service::list(state, member, &query).await {
            Ok(page) => (page.cases, page.next),
            // Members who read no cases see an empty list.
            Err(AppError::NotFound) => (Vec::new(), None),
            Err(err) => return Err(err),
        };
        let db = state.db().conn();
        let members = crate::store::orgs::members_of(db, member.org_id)
            .await?
            .into_iter()
            .filter(crate::access::assignable)
            .collect();
        let suppliers = crate::store::suppliers::bought_by(db, member.org_id).await?;
        Ok(Self {
            lang,
            chrome: Chrome::of(state, member),
            cases,
            next: next.map(|after| super::api::next_link("/staff", raw, &after)),
            members,
            suppliers,
            filters: filters_of(raw),
            query,
            bulk: None,
            ticked: Vec::new(),
        })
    }
}

/// `GET /staff`: the case list; without a complete session, to the login or enrolment page.
pub async fn list(
    State(state): State<AppState>,
    lang: Lang,
    member: Result<Member, AppError>,
    RawQuery(raw): RawQuery,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let member = match member {
        Ok(member) => member,
        Err(AppError::Conflict { .. }) => return Redirect::to("/staff/totp").into_response(),
        Err(_) => return Redirect::to("/staff/login").into_response(),
    };
    if member.standing().is_authority() {
        return Redirect::to("/authority").into_response();
    }
    let query = query.map(|Query(q)| q).unwrap_or_default();
    match ListPage::load(&state, lang, &member, query, raw.as_deref()).await {
        Ok(page) => crate::web::render(&page),
        Err(err) => error_page(lang, err, "/staff"),
    }
}

/// The bulk form under the list.
#[derive(Deserialize)]
pub struct BulkForm {
    /// The ticked cases' ids.
    #[serde(default)]
    case: Vec<String>,
    /// `assign` or `close`: the button pressed.
    action: Option<String>,
    /// For `assign`: the member, or empty for nobody.
    user_id: Option<String>,
    /// For `close`.
    resolution: Option<String>,
    /// The list's filters, to show the list again as it was.
    back: Option<String>,
}

impl BulkForm {
    fn action(&self) -> Result<BulkAction, AppError> {
        match self.action.as_deref() {
            Some("assign") => {
                let user = match self.user_id.as_deref().map(str::trim) {
                    None | Some("") => None,
                    Some(raw) => Some(Uuid::parse_str(raw).map_err(|_| {
                        AppError::invalid("user_id", "is not a member who handles cases")
                    })?),
                };
                Ok(BulkAction::Assign(user))
            }
            Some("close") => match self.resolution.as_deref().map(str::trim) {
                None | Some("") => Err(AppError::missing("resolution", "choose a resolution")),
                Some(resolution) => BulkAction::close(resolution),
            },
            _ => Err(AppError::invalid("action", "must be assign or close")),
        }
    }
}

/// `POST /staff/cases/bulk`: assign or close the ticked cases, each through the same checks
/// as one case on its own page, then the list again with what was done and what was refused.
pub async fn bulk(page: StaffPage, CsrfForm(form): CsrfForm<BulkForm>) -> Response {
    let StaffPage {
        state,
        lang,
        member,
    } = page;
    if let Err(err) = crate::access::case_list_tools(&member) {
        return error_page(lang, err, "/staff");
    }
    let back = form.back.clone().unwrap_or_default();
    let query: ListQuery = serde_html_form::from_str(&back).unwrap_or_default();
    // What was ticked, to tick again if the form comes back with a mistake.
    let ticked: Vec<Uuid> = form
        .case
        .iter()
        .filter_map(|raw| Uuid::parse_str(raw.trim()).ok())
        .collect();
    let outcome = async {
        let ids = service::bulk_ids(&form.case)?;
        let action = form.action()?;
        let outcome = service::bulk(&state, &member, &ids, action).await?;
        Ok::<_, AppError>((action, outcome))
    }
    .await;
    let mut list = match ListPage::load(&state, lang, &member, query, Some(&back)).await {
        Ok(list) => list,
        Err(err) => return error_page(lang, err, "/staff"),
    };
    let status = match outcome {
        Ok((action, outcome)) => {
            list.bulk = Some(view(lang, action, outcome));
            StatusCode::OK
        }
        Err(err) if err.status().is_client_error() => {
            list.ticked = ticked;
            list.bulk = Some(BulkView {
                error: Some(staff_message(lang, &err)),
                done: None,
                refused: Vec::new(),
            });
            err.status()
        }
        Err(err) => return error_page(lang, err, "/staff"),
    };
    let mut response = crate::web::render(&list);
    if response.status() == StatusCode::OK {
        *response.status_mut() = status;
    }
    response
}

fn view(lang: Lang, action: BulkAction, outcome: BulkOutcome) -> BulkView {
    let count = i64::try_from(outcome.done.len()).unwrap_or(i64::MAX);
    let key = match action {
        BulkAction::Assign(_) => "caselist-bulk-assigned",
        BulkAction::Close(_) => "caselist-bulk-closed",
    };
    BulkView {
        error: None,
        done: Some(lang.t_with(key, &[("count", count.into())])),
        refused: outcome
            .refused
            .into_iter()
            .map(|r| (r.case, staff_message(lang, &r.reason)))
            .collect(),
    }
}

/// `GET /staff/cases.csv`: the list as filtered, every page of it, as a CSV download.
pub async fn csv(
    page: StaffPage,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let Ok(Query(query)) = query else {
        let err = AppError::invalid("query", "has an unknown or malformed filter");
        return error_page(page.lang, err, "/staff");
    };
    match service::export_csv(&page.state, &page.member, &query).await {
        Ok(lines) => crate::web::download::csv(lines, &csv_name(page.state.clock().today())),
        Err(err) => error_page(page.lang, err, "/staff"),
    }
}

/// The export's file name: the day, never more precise.
pub fn csv_name(today: chrono::NaiveDate) -> String {
    format!("cases-{today}.csv")
}
