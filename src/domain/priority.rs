//! Priority is derived, not typed.
//!
//! `critical`: immediate danger, violence or child labour. `high`: probable forced labour, at
//! least one indicator on each ILO axis. `medium`: any other indicator. `low`: nothing flagged.
//! More than five people affected raises a tier by one, never above `high`: only the critical
//! rules make a case critical.

use super::code_enum;
use super::indicators::{Axis, Indicator, PeopleAffected};

/// How urgently a case needs attention. Ordered: `Critical` is the greatest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Priority {
    /// Nothing flagged.
    Low,
    /// Some indicator, but not both halves of the forced-labour definition.
    Medium,
    /// Probable forced labour: at least one indicator on each axis.
    High,
    /// Immediate danger, violence or child labour: someone may be hurt now.
    Critical,
}

code_enum!(Priority, "priority", {
    Low => "low",
    Medium => "medium",
    High => "high",
    Critical => "critical",
});

/// How carefully a supplier may be approached without exposing the reporter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RetaliationRisk {
    /// The supplier can be approached openly.
    Low,
    /// Approach with care: the report's details could narrow down who spoke.
    Medium,
    /// Approaching the supplier could expose the reporter: act through others first.
    High,
}

code_enum!(RetaliationRisk, "retaliation_risk", {
    Low => "low",
    Medium => "medium",
    High => "high",
});

/// Derives the priority of a report from what the reporter answered (DESIGN, "Priority").
///
/// Monotone: an extra indicator, danger or more people never lowers the result, so a reporter
/// who says more is never triaged later.
pub fn assess(
    indicators: &[Indicator],
    immediate_danger: bool,
    people: PeopleAffected,
) -> Priority {
    let critical = immediate_danger
        || indicators
            .iter()
            .any(|i| matches!(i, Indicator::Violence | Indicator::ChildLabour));
    if critical {
        return Priority::Critical;
    }
    let on_axis = |axis| indicators.iter().any(|i| i.axis() == axis);
    let base = if on_axis(Axis::Involuntariness) && on_axis(Axis::Coercion) {
        Priority::High
    } else if !indicators.is_empty() {
        Priority::Medium
    } else {
        Priority::Low
    };
    // More people raise one tier but never create `Critical`: that tier means someone may be
    // hurt now, which only danger, violence or child labour says.
    if people.is_many() {
        match base {
            Priority::Low => Priority::Medium,
            Priority::Medium | Priority::High => Priority::High,
            Priority::Critical => Priority::Critical,
        }
    } else {
        base
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use Indicator::*;

    const FEW: PeopleAffected = PeopleAffected::TwoToFive;
    const MANY: PeopleAffected = PeopleAffected::MoreThanTwenty;

    #[test]
    fn danger_violence_and_child_labour_are_critical() {
        assert_eq!(assess(&[], true, PeopleAffected::One), Priority::Critical);
        assert_eq!(
            assess(&[Violence], false, PeopleAffected::One),
            Priority::Critical
        );
        assert_eq!(
            assess(&[ChildLabour], false, PeopleAffected::One),
            Priority::Critical
        );
    }

    #[test]
    fn one_indicator_on_each_axis_is_high() {
        assert_eq!(assess(&[Deception, Documents], false, FEW), Priority::High);
        assert_eq!(assess(&[RecruitmentFees, Debt], false, FEW), Priority::High);
        assert_eq!(
            assess(&[Deception, Movement], false, FEW),
            Priority::Medium,
            "one axis only"
        );
        assert_eq!(
            assess(&[Wages, Threats], false, FEW),
            Priority::Medium,
            "one axis only"
        );
    }

    #[test]
    fn any_other_indicator_is_medium_and_none_is_low() {
        assert_eq!(assess(&[Overtime], false, FEW), Priority::Medium);
        assert_eq!(assess(&[], false, FEW), Priority::Low);
    }

    #[test]
    fn many_people_raise_one_tier_but_never_to_critical() {
        assert_eq!(assess(&[], false, MANY), Priority::Medium);
        assert_eq!(assess(&[Overtime], false, MANY), Priority::High);
        assert_eq!(assess(&[Deception, Documents], false, MANY), Priority::High);
        assert_eq!(
            assess(&[], false, PeopleAffected::SixToTwenty),
            Priority::Medium
        );
        assert_eq!(assess(&[Violence], false, MANY), Priority::Critical);
        assert_eq!(
            assess(&[Overtime], false, PeopleAffected::TwoToFive),
            Priority::Medium,
            "five is not more than five"
        );
    }

    #[test]
    fn priorities_are_ordered_and_coded() {
        assert!(Priority::Low < Priority::Medium);
        assert!(Priority::Medium < Priority::High);
        assert!(Priority::High < Priority::Critical);
        assert!(RetaliationRisk::Low < RetaliationRisk::High);
        for p in Priority::ALL {
            assert_eq!(p.as_code().parse::<Priority>().unwrap(), *p);
            assert_eq!(
                serde_json::to_string(p).unwrap(),
                format!("\"{}\"", p.as_code())
            );
        }
        for r in RetaliationRisk::ALL {
            assert_eq!(r.as_code().parse::<RetaliationRisk>().unwrap(), *r);
        }
        assert_eq!(
            RetaliationRisk::ALL
                .iter()
                .map(|r| r.as_code())
                .collect::<Vec<_>>(),
            ["low", "medium", "high"]
        );
        assert!("urgent".parse::<Priority>().is_err());
    }

    fn indicators() -> impl Strategy<Value = Vec<Indicator>> {
        prop::collection::vec(prop::sample::select(Indicator::ALL), 0..6)
    }

    fn people() -> impl Strategy<Value = PeopleAffected> {
        prop::sample::select(PeopleAffected::ALL)
    }

    proptest! {
        #[test]
        fn adding_an_indicator_never_lowers_priority(
            list in indicators(), extra in prop::sample::select(Indicator::ALL),
            danger in any::<bool>(), people in people(),
        ) {
            let before = assess(&list, danger, people);
            let mut more = list.clone();
            more.push(extra);
            prop_assert!(assess(&more, danger, people) >= before);
        }

        #[test]
        fn critical_needs_danger_violence_or_child_labour(
            list in indicators(), danger in any::<bool>(), people in people(),
        ) {
            let critical = assess(&list, danger, people) == Priority::Critical;
            let cause = danger || list.contains(&Violence) || list.contains(&ChildLabour);
            prop_assert_eq!(critical, cause);
        }

        #[test]
        fn more_people_never_lower_priority(list in indicators(), danger in any::<bool>()) {
            prop_assert!(assess(&list, danger, MANY) >= assess(&list, danger, PeopleAffected::One));
        }
    }
}
