//! Escalation to an authority: the reporter's consent, the legal basis for sending, and the
//! status an authority answers with.
//!
//! The reporter is asked through the thread and answers yes or no on their status page.
//! Escalating without their yes needs a recorded legal reason (a duty to report, a danger to
//! life); the basis is written into the package and the audit chain.

use super::code_enum;

/// Where the question "may we pass this to the authorities?" stands on a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Consent {
    Requested,
    Given,
    Refused,
}

code_enum!(Consent, "consent", {
    Requested => "requested",
    Given => "given",
    Refused => "refused",
});

/// Why an escalation was allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// The reporter said yes.
    Reporter,
    /// A handler recorded a legal reason for escalating without the reporter's yes.
    LegalReason,
}

code_enum!(Basis, "basis", {
    Reporter => "reporter",
    LegalReason => "legal_reason",
});

/// An authority's answer to an escalation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResponseStatus {
    Received,
    UnderReview,
    ActionTaken,
    Closed,
}

code_enum!(ResponseStatus, "status", {
    Received => "received",
    UnderReview => "under_review",
    ActionTaken => "action_taken",
    Closed => "closed",
});

/// An escalation refused for want of consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "the reporter has not agreed to escalation: ask them through the case, or record the legal reason for escalating without their consent"
)]
pub struct ConsentRequired;

/// The basis an escalation rests on: the reporter's yes, else a legal reason, else none.
pub fn basis(consent: Option<Consent>, has_legal_reason: bool) -> Result<Basis, ConsentRequired> {
    match (consent, has_legal_reason) {
        (Some(Consent::Given), _) => Ok(Basis::Reporter),
        (_, true) => Ok(Basis::LegalReason),
        _ => Err(ConsentRequired),
    }
}

/// Why consent cannot be asked for now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RequestRefused {
    #[error("the reporter has already been asked and has not answered yet")]
    Pending,
    #[error("the reporter has already agreed")]
    AlreadyGiven,
}

/// Whether a handler may ask the reporter for consent. After a no they may ask again, as
/// circumstances change; while a question is open or after a yes there is nothing to ask.
pub fn may_request(consent: Option<Consent>) -> Result<(), RequestRefused> {
    match consent {
        Some(Consent::Requested) => Err(RequestRefused::Pending),
        Some(Consent::Given) => Err(RequestRefused::AlreadyGiven),
        None | Some(Consent::Refused) => Ok(()),
    }
}

/// The reporter's answer is taken only once they have been asked; they may change it later.
pub fn may_answer(consent: Option<Consent>) -> bool {
    consent.is_some()
}

/// An authority may answer until it closes the escalation.
pub fn may_respond(current: Option<ResponseStatus>) -> bool {
    current != Some(ResponseStatus::Closed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_yes_or_a_legal_reason_allows_escalation() {
        assert_eq!(basis(Some(Consent::Given), false), Ok(Basis::Reporter));
        assert_eq!(basis(Some(Consent::Given), true), Ok(Basis::Reporter));
        for consent in [None, Some(Consent::Requested), Some(Consent::Refused)] {
            assert_eq!(basis(consent, false), Err(ConsentRequired));
            assert_eq!(basis(consent, true), Ok(Basis::LegalReason));
        }
    }

    #[test]
    fn consent_is_asked_again_only_after_a_no() {
        assert_eq!(may_request(None), Ok(()));
        assert_eq!(may_request(Some(Consent::Refused)), Ok(()));
        assert_eq!(
            may_request(Some(Consent::Requested)),
            Err(RequestRefused::Pending)
        );
        assert_eq!(
            may_request(Some(Consent::Given)),
            Err(RequestRefused::AlreadyGiven)
        );
        assert!(!may_answer(None));
        assert!(may_answer(Some(Consent::Given)));
    }

    #[test]
    fn a_closed_escalation_takes_no_more_answers() {
        assert!(may_respond(None));
        for status in ResponseStatus::ALL {
            assert_eq!(
                may_respond(Some(*status)),
                *status != ResponseStatus::Closed
            );
        }
        assert_eq!(
            "under_review".parse::<ResponseStatus>(),
            Ok(ResponseStatus::UnderReview)
        );
        assert!("opened".parse::<ResponseStatus>().is_err());
    }
}
