//! Receipt codes: 16 digits, shown as four groups of four.
//!
//! Digits are language-neutral and easy to write down. A receipt is the reporter's only key to
//! their case, so the type never prints itself: `Debug` is masked, there is no `Display`, and
//! the digits are wiped from memory on drop.

use zeroize::{Zeroize, ZeroizeOnDrop};

/// Digits in a receipt.
const LEN: usize = 16;

/// A receipt code: exactly 16 ASCII digits.
///
/// Cases are found by a key derived from the receipt, never by comparing receipts, so the
/// derived (not constant-time) `PartialEq` is only for tests and in-memory checks.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct Receipt(String);

impl std::fmt::Debug for Receipt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Receipt(****)")
    }
}

/// Why a typed receipt was refused. Never echoes what was typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidReceipt {
    /// Fewer or more than 16 digits.
    #[error("receipt: must be 16 digits")]
    Length,
    /// Something other than ASCII digits, whitespace or dashes.
    #[error("receipt: may contain only digits, spaces and dashes")]
    Characters,
}

impl Receipt {
    /// Accepts digits separated by whitespace (including no-break spaces) or dashes, since
    /// people copy the grouped form and phones insert their own separators. The receipt is
    /// shown as ASCII digits, but a phone set to Arabic, Persian, Bengali or Thai types that
    /// script's digits: those count as the same digits.
    pub fn parse(raw: &str) -> Result<Self, InvalidReceipt> {
        // The buffer never grows past 16, so no reallocation leaves a copy of the digits behind
        // unwiped; on every error path `receipt` is dropped, which wipes what was collected.
        let mut receipt = Self(String::with_capacity(LEN));
        for c in raw.chars().map(ascii_digit) {
            match c {
                '0'..='9' if receipt.0.len() == LEN => return Err(InvalidReceipt::Length),
                '0'..='9' => receipt.0.push(c),
                c if c.is_whitespace() || is_dash(c) => {}
                _ => return Err(InvalidReceipt::Characters),
            }
        }
        if receipt.0.len() != LEN {
            return Err(InvalidReceipt::Length);
        }
        Ok(receipt)
    }

    /// A receipt from 16 values 0..=9 (values above 9 are reduced mod 10).
    pub fn from_digits(digits: [u8; 16]) -> Self {
        Self(digits.iter().map(|d| char::from(b'0' + d % 10)).collect())
    }

    /// The 16 digits without separators, for key derivation.
    pub fn as_digits(&self) -> &str {
        &self.0
    }

    /// "1234 5678 9012 3456", for showing once. The caller owns the copy: render it and drop
    /// it, never log it.
    pub fn display_grouped(&self) -> String {
        let mut grouped = String::with_capacity(LEN + LEN / 4);
        for (i, c) in self.0.chars().enumerate() {
            if i > 0 && i % 4 == 0 {
                grouped.push(' ');
            }
            grouped.push(c);
        }
        grouped
    }
}

/// The zero of each script whose digits phones type for a reporter: Arabic-Indic, Persian
/// (Extended Arabic-Indic), Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu,
/// Kannada, Malayalam, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian and full-width digits.
const ZEROS: [u32; 18] = [
    0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0E50,
    0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10,
];

/// A digit of any script in [`ZEROS`] as its ASCII digit: a worker whose phone types `٤`
/// means `4`. Everything else is left as it is.
fn ascii_digit(c: char) -> char {
    let code = u32::from(c);
    ZEROS
        .iter()
        .find(|zero| (**zero..**zero + 10).contains(&code))
        .and_then(|zero| char::from_digit(code - zero, 10))
        .unwrap_or(c)
}

