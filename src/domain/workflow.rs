//! The case workflow: typed states, typed resolutions, and the transitions between them.
//!
//! ```text
//! received → acknowledged → assessing → investigating → remediation → closed
//!                 └──────────┴─────────────┴──────────────┴──→ awaiting_reporter (pause)
//! ```
//!
//! `closed` always carries a resolution and is final. A case still `received` may only be
//! closed as a duplicate, out of scope or withdrawn: a finding needs an acknowledged case.
//! Illegal transitions are errors, never silent no-ops.

use super::code_enum;

/// Where a case is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CaseState {
    /// Submitted; nobody has acknowledged it yet (the acknowledgement deadline runs).
    Received,
    /// A handler has confirmed receipt to the reporter (the feedback deadline runs).
    Acknowledged,
    /// Paused on a question to the reporter.
    AwaitingReporter,
    /// Being assessed: is it in scope, is it credible, what is the risk of retaliation?
    Assessing,
    /// Being investigated with the supplier, other buyers or an authority.
    Investigating,
    /// A remediation plan is being carried out.
    Remediation,
    /// Finished, with a resolution. Final.
    Closed,
}

code_enum!(CaseState, "state", {
    Received => "received",
    Acknowledged => "acknowledged",
    AwaitingReporter => "awaiting_reporter",
    Assessing => "assessing",
    Investigating => "investigating",
    Remediation => "remediation",
    Closed => "closed",
});

/// How a closed case ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Resolution {
    /// The report was confirmed.
    Substantiated,
    /// Part of the report was confirmed.
    PartlySubstantiated,
    /// The report could not be confirmed.
    Unsubstantiated,
    /// Another case covers the same facts.
    Duplicate,
    /// Not about forced labour or not about a supplier of this organisation.
    OutOfScope,
    /// The reporter withdrew it.
    Withdrawn,
}

code_enum!(Resolution, "resolution", {
    Substantiated => "substantiated",
    PartlySubstantiated => "partly_substantiated",
    Unsubstantiated => "unsubstantiated",
    Duplicate => "duplicate",
    OutOfScope => "out_of_scope",
    Withdrawn => "withdrawn",
});

impl Resolution {
    /// Whether this resolution is a finding about the facts. A finding needs an acknowledged
    /// case; the others (duplicate, out of scope, withdrawn) can close a case straight away.
    pub fn is_finding(self) -> bool {
        matches!(
            self,
            Self::Substantiated | Self::PartlySubstantiated | Self::Unsubstantiated
        )
    }
}

/// Why a transition was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// The workflow has no step between the two states (this includes leaving `closed`).
    #[error("the workflow has no such step")]
    NotAllowed,
    /// Closing without saying how the case ended.
    #[error("closing a case needs a resolution")]
    ResolutionRequired,
    /// A resolution given for a state other than `closed`.
    #[error("only closing takes a resolution")]
    ResolutionNotExpected,
    /// A finding on a case that was never acknowledged.
    #[error(
        "a case that was never acknowledged can only be closed as duplicate, out_of_scope or withdrawn"
    )]
    NeedsAcknowledgement,
}

/// A transition the workflow does not allow: from where, to where, and why not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a case cannot go from {from} to {to}: {refusal}")]
pub struct IllegalTransition {
    /// The state the case is in (and stays in).
    pub from: CaseState,
    /// The state that was asked for.
    pub to: CaseState,
    /// Why the step was refused.
    pub refusal: Refusal,
}

impl CaseState {
    /// Whether the case is still being handled (everything but `closed`).
    pub fn is_open(self) -> bool {
        self != Self::Closed
    }

    /// Whether entering this state sends the reporter a message: acknowledging and closing
    /// (EU Directive 2019/1937 art. 9 requires both to reach the reporter).
    pub fn notifies_reporter(self) -> bool {
        matches!(self, Self::Acknowledged | Self::Closed)
    }

    /// The edges of the workflow, ignoring resolutions.
    fn edge_allowed(self, to: CaseState) -> bool {
        use CaseState::*;
        match (self, to) {
            (Closed, _) => false,
            (_, Closed) => true,
            (Received, Acknowledged) => true,
            (Acknowledged, Assessing) => true,
            (Assessing, Investigating) => true,
            (Investigating, Remediation) => true,
            (Acknowledged | Assessing | Investigating | Remediation, AwaitingReporter) => true,
            // The pause does not remember where it came from (the state is one column), so it
            // may resume at any working stage; handlers pick the right one.
            (AwaitingReporter, Assessing | Investigating | Remediation) => true,
            _ => false,
        }
    }

