//! Languages: Fluent files in `frontend/locales/<code>/`, embedded at build time, corrected or
//! added to by an operator's folder at start ([`crate::locales`]).
//!
//! A language is chosen from `?lang=`, then the `lang` cookie (set only when someone picks a
//! language with the picker), then `Accept-Language`, then the first offered language. Adding a
//! language is one folder of `.ftl` files and a `locale.toml`; tests check that every language
//! has exactly the keys English has, and that every key a template or the code uses exists in
//! every language.

use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use fluent_bundle::{FluentArgs, FluentValue};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

pub use crate::locales::{Language, Locales};

/// The cookie that remembers a picked language.
pub const COOKIE: &str = "lang";

/// The request's language, with the languages it was picked from: an extractor every page
/// takes. The router puts the service's [`Locales`] in each request's extensions; without them
/// (a unit test) the embedded ones answer.
#[derive(Debug, Clone, Copy)]
pub struct Lang {
    language: &'static Language,
    locales: &'static Locales,
}

impl Default for Lang {
    fn default() -> Self {
        Self::in_locales(Locales::embedded(), None)
    }
}

impl Lang {
    /// `code` among `locales`' offered languages, or their default.
    pub fn in_locales(locales: &'static Locales, code: Option<&str>) -> Self {
        let language = code
            .and_then(|code| locales.find(code))
            .unwrap_or_else(|| locales.default_language());
        Self { language, locales }
    }

    /// The embedded language for `code`, or English.
    pub fn from_code(code: &str) -> Self {
        Self::in_locales(Locales::embedded(), Some(code))
    }

    /// The same choice among other languages: for a text read by someone else, such as a
    /// reporter's own language on the page of the handler who writes to them.
    pub fn with_code(&self, code: &str) -> Self {
        Self::in_locales(self.locales, Some(code))
    }

