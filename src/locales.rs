//! Loading languages: the embedded locales, then an operator's folder (`KEDJA_LOCALES_DIR`)
//! that corrects or adds to them, then the choice of which to offer (`KEDJA_LANGUAGES`).
//!
//! A locale is a folder named by its language code holding `locale.toml` (native name,
//! direction, whether a native speaker has reviewed it) and Fluent `.ftl` files. English is
//! the reference: every language should have exactly its keys, using the same variables.
//! [`check_dir`] reports where a folder falls short; [`Locales::load`] refuses what cannot be
//! read at all and lets a missing message fall back to English.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use serde::Deserialize;
use unic_langid::LanguageIdentifier;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// The reference language: its keys are the ones every other language must have.
pub const REFERENCE: &str = "en";

/// `locale.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Meta {
    native_name: String,
    direction: Direction,
    reviewed: bool,
    translation: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Direction {
    Ltr,
    Rtl,
}

/// A language kedja speaks: what `locale.toml` says about it, and its messages.
pub struct Language {
    /// The code, e.g. `sv`.
    pub code: String,
    /// The name of the language in itself, e.g. `Svenska`.
    pub native_name: String,
    /// Whether it is written right to left.
    pub rtl: bool,
    /// Whether a native speaker has read every message.
    pub reviewed: bool,
    /// How the translation was made, in the words of `locale.toml`.
    pub translation: String,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Language")
            .field("code", &self.code)
            .field("rtl", &self.rtl)
            .field("reviewed", &self.reviewed)
            .finish_non_exhaustive()
    }
}

impl Language {
    /// The text of `key` in this language alone; `None` when it lacks the key or the message
    /// does not render (it names a variable the caller did not give, say).
    pub fn text(&self, key: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let pattern = self.bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        (errors.is_empty() && !text.trim().is_empty()).then(|| text.into_owned())
    }

    /// Whether this language has a message for `key`.
    pub fn has(&self, key: &str) -> bool {
        self.bundle.has_message(key)
    }
}

/// Every loaded language, and the ones offered to users.
#[derive(Debug)]
pub struct Locales {
    languages: Vec<Language>,
    /// Indexes into `languages`, in the order users see them; the first is the default.
    offered: Vec<usize>,
    reference: usize,
}

/// Why the languages could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LocaleError {
    #[error("{path}: {message}")]
    File { path: String, message: String },
    #[error("KEDJA_LANGUAGES: {0}")]
    Offered(String),
}

/// The files of one locale folder: `locale.toml` and each `.ftl` by name.
#[derive(Default)]
struct Folder {
    meta: Option<(String, String)>,
    ftl: BTreeMap<String, (String, String)>,
}

