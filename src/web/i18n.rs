//! Languages: Fluent files in `frontend/locales/<code>/`, embedded at build time.
//!
//! A language is chosen from `?lang=`, then the `lang` cookie (set only when a reporter picks a
//! language with the picker), then `Accept-Language`, then English. Adding a language is one
//! folder of `.ftl` files plus a line in [`LANGUAGES`]; a test checks that every language has
//! every key English has.

use std::borrow::Cow;
use std::collections::HashMap;

use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./frontend/locales",
        fallback_language: "en",
    };
}

/// A language kedja speaks: its code, its name in itself, and its writing direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    pub code: &'static str,
    pub native_name: &'static str,
    pub rtl: bool,
}

/// Every language with a folder in `frontend/locales`.
pub const LANGUAGES: &[Language] = &[
    Language {
        code: "en",
        native_name: "English",
        rtl: false,
    },
    Language {
        code: "sv",
        native_name: "Svenska",
        rtl: false,
    },
];

/// The cookie that remembers a picked language.
pub const COOKIE: &str = "lang";

/// Looks up a supported language by code.
pub fn find(code: &str) -> Option<&'static Language> {
    LANGUAGES
        .iter()
        .find(|l| l.code.eq_ignore_ascii_case(code.trim()))
}

/// The request's language: an extractor every page takes.
#[derive(Debug, Clone, Copy)]
pub struct Lang(&'static Language);

impl Default for Lang {
    fn default() -> Self {
        Self(&LANGUAGES[0])
    }
}

impl Lang {
    /// The language for `code`, or English.
    pub fn from_code(code: &str) -> Self {
        find(code).map_or_else(Self::default, Self)
    }

    /// The language code, e.g. `sv`.
    pub fn code(&self) -> &'static str {
        self.0.code
    }

    /// `rtl` or `ltr`, for the `dir` attribute.
    pub fn dir(&self) -> &'static str {
        if self.0.rtl { "rtl" } else { "ltr" }
    }

    fn id(&self) -> LanguageIdentifier {
        self.0.code.parse().unwrap_or_default()
    }

    /// The translation of `key`; English when this language lacks it.
    pub fn t(&self, key: &str) -> String {
        LOCALES.lookup(&self.id(), key)
    }

    /// The translation of `key` with arguments.
    pub fn t_with(&self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'static>> = args
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
            .collect();
        LOCALES.lookup_with_args(&self.id(), key, &args)
    }

    /// Whether `key` renders to some text in this language (arguments may be missing).
    /// The label of a code on a staff page (`codes.ftl`: `code-<kind>-<code>`), or the code
    /// itself when there is none.
    pub fn label(&self, kind: &str, code: &str) -> String {
        let key = format!("code-{kind}-{code}");
        if self.has_text(&key) {
            self.t(&key)
        } else {
            code.to_string()
        }
    }

    pub fn has_text(&self, key: &str) -> bool {
        !self.t(key).trim().is_empty()
    }

    /// Every supported language, for the picker.
    pub fn all(&self) -> &'static [Language] {
        LANGUAGES
    }

    /// Picks from `?lang=`, the cookie, then `Accept-Language`.
    pub fn negotiate(
        query_lang: Option<&str>,
        cookie_lang: Option<&str>,
        accept: Option<&str>,
    ) -> Self {
        if let Some(lang) = query_lang
            .and_then(find)
            .or_else(|| cookie_lang.and_then(find))
        {
            return Self(lang);
        }
        let Some(accept) = accept else {
            return Self::default();
        };
        let requested = fluent_langneg::accepted_languages::parse(accept);
        let available: Vec<LanguageIdentifier> = LANGUAGES
            .iter()
            .filter_map(|l| l.code.parse().ok())
            .collect();
        let fallback: LanguageIdentifier = LANGUAGES[0].code.parse().unwrap_or_default();
        let chosen = negotiate_languages(
            &requested,
            &available,
            Some(&fallback),
            NegotiationStrategy::Filtering,
        );
        chosen
            .first()
            .and_then(|id| find(id.language.as_str()))
            .map_or_else(Self::default, Self)
    }
}

fn query_param<'a>(query: &'a str, name: &str) -> Option<&'a str> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let query = parts.uri.query().and_then(|q| query_param(q, "lang"));
        let cookie = super::cookies::value(parts, COOKIE);
        let accept = parts
            .headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok());
        Ok(Self::negotiate(query, cookie.as_deref(), accept))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_wins_then_the_cookie_then_the_header() {
        assert_eq!(
            Lang::negotiate(Some("sv"), Some("en"), Some("en")).code(),
            "sv"
        );
        assert_eq!(Lang::negotiate(None, Some("sv"), Some("en")).code(), "sv");
        assert_eq!(
            Lang::negotiate(None, None, Some("sv-SE,sv;q=0.9,en;q=0.5")).code(),
            "sv"
        );
        assert_eq!(
            Lang::negotiate(None, None, Some("de-DE,de;q=0.9")).code(),
            "en"
        );
        assert_eq!(Lang::negotiate(Some("xx"), None, None).code(), "en");
        assert_eq!(Lang::negotiate(None, None, Some(";;;garbage")).code(), "en");
    }

    /// The keys of every Fluent file of a language.
    fn keys_of(code: &str) -> std::collections::BTreeSet<String> {
        let dir = format!("{}/frontend/locales/{code}", env!("CARGO_MANIFEST_DIR"));
        let mut keys = std::collections::BTreeSet::new();
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{dir}: {e}")) {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            keys.extend(
                std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
                    .lines()
                    .filter(|l| !l.starts_with('#') && !l.starts_with(' ') && l.contains(" ="))
                    .filter_map(|l| l.split(" =").next().map(str::to_string)),
            );
        }
        keys
    }

    #[test]
    fn every_language_has_exactly_the_english_keys() {
        let english = keys_of("en");
        assert!(english.len() > 50);
        for language in LANGUAGES {
            let keys = keys_of(language.code);
            let missing: Vec<_> = english.difference(&keys).collect();
            let extra: Vec<_> = keys.difference(&english).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", language.code);
            assert!(
                extra.is_empty(),
                "{} has keys English lacks: {extra:?}",
                language.code
            );
            for key in &english {
                assert!(
                    Lang(language).has_text(key),
                    "{}: {key} does not render",
                    language.code
                );
            }
        }
    }

    #[test]
    fn arguments_are_filled_in() {
        let text =
            Lang::from_code("en").t_with("home-emergency", &[("number", FluentValue::from("112"))]);
        assert!(text.contains("112"), "{text}");
    }
}
