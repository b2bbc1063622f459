//! Languages: Fluent files in `frontend/locales/<code>/`, embedded at build time.
//!
//! A language is chosen from `?lang=`, then the `lang` cookie (set only when a reporter picks a
//! language with the picker), then `Accept-Language`, then English. Adding a language is one
//! folder of `.ftl` files plus a line in [`LANGUAGES`]; tests check that every language has
//! exactly the keys English has, and that every key a template or the code uses exists in every
//! language.

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

    /// The label of a code on a staff page (`codes.ftl`: `code-<kind>-<code>`), English when
    /// this language lacks it, or the code itself when no language has it.
    pub fn label(&self, kind: &str, code: &str) -> String {
        // `try_lookup`, not `lookup`: the latter never fails, it answers a missing key with an
        // "Unknown localization key" text, and the code would never be shown.
        LOCALES
            .try_lookup(&self.id(), &format!("code-{kind}-{code}"))
            .filter(|text| !text.trim().is_empty())
            .unwrap_or_else(|| code.to_string())
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
    use std::collections::BTreeSet;

    use fluent_templates::fluent_bundle::FluentResource;

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

    fn root() -> std::path::PathBuf {
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }

    /// The Fluent files of a language, with their text.
    fn fluent_files(code: &str) -> Vec<(std::path::PathBuf, String)> {
        let dir = root().join("frontend/locales").join(code);
        let mut files = Vec::new();
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let text = std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                files.push((path, text));
            }
        }
        assert!(!files.is_empty(), "{} has no .ftl file", dir.display());
        files
    }

    /// The keys of every Fluent file of a language. A file Fluent cannot parse fails here: its
    /// broken entries would silently be missing at run time.
    fn keys_of(code: &str) -> BTreeSet<String> {
        let mut keys = BTreeSet::new();
        for (path, text) in fluent_files(code) {
            if let Err((_, errors)) = FluentResource::try_new(text.clone()) {
                panic!("{}: {errors:?}", path.display());
            }
            keys.extend(
                text.lines()
                    .filter(|l| !l.starts_with('#') && !l.starts_with(' ') && l.contains(" ="))
                    .filter_map(|l| l.split(" =").next().map(str::to_string)),
            );
        }
        keys
    }

    /// Every `$variable` any Fluent file uses, each given a value, so that a message with
    /// variables can be looked up without its caller.
    fn every_variable() -> HashMap<String, FluentValue<'static>> {
        let mut args = HashMap::new();
        for language in LANGUAGES {
            for (_, text) in fluent_files(language.code) {
                for (at, _) in text.match_indices('$') {
                    let name: String = text[at + 1..]
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                        .collect();
                    if !name.is_empty() {
                        args.insert(name, FluentValue::from(1));
                    }
                }
            }
        }
        args
    }

    /// The text of `key` in `language` itself: no falling back to English, which would hide a
    /// missing key, and none of `lookup`'s "Unknown localization key" text, which would hide
    /// it too. `None` when the language lacks the key, or it does not render (a reference to
    /// a message that does not exist, say).
    fn own_text(
        language: &'static Language,
        key: &str,
        args: &HashMap<String, FluentValue<'static>>,
    ) -> Option<String> {
        LOCALES
            .lookup_single_language(&Lang(language).id(), key, Some(args))
            .ok()
            .filter(|text| !text.trim().is_empty())
    }

    #[test]
    fn every_language_has_exactly_the_english_keys() {
        let english = keys_of("en");
        assert!(english.len() > 50);
        let args = every_variable();
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
                    own_text(language, key, &args).is_some(),
                    "{}: {key} does not render",
                    language.code
                );
            }
        }
    }

    #[test]
    fn the_lookup_that_cannot_fail_is_not_used_to_find_out() {
        let args = every_variable();
        let english = &LANGUAGES[0];
        assert!(own_text(english, "home-title", &args).is_some());
        assert_eq!(own_text(english, "no-such-key", &args), None);
        // `lookup` answers a missing key with text: whoever needs to know asks `try_lookup`.
        assert!(Lang::default().t("no-such-key").contains("no-such-key"));
        assert_eq!(
            LOCALES.try_lookup(&Lang::default().id(), "no-such-key"),
            None
        );
    }

    #[test]
    fn a_code_without_a_label_shows_the_code() {
        let english = Lang::from_code("en");
        let swedish = Lang::from_code("sv");
        assert_eq!(
            english.label("state", "awaiting_reporter"),
            "waiting for the reporter"
        );
        assert_ne!(
            swedish.label("state", "awaiting_reporter"),
            english.label("state", "awaiting_reporter")
        );
        assert_eq!(english.label("state", "no_such_state"), "no_such_state");
        assert_eq!(swedish.label("no_such_kind", "x_y"), "x_y");
    }

    /// The word at the start of every English key (`home`, `report`, `code`, …).
    fn families(english: &BTreeSet<String>) -> BTreeSet<String> {
        english
            .iter()
            .filter_map(|k| k.split('-').next())
            .map(str::to_string)
            .collect()
    }

    /// Every string literal of Rust source, outside comments, char literals and lifetimes.
    fn literals(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut chars = text.chars().peekable();
        let mut previous = ' ';
        while let Some(c) = chars.next() {
            match c {
                '/' if chars.peek() == Some(&'/') => {
                    chars.by_ref().find(|c| *c == '\n');
                }
                '\'' => {
                    // 'x', '\'' and '"' are characters; 'a is a lifetime.
                    let mut ahead = chars.clone();
                    match (ahead.next(), ahead.next()) {
                        (Some('\\'), _) => {
                            chars.next();
                            chars.next();
                            chars.by_ref().find(|c| *c == '\'');
                        }
                        (Some(_), Some('\'')) => {
                            chars.next();
                            chars.next();
                        }
                        _ => {}
                    }
                }
                '"' => {
                    let raw = previous == 'r' || previous == '#';
                    let mut literal = String::new();
                    while let Some(c) = chars.next() {
                        match c {
                            '\\' if !raw => {
                                chars.next();
                            }
                            '"' => break,
                            c => literal.push(c),
                        }
                    }
                    out.push(literal);
                }
                _ => {}
            }
            previous = c;
        }
        out
    }

    /// The literal arguments of `call(` in `text`, across line breaks; `None` for an argument
    /// that is not a literal.
    fn first_arguments<'a>(text: &'a str, call: &str) -> Vec<Option<&'a str>> {
        text.match_indices(call)
            .map(|(at, _)| {
                let rest = text[at + call.len()..].trim_start();
                rest.strip_prefix('"').and_then(|r| r.split('"').next())
            })
            .collect()
    }

    /// The Rust sources under `src/` without their test modules (which end every file:
    /// clippy's `items_after_test_module` keeps it so), and the templates.
    fn sources() -> Vec<(std::path::PathBuf, String)> {
        fn walk(dir: &std::path::Path, out: &mut Vec<(std::path::PathBuf, String)>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs" || e == "html") {
                    let mut text = std::fs::read_to_string(&path).unwrap();
                    if let Some(at) = text.find("#[cfg(test)]") {
                        text.truncate(at);
                    }
                    out.push((path, text));
                }
            }
        }
        let mut out = Vec::new();
        walk(&root().join("src"), &mut out);
        walk(&root().join("frontend/templates"), &mut out);
        assert!(out.iter().any(|(p, _)| p.ends_with("src/web/i18n.rs")));
        assert!(out.iter().any(|(p, _)| p.ends_with("templates/home.html")));
        out
    }

    /// The codes of a kind a template labels with `lang.label("<kind>", …)`.
    fn label_codes(kind: &str) -> Vec<&'static str> {
        use crate::domain::{
            CaseState, Indicator, PeopleAffected, Priority, Relationship, Resolution,
        };
        match kind {
            "state" => CaseState::ALL.iter().map(|c| c.as_code()).collect(),
            "priority" => Priority::ALL.iter().map(|c| c.as_code()).collect(),
            "resolution" => Resolution::ALL.iter().map(|c| c.as_code()).collect(),
            "indicator" => Indicator::ALL.iter().map(|c| c.as_code()).collect(),
            "people" => PeopleAffected::ALL.iter().map(|c| c.as_code()).collect(),
            "relationship" => Relationship::ALL.iter().map(|c| c.as_code()).collect(),
            other => panic!("label(\"{other}\", …): add the codes of {other} to this test"),
        }
    }

    /// The keys the code builds with `format!`, and every value each takes.
    fn built_keys() -> Vec<(&'static str, Vec<String>)> {
        let dashed = |kind: &str| -> Vec<String> {
            label_codes(kind)
                .into_iter()
                .map(|c| c.replace('_', "-"))
                .collect()
        };
        vec![
            (
                "country-{code}",
                crate::domain::countries::all()
                    .map(str::to_string)
                    .collect(),
            ),
            ("indicator-{}", dashed("indicator")),
            ("people-{}", dashed("people")),
            ("relationship-{}", dashed("relationship")),
        ]
    }

    /// Whether a string literal is shaped like a key of one of the `families`.
    fn is_key_shaped(word: &str, families: &BTreeSet<String>) -> bool {
        word.split_once('-')
            .is_some_and(|(family, rest)| families.contains(family) && !rest.is_empty())
            && word
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
    }

    /// The keys that the `format!`s of a Rust file build, over every value they take; a key
    /// built in a way this test does not know fails it.
    fn formatted_keys(
        path: &std::path::Path,
        text: &str,
        families: &BTreeSet<String>,
    ) -> Vec<String> {
        let built = built_keys();
        let mut keys = Vec::new();
        for (at, _) in text.match_indices("format!(\"") {
            let pattern = text[at + "format!(\"".len()..].split('"').next().unwrap();
            let family = pattern.split('-').next().unwrap();
            // `label`'s own key: the template scan expands it per kind.
            if !families.contains(family) || pattern == "code-{kind}-{code}" {
                continue;
            }
            let Some((_, values)) = built.iter().find(|(p, _)| *p == pattern) else {
                panic!(
                    "{}: the key format!(\"{pattern}\") is built at run time; teach this test \
                     every value it takes",
                    path.display()
                );
            };
            let prefix = pattern.split('{').next().unwrap();
            keys.extend(values.iter().map(|v| format!("{prefix}{v}")));
        }
        keys
    }

    /// The Fluent keys that pages, templates and API answers use: every literal passed to
    /// `t`/`t_with`; in Rust code, every string literal shaped like a key of a known family
    /// (keys are often chosen in a `match` and passed on in a variable); the `code-<kind>-…`
    /// labels of every code of each kind a template names; and the keys built with `format!`,
    /// expanded over every value they can take.
    fn used_keys(english: &BTreeSet<String>) -> BTreeSet<String> {
        let families = families(english);
        let mut used = BTreeSet::new();
        let mut label_kinds = BTreeSet::new();
        for (path, text) in sources() {
            for call in [".t(", ".t_with("] {
                used.extend(
                    first_arguments(&text, call)
                        .into_iter()
                        .flatten()
                        .map(str::to_string),
                );
            }
            label_kinds.extend(
                first_arguments(&text, ".label(")
                    .into_iter()
                    .flatten()
                    .map(str::to_string),
            );
            // Templates are full of class names like `report-form`: there only calls count.
            if path.extension().is_some_and(|e| e == "rs") {
                used.extend(
                    literals(&text)
                        .into_iter()
                        .filter(|l| is_key_shaped(l, &families)),
                );
                used.extend(formatted_keys(&path, &text, &families));
            }
        }
        for kind in &label_kinds {
            used.extend(
                label_codes(kind)
                    .into_iter()
                    .map(|code| format!("code-{kind}-{code}")),
            );
        }
        used
    }

    #[test]
    fn every_key_in_use_exists_in_every_language() {
        let english = keys_of("en");
        let used = used_keys(&english);
        // The scan finds keys of every kind: literal calls, keys chosen in code, labels, and
        // keys built at run time.
        for sample in [
            "home-title",
            "staff-password-new-hint",
            "error-busy",
            "status-awaiting-reporter",
            "esc-status-under_review",
            "esc-consent-none",
            "code-state-awaiting_reporter",
            "code-relationship-co_worker",
            "country-BD",
            "indicator-child-labour",
            "people-more-than-twenty",
        ] {
            assert!(used.contains(sample), "the scan misses {sample}");
        }
        let args = every_variable();
        let mut missing = Vec::new();
        for language in LANGUAGES {
            for key in &used {
                if own_text(language, key, &args).is_none() {
                    missing.push(format!("{}: {key}", language.code));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "keys in use but not translated: {missing:#?}"
        );
    }

    #[test]
    fn arguments_are_filled_in() {
        let text =
            Lang::from_code("en").t_with("home-emergency", &[("number", FluentValue::from("112"))]);
        assert!(text.contains("112"), "{text}");
    }
}