impl Locales {
    /// The embedded languages, every one offered: what runs when nothing is configured.
    pub fn embedded() -> &'static Self {
        static EMBEDDED: OnceLock<Locales> = OnceLock::new();
        EMBEDDED.get_or_init(|| match Self::load(None, None) {
            Ok(locales) => locales,
            // The embedded files are checked by the tests; a build that breaks them is a bug.
            Err(e) => panic!("the embedded locales do not load: {e}"),
        })
    }

    /// The languages for these settings, loaded once per process and kept: pages borrow them
    /// for as long as the process runs.
    pub fn shared(
        dir: Option<&Path>,
        offered: Option<&[String]>,
    ) -> Result<&'static Self, LocaleError> {
        if dir.is_none() && offered.is_none() {
            return Ok(Self::embedded());
        }
        type Key = (Option<PathBuf>, Option<Vec<String>>);
        static LOADED: OnceLock<Mutex<HashMap<Key, &'static Locales>>> = OnceLock::new();
        let key = (dir.map(Path::to_path_buf), offered.map(<[String]>::to_vec));
        let mut loaded = LOADED
            .get_or_init(Mutex::default)
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(locales) = loaded.get(&key) {
            return Ok(locales);
        }
        let locales: &'static Self = Box::leak(Box::new(Self::load(dir, offered)?));
        loaded.insert(key, locales);
        Ok(locales)
    }

    /// Loads the embedded locales, then `dir`'s, and offers `offered` (every language when
    /// `None`: English first, then by code).
    pub fn load(dir: Option<&Path>, offered: Option<&[String]>) -> Result<Self, LocaleError> {
        let mut folders = embedded_folders();
        if let Some(dir) = dir {
            for (code, folder) in read_dir(dir)? {
                let into = folders.entry(code).or_default();
                if folder.meta.is_some() {
                    into.meta = folder.meta;
                }
                // Each of the operator's files is added after the embedded ones, so its
                // messages win and the rest stay.
                for (name, file) in folder.ftl {
                    into.ftl.insert(format!("~{name}"), file);
                }
            }
        }
        let mut languages = Vec::new();
        for (code, folder) in folders {
            languages.push(build(&code, &folder)?);
        }
        languages
            .sort_by(|a, b| (a.code != REFERENCE, &a.code).cmp(&(b.code != REFERENCE, &b.code)));
        let reference = languages
            .iter()
            .position(|l| l.code == REFERENCE)
            .ok_or_else(|| LocaleError::File {
                path: REFERENCE.to_string(),
                message: "the reference language is missing".to_string(),
            })?;
        let offered = match offered {
            None => (0..languages.len()).collect(),
            Some(codes) => {
                let mut picked = Vec::new();
                for code in codes {
                    let at = languages
                        .iter()
                        .position(|l| l.code.eq_ignore_ascii_case(code.trim()))
                        .ok_or_else(|| {
                            LocaleError::Offered(format!(
                                "`{code}` is not a language kedja has; it has {}",
                                languages
                                    .iter()
                                    .map(|l| l.code.as_str())
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ))
                        })?;
                    if !picked.contains(&at) {
                        picked.push(at);
                    }
                }
                if picked.is_empty() {
                    return Err(LocaleError::Offered("names no language".to_string()));
                }
                picked
            }
        };
        Ok(Self {
            languages,
            offered,
            reference,
        })
    }

    /// The languages offered to users, in order.
    pub fn offered(&self) -> impl Iterator<Item = &Language> {
        self.offered.iter().map(|&at| &self.languages[at])
    }

    /// Every loaded language, offered or not (the operator's page lists them).
    pub fn all(&self) -> &[Language] {
        &self.languages
    }

    /// The offered language with this code.
    pub fn find(&self, code: &str) -> Option<&Language> {
        self.offered()
            .find(|l| l.code.eq_ignore_ascii_case(code.trim()))
    }

    /// The language users get when nothing else is known.
    pub fn default_language(&self) -> &Language {
        &self.languages[self.offered[0]]
    }

    /// English, which answers for any message a language lacks.
    pub fn reference(&self) -> &Language {
        &self.languages[self.reference]
    }
}

fn embedded_folders() -> BTreeMap<String, Folder> {
    let mut folders: BTreeMap<String, Folder> = BTreeMap::new();
    for (code, name, text) in embedded::EMBEDDED {
        let folder = folders.entry((*code).to_string()).or_default();
        let file = (
            format!("frontend/locales/{code}/{name}"),
            (*text).to_string(),
        );
        if *name == "locale.toml" {
            folder.meta = Some(file);
        } else {
            folder.ftl.insert((*name).to_string(), file);
        }
    }
    folders
}

fn io_error(path: &Path, e: &std::io::Error) -> LocaleError {
    LocaleError::File {
        path: path.display().to_string(),
        message: e.to_string(),
    }
}

/// Whether `code` looks like a language tag (`sv`, `pt-BR`, `zh-Hant`).
fn is_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    parts.next().is_some_and(|first| {
        (2..=3).contains(&first.len()) && first.chars().all(|c| c.is_ascii_lowercase())
    }) && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// The locale folders under `dir`, each by its code.
fn read_dir(dir: &Path) -> Result<BTreeMap<String, Folder>, LocaleError> {
    let mut folders = BTreeMap::new();
    let entries = std::fs::read_dir(dir).map_err(|e| io_error(dir, &e))?;
    for entry in entries {
        let path = entry.map_err(|e| io_error(dir, &e))?.path();
        if !path.is_dir() {
            continue;
        }
        let code = path
            .file_name()
            .and_then(|n| n.to_str())
            .filter(|code| is_language_code(code))
            .ok_or_else(|| LocaleError::File {
                path: path.display().to_string(),
                message: "a locale folder is named by its language code, e.g. `sv` or `pt-BR`"
                    .to_string(),
            })?
            .to_string();
        let mut folder = Folder::default();
        for file in std::fs::read_dir(&path).map_err(|e| io_error(&path, &e))? {
            let file = file.map_err(|e| io_error(&path, &e))?.path();
            let Some(name) = file
                .file_name()
                .and_then(|n| n.to_str())
                .map(str::to_string)
            else {
                continue;
            };
            if name != "locale.toml" && !name.ends_with(".ftl") {
                continue;
            }
            let text = std::fs::read_to_string(&file).map_err(|e| io_error(&file, &e))?;
            let entry = (file.display().to_string(), text);
            if name == "locale.toml" {
                folder.meta = Some(entry);
            } else {
                folder.ftl.insert(name, entry);
            }
        }
        folders.insert(code, folder);
    }
    Ok(folders)
}

