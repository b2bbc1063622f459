//! The one place kedja draws randomness: the operating system's generator, through `getrandom`.
//!
//! A failure is [`CryptoError::Random`] everywhere: receipts, tokens, salts, keys, codes and
//! form ids are never made from anything weaker, and never from zeroes.

use super::CryptoError;

/// Fills `bytes` from the operating system's random generator.
pub fn fill(bytes: &mut [u8]) -> Result<(), CryptoError> {
    #[allow(clippy::disallowed_methods)] // the one sanctioned draw of randomness
    getrandom::fill(bytes).map_err(|_| CryptoError::Random)
}

/// `N` random bytes.
pub fn bytes<const N: usize>() -> Result<[u8; N], CryptoError> {
    let mut out = [0u8; N];
    fill(&mut out)?;
    Ok(out)
}
