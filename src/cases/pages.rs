//! Staff pages: the case page with every action as a plain form (CSRF-protected, no
//! JavaScript). The case list is `list`.

use askama::Template;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

use super::service::{self, CaseDetail, TransitionInput};
use crate::domain::{CaseState, Resolution};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::chrome::{Chrome, error_page};
use crate::web::extract::{AttachmentId, CaseId, CsrfForm, StaffPage};
use crate::web::i18n::Lang;
use crate::web::session::Member;

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

/// One line of the case page's timeline, in words.
pub struct TimelineLine {
    pub when: String,
    pub who: String,
    pub what: String,
}

impl CasePage {
    /// The case's country by name.
    pub fn country_name(&self) -> String {
        let code = &self.case.summary.country;
        self.lang.t(&format!("country-{code}"))
    }

    /// The timeline as sentences: who, what, from which state to which. A member's reads of
    /// one day are one line. Reporter entries carry only their day, as they are stored.
    pub fn timeline(&self) -> Vec<TimelineLine> {
        let lang = self.lang;
        let mut lines: Vec<(TimelineLine, u32)> = Vec::new();
        let mut last_read: Option<(Option<uuid::Uuid>, chrono::NaiveDate, usize)> = None;
        for e in &self.case.timeline {
            let day = e.at.date_naive();
            if e.action == "case.read" {
                if let Some((actor, read_day, at)) = last_read
                    && actor == e.actor_id
                    && read_day == day
                {
                    lines[at].1 += 1;
                    continue;
                }
                last_read = Some((e.actor_id, day, lines.len()));
            }
            let who = e
                .actor_id
                .and_then(|id| self.members.iter().find(|m| m.id == id))
                .map_or_else(|| lang.label("actor", &e.actor), |m| m.email.clone());
            let mut what = lang.label("action", &e.action);
            if let (Some(from), Some(to)) = (&e.from, &e.to) {
                what = format!(
                    "{what}: {} → {}",
                    lang.label("state", from),
                    lang.label("state", to)
                );
            }
            let when = if e.actor == "member" || e.actor == "operator" {
                crate::escalation::pages::when(&e.at)
            } else {
                day.to_string()
            };
            lines.push((TimelineLine { when, who, what }, 1));
        }
        lines
            .into_iter()
            .map(|(mut line, count)| {
                if count > 1 {
                    line.what = format!("{} (×{count})", line.what);
                }
                line
            })
            .collect()
    }

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

/// `GET /staff/cases/{id}`
pub async fn detail(page: StaffPage, CaseId(id): CaseId) -> Response {
    match case_page(&page.state, page.lang, &page.member, id, Draft::default()).await {
        Ok(page) => crate::web::render(&page),
        Err(err) => error_page(page.lang, err, "/staff"),
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
            .filter(crate::access::assignable)
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
    to: String,
    resolution: Option<String>,
    message: Option<String>,
    reason: Option<String>,
    duplicate_of: Option<String>,
}

/// The case page's address.
pub fn case_url(id: Uuid) -> String {
    format!("/staff/cases/{id}")
}

/// After a case form: back to the case page, or the error as a page with a way back to it.
fn after<T>(lang: Lang, id: Uuid, outcome: Result<T, AppError>) -> Response {
    match outcome {
        Ok(_) => Redirect::to(&case_url(id)).into_response(),
        Err(err) => error_page(lang, err, &case_url(id)),
    }
}

/// An optional id typed into a form: empty is none, anything else must parse.
fn optional_id(field: &'static str, raw: Option<&str>) -> Result<Option<Uuid>, AppError> {
    match raw.map(str::trim).filter(|r| !r.is_empty()) {
        Some(raw) => Uuid::parse_str(raw)
            .map(Some)
            .map_err(|_| AppError::invalid(field, "is not a valid id")),
        None => Ok(None),
    }
}

/// `POST /staff/cases/{id}/transitions`
pub async fn transition(
    page: StaffPage,
    CaseId(id): CaseId,
    CsrfForm(form): CsrfForm<TransitionForm>,
) -> Response {
    let outcome = async {
        let input = TransitionInput {
            to: form.to,
            resolution: form.resolution.filter(|r| !r.is_empty()),
            message: form.message,
            reason: form.reason,
            duplicate_of: optional_id("duplicate_of", form.duplicate_of.as_deref())?,
        };
        service::transition(&page.state, &page.member, id, input).await
    }
    .await;
    after(page.lang, id, outcome)
}

#[derive(Deserialize)]
pub struct BodyForm {
    body: Option<String>,
}

/// `POST /staff/cases/{id}/messages`
pub async fn message(
    page: StaffPage,
    CaseId(id): CaseId,
    CsrfForm(form): CsrfForm<BodyForm>,
) -> Response {
    let outcome = service::message(&page.state, &page.member, id, form.body.as_deref()).await;
    after(page.lang, id, outcome)
}

/// `POST /staff/cases/{id}/notes`
pub async fn note(
    page: StaffPage,
    CaseId(id): CaseId,
    CsrfForm(form): CsrfForm<BodyForm>,
) -> Response {
    let outcome = service::note(&page.state, &page.member, id, form.body.as_deref()).await;
    after(page.lang, id, outcome)
}

#[derive(Deserialize)]
pub struct AssignForm {
    user_id: Option<String>,
}

/// `POST /staff/cases/{id}/assignee`
pub async fn assign(
    page: StaffPage,
    CaseId(id): CaseId,
    CsrfForm(form): CsrfForm<AssignForm>,
) -> Response {
    let outcome = async {
        let user = optional_id("user_id", form.user_id.as_deref())?;
        service::assign(&page.state, &page.member, id, user).await
    }
    .await;
    after(page.lang, id, outcome)
}

/// `GET /staff/cases/{id}/attachments/{attachment_id}`
pub async fn download(
    page: StaffPage,
    CaseId(id): CaseId,
    AttachmentId(attachment_id): AttachmentId,
) -> Response {
    match service::download(&page.state, &page.member, id, attachment_id).await {
        Ok(file) => crate::web::download::attachment(file, "application/octet-stream"),
        Err(err) => error_page(page.lang, err, &case_url(id)),
    }
}