    /// Moves the case to `to`, with a resolution exactly when closing.
    pub fn transition(
        self,
        to: CaseState,
        resolution: Option<Resolution>,
    ) -> Result<CaseState, IllegalTransition> {
        let refuse = |refusal| {
            Err(IllegalTransition {
                from: self,
                to,
                refusal,
            })
        };
        if !self.edge_allowed(to) {
            return refuse(Refusal::NotAllowed);
        }
        match (to, resolution) {
            (CaseState::Closed, None) => refuse(Refusal::ResolutionRequired),
            // A finding needs a case someone has at least acknowledged; a report can be
            // recognised as a duplicate, out of scope or withdrawn on arrival.
            (CaseState::Closed, Some(r)) if self == CaseState::Received && r.is_finding() => {
                refuse(Refusal::NeedsAcknowledgement)
            }
            (CaseState::Closed, Some(_)) => Ok(CaseState::Closed),
            (_, Some(_)) => refuse(Refusal::ResolutionNotExpected),
            (to, None) => Ok(to),
        }
    }

    /// The states a handler may move this case to (with a fitting resolution when closing),
    /// for offering only legal actions.
    pub fn next_states(self) -> impl Iterator<Item = CaseState> {
        CaseState::ALL.iter().copied().filter(move |to| {
            let resolution = (*to == CaseState::Closed).then_some(Resolution::Withdrawn);
            self.transition(*to, resolution).is_ok()
        })
    }
}

