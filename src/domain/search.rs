//! Finding a workplace by what a worker types: the search key stored per supplier and the
//! words a search looks for in it.
//!
//! A worker types on whatever keyboard they have: `solbar` for "Solbär", `SOLBAR`, the town
//! instead of the company, or the name in Cyrillic (`солбар`). Both sides are therefore folded
//! to the same plain form before they are compared: every script is transliterated to Latin
//! letters (the `deunicode` tables: Cyrillic, Greek, Arabic, Devanagari, Latin with diacritics,
//! …), lower-cased, and everything that is not a letter or digit becomes one space. A Cyrillic
//! name and a Latin search (or the other way round) meet in the Latin form.
//!
//! The folded key holds only `a`–`z`, `0`–`9`, spaces and [`FIELD_SEPARATOR`], and a search
//! word only `a`–`z` and `0`–`9`, so a word can never carry a `LIKE` wildcard and never matches
//! across two fields.
//!
//! Invariant: a stored key is exactly `search_key` of the supplier's name, city and other
//! names; every place that writes one of those writes the key in the same statement.

/// Separates the name, the city and the other names inside a key.
pub const FIELD_SEPARATOR: char = '|';

/// At most this many words of a search are used; a pasted paragraph is not a search.
pub const MAX_WORDS: usize = 6;

/// Folds text for comparison: Latin letters and digits in lower case, words separated by one
/// space, no leading or trailing space. `"Solbär Bärplock AB, Kalmar"` becomes
/// `"solbar barplock ab kalmar"`, and `"Солбар"` becomes `"solbar"`.
pub fn fold(text: &str) -> String {
    let latin = deunicode::deunicode_with_tofu(text, " ");
    let mut folded = String::with_capacity(latin.len());
    let mut gap = false;
    for c in latin.chars() {
        if c.is_ascii_alphanumeric() {
            if gap && !folded.is_empty() {
                folded.push(' ');
            }
            gap = false;
            folded.push(c.to_ascii_lowercase());
        } else if c != '\'' {
            // An apostrophe joins: "O'Brien" and "OBrien" are one word.
            gap = true;
        }
    }
    folded
}

/// The key stored for a supplier: its folded name, city and other names, separated by
/// [`FIELD_SEPARATOR`]. Empty names are left out.
pub fn search_key<'a>(
    name: &str,
    city: Option<&str>,
    other_names: impl IntoIterator<Item = &'a str>,
) -> String {
    std::iter::once(fold(name))
        .chain(city.map(fold))
        .chain(other_names.into_iter().map(fold))
        .filter(|f| !f.is_empty())
        .collect::<Vec<_>>()
        .join(&FIELD_SEPARATOR.to_string())
}

/// The words of a search, folded, without repeats, at most [`MAX_WORDS`]. A supplier matches
/// when its key contains every word. Empty when nothing searchable was typed (only
/// punctuation, say): such a search finds nothing.
pub fn search_words(query: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for word in fold(query).split(' ').filter(|w| !w.is_empty()) {
        if words.len() == MAX_WORDS {
            break;
        }
        if !words.iter().any(|w| w == word) {
            words.push(word.to_string());
        }
    }
    words
}

/// The prefix every case reference carries (`KJ-7F3Q2A9M`).
pub const REFERENCE_PREFIX: &str = "KJ-";

/// The longest reference code a search looks for; real ones are 8 characters.
const MAX_REFERENCE_CODE: usize = 32;

/// What a search of the case list looks for. Report content is sealed, so only clear columns
/// can be searched: the case's reference, and the names of the supplier it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseSearch {
    /// One case by its reference as staff see it, in upper case (`KJ-7F3Q2A9M`).
    Reference(String),
    /// Cases about a supplier whose search key contains every one of these words. Empty when
    /// nothing searchable was typed: such a search finds nothing.
    Supplier(Vec<String>),
}

impl CaseSearch {
    /// Reads the case list's search box. Text starting with `KJ-` is a reference (case and
    /// spaces do not matter: `kj-7f3q 2a9m`); anything else is supplier words, folded like
    /// the supplier directory's search. `None` when the box is empty.
    pub fn parse(query: &str) -> Option<Self> {
        let query = query.trim();
        if query.is_empty() {
            return None;
        }
        let upper = query.to_ascii_uppercase();
        if let Some(rest) = upper.strip_prefix(REFERENCE_PREFIX) {
            let code: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
            if !code.is_empty()
                && code.len() <= MAX_REFERENCE_CODE
                && code.chars().all(|c| c.is_ascii_alphanumeric())
            {
                return Some(Self::Reference(format!("{REFERENCE_PREFIX}{code}")));
            }
        }
        Some(Self::Supplier(search_words(query)))
    }
}

/// Other names as an admin types them: comma-separated, each trimmed, empty ones and repeats
/// dropped.
pub fn split_other_names(raw: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for name in raw
        .split([',', '\n'])
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        if !names.iter().any(|n| n == name) {
            names.push(name.to_string());
        }
    }
    names
}

/// Legal forms that say nothing about which workplace is meant: "Solbär AB" and "Solbär Ltd"
/// are the same farm as far as a duplicate check goes.
const LEGAL_FORMS: &[&str] = &[
    "ab", "as", "asa", "bhd", "bv", "co", "company", "corp", "cv", "gmbh", "hb", "inc", "jsc",
    "kb", "limited", "llc", "llp", "ltd", "nv", "oy", "oyj", "plc", "pt", "pte", "pvt", "sa",
    "sarl", "sas", "sdn", "spa", "srl", "tbk",
];

