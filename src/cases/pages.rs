//! Staff pages: the case list with its filters and the case page with every action as a plain
//! form (CSRF-protected, no JavaScript).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;
use uuid::Uuid;

use super::service::{self, CaseDetail, CaseSummary, ListQuery, TransitionInput};
use crate::accounts::session::Member;
use crate::app::AppState;
use crate::domain::accounts::Role;
use crate::domain::{CaseState, Indicator, Priority, Resolution};
use crate::error::AppError;
use crate::web::i18n::Lang;

/// What every staff page shows around its content.
pub struct Chrome {
    pub csrf: String,
    pub email: String,
    pub is_admin: bool,
    /// Members of an authority see the escalation portal instead of cases.
    pub is_authority: bool,
}

impl Chrome {
    pub fn of(state: &AppState, member: &Member) -> Self {
        Self {
            csrf: member.csrf(state),
            email: member.email.clone(),
            is_admin: member.role == Role::Admin,
            is_authority: member.org_kind == crate::domain::accounts::OrgKind::Authority,
        }
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
    if status.is_server_error() {
        return err.into_response();
    }
    let mut response = crate::web::render(&ErrorPage {
        lang,
        message: err.message(),
        back: back.to_string(),
    });
    *response.status_mut() = status;
    response
}

/// `/staff`
#[derive(Template)]
#[template(path = "staff/cases.html")]
pub struct ListPage {
    pub lang: Lang,
    pub chrome: Chrome,
    pub cases: Vec<CaseSummary>,
    pub query: ListQuery,
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
    pub fn chosen<'a>(&self, value: &'a Option<String>) -> &'a str {
        value.as_deref().unwrap_or_default()
    }
}

/// `GET /staff`: the case list; without a complete session, to the login or enrolment page.
pub async fn list(
    State(state): State<AppState>,
    lang: Lang,
    member: Result<Member, AppError>,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let member = match member {
        Ok(member) => member,
        Err(AppError::Conflict { .. }) => return Redirect::to("/staff/totp").into_response(),
        Err(_) => return Redirect::to("/staff/login").into_response(),
    };
    if member.org_kind == crate::domain::accounts::OrgKind::Authority {
        return Redirect::to("/authority").into_response();
    }
    let query = query.map(|Query(q)| q).unwrap_or_default();
    match service::list(&state, &member, &query).await {
        Ok(cases) => crate::web::render(&ListPage {
            lang,
            chrome: Chrome::of(&state, &member),
            cases,
            query,
        }),
        Err(AppError::NotFound) => crate::web::render(&ListPage {
            lang,
            chrome: Chrome::of(&state, &member),
            cases: Vec::new(),
            query,
        }),
        Err(err) => error_page(lang, err, "/staff"),
    }
}

/// `/staff/cases/{id}`
#[derive(Template)]
#[template(path = "staff/case.html")]
pub struct CasePage {
    pub lang: Lang,
    pub chrome: Chrome,
    pub case: CaseDetail,
    pub members: Vec<crate::store::entities::members::Model>,
    pub escalations: Vec<crate::escalation::service::EscalationView>,
    /// The authorities a case can be escalated to, when the caller's organisation owns it.
    pub authorities: Vec<crate::store::entities::organisations::Model>,
    pub owner: bool,
    /// The escalation form as last sent, when it came back with an error.
    pub draft: Draft,
}

impl CasePage {
    /// The states this case may move to now: the form offers only legal moves.
    pub fn states(&self) -> Vec<CaseState> {
        self.case
            .summary
            .state
            .parse::<CaseState>()
            .map(|s| s.next_states().collect())
            .unwrap_or_default()
    }
    pub fn resolutions(&self) -> &'static [Resolution] {
        Resolution::ALL
    }
    pub fn is_assignee(&self, id: &Uuid) -> bool {
        self.case.summary.assignee.as_ref() == Some(id)
    }
    pub fn drafted_authority(&self, id: &Uuid) -> bool {
        self.draft.authority_org_id == id.to_string()
    }
    pub fn drafted_attachment(&self, id: &Uuid) -> bool {
        self.draft.attachment_ids.contains(&id.to_string())
    }
    pub fn consent(&self) -> &str {
        self.case.consent.as_deref().unwrap_or("none")
    }
    /// The Fluent key of the consent state.
    pub fn consent_key(&self) -> &'static str {
        match self.consent() {
            "requested" => "esc-consent-requested",
            "given" => "esc-consent-given",
            "refused" => "esc-consent-refused",
            _ => "esc-consent-none",
        }
    }
    /// The Fluent key of an escalation's basis.
    pub fn basis_key(&self, basis: &str) -> &'static str {
        crate::escalation::pages::basis_key(basis)
    }
    pub fn status_key(&self, status: &str) -> &'static str {
        crate::escalation::pages::status_key(status)
    }
    pub fn when(&self, at: &chrono::DateTime<chrono::Utc>) -> String {
        crate::escalation::pages::when(at)
    }
    pub fn may_ask_consent(&self) -> bool {
        crate::domain::escalation::may_request(
            self.case.consent.as_deref().and_then(|c| c.parse().ok()),
        )
        .is_ok()
    }
}

fn parse_id(raw: &str) -> Result<Uuid, AppError> {
    Uuid::parse_str(raw).map_err(|_| AppError::NotFound)
}

/// `GET /staff/cases/{id}`
pub async fn detail(
    State(state): State<AppState>,
    lang: Lang,
    member: Member,
    Path(id): Path<String>,
) -> Response {
    let outcome =
        async { case_page(&state, lang, &member, parse_id(&id)?, Draft::default()).await }.await;
    match outcome {
        Ok(page) => crate::web::render(&page),
        Err(err) => error_page(lang, err, "/staff"),
    }
}

