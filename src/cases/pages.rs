//! Staff pages: the case page with every action as a plain form (CSRF-protected, no
//! JavaScript). The case list is `list`.

use std::collections::HashMap;

use askama::Template;
use axum::extract::Query;
use axum::response::Response;
use serde::Deserialize;
use uuid::Uuid;

use super::service::{self, CaseDetail};
use crate::domain::{CaseState, Priority, Resolution};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::chrome::{Chrome, error_page};
use crate::web::extract::{AttachmentId, CaseId, StaffPage};
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
    /// Whether the caller's organisation owns the case (a co-buyer only reads and adds notes).
    pub owner: bool,
    /// Other buyers of the supplier the case can be shared with.
    pub share_targets: Vec<crate::store::entities::organisations::Model>,
    /// Where the case can be transferred: other buyers of the supplier and coordinators.
    pub transfer_targets: Vec<crate::store::entities::organisations::Model>,
    /// Members named on the page (authors, the timeline's actors), as "e-mail (organisation)".
    pub people: HashMap<Uuid, String>,
    /// The escalation form as last sent, when it came back with an error.
    pub draft: Draft,
    /// Another form of the page as last sent, when it came back with an error.
    pub returned: Option<Returned>,
    /// The notice of the action just done, as a message key.
    pub done: Option<&'static str>,
}

/// A case form sent back with an error: which form, the error in the page's language, and
/// what was typed, to show again.
#[derive(Debug, Default)]
pub struct Returned {
    pub form: &'static str,
    pub error: String,
    pub values: HashMap<&'static str, String>,
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

    /// A member by name and organisation; one who has since left shows as a handler.
    pub fn person(&self, id: &Uuid) -> String {
        self.people
            .get(id)
            .cloned()
            .unwrap_or_else(|| self.lang.label("actor", "member"))
    }

    /// Who wrote a message: the reporter, the system, or the handler by name.
    pub fn message_author(&self, message: &super::service::StaffMessage) -> String {
        match &message.author_id {
            Some(id) => self.person(id),
            None => self.lang.label("author", &message.from),
        }
    }

    /// The error of `form`, when it is the one that came back.
    pub fn error_of(&self, form: &str) -> Option<&str> {
        self.returned
            .as_ref()
            .filter(|r| r.form == form)
            .map(|r| r.error.as_str())
    }

    /// What was typed into `field` of `form`, when it came back with an error.
    pub fn typed(&self, form: &str, field: &str) -> &str {
        self.returned
            .as_ref()
            .filter(|r| r.form == form)
            .and_then(|r| r.values.get(field))
            .map_or("", String::as_str)
    }

    /// Whether `value` was chosen in `field` of `form` when it came back.
    pub fn chose(&self, form: &str, field: &str, value: &str) -> bool {
        self.typed(form, field) == value
    }

    /// The Fluent key of a retaliation risk.
    pub fn risk_key(&self) -> &'static str {
        match self.case.retaliation_risk.as_deref() {
            Some("low") => "case-risk-low",
            Some("medium") => "case-risk-medium",
            Some("high") => "case-risk-high",
            _ => "case-risk-unknown",
        }
    }

    pub fn risks(&self) -> &'static [(&'static str, &'static str)] {
        &[
            ("low", "case-risk-low"),
            ("medium", "case-risk-medium"),
            ("high", "case-risk-high"),
        ]
    }

    pub fn priorities(&self) -> &'static [Priority] {
        Priority::ALL
    }

    /// Whether the priority was overridden from what the report's answers gave.
    pub fn overridden(&self) -> bool {
        self.case.summary.priority != self.case.assessed_priority
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
                .map_or_else(|| lang.label("actor", &e.actor), |id| self.person(&id));
            let mut what = lang.label("action", &e.action);
            if let (Some(from), Some(to)) = (&e.from, &e.to) {
                what = format!(
                    "{what}: {} → {}",
                    lang.label("state", from),
                    lang.label("state", to)
                );
            }
            let when = if e.actor == "member" || e.actor == "operator" {
                self.chrome.when(&e.at)
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
    /// Whether the case can be closed from its state now (the resolution is asked only then).
    pub fn may_close(&self) -> bool {
        self.states().contains(&CaseState::Closed)
    }
    pub fn resolutions(&self) -> &'static [Resolution] {
        Resolution::ALL
    }
    pub fn is_assignee(&self, id: &Uuid) -> bool {
        match self.returned.as_ref().filter(|r| r.form == "assign") {
            Some(r) => r.values.get("user_id").map(String::as_str) == Some(&id.to_string()),
            None => self.case.summary.assignee.as_ref() == Some(id),
        }
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
        self.chrome.when(at)
    }
    pub fn may_ask_consent(&self) -> bool {
        crate::domain::escalation::may_request(
            self.case.consent.as_deref().and_then(|c| c.parse().ok()),
        )
        .is_ok()
    }
}

