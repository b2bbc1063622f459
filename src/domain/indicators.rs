//! What a reporter tells us, as codes: the ILO forced-labour indicators (plus child labour and
//! recruitment fees paid by the worker), how many people are affected, and who is reporting.
//!
//! The reporter answers plain-language questions; these codes are what the answers map to, what
//! triage reads and what the aggregates count. The codes are stored and sent: never rename one.

use super::code_enum;

/// An ILO forced-labour indicator, or one of the two the service adds (child labour,
/// recruitment fees paid by the worker).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Indicator {
    /// Abuse of vulnerability.
    Vulnerability,
    /// Deception about the work, the pay or the conditions.
    Deception,
    /// Restriction of movement.
    Movement,
    /// Isolation.
    Isolation,
    /// Physical and sexual violence.
    Violence,
    /// Intimidation and threats.
    Threats,
    /// Retention of identity documents.
    Documents,
    /// Withholding of wages.
    Wages,
    /// Debt bondage.
    Debt,
    /// Abusive working and living conditions.
    Conditions,
    /// Excessive overtime.
    Overtime,
    /// Child labour.
    ChildLabour,
    /// Recruitment fees paid by the worker.
    RecruitmentFees,
}

code_enum!(Indicator, "indicators", {
    Vulnerability => "vulnerability",
    Deception => "deception",
    Movement => "movement",
    Isolation => "isolation",
    Violence => "violence",
    Threats => "threats",
    Documents => "documents",
    Wages => "wages",
    Debt => "debt",
    Conditions => "conditions",
    Overtime => "overtime",
    ChildLabour => "child_labour",
    RecruitmentFees => "recruitment_fees",
});

/// Which half of the ILO C29 definition an indicator evidences: forced labour is work that is
/// both *involuntary* and exacted under *menace of penalty* (coercion), so a report with
/// indicators on both axes describes probable forced labour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Axis {
    /// The worker did not freely consent, or cannot freely leave.
    Involuntariness,
    /// The worker is kept at work by a penalty or its threat.
    Coercion,
    /// Serious on its own, but evidences neither half of the definition.
    Neither,
}

impl Indicator {
    /// The axis this indicator sits on (DESIGN, "Priority").
    pub fn axis(self) -> Axis {
        match self {
            Self::Deception
            | Self::Movement
            | Self::Isolation
            | Self::Vulnerability
            | Self::RecruitmentFees => Axis::Involuntariness,
            Self::Violence | Self::Threats | Self::Documents | Self::Wages | Self::Debt => {
                Axis::Coercion
            }
            Self::Conditions | Self::Overtime | Self::ChildLabour => Axis::Neither,
        }
    }
}

/// How many people the reported situation affects, as the reporter estimates it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PeopleAffected {
    /// One person.
    One,
    /// Two to five people.
    TwoToFive,
    /// Six to twenty people.
    SixToTwenty,
    /// More than twenty people.
    MoreThanTwenty,
}

code_enum!(PeopleAffected, "people_affected", {
    One => "one",
    TwoToFive => "two_to_five",
    SixToTwenty => "six_to_twenty",
    MoreThanTwenty => "more_than_twenty",
});

impl PeopleAffected {
    /// Whether "more people are affected" in the sense of the priority rule: more than five.
    pub fn is_many(self) -> bool {
        matches!(self, Self::SixToTwenty | Self::MoreThanTwenty)
    }
}

/// How the reporter relates to the affected workers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Relationship {
    /// An affected worker.
    Worker,
    /// A relative of an affected worker.
    Relative,
    /// A colleague.
    CoWorker,
    /// A recruiter or labour agent.
    Recruiter,
    /// Anyone else (a union, an NGO, a neighbour).
    Other,
}

code_enum!(Relationship, "relationship", {
    Worker => "worker",
    Relative => "relative",
    CoWorker => "co_worker",
    Recruiter => "recruiter",
    Other => "other",
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_indicator_codes_are_the_contract_codes() {
        let codes: Vec<_> = Indicator::ALL.iter().map(|i| i.as_code()).collect();
        assert_eq!(
            codes,
            [
                "vulnerability",
                "deception",
                "movement",
                "isolation",
                "violence",
                "threats",
                "documents",
                "wages",
                "debt",
                "conditions",
                "overtime",
                "child_labour",
                "recruitment_fees",
            ]
        );
    }

    #[test]
    fn codes_round_trip_through_parse_display_and_json() {
        fn check<T>(all: &[T])
        where
            T: Copy + PartialEq + std::fmt::Debug + std::fmt::Display + std::str::FromStr,
            T: serde::Serialize + serde::de::DeserializeOwned,
            T::Err: std::fmt::Debug,
        {
            for value in all {
                let code = value.to_string();
                assert_eq!(code.parse::<T>().unwrap(), *value);
                let json = serde_json::to_string(value).unwrap();
                assert_eq!(json, format!("\"{code}\""));
                assert_eq!(serde_json::from_str::<T>(&json).unwrap(), *value);
            }
        }
        check(Indicator::ALL);
        check(PeopleAffected::ALL);
        check(Relationship::ALL);
        let people: Vec<_> = PeopleAffected::ALL.iter().map(|p| p.as_code()).collect();
        assert_eq!(
            people,
            ["one", "two_to_five", "six_to_twenty", "more_than_twenty"]
        );
        let relationships: Vec<_> = Relationship::ALL.iter().map(|r| r.as_code()).collect();
        assert_eq!(
            relationships,
            ["worker", "relative", "co_worker", "recruiter", "other"]
        );
    }

    #[test]
    fn unknown_codes_are_refused() {
        let err = "slavery".parse::<Indicator>().unwrap_err();
        assert_eq!(err.field, "indicators");
        assert!(
            err.to_string().contains("child_labour"),
            "lists what is allowed"
        );
        assert!(
            "Violence".parse::<Indicator>().is_err(),
            "codes are case-sensitive"
        );
        assert!("many".parse::<PeopleAffected>().is_err());
        assert!("boss".parse::<Relationship>().is_err());
        assert!(serde_json::from_str::<Indicator>("\"slavery\"").is_err());
    }

    #[test]
    fn indicators_sit_on_the_axes_of_the_design() {
        use Indicator::*;
        let on = |axis| -> Vec<Indicator> {
            Indicator::ALL
                .iter()
                .copied()
                .filter(|i| i.axis() == axis)
                .collect()
        };
        assert_eq!(
            on(Axis::Involuntariness),
            [
                Vulnerability,
                Deception,
                Movement,
                Isolation,
                RecruitmentFees
            ]
        );
        assert_eq!(
            on(Axis::Coercion),
            [Violence, Threats, Documents, Wages, Debt]
        );
        assert_eq!(on(Axis::Neither), [Conditions, Overtime, ChildLabour]);
    }

    #[test]
    fn more_people_means_more_than_five() {
        let many: Vec<_> = PeopleAffected::ALL
            .iter()
            .copied()
            .filter(|p| p.is_many())
            .collect();
        assert_eq!(
            many,
            [PeopleAffected::SixToTwenty, PeopleAffected::MoreThanTwenty]
        );
    }
}