/// Moves a case from `from` to `to`; the same as [`CaseState::transition`].
pub fn transition(
    from: CaseState,
    to: CaseState,
    resolution: Option<Resolution>,
) -> Result<CaseState, IllegalTransition> {
    from.transition(to, resolution)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use CaseState::*;

    /// The workflow of DESIGN written out edge by edge, independently of `edge_allowed`, so a
    /// slip in the match is caught rather than mirrored.
    const EDGES: &[(CaseState, CaseState)] = &[
        (Received, Acknowledged),
        (Acknowledged, Assessing),
        (Assessing, Investigating),
        (Investigating, Remediation),
        (Acknowledged, AwaitingReporter),
        (Assessing, AwaitingReporter),
        (Investigating, AwaitingReporter),
        (Remediation, AwaitingReporter),
        (AwaitingReporter, Assessing),
        (AwaitingReporter, Investigating),
        (AwaitingReporter, Remediation),
        (Received, Closed),
        (Acknowledged, Closed),
        (AwaitingReporter, Closed),
        (Assessing, Closed),
        (Investigating, Closed),
        (Remediation, Closed),
    ];

    fn expected(
        from: CaseState,
        to: CaseState,
        resolution: Option<Resolution>,
    ) -> Result<CaseState, Refusal> {
        if !EDGES.contains(&(from, to)) {
            return Err(Refusal::NotAllowed);
        }
        match (to, resolution) {
            (Closed, None) => Err(Refusal::ResolutionRequired),
            (Closed, Some(r)) if from == Received && r.is_finding() => {
                Err(Refusal::NeedsAcknowledgement)
            }
            (Closed, Some(_)) => Ok(Closed),
            (_, Some(_)) => Err(Refusal::ResolutionNotExpected),
            (to, None) => Ok(to),
        }
    }

    #[test]
    fn every_attempt_is_decided_as_the_table_says() {
        let resolutions = std::iter::once(None).chain(Resolution::ALL.iter().copied().map(Some));
        for from in CaseState::ALL {
            for to in CaseState::ALL {
                for resolution in resolutions.clone() {
                    let got = from.transition(*to, resolution).map_err(|e| {
                        assert_eq!((e.from, e.to), (*from, *to), "the error names both states");
                        e.refusal
                    });
                    assert_eq!(
                        got,
                        expected(*from, *to, resolution),
                        "{from} → {to} {resolution:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_main_line_works() {
        let mut state = Received;
        for next in [Acknowledged, Assessing, Investigating, Remediation] {
            state = transition(state, next, None).unwrap();
        }
        assert_eq!(
            state.transition(Closed, Some(Resolution::Substantiated)),
            Ok(Closed)
        );
    }

    #[test]
    fn illegal_transitions_are_errors_naming_both_states() {
        let err = Received.transition(Investigating, None).unwrap_err();
        assert_eq!(
            err,
            IllegalTransition {
                from: Received,
                to: Investigating,
                refusal: Refusal::NotAllowed
            }
        );
        assert_eq!(
            err.to_string(),
            "a case cannot go from received to investigating: the workflow has no such step"
        );
        assert!(Acknowledged.transition(Remediation, None).is_err());
        assert!(Assessing.transition(Remediation, None).is_err());
        assert!(Received.transition(AwaitingReporter, None).is_err());
        assert!(
            Assessing.transition(Assessing, None).is_err(),
            "no silent no-ops"
        );
        assert!(Closed.transition(Assessing, None).is_err());
        assert!(
            Closed
                .transition(Closed, Some(Resolution::Duplicate))
                .is_err()
        );
    }

    #[test]
    fn closing_takes_a_resolution_and_nothing_else_does() {
        let refusal = |r: Result<CaseState, IllegalTransition>| r.unwrap_err().refusal;
        assert_eq!(
            refusal(Assessing.transition(Closed, None)),
            Refusal::ResolutionRequired
        );
        assert_eq!(
            refusal(Assessing.transition(Investigating, Some(Resolution::Duplicate))),
            Refusal::ResolutionNotExpected
        );
    }

    #[test]
    fn an_unacknowledged_case_closes_only_without_a_finding() {
        for resolution in Resolution::ALL {
            let got = Received.transition(Closed, Some(*resolution));
            if resolution.is_finding() {
                assert_eq!(got.unwrap_err().refusal, Refusal::NeedsAcknowledgement);
            } else {
                assert_eq!(got, Ok(Closed));
            }
        }
        assert_eq!(
            Acknowledged.transition(Closed, Some(Resolution::Unsubstantiated)),
            Ok(Closed)
        );
    }

    #[test]
    fn waiting_for_the_reporter_pauses_and_resumes() {
        let paused = Investigating.transition(AwaitingReporter, None).unwrap();
        assert_eq!(paused.transition(Investigating, None), Ok(Investigating));
        assert_eq!(
            paused.transition(Closed, Some(Resolution::Withdrawn)),
            Ok(Closed)
        );
        assert!(paused.transition(Acknowledged, None).is_err());
        assert!(paused.transition(Received, None).is_err());
    }

    #[test]
    fn remediation_follows_investigation_or_a_pause() {
        let sources: Vec<_> = CaseState::ALL
            .iter()
            .copied()
            .filter(|from| from.transition(Remediation, None).is_ok())
            .collect();
        assert_eq!(sources, [AwaitingReporter, Investigating]);
    }

    #[test]
    fn next_states_offer_only_legal_steps() {
        assert_eq!(
            Received.next_states().collect::<Vec<_>>(),
            [Acknowledged, Closed]
        );
        assert_eq!(
            Assessing.next_states().collect::<Vec<_>>(),
            [AwaitingReporter, Investigating, Closed]
        );
        assert_eq!(Closed.next_states().count(), 0);
    }

    #[test]
    fn acknowledging_and_closing_notify_the_reporter() {
        let notifying: Vec<_> = CaseState::ALL
            .iter()
            .filter(|s| s.notifies_reporter())
            .collect();
        assert_eq!(notifying, [&Acknowledged, &Closed]);
        let open: Vec<_> = CaseState::ALL.iter().filter(|s| !s.is_open()).collect();
        assert_eq!(open, [&Closed]);
    }

    #[test]
    fn codes_round_trip() {
        for state in CaseState::ALL {
            assert_eq!(state.as_code().parse::<CaseState>().unwrap(), *state);
            assert_eq!(
                serde_json::to_string(state).unwrap(),
                format!("\"{state}\"")
            );
        }
        for resolution in Resolution::ALL {
            assert_eq!(
                resolution.as_code().parse::<Resolution>().unwrap(),
                *resolution
            );
            assert_eq!(
                serde_json::from_str::<Resolution>(&format!("\"{resolution}\"")).unwrap(),
                *resolution
            );
        }
        assert_eq!(
            Resolution::PartlySubstantiated.as_code(),
            "partly_substantiated"
        );
        assert_eq!(CaseState::AwaitingReporter.as_code(), "awaiting_reporter");
        assert!("open".parse::<CaseState>().is_err());
    }

    fn attempt() -> impl Strategy<Value = (CaseState, Option<Resolution>)> {
        (
            prop::sample::select(CaseState::ALL),
            prop::option::of(prop::sample::select(Resolution::ALL)),
        )
    }

    proptest! {
        #[test]
        fn random_sequences_follow_only_allowed_edges(attempts in prop::collection::vec(attempt(), 0..40)) {
            let mut state = Received;
            let mut closed_with = None;
            for (to, resolution) in attempts {
                let before = state;
                match state.transition(to, resolution) {
                    Ok(next) => {
                        prop_assert!(EDGES.contains(&(before, next)));
                        prop_assert_eq!(next, to);
                        if next == Closed {
                            prop_assert!(resolution.is_some(), "closed only with a resolution");
                            closed_with = resolution;
                        } else {
                            prop_assert!(resolution.is_none());
                        }
                        state = next;
                    }
                    Err(err) => {
                        prop_assert_eq!((err.from, err.to), (before, to));
                        prop_assert_eq!(state, before);
                    }
                }
                if before == Closed {
                    prop_assert_eq!(state, Closed, "closed is absorbing");
                }
            }
            prop_assert_eq!(state == Closed, closed_with.is_some());
        }
    }
}