/// An escalation form sent back with an error: what was typed, and what is wrong.
#[derive(Debug, Default)]
pub struct Draft {
    pub error: Option<String>,
    pub authority_org_id: String,
    pub summary: String,
    pub legal_reason: String,
    pub attachment_ids: Vec<String>,
}

/// The case page, with an escalation draft to show again.
pub async fn case_page(
    state: &AppState,
    lang: Lang,
    member: &Member,
    id: Uuid,
    draft: Draft,
) -> Result<CasePage, AppError> {
    let state = state.clone();
    {
        let case = service::detail(&state, member, id).await?;
        let members = crate::store::orgs::members_of(state.db().conn(), member.org_id)
            .await?
            .into_iter()
            .filter(|m| !m.pending && !m.disabled && m.role != "authority")
            .collect();
        let escalations = crate::escalation::service::of_case(&state, member, id).await?;
        let owner = crate::store::cases::find(state.db().conn(), id)
            .await?
            .map(|c| c.owner_org_id)
            == Some(member.org_id);
        let authorities = if owner {
            crate::escalation::service::authorities(&state).await?
        } else {
            Vec::new()
        };
        Ok(CasePage {
            lang,
            chrome: Chrome::of(&state, member),
            case,
            members,
            escalations,
            authorities,
            owner,
            draft,
        })
    }
}

#[derive(Deserialize)]
pub struct TransitionForm {
    #[serde(default)]
    csrf: String,
    to: String,
    resolution: Option<String>,
    message: Option<String>,
    reason: Option<String>,
    duplicate_of: Option<String>,
}

fn back_to(id: &str) -> String {
    format!(
        "/staff/cases/{}",
        parse_id(id).map(|u| u.to_string()).unwrap_or_default()
    )
}

async fn after(lang: Lang, id: &str, outcome: Result<(), AppError>) -> Response {
    match outcome {
        Ok(()) => Redirect::to(&back_to(id)).into_response(),
        Err(err) => error_page(lang, err, &back_to(id)),
    }
}

/// `POST /staff/cases/{id}/transitions`
pub async fn transition(
    State(state): State<AppState>,
    lang: Lang,
    member: Member,
    Path(id): Path<String>,
    Form(form): Form<TransitionForm>,
) -> Response {
    let outcome = async {
        member.check_csrf(&state, &form.csrf)?;
        let input = TransitionInput {
            to: form.to,
            resolution: form.resolution.filter(|r| !r.is_empty()),
            message: form.message,
            reason: form.reason,
            duplicate_of: match form
                .duplicate_of
                .as_deref()
                .map(str::trim)
                .filter(|d| !d.is_empty())
            {
                Some(raw) => Some(
                    Uuid::parse_str(raw)
                        .map_err(|_| AppError::invalid("duplicate_of", "is not a case id"))?,
                ),
                None => None,
            },
        };
        service::transition(&state, &member, parse_id(&id)?, input)
            .await
            .map(|_| ())
    }
    .await;
    after(lang, &id, outcome).await
}

#[derive(Deserialize)]
pub struct BodyForm {
    #[serde(default)]
    csrf: String,
    body: Option<String>,
}

/// `POST /staff/cases/{id}/messages`
pub async fn message(
    State(state): State<AppState>,
    lang: Lang,
    member: Member,
    Path(id): Path<String>,
    Form(form): Form<BodyForm>,
) -> Response {
    let outcome = async {
        member.check_csrf(&state, &form.csrf)?;
        service::message(&state, &member, parse_id(&id)?, form.body.as_deref()).await
    }
    .await;
    after(lang, &id, outcome).await
}

/// `POST /staff/cases/{id}/notes`
pub async fn note(
    State(state): State<AppState>,
    lang: Lang,
    member: Member,
    Path(id): Path<String>,
    Form(form): Form<BodyForm>,
) -> Response {
    let outcome = async {
        member.check_csrf(&state, &form.csrf)?;
        service::note(&state, &member, parse_id(&id)?, form.body.as_deref()).await
    }
    .await;
    after(lang, &id, outcome).await
}

#[derive(Deserialize)]
pub struct AssignForm {
    #[serde(default)]
    csrf: String,
    user_id: Option<String>,
}

/// `POST /staff/cases/{id}/assignee`
pub async fn assign(
    State(state): State<AppState>,
    lang: Lang,
    member: Member,
    Path(id): Path<String>,
    Form(form): Form<AssignForm>,
) -> Response {
    let outcome = async {
        member.check_csrf(&state, &form.csrf)?;
        let user = match form.user_id.as_deref().filter(|u| !u.is_empty()) {
            Some(raw) => Some(
                Uuid::parse_str(raw)
                    .map_err(|_| AppError::invalid("user_id", "is not a valid id"))?,
            ),
            None => None,
        };
        service::assign(&state, &member, parse_id(&id)?, user)
            .await
            .map(|_| ())
    }
    .await;
    after(lang, &id, outcome).await
}

/// `GET /staff/cases/{id}/attachments/{attachment_id}`
pub async fn download(
    State(state): State<AppState>,
    lang: Lang,
    member: Member,
    Path((id, attachment_id)): Path<(String, String)>,
) -> Response {
    let outcome = async {
        let file =
            service::download(&state, &member, parse_id(&id)?, parse_id(&attachment_id)?).await?;
        let mut response = file.bytes.to_vec().into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            axum::http::HeaderValue::from_static("application/octet-stream"),
        );
        response.headers_mut().insert(
            header::CONTENT_DISPOSITION,
            super::api::disposition(&file.name),
        );
        Ok::<_, AppError>(response)
    }
    .await;
    outcome.unwrap_or_else(|err| error_page(lang, err, &back_to(&id)))
}