    /// The language code, e.g. `sv`.
    pub fn code(&self) -> &'static str {
        &self.language.code
    }

    /// The language itself.
    pub fn language(&self) -> &'static Language {
        self.language
    }

    /// `rtl` or `ltr`, for the `dir` attribute.
    pub fn dir(&self) -> &'static str {
        if self.language.rtl { "rtl" } else { "ltr" }
    }

    fn lookup(&self, key: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        self.language
            .text(key, args)
            .or_else(|| self.locales.reference().text(key, args))
    }

    /// The translation of `key`; English when this language lacks it; the key itself (which
    /// a test makes sure never happens on a page) when English lacks it too.
    pub fn t(&self, key: &str) -> String {
        self.lookup(key, None).unwrap_or_else(|| key.to_string())
    }

    /// The translation of `key` with arguments.
    pub fn t_with(&self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        self.lookup(key, Some(&fluent))
            .unwrap_or_else(|| key.to_string())
    }

    /// The label of a code on a staff page (`codes.ftl`: `code-<kind>-<code>`), English when
    /// this language lacks it, or the code itself when no language has it.
    /// Dots, which Fluent keys cannot hold, become dashes (`case.read`: `code-action-case-read`).
    pub fn label(&self, kind: &str, code: &str) -> String {
        let code = code.replace('.', "-");
        self.lookup(&format!("code-{kind}-{code}"), None)
            .unwrap_or_else(|| code.to_string())
    }

    /// The offered languages, for the picker.
    pub fn all(&self) -> Vec<&'static Language> {
        self.locales.offered().collect()
    }

    /// The offered language with this code.
    pub fn find(&self, code: &str) -> Option<&'static Language> {
        self.locales.find(code)
    }

    /// Every loaded language, offered or not.
    pub fn locales(&self) -> &'static Locales {
        self.locales
    }

    /// Picks from `?lang=`, the cookie, then `Accept-Language`, among `locales`.
    pub fn negotiate(
        locales: &'static Locales,
        query_lang: Option<&str>,
        cookie_lang: Option<&str>,
        accept: Option<&str>,
    ) -> Self {
        if let Some(language) = query_lang
            .and_then(|code| locales.find(code))
            .or_else(|| cookie_lang.and_then(|code| locales.find(code)))
        {
            return Self { language, locales };
        }
        let Some(accept) = accept else {
            return Self::in_locales(locales, None);
        };
        let requested = fluent_langneg::accepted_languages::parse(accept);
        let available: Vec<LanguageIdentifier> = locales
            .offered()
            .filter_map(|l| l.code.parse().ok())
            .collect();
        let fallback: Option<LanguageIdentifier> = locales.default_language().code.parse().ok();
        let chosen = negotiate_languages(
            &requested,
            &available,
            fallback.as_ref(),
            NegotiationStrategy::Filtering,
        );
        let code = chosen.first().map(|id| id.to_string());
        Self::in_locales(locales, code.as_deref())
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
        let locales = parts
            .extensions
            .get::<&'static Locales>()
            .copied()
            .unwrap_or_else(Locales::embedded);
        let query = parts.uri.query().and_then(|q| query_param(q, "lang"));
        let cookie = super::cookies::value(parts, COOKIE);
        let accept = parts
            .headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok());
        Ok(Self::negotiate(locales, query, cookie.as_deref(), accept))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::*;

    #[test]
    fn the_query_wins_then_the_cookie_then_the_header() {
        let all = Locales::embedded();
        let pick = |q, c, a| Lang::negotiate(all, q, c, a).code();
        assert_eq!(pick(Some("sv"), Some("en"), Some("en")), "sv");
        assert_eq!(pick(None, Some("sv"), Some("en")), "sv");
        assert_eq!(pick(None, None, Some("sv-SE,sv;q=0.9,en;q=0.5")), "sv");
        assert_eq!(pick(None, None, Some("de-DE,de;q=0.9")), "en");
        assert_eq!(pick(Some("xx"), None, None), "en");
        assert_eq!(pick(None, None, Some(";;;garbage")), "en");
    }

    #[test]
    fn only_offered_languages_are_picked() {
        let offered = ["sv".to_string()];
        let locales = Locales::shared(None, Some(&offered)).unwrap();
        assert_eq!(
            Lang::negotiate(locales, Some("en"), None, None).code(),
            "sv"
        );
        assert_eq!(
            Lang::negotiate(locales, None, None, Some("en")).code(),
            "sv"
        );
        // English still answers for a message Swedish would lack.
        assert_eq!(Lang::negotiate(locales, None, None, None).all().len(), 1);
    }

    fn root() -> std::path::PathBuf {
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }

    /// Every language's keys, each with its variables; a file Fluent cannot parse fails the
    /// embedded load, and with it every test here.
    fn keys() -> BTreeMap<String, BTreeMap<String, BTreeSet<String>>> {
        let keys = crate::locales::embedded_keys();
        assert!(keys.len() >= 2);
        keys
    }

    /// Every `$variable` any Fluent file uses, each given a value, so that a message with
    /// variables can be looked up without its caller.
    fn every_variable() -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        for messages in keys().values() {
            for name in messages.values().flatten() {
                args.set(name.clone(), FluentValue::from(1));
            }
        }
        args
    }

    /// The text of `key` in `language` itself: no falling back to English, which would hide a
    /// missing key. `None` when the language lacks the key, or it does not render (a
    /// reference to a message that does not exist, say).
    fn own_text(language: &Language, key: &str, args: &FluentArgs<'_>) -> Option<String> {
        language.text(key, Some(args))
    }

    #[test]
    fn every_language_has_exactly_the_english_keys() {
        let keys = keys();
        let english = &keys["en"];
        assert!(english.len() > 50);
        let args = every_variable();
        for language in Locales::embedded().all() {
            let own = &keys[&language.code];
            let missing: Vec<_> = english.keys().filter(|k| !own.contains_key(*k)).collect();
            let extra: Vec<_> = own.keys().filter(|k| !english.contains_key(*k)).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", language.code);
            assert!(
                extra.is_empty(),
                "{} has keys English lacks: {extra:?}",
                language.code
            );
            for (key, variables) in english {
                assert!(
                    own_text(language, key, &args).is_some(),
                    "{}: {key} does not render",
                    language.code
                );
                assert!(
                    own[key].is_subset(variables),
                    "{}: {key} uses variables English does not give",
                    language.code
                );
            }
        }
    }

    #[test]
    fn every_language_says_what_it_is() {
        let locales = Locales::embedded();
        assert!(locales.all().len() >= 2);
        for language in locales.all() {
            assert!(!language.native_name.trim().is_empty(), "{}", language.code);
            assert!(!language.translation.trim().is_empty(), "{}", language.code);
            let folder = root().join("frontend/locales").join(&language.code);
            assert!(folder.join("locale.toml").is_file(), "{}", folder.display());
        }
        let rtl: Vec<_> = locales
            .all()
            .iter()
            .filter(|l| l.rtl)
            .map(|l| l.code.as_str())
            .collect();
        for code in ["ar", "fa", "ur", "ps"] {
            if locales.find(code).is_some() {
                assert!(rtl.contains(&code), "{code} is written right to left");
            }
        }
    }

    #[test]
    fn a_missing_key_is_found_out_not_papered_over() {
        let args = every_variable();
        let english = Locales::embedded().reference();
        assert!(own_text(english, "home-title", &args).is_some());
        assert_eq!(own_text(english, "no-such-key", &args), None);
        assert_eq!(Lang::default().t("no-such-key"), "no-such-key");
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
            "action" => crate::audit::AuditAction::ALL
                .iter()
                .map(|a| a.as_str())
                .collect(),
            "actor" => vec!["member", "reporter", "system", "operator"],
            "author" => vec!["reporter", "handler", "system"],
            "role" => crate::domain::accounts::Role::ALL
                .iter()
                .map(|r| r.as_code())
                .collect(),
            "grouping" => vec!["supplier", "country", "sector", "indicator", "month"],
            "overdue" => vec!["acknowledgement", "feedback"],
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
            (
                "notice-{code}-subject",
                crate::notify::NoticeKind::ALL
                    .iter()
                    .map(|k| k.as_code().to_string())
                    .collect(),
            ),
            (
                "notice-{code}-opening",
                crate::notify::NoticeKind::ALL
                    .iter()
                    .map(|k| k.as_code().to_string())
                    .collect(),
            ),
            (
                "notice-sign-in-{action}",
                crate::notify::NoticeKind::ALL
                    .iter()
                    .map(|k| k.action().to_string())
                    .collect(),
            ),
            (
                "notice-sign-in-kedja-{action}",
                crate::notify::NoticeKind::ALL
                    .iter()
                    .map(|k| k.action().to_string())
                    .collect(),
            ),
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
            // The one placeholder takes each value; text after it stays.
            let (prefix, rest) = pattern.split_once('{').unwrap();
            let suffix = rest.split_once('}').map_or("", |(_, after)| after);
            keys.extend(values.iter().map(|v| format!("{prefix}{v}{suffix}")));
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
                    .map(|code| format!("code-{kind}-{}", code.replace('.', "-"))),
            );
        }
        used
    }

    #[test]
    fn every_key_in_use_exists_in_every_language() {
        let english: BTreeSet<String> = keys()["en"].keys().cloned().collect();
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
        for language in Locales::embedded().all() {
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