/// `?done=` after a case form: which notice to show.
#[derive(Deserialize, Default)]
pub struct Done {
    done: Option<String>,
}

impl Done {
    /// The notice's message key; anything unknown shows nothing.
    fn key(&self) -> Option<&'static str> {
        Some(match self.done.as_deref()? {
            "state" => "case-done-state",
            "message" => "case-done-message",
            "note" => "case-done-note",
            "assign" => "case-done-assign",
            "priority" => "case-done-priority",
            "risk" => "case-done-risk",
            "deadline" => "case-done-deadline",
            "share" => "case-done-share",
            "unshare" => "case-done-unshare",
            "escalated" => "case-done-escalated",
            "consent" => "case-done-consent",
            _ => return None,
        })
    }
}

/// `GET /staff/cases/{id}`
pub async fn detail(
    page: StaffPage,
    CaseId(id): CaseId,
    done: Result<Query<Done>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let done = done.map(|Query(d)| d).unwrap_or_default();
    match case_page(&page.state, page.lang, &page.member, id, Draft::default()).await {
        Ok(mut case) => {
            case.done = done.key();
            crate::web::render(&case)
        }
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
    let case = service::detail(state, member, id).await?;
    let db = state.db().conn();
    let members = crate::store::orgs::members_of(db, member.org_id)
        .await?
        .into_iter()
        .filter(crate::access::assignable)
        .collect();
    let escalations = crate::escalation::service::of_case(state, member, id).await?;
    let row = crate::store::cases::find(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let owner = row.owner_org_id == member.org_id;
    let (authorities, share_targets, transfer_targets) = if owner {
        (
            crate::escalation::service::authorities(state).await?,
            super::transfer::share_targets(state, &row).await?,
            super::transfer::transfer_targets(state, &row).await?,
        )
    } else {
        (Vec::new(), Vec::new(), Vec::new())
    };
    let named = case
        .notes
        .iter()
        .map(|n| n.author)
        .chain(case.messages.iter().filter_map(|m| m.author_id))
        .chain(case.timeline.iter().filter_map(|e| e.actor_id));
    let people = people(state, named).await?;
    Ok(CasePage {
        lang,
        chrome: Chrome::of(state, member),
        case,
        members,
        escalations,
        authorities,
        owner,
        share_targets,
        transfer_targets,
        people,
        draft,
        returned: None,
        done: None,
    })
}

/// The members named on a case page, as "e-mail (organisation)": the handlers of the few
/// organisations that ever held the case, looked up once each.
async fn people(
    state: &AppState,
    ids: impl Iterator<Item = Uuid>,
) -> Result<HashMap<Uuid, String>, AppError> {
    let db = state.db().conn();
    let mut people = HashMap::new();
    let mut orgs: HashMap<Uuid, String> = HashMap::new();
    for id in ids {
        if people.contains_key(&id) {
            continue;
        }
        let Some(m) = crate::store::orgs::member(db, id).await? else {
            continue;
        };
        if let std::collections::hash_map::Entry::Vacant(slot) = orgs.entry(m.org_id) {
            let name = crate::store::orgs::find_org(db, m.org_id)
                .await?
                .map(|o| o.name)
                .unwrap_or_default();
            slot.insert(name);
        }
        people.insert(id, format!("{} ({})", m.email, orgs[&m.org_id]));
    }
    Ok(people)
}

/// The case page's address.
pub fn case_url(id: Uuid) -> String {
    format!("/staff/cases/{id}")
}

/// `GET /staff/cases/{id}/attachments/{attachment_id}`
pub async fn download(
    page: StaffPage,
    CaseId(id): CaseId,
    AttachmentId(attachment_id): AttachmentId,
) -> Response {
    match service::download(&page.state, &page.member, id, attachment_id).await {
        Ok(file) => crate::web::download::streamed_attachment(file, "application/octet-stream"),
        Err(err) => error_page(page.lang, err, &case_url(id)),
    }
}