/// The words of a supplier's name that tell it apart, for finding a record that may already
/// describe the same workplace: the search words without legal forms. Empty when the name is
/// only a legal form, which then suggests nothing.
pub fn distinctive_words(name: &str) -> Vec<String> {
    search_words(name)
        .into_iter()
        .filter(|w| !LEGAL_FORMS.contains(&w.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(key: &str, query: &str) -> bool {
        let words = search_words(query);
        // What the store's `LIKE '%word%'` on the whole key does.
        !words.is_empty() && words.iter().all(|w| key.contains(w.as_str()))
    }

    #[test]
    fn case_and_diacritics_fold_away() {
        assert_eq!(fold("Solbär Bärplock AB"), "solbar barplock ab");
        assert_eq!(fold("SOLBÄR"), "solbar");
        assert_eq!(fold("Umeå"), "umea");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Çukurova Tekstil"), "cukurova tekstil");
        assert_eq!(fold("Nguyễn"), "nguyen");
    }

    #[test]
    fn cyrillic_is_transliterated_to_latin() {
        assert_eq!(fold("солбар"), "solbar");
        assert_eq!(fold("Калмар"), "kalmar");
        assert_eq!(fold("Київ"), "kiyiv");
    }

    #[test]
    fn punctuation_and_spacing_become_single_spaces() {
        assert_eq!(fold("  Solbär,  Bärplock -- AB. "), "solbar barplock ab");
        assert_eq!(fold("O'Brien & Sons"), "obrien sons");
        assert_eq!(fold("100% _berry_"), "100 berry");
        assert_eq!(fold("!!!"), "");
    }

    #[test]
    fn the_key_holds_name_city_and_other_names() {
        let key = search_key(
            "Solbär Bärplock AB",
            Some("Kalmar"),
            ["Солбар", "", "Blåbär Kalmar"],
        );
        assert_eq!(key, "solbar barplock ab|kalmar|solbar|blabar kalmar");
        assert_eq!(search_key("X", None, []), "x");
    }

    #[test]
    fn searches_for_a_workplace_find_it_whatever_the_spelling() {
        let key = search_key("Solbär Bärplock AB", Some("Kalmar"), []);
        for query in [
            "solbar",
            "SOLBAR",
            "Solbär",
            "kalmar",
            "солбар",
            "калмар",
            "bärplock",
            "solbar kalmar",
        ] {
            assert!(matches(&key, query), "{query}");
        }
        for query in ["", "%", "_", "blabar", "solbar umea"] {
            assert!(!matches(&key, query), "{query}");
        }
    }

    #[test]
    fn search_words_are_folded_deduplicated_and_bounded() {
        assert_eq!(
            search_words(" Solbär, SOLBAR kalmar "),
            ["solbar", "kalmar"]
        );
        assert!(search_words("%_%").is_empty());
        assert_eq!(search_words("a b c d e f g h").len(), MAX_WORDS);
    }

    #[test]
    fn no_key_or_word_can_carry_a_like_wildcard() {
        let text = "100%_\\ ünï|cödé [x] *?";
        let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == ' ';
        assert!(fold(text).chars().all(allowed));
        assert!(search_words(text).iter().all(|w| {
            w.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        }));
    }

    #[test]
    fn a_case_search_starting_with_kj_is_a_reference() {
        for typed in ["KJ-7F3Q2A9M", " kj-7f3q2a9m ", "Kj-7F3Q 2A9M"] {
            assert_eq!(
                CaseSearch::parse(typed),
                Some(CaseSearch::Reference("KJ-7F3Q2A9M".into())),
                "{typed}"
            );
        }
    }

    #[test]
    fn any_other_case_search_is_supplier_words() {
        assert_eq!(
            CaseSearch::parse("Solbär Kalmar"),
            Some(CaseSearch::Supplier(vec!["solbar".into(), "kalmar".into()]))
        );
        // A supplier called "KJ Textil" is not a reference, nor is a reference with symbols.
        assert_eq!(
            CaseSearch::parse("KJ Textil"),
            Some(CaseSearch::Supplier(vec!["kj".into(), "textil".into()]))
        );
        assert_eq!(
            CaseSearch::parse("KJ-%"),
            Some(CaseSearch::Supplier(vec!["kj".into()]))
        );
        assert_eq!(CaseSearch::parse("%_%"), Some(CaseSearch::Supplier(vec![])));
        assert_eq!(CaseSearch::parse("   "), None);
    }

    #[test]
    fn other_names_are_split_on_commas() {
        assert_eq!(
            split_other_names(" Солбар , Blåbär AB,,Солбар\nSB "),
            ["Солбар", "Blåbär AB", "SB"]
        );
        assert!(split_other_names(" , ").is_empty());
    }

    #[test]
    fn distinctive_words_leave_out_legal_forms() {
        assert_eq!(
            distinctive_words("Solbär Bärplock AB"),
            ["solbar", "barplock"]
        );
        assert_eq!(distinctive_words("SOLBAR LTD."), ["solbar"]);
        assert!(distinctive_words("AB").is_empty());
    }
}
