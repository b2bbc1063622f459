//! E-mail notifications to staff: a notice is queued in the `outbox` table inside the
//! transaction of the action that causes it, and a worker mails it later.
//!
//! Invariant: a notification e-mail carries no report content, ever. It holds a kind, a link to
//! the case built from the case's random id, and fixed English text — no narrative, no
//! supplier, no country, no indicator, no staff reference number, and never anything of the
//! reporter's. Everything else is behind the sign-in the link leads to. The outbox row holds
//! the same and nothing more, and it keeps times a reporter's action could be read from at day
//! precision (see [`outbox`]).
//!
//! The text is fixed so that a mailbox, a relay or a mail archive that leaks learns only that
//! *something* happened in an organisation, which the recipient's address already implies.
//!
//! One kind of e-mail carries a secret: the single-use link with which an invited member, or
//! one whose password an admin reset, chooses a password ([`LinkPurpose`]). Its outbox row holds
//! the purpose and the member, like any notice. The link's token is drawn only when the e-mail
//! is sent, and only its hash is stored (on the member's link row), so neither the outbox nor
//! the database ever holds a working link; a notice sent again draws a new token, and only the
//! newest e-mail's link works.

pub mod alerts;
pub mod outbox;
pub mod reminders;
pub mod worker;

use std::fmt;
use std::str::FromStr;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::{Deserialize, Serialize};
use url::Url;

use crate::domain::accounts::{LINK_VALID_DAYS, LinkPurpose};
use crate::locales::Language;
use uuid::Uuid;

pub use outbox::{enqueue, enqueue_for_authority, enqueue_for_link, enqueue_for_org_handlers};
pub use worker::{Mailer, MailerError, run_once, spawn};

/// What a notice is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NoticeKind {
    /// A report was routed to the organisation.
    NewReport,
    /// A reporter added a message to a case.
    ReporterReply,
    /// A case's acknowledgement deadline is near.
    AcknowledgementDue,
    /// A case's feedback deadline is near.
    FeedbackDue,
    /// Another organisation shared a case with this one.
    CaseShared,
    /// A case was escalated to this authority.
    Escalated,
    /// An authority answered an escalation from this organisation.
    EscalationAnswered,
    /// A reporter answered the question about escalation.
    ConsentAnswered,
    /// Once a day: how many of the organisation's cases are past a deadline or near one.
    DeadlineDigest,
    /// The day after: how many reports no organisation could receive.
    RefusedReports,
}

impl NoticeKind {
    /// Every kind, in declaration order.
    pub const ALL: &'static [NoticeKind] = &[
        Self::NewReport,
        Self::ReporterReply,
        Self::AcknowledgementDue,
        Self::FeedbackDue,
        Self::CaseShared,
        Self::Escalated,
        Self::EscalationAnswered,
        Self::ConsentAnswered,
        Self::DeadlineDigest,
        Self::RefusedReports,
    ];

    /// The stable code stored in the outbox.
    pub fn as_code(self) -> &'static str {
        match self {
            Self::NewReport => "new_report",
            Self::ReporterReply => "reporter_reply",
            Self::AcknowledgementDue => "acknowledgement_due",
            Self::FeedbackDue => "feedback_due",
            Self::CaseShared => "case_shared",
            Self::Escalated => "escalated",
            Self::EscalationAnswered => "escalation_answered",
            Self::ConsentAnswered => "consent_answered",
            Self::DeadlineDigest => "deadline_digest",
            Self::RefusedReports => "refused_reports",
        }
    }

    /// What the recipient is asked to do: `read`, `acknowledge`, `feedback`, `deadlines` or
    /// `directory`, naming the sign-in sentences of `notify.ftl` and `settings.ftl`.
    pub fn action(self) -> &'static str {
        match self {
            Self::NewReport
            | Self::ReporterReply
            | Self::CaseShared
            | Self::Escalated
            | Self::EscalationAnswered
            | Self::ConsentAnswered => "read",
            Self::AcknowledgementDue => "acknowledge",
            Self::FeedbackDue => "feedback",
            Self::DeadlineDigest => "deadlines",
            Self::RefusedReports => "directory",
        }
    }
}

impl fmt::Display for NoticeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_code())
    }
}

/// A stored kind this version does not know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown notice kind")]
pub struct UnknownNoticeKind;

impl FromStr for NoticeKind {
    type Err = UnknownNoticeKind;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .copied()
            .find(|kind| kind.as_code() == s.trim())
            .ok_or(UnknownNoticeKind)
    }
}

/// What an outbox row's `payload` holds: counts for the notices that carry them, and where a
/// notice goes that is not for a member. Numbers and days only, never anything of a report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payload {
    /// Cases past a deadline (a digest).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overdue: Option<u64>,
    /// Cases whose deadline is within [`reminders::WINDOW_DAYS`] days (a digest).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_soon: Option<u64>,
    /// Reports refused because nobody could receive them, and the days they fell on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refused: Option<Refused>,
    /// For a notice with no member: who it goes to, looked up when it is sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Addressee>,
}