/// The hyphen-minus and the Unicode dashes phones and word processors substitute for it.
fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_of_other_scripts_are_the_same_digits() {
        let ascii = Receipt::parse("1234 5678 9012 3456").unwrap();
        for typed in [
            "١٢٣٤ ٥٦٧٨ ٩٠١٢ ٣٤٥٦",              // Arabic
            "۱۲۳۴-۵۶۷۸-۹۰۱۲-۳۴۵۶",              // Persian, Urdu, Pashto
            "১২৩৪ ৫৬৭৮ ৯০১২ ৩৪৫৬",              // Bengali
            "๑๒๓๔ ๕๖๗๘ ๙๐๑๒ ๓๔๕๖",              // Thai
            "၁၂၃၄ ၅၆၇၈ ၉၀၁၂ ၃၄၅၆",              // Myanmar
            "１２３４５６７８９０１２３４５６", // full width
            "12٣4 5678 9012 3456",              // mixed
        ] {
            assert!(Receipt::parse(typed).unwrap() == ascii, "{typed}");
        }
        assert!(Receipt::parse("1234 5678 9012 345x").is_err());
        // Superscripts and other "numeric" characters that are not decimal digits stay out.
        assert!(Receipt::parse("1234 5678 9012 345²").is_err());
    }

    #[test]
    fn grouped_receipts_round_trip() {
        let receipt = Receipt::parse("1234 5678 9012 3456").unwrap();
        assert_eq!(receipt.as_digits(), "1234567890123456");
        assert_eq!(receipt.display_grouped(), "1234 5678 9012 3456");
        assert_eq!(Receipt::parse("1234-5678-9012-3456").unwrap(), receipt);
        assert_eq!(
            Receipt::parse("1234\u{a0}5678\u{a0}9012\u{a0}3456").unwrap(),
            receipt
        );
    }

    #[test]
    fn wrong_receipts_are_refused_without_echo() {
        assert_eq!(
            Receipt::parse("1234 5678 9012 345"),
            Err(InvalidReceipt::Length)
        );
        assert_eq!(
            Receipt::parse("1234 5678 9012 34567"),
            Err(InvalidReceipt::Length)
        );
        assert_eq!(
            Receipt::parse("1234 5678 9012 345x"),
            Err(InvalidReceipt::Characters)
        );
        assert_eq!(
            Receipt::parse("abcd efgh ijkl mnop"),
            Err(InvalidReceipt::Characters)
        );
        assert_eq!(Receipt::parse(""), Err(InvalidReceipt::Length));
        assert_eq!(
            Receipt::parse(&"1".repeat(10_000)),
            Err(InvalidReceipt::Length)
        );
        for typed in ["9876 5432 1098 765", "9876 5432 1098 765x"] {
            let err = Receipt::parse(typed).unwrap_err();
            assert!(!err.to_string().contains("9876"), "never echoes the input");
            assert!(!format!("{err:?}").contains("9876"));
        }
    }

    #[test]
    fn other_separators_are_accepted() {
        let receipt = Receipt::parse(" 1234\u{2011}5678\u{2013}9012\t3456\u{202f}").unwrap();
        assert_eq!(receipt.as_digits(), "1234567890123456");
    }

    #[test]
    fn debug_never_shows_the_digits() {
        let receipt = Receipt::from_digits([1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6]);
        assert_eq!(format!("{receipt:?}"), "Receipt(****)");
        assert_eq!(format!("{receipt:#?}"), "Receipt(****)");
        assert_eq!(receipt.as_digits(), "1234567890123456");
        let parsed = Receipt::parse("9999 8888 7777 6666").unwrap();
        assert!(!format!("{:?}", Some(&parsed)).contains('9'));
    }

    #[test]
    fn out_of_range_digit_values_still_make_a_valid_receipt() {
        let receipt = Receipt::from_digits([19; 16]);
        assert_eq!(receipt.as_digits(), "9".repeat(16));
    }

    proptest::proptest! {
        #[test]
        fn the_grouped_form_parses_back(digits in proptest::prelude::any::<[u8; 16]>()) {
            let receipt = Receipt::from_digits(digits.map(|d| d % 10));
            let grouped = receipt.display_grouped();
            proptest::prop_assert_eq!(grouped.len(), 19);
            proptest::prop_assert_eq!(Receipt::parse(&grouped).unwrap(), receipt);
        }
    }
}
