//! Free text a person types: what is required and how long it may be. Errors are types (the
//! field and the kind of problem), which each audience says in its own words and language.

/// What kind of wrong a field is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Required and absent or empty.
    Missing,
    /// Longer than allowed.
    TooLong,
    /// Present but not acceptable (wrong format, unknown code, not allowed).
    Malformed,
}

/// A field that was refused, and why (in English, for the API; pages use `problem`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub problem: Problem,
    pub message: String,
}

/// The longest message, note or reason, in characters.
pub const MAX_MESSAGE: usize = 10_000;

/// A required text: trimmed, not empty, at most `max` characters.
pub fn required<'a>(
    field: &'static str,
    value: Option<&'a str>,
    max: usize,
) -> Result<&'a str, FieldError> {
    let value = value
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .ok_or(FieldError {
            field,
            problem: Problem::Missing,
            message: "is required".into(),
        })?;
    if value.chars().count() > max {
        return Err(FieldError {
            field,
            problem: Problem::TooLong,
            message: format!("must be at most {max} characters"),
        });
    }
    Ok(value)
}

/// A file size as people read it: bytes under 1 kB, then kB, then MB with one decimal
/// (decimal units, as phones show them).
pub fn size_label(bytes: u64) -> String {
    match bytes {
        0..1_000 => format!("{bytes} B"),
        1_000..1_000_000 => format!("{} kB", bytes.div_ceil(1_000)),
        _ => {
            let tenths = bytes.div_ceil(100_000);
            format!("{}.{} MB", tenths / 10, tenths % 10)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_read_them() {
        assert_eq!(size_label(0), "0 B");
        assert_eq!(size_label(999), "999 B");
        assert_eq!(size_label(1_000), "1 kB");
        assert_eq!(size_label(48_213), "49 kB");
        assert_eq!(size_label(999_999), "1000 kB");
        assert_eq!(size_label(1_000_000), "1.0 MB");
        assert_eq!(size_label(2_340_001), "2.4 MB");
        assert_eq!(size_label(20 * 1024 * 1024), "21.0 MB");
    }

    #[test]
    fn required_text_is_trimmed_present_and_bounded() {
        assert_eq!(required("body", Some("  hi "), 5), Ok("hi"));
        assert_eq!(
            required("body", Some("   "), 5).map_err(|e| e.problem),
            Err(Problem::Missing)
        );
        assert_eq!(
            required("body", None, 5).map_err(|e| e.problem),
            Err(Problem::Missing)
        );
        assert_eq!(
            required("body", Some("ääääää"), 5).map_err(|e| e.problem),
            Err(Problem::TooLong)
        );
    }
}
