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

pub mod outbox;
pub mod reminders;
pub mod worker;

use std::fmt;
use std::str::FromStr;

use url::Url;
use uuid::Uuid;

pub use outbox::{enqueue, enqueue_for_authority, enqueue_for_org_handlers};
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
        }
    }

    fn subject(self) -> &'static str {
        match self {
            Self::NewReport => "kedja: a new report needs triage",
            Self::ReporterReply => "kedja: a reporter sent a message",
            Self::AcknowledgementDue => "kedja: a report is waiting for acknowledgement",
            Self::FeedbackDue => "kedja: feedback to a reporter is due",
            Self::CaseShared => "kedja: a case was shared with your organisation",
            Self::Escalated => "kedja: a case was escalated to your organisation",
            Self::EscalationAnswered => "kedja: an authority answered an escalation",
            Self::ConsentAnswered => "kedja: a reporter answered about escalation",
        }
    }

    fn opening(self) -> &'static str {
        match self {
            Self::NewReport => "A new report was routed to your organisation.",
            Self::ReporterReply => {
                "A reporter added a message to a case your organisation handles."
            }
            Self::AcknowledgementDue => {
                "A case your organisation handles is near its acknowledgement deadline."
            }
            Self::FeedbackDue => "A case your organisation handles is near its feedback deadline.",
            Self::CaseShared => "Another organisation shared a case with yours.",
            Self::Escalated => "A buying organisation escalated a case to yours.",
            Self::EscalationAnswered => {
                "An authority answered an escalation from your organisation."
            }
            Self::ConsentAnswered => {
                "A reporter answered whether their case may go to the authorities."
            }
        }
    }

    fn call_to_action(self) -> &'static str {
        match self {
            Self::NewReport
            | Self::ReporterReply
            | Self::CaseShared
            | Self::Escalated
            | Self::EscalationAnswered
            | Self::ConsentAnswered => "read it",
            Self::AcknowledgementDue => "acknowledge it",
            Self::FeedbackDue => "give feedback",
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

/// A rendered e-mail: fixed text plus, when the public address is known, a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub subject: &'static str,
    pub body: String,
}

/// The closing line of every notice, so recipients know the silence is deliberate.
const FOOTER: &str = "For the safety of the people who report, this e-mail never says\n\
                      anything about the report itself.";

impl Notice {
    /// Renders `kind`. The only variable part is the link, made of the configured public
    /// address and the case's random id; without a public address there is no link.
    pub fn render(kind: NoticeKind, case_id: Option<Uuid>, public_url: Option<&Url>) -> Self {
        let action = kind.call_to_action();
        let sign_in = match public_url {
            // On a line of its own, the link is easy to pick out and to check before clicking.
            Some(base) => format!("Sign in to {action}:\n{}", staff_link(base, case_id)),
            None => format!("Sign in to kedja to {action}."),
        };
        Self {
            subject: kind.subject(),
            body: format!("{}\n\n{sign_in}\n\n{FOOTER}\n", kind.opening()),
        }
    }
}

/// `{public_url}/staff/cases/{id}`, or `{public_url}/staff` for a notice without a case. The
/// public address's query and fragment, if any, are dropped.
fn staff_link(base: &Url, case_id: Option<Uuid>) -> String {
    let mut base = base.clone();
    base.set_query(None);
    base.set_fragment(None);
    let root = base.as_str().trim_end_matches('/');
    match case_id {
        Some(id) => format!("{root}/staff/cases/{id}"),
        None => format!("{root}/staff"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let notice = Notice::render(NoticeKind::NewReport, Some(id), Some(&url));
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
        let notice = Notice::render(NoticeKind::FeedbackDue, Some(id), Some(&url));
        assert!(
            notice.body.contains(&format!(
                "give feedback:\nhttps://example.org/kedja/staff/cases/{id}\n"
            )),
            "{}",
            notice.body
        );
        let notice = Notice::render(NoticeKind::CaseShared, None, Some(&url));
        assert!(notice.body.contains("https://example.org/kedja/staff\n"));
    }

    #[test]
    fn without_a_public_address_there_is_no_link() {
        for kind in NoticeKind::ALL {
            let notice = Notice::render(*kind, Some(Uuid::new_v4()), None);
            assert!(!notice.body.contains("://"), "{}", notice.body);
            assert!(!notice.body.contains("staff/cases"), "{}", notice.body);
            assert!(notice.body.contains("Sign in to kedja to "));
        }
    }

    #[test]
    fn every_kind_has_its_own_fixed_text() {
        let url = Url::parse("https://r.example").unwrap();
        let bodies: std::collections::HashSet<_> = NoticeKind::ALL
            .iter()
            .map(|k| Notice::render(*k, None, Some(&url)))
            .collect::<Vec<_>>()
            .into_iter()
            .map(|n| (n.subject, n.body))
            .collect();
        assert_eq!(bodies.len(), NoticeKind::ALL.len());
    }
}
