//! What the reporter is asked: indicators as plain-language questions, the ranges of people
//! affected, relationships, countries and languages, in the reporter's language.

use serde::Serialize;

use crate::domain::{Indicator, PeopleAffected, Relationship, countries};
use crate::web::i18n::Lang;

/// A code and its text in the reporter's language.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Choice {
    pub code: &'static str,
    pub label: String,
}

/// An indicator as a question.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Question {
    pub code: &'static str,
    pub question: String,
}

/// A language the form can be read in.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct LanguageChoice {
    pub code: &'static str,
    /// Its name in itself.
    pub label: &'static str,
    /// `ltr` or `rtl`.
    pub direction: &'static str,
    /// Whether a native speaker has reviewed it; false for a machine-made translation.
    pub reviewed: bool,
}

/// `GET /api/v1/intake`.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Catalogue {
    pub languages: Vec<LanguageChoice>,
    pub countries: Vec<Choice>,
    pub indicators: Vec<Question>,
    pub people_affected: Vec<Choice>,
    pub relationships: Vec<Choice>,
}

/// The Fluent key of an indicator's question.
pub fn question_key(indicator: Indicator) -> String {
    format!("indicator-{}", indicator.as_code().replace('_', "-"))
}

/// Builds the catalogue in `lang`.
pub fn catalogue(lang: Lang) -> Catalogue {
    Catalogue {
        languages: lang
            .all()
            .into_iter()
            .map(|l| LanguageChoice {
                code: &l.code,
                label: &l.native_name,
                direction: if l.rtl { "rtl" } else { "ltr" },
                reviewed: l.reviewed,
            })
            .collect(),
        countries: {
            // By name in the reporter's language: nobody should need to know that BD is
            // Bangladesh.
            let mut countries: Vec<Choice> = countries::all()
                .map(|code| Choice {
                    code,
                    label: lang.t(&format!("country-{code}")),
                })
                .collect();
            countries.sort_by_key(|c| c.label.to_lowercase());
            countries
        },
        indicators: Indicator::ALL
            .iter()
            .map(|i| Question {
                code: i.as_code(),
                question: lang.t(&question_key(*i)),
            })
            .collect(),
        people_affected: PeopleAffected::ALL
            .iter()
            .map(|p| Choice {
                code: p.as_code(),
                label: lang.t(&format!("people-{}", p.as_code().replace('_', "-"))),
            })
            .collect(),
        relationships: Relationship::ALL
            .iter()
            .map(|r| Choice {
                code: r.as_code(),
                label: lang.t(&format!("relationship-{}", r.as_code().replace('_', "-"))),
            })
            .collect(),
    }
}

/// The country whose name, in any language of `locales` (or whose code), is `name`, ignoring
/// case, accents and script (`bangladesh`, `Bangladesh`, `বাংলাদেশ` and `BD` are all BD).
pub fn country_by_name(locales: &crate::locales::Locales, name: &str) -> Option<&'static str> {
    use crate::domain::search::fold;
    if let Ok(code) = countries::parse(name) {
        return Some(code);
    }
    // No country's name is longer; a longer text is not one, and is not folded.
    if name.chars().count() > 100 {
        return None;
    }
    let wanted = fold(name);
    if wanted.is_empty() {
        return None;
    }
    countries::all().find(|code| {
        let key = format!("country-{code}");
        locales
            .all()
            .iter()
            .filter_map(|language| language.text(&key, None))
            .any(|label| fold(&label) == wanted)
    })
}