fn parse_meta(code: &str, folder: &Folder) -> Result<Meta, LocaleError> {
    let (path, text) = folder.meta.as_ref().ok_or_else(|| LocaleError::File {
        path: format!("{code}/locale.toml"),
        message: "missing: a new language needs native_name, direction, reviewed and translation"
            .to_string(),
    })?;
    toml::from_str(text).map_err(|e| LocaleError::File {
        path: path.clone(),
        message: e.message().to_string(),
    })
}

/// The line of byte `at` in `text`, counted from 1.
fn line_of(text: &str, at: usize) -> usize {
    text[..at.min(text.len())].matches('\n').count() + 1
}

fn parse_ftl(path: &str, text: &str) -> Result<FluentResource, LocaleError> {
    FluentResource::try_new(text.to_string()).map_err(|(_, errors)| LocaleError::File {
        path: path.to_string(),
        message: errors
            .iter()
            .map(|e| format!("line {}: {e}", line_of(text, e.pos.start)))
            .collect::<Vec<_>>()
            .join("; "),
    })
}

fn build(code: &str, folder: &Folder) -> Result<Language, LocaleError> {
    let meta = parse_meta(code, folder)?;
    let id: LanguageIdentifier = code.parse().map_err(|_| LocaleError::File {
        path: code.to_string(),
        message: "not a language code".to_string(),
    })?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks around variables keep a number or a Latin name in an
    // Arabic sentence in its own direction; left-to-right pages do not need them.
    bundle.set_use_isolating(meta.direction == Direction::Rtl);
    for (path, text) in folder.ftl.values() {
        bundle.add_resource_overriding(parse_ftl(path, text)?);
    }
    Ok(Language {
        code: code.to_string(),
        native_name: meta.native_name,
        rtl: meta.direction == Direction::Rtl,
        reviewed: meta.reviewed,
        translation: meta.translation,
        bundle,
    })
}

/// The messages of some Fluent text, each with the variables it uses.
fn messages(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    fn inline(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
                for a in &arguments.named {
                    inline(&a.value, out);
                }
            }
            _ => {}
        }
    }
    fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Inline(i) => inline(i, out),
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    pattern(&v.value, out);
                }
            }
        }
    }
    fn pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_vars(expression, out);
            }
        }
    }
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &message.value {
                pattern(value, &mut vars);
            }
            out.insert(message.id.name.to_string(), vars);
        }
    }
    out
}

/// One shortcoming of a locale folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// The file cannot be read as Fluent or TOML, or says something impossible.
    Malformed { code: String, message: String },
    /// English has the key; this language, with the embedded files it overrides, does not.
    Missing { code: String, key: String },
    /// The language has a key English does not.
    Extra { code: String, key: String },
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Malformed { code, message } => write!(f, "{code}: malformed: {message}"),
            Self::Missing { code, key } => write!(f, "{code}: missing: {key}"),
            Self::Extra { code, key } => write!(f, "{code}: extra: {key}"),
        }
    }
}

/// Checks every locale folder under `dir` as [`Locales::load`] would use it: each on top of
/// the embedded locale of the same code, if any, against English. Empty means good.
pub fn check_dir(dir: &Path) -> Result<Vec<Finding>, LocaleError> {
    let embedded = embedded_folders();
    let english: BTreeMap<String, BTreeSet<String>> = embedded
        .get(REFERENCE)
        .map(|f| {
            f.ftl
                .values()
                .flat_map(|(_, text)| messages(text))
                .collect()
        })
        .unwrap_or_default();
    let mut findings = Vec::new();
    let folders = read_dir(dir)?;
    if folders.is_empty() {
        findings.push(Finding::Malformed {
            code: dir.display().to_string(),
            message: "holds no locale folder (one folder per language, named by its code)"
                .to_string(),
        });
    }
    for (code, folder) in folders {
        let malformed = |message: String| Finding::Malformed {
            code: code.clone(),
            message,
        };
        let base = embedded.get(&code);
        if (folder.meta.is_some() || base.is_none())
            && let Err(e) = parse_meta(&code, &folder)
        {
            findings.push(malformed(e.to_string()));
        }
        let mut keys: BTreeMap<String, BTreeSet<String>> = base
            .map(|f| {
                f.ftl
                    .values()
                    .flat_map(|(_, text)| messages(text))
                    .collect()
            })
            .unwrap_or_default();
        for (path, text) in folder.ftl.values() {
            if let Err(e) = parse_ftl(path, text) {
                findings.push(malformed(e.to_string()));
            }
            for (key, vars) in messages(text) {
                if let Some(wanted) = english.get(&key)
                    && !vars.is_subset(wanted)
                {
                    let unknown: Vec<_> = vars.difference(wanted).cloned().collect();
                    findings.push(malformed(format!(
                        "{path}: {key} uses ${} which English does not give",
                        unknown.join(", $")
                    )));
                }
                keys.insert(key, vars);
            }
        }
        for key in english.keys().filter(|k| !keys.contains_key(*k)) {
            findings.push(Finding::Missing {
                code: code.clone(),
                key: key.clone(),
            });
        }
        for key in keys.keys().filter(|k| !english.contains_key(*k)) {
            findings.push(Finding::Extra {
                code: code.clone(),
                key: key.clone(),
            });
        }
    }
    Ok(findings)
}