/// How many reports were refused, from which day to which (UTC days, both included).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refused {
    pub count: u64,
    pub from: chrono::NaiveDate,
    pub to: chrono::NaiveDate,
}

/// Who a notice without a member goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Addressee {
    /// `KEDJA_OPERATOR_EMAIL`.
    Operator,
    /// An organisation's alert address.
    Organisation(Uuid),
}

impl Payload {
    /// Reads a stored payload; one this version cannot read is empty (the text then says 0).
    pub fn parse(stored: &str) -> Self {
        serde_json::from_str(stored).unwrap_or_default()
    }

    /// As stored.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_string())
    }

    /// The Fluent variables of a notice's opening. Every notice gets all of them, 0 where it
    /// has none, so no message can miss one.
    fn args(&self) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        args.set("overdue", FluentValue::from(self.overdue.unwrap_or(0)));
        args.set("soon", FluentValue::from(self.due_soon.unwrap_or(0)));
        let refused = self.refused;
        args.set("count", FluentValue::from(refused.map_or(0, |r| r.count)));
        let days = refused.map_or(1, |r| (r.to - r.from).num_days().saturating_add(1));
        args.set("days", FluentValue::from(days));
        let (from, to) = refused.map_or((String::new(), String::new()), |r| {
            (r.from.to_string(), r.to.to_string())
        });
        args.set("from", FluentValue::from(from));
        args.set("to", FluentValue::from(to));
        args
    }
}

/// A rendered e-mail: fixed text in the recipient's language plus, when the public address is
/// known, a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub subject: String,
    pub body: String,
}

impl Notice {
    /// Renders `kind` in `language` (English for a message it lacks). The only variable part
    /// is the link, made of the configured public address and the case's random id; without a
    /// public address there is no link.
    pub fn render(
        kind: NoticeKind,
        case_id: Option<Uuid>,
        public_url: Option<&Url>,
        language: &Language,
        english: &Language,
    ) -> Self {
        Self::render_with(
            kind,
            case_id,
            &Payload::default(),
            public_url,
            language,
            english,
        )
    }

    /// Renders `kind` with the counts of its payload (a digest's, a refusal alert's).
    pub fn render_with(
        kind: NoticeKind,
        case_id: Option<Uuid>,
        payload: &Payload,
        public_url: Option<&Url>,
        language: &Language,
        english: &Language,
    ) -> Self {
        let args = payload.args();
        let text = |key: &str| {
            language
                .text(key, Some(&args))
                .or_else(|| english.text(key, Some(&args)))
                .unwrap_or_else(|| key.to_string())
        };
        let code = kind.as_code();
        let action = kind.action();
        let sign_in = match public_url {
            // On a line of its own, the link is easy to pick out and to check before clicking.
            Some(base) => format!(
                "{}\n{}",
                text(&format!("notice-sign-in-{action}")),
                staff_link(base, case_id)
            ),
            None => text(&format!("notice-sign-in-kedja-{action}")),
        };
        Self {
            subject: text(&format!("notice-{code}-subject")),
            body: format!(
                "{}\n\n{sign_in}\n\n{}\n",
                text(&format!("notice-{code}-opening")),
                text("notice-footer")
            ),
        }
    }
}

impl Notice {
    /// Renders the e-mail carrying a member's single-use link to choose a password, in
    /// `language` (English for a message it lacks): fixed text and the link, nothing else.
    pub fn render_link(
        purpose: LinkPurpose,
        link: &str,
        language: &Language,
        english: &Language,
    ) -> Self {
        let text = |key: &str, days: Option<i64>| {
            let args = days.map(|days| {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("days", days);
                args
            });
            language
                .text(key, args.as_ref())
                .or_else(|| english.text(key, args.as_ref()))
                .unwrap_or_else(|| key.to_string())
        };
        let (subject, opening) = match purpose {
            LinkPurpose::Invitation => ("notice-invitation-subject", "notice-invitation-opening"),
            LinkPurpose::PasswordReset => (
                "notice-password-reset-subject",
                "notice-password-reset-opening",
            ),
        };
        Self {
            subject: text(subject, None),
            body: format!(
                "{}\n{link}\n\n{}\n\n{}\n",
                text(opening, Some(LINK_VALID_DAYS)),
                text("notice-link-next", None),
                text("notice-link-unexpected", None)
            ),
        }
    }
}

/// The public address without its query and fragment, and without a trailing slash.
fn root(base: &Url) -> String {
    let mut base = base.clone();
    base.set_query(None);
    base.set_fragment(None);
    base.as_str().trim_end_matches('/').to_string()
}

