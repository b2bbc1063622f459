//! Site codes: six characters for posters and cards at a workplace, typed into the form to pick
//! the supplier without searching by name. The alphabet leaves out look-alikes (0/O, 1/I/L).

use std::fmt;

/// The 31 characters a code is made of.
pub const ALPHABET: &[u8; 31] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const LEN: usize = 6;

/// A site code such as `K7PX3M`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SiteCode(String);

/// A code that is not six characters of the alphabet.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("site_code: must be six letters and digits, as printed on the poster")]
pub struct InvalidSiteCode;

impl SiteCode {
    /// Normalises what a person typed (case, spaces, dashes) and checks it.
    pub fn parse(raw: &str) -> Result<Self, InvalidSiteCode> {
        let code: String = raw
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            // One past the length is enough to refuse; no need to copy a pasted essay.
            .take(LEN + 1)
            .collect();
        let valid = code.len() == LEN && code.bytes().all(|b| ALPHABET.contains(&b));
        if valid {
            Ok(Self(code))
        } else {
            Err(InvalidSiteCode)
        }
    }

    /// A code from random bytes by rejection sampling, so each character is uniform. With 32
    /// bytes, running out before six characters are found is astronomically unlikely
    /// (each byte is kept with probability 248/256); the rare remainder reuses bytes mod 31.
    pub fn from_random_bytes(bytes: [u8; 32]) -> Self {
        let limit = 248; // the largest multiple of 31 not above 256
        let mut code: String = bytes
            .iter()
            .filter(|b| **b < limit)
            .take(LEN)
            .map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]))
            .collect();
        let mut fallback = bytes.iter();
        while code.len() < LEN {
            let b = fallback.next().copied().unwrap_or(0);
            code.push(char::from(ALPHABET[usize::from(b) % ALPHABET.len()]));
        }
        Self(code)
    }

    /// The code, upper case without separators: the form stored and printed.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for SiteCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn typed_codes_are_normalised() {
        assert_eq!(SiteCode::parse(" k7p-x3m ").unwrap().as_str(), "K7PX3M");
        assert!(SiteCode::parse("K7PX3").is_err());
        assert!(
            SiteCode::parse("K7PX3O").is_err(),
            "O is not in the alphabet"
        );
        assert!(
            SiteCode::parse("K7PX31").is_err(),
            "1 is not in the alphabet"
        );
    }

    #[test]
    fn display_prints_the_code() {
        let code = SiteCode::parse("k7px3m").unwrap();
        assert_eq!(code.to_string(), "K7PX3M");
        assert!(SiteCode::parse("K7PX3MM").is_err(), "seven is too many");
        assert!(SiteCode::parse("").is_err());
        assert!(SiteCode::parse("K7PX3Ä").is_err());
    }

    #[test]
    fn biased_bytes_are_skipped() {
        let mut bytes = [0u8; 32];
        bytes[..3].copy_from_slice(&[248, 255, 250]);
        bytes[3] = 30; // the last character of the alphabet
        assert_eq!(SiteCode::from_random_bytes(bytes).as_str(), "9AAAAA");
        let all_rejected = SiteCode::from_random_bytes([255; 32]);
        assert!(
            SiteCode::parse(all_rejected.as_str()).is_ok(),
            "still a valid code"
        );
    }

    #[test]
    fn the_alphabet_has_no_look_alikes() {
        for c in b"01OIL" {
            assert!(!ALPHABET.contains(c));
        }
        let mut sorted = ALPHABET.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 31, "no character twice");
    }

    proptest! {
        #[test]
        fn random_codes_are_always_valid(bytes in any::<[u8; 32]>()) {
            let code = SiteCode::from_random_bytes(bytes);
            prop_assert_eq!(SiteCode::parse(code.as_str()).unwrap(), code);
        }
    }
}