/// The embedded locales' keys, by language (the tests compare them).
pub fn embedded_keys() -> BTreeMap<String, BTreeMap<String, BTreeSet<String>>> {
    embedded_folders()
        .into_iter()
        .map(|(code, folder)| {
            let keys = folder
                .ftl
                .values()
                .flat_map(|(_, text)| messages(text))
                .collect();
            (code, keys)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, file: &str, text: &str) {
        let path = dir.join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn an_operator_folder_corrects_a_message_and_adds_a_language() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "sv/fix.ftl", "home-report = Anmäl här\n");
        write(
            dir.path(),
            "de/locale.toml",
            "native_name = \"Deutsch\"\ndirection = \"ltr\"\nreviewed = true\ntranslation = \"by a person\"\n",
        );
        write(dir.path(), "de/main.ftl", "home-report = Melden\n");
        let locales = Locales::load(Some(dir.path()), None).unwrap();
        let sv = locales.find("sv").unwrap();
        assert_eq!(sv.text("home-report", None).unwrap(), "Anmäl här");
        // The rest of Swedish stays.
        assert_eq!(sv.text("quick-exit", None).unwrap(), "Lämna sidan snabbt");
        let de = locales.find("de").unwrap();
        assert!(de.reviewed && de.native_name == "Deutsch");
        assert_eq!(de.text("home-report", None).unwrap(), "Melden");
        assert_eq!(
            de.text("quick-exit", None),
            None,
            "English answers, not German"
        );

        let findings = check_dir(dir.path()).unwrap();
        assert!(findings.contains(&Finding::Missing {
            code: "de".into(),
            key: "quick-exit".into()
        }));
        assert!(
            !findings
                .iter()
                .any(|f| matches!(f, Finding::Missing { code, .. } if code == "sv")),
            "a partial override of an embedded language misses nothing: {findings:?}"
        );
    }

    #[test]
    fn a_broken_folder_is_refused_with_its_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "sv/bad.ftl",
            "home-report = Anmäl\nthis is not fluent\n",
        );
        let error = Locales::load(Some(dir.path()), None)
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("bad.ftl") && error.contains("line 2"),
            "{error}"
        );
        let findings = check_dir(dir.path()).unwrap();
        assert!(matches!(&findings[0], Finding::Malformed { code, .. } if code == "sv"));

        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "xx/main.ftl", "home-report = x\n");
        let error = Locales::load(Some(dir.path()), None)
            .unwrap_err()
            .to_string();
        assert!(error.contains("locale.toml"), "{error}");

        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "sv/v.ftl",
            "home-report = { $who } rapporterar\nnew-key = x\n",
        );
        let findings = check_dir(dir.path()).unwrap();
        assert!(
            findings.iter().any(|f| f.to_string().contains("$who")),
            "{findings:?}"
        );
        assert!(findings.contains(&Finding::Extra {
            code: "sv".into(),
            key: "new-key".into()
        }));
    }

    #[test]
    fn the_offered_languages_are_the_operators_choice() {
        let offered = ["sv".to_string(), "en".to_string()];
        let locales = Locales::load(None, Some(&offered)).unwrap();
        let codes: Vec<_> = locales.offered().map(|l| l.code.as_str()).collect();
        assert_eq!(codes, ["sv", "en"]);
        assert_eq!(locales.default_language().code, "sv");
        let error = Locales::load(None, Some(&["xx".to_string()]))
            .unwrap_err()
            .to_string();
        assert!(error.starts_with("KEDJA_LANGUAGES: `xx`"), "{error}");
    }

    #[test]
    fn codes_are_checked_before_they_name_a_folder() {
        for good in ["sv", "fil", "pt-BR", "zh-Hant"] {
            assert!(is_language_code(good), "{good}");
        }
        for bad in ["", "s", "SV", "../etc", "sv_SE", "abcd"] {
            assert!(!is_language_code(bad), "{bad}");
        }
    }
}