/// `{public_url}/staff/cases/{id}`, or `{public_url}/staff` for a notice without a case. The
/// public address's query and fragment, if any, are dropped.
fn staff_link(base: &Url, case_id: Option<Uuid>) -> String {
    let root = root(base);
    match case_id {
        Some(id) => format!("{root}/staff/cases/{id}"),
        None => format!("{root}/staff"),
    }
}

/// `{public_url}/staff/invite/{token}`: the page where a member chooses a password.
pub fn member_link(base: &Url, token: &str) -> String {
    format!("{}/staff/invite/{token}", root(base))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> &'static Language {
        crate::locales::Locales::embedded().reference()
    }

    #[test]
    fn a_notice_is_in_the_members_language() {
        let locales = crate::locales::Locales::embedded();
        let swedish = locales.find("sv").unwrap();
        let notice = Notice::render(NoticeKind::NewReport, None, None, swedish, en());
        assert!(
            !notice.subject.contains("a new report"),
            "{}",
            notice.subject
        );
        assert!(notice.body.contains("kedja"), "{}", notice.body);
        for kind in NoticeKind::ALL {
            for language in locales.all() {
                let notice = Notice::render(*kind, None, None, language, en());
                assert!(
                    !notice.subject.starts_with("notice-"),
                    "{}: {kind}",
                    language.code
                );
                assert!(
                    !notice.body.contains("notice-"),
                    "{}: {kind}",
                    language.code
                );
            }
        }
    }

    #[test]
    fn codes_round_trip() {
        for kind in NoticeKind::ALL {
            assert_eq!(kind.as_code().parse::<NoticeKind>(), Ok(*kind));
        }
        assert_eq!("nope".parse::<NoticeKind>(), Err(UnknownNoticeKind));
    }

    #[test]
    fn a_notice_links_to_the_case_by_its_random_id() {
        let url = Url::parse("https://report.example.org/").unwrap();
        let id = Uuid::new_v4();
        let notice = Notice::render(NoticeKind::NewReport, Some(id), Some(&url), en(), en());
        assert_eq!(notice.subject, "kedja: a new report needs triage");
        assert!(notice.body.starts_with(
            "A new report was routed to your organisation.\n\nSign in to read it:\n\
             https://report.example.org/staff/cases/"
        ));
        assert!(notice.body.contains(&format!("/staff/cases/{id}\n")));
    }

    #[test]
    fn a_public_address_below_a_path_keeps_its_path() {
        let url = Url::parse("https://example.org/kedja?x=1#top").unwrap();
        let id = Uuid::nil();
        let notice = Notice::render(NoticeKind::FeedbackDue, Some(id), Some(&url), en(), en());
        assert!(
            notice.body.contains(&format!(
                "give feedback:\nhttps://example.org/kedja/staff/cases/{id}\n"
            )),
            "{}",
            notice.body
        );
        let notice = Notice::render(NoticeKind::CaseShared, None, Some(&url), en(), en());
        assert!(notice.body.contains("https://example.org/kedja/staff\n"));
    }

    #[test]
    fn without_a_public_address_there_is_no_link() {
        for kind in NoticeKind::ALL {
            let notice = Notice::render(*kind, Some(Uuid::new_v4()), None, en(), en());
            assert!(!notice.body.contains("://"), "{}", notice.body);
            assert!(!notice.body.contains("staff/cases"), "{}", notice.body);
            assert!(notice.body.contains("Sign in to kedja to "));
        }
    }

    #[test]
    fn a_link_e_mail_holds_the_link_and_fixed_text_only() {
        let url = Url::parse("https://example.org/kedja/").unwrap();
        let link = member_link(&url, "TOKEN");
        assert_eq!(link, "https://example.org/kedja/staff/invite/TOKEN");
        let invitation = Notice::render_link(LinkPurpose::Invitation, &link, en(), en());
        let reset = Notice::render_link(LinkPurpose::PasswordReset, &link, en(), en());
        assert_ne!(invitation.subject, reset.subject);
        for notice in [invitation, reset] {
            assert!(
                notice.body.contains(&format!("\n{link}\n")),
                "{}",
                notice.body
            );
            assert!(!notice.body.contains("notice-"), "{}", notice.body);
            assert!(
                notice.body.contains('7'),
                "the link's lifetime: {}",
                notice.body
            );
        }
    }

    #[test]
    fn every_kind_has_its_own_fixed_text() {
        let url = Url::parse("https://r.example").unwrap();
        let bodies: std::collections::HashSet<_> = NoticeKind::ALL
            .iter()
            .map(|k| Notice::render(*k, None, Some(&url), en(), en()))
            .collect::<Vec<_>>()
            .into_iter()
            .map(|n| (n.subject, n.body))
            .collect();
        assert_eq!(bodies.len(), NoticeKind::ALL.len());
    }
}
