//! Cells of an exported table that a spreadsheet opens as text, never as a formula.
//!
//! A supplier name is typed by an admin, and a spreadsheet program treats a cell that starts
//! with `=`, `+`, `-` or `@` as a formula (CSV injection: `=HYPERLINK(…)` can leak the sheet,
//! older programs ran commands). Such a cell gets a leading `'`, which spreadsheets read as
//! "this is text" and do not show. A tab or carriage return at the start is treated the same,
//! as OWASP advises, since some programs skip it and read the formula after it.

use std::borrow::Cow;

/// The characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The cell as a spreadsheet should show it: unchanged, or with a leading `'` when it would
/// otherwise be read as a formula.
pub fn text_cell(value: &str) -> Cow<'_, str> {
    if value.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{value}"))
    } else {
        Cow::Borrowed(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_become_text() {
        assert_eq!(text_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(text_cell("+1"), "'+1");
        assert_eq!(text_cell("-2+3"), "'-2+3");
        assert_eq!(text_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text_cell("\t=1"), "'\t=1");
    }

    #[test]
    fn ordinary_cells_are_left_alone() {
        for cell in [
            "Solbär AB",
            "2025-01-31",
            "KJ-7F3Q2A9M",
            "",
            "a=b",
            "O'Brien",
        ] {
            assert!(matches!(text_cell(cell), Cow::Borrowed(_)), "{cell}");
        }
    }
}
