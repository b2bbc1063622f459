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

/// Puts `items` in a uniformly random order (Fisher–Yates), so that no order of arrival
/// survives.
pub fn shuffle<T>(items: &mut [T]) -> Result<(), CryptoError> {
    for i in (1..items.len()).rev() {
        // A 64-bit draw reduced modulo at most a slice's length: the bias is below 2^-32.
        let draw = u64::from_le_bytes(bytes::<8>()?);
        let j = usize::try_from(draw % (i as u64 + 1)).unwrap_or(0);
        items.swap(i, j);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shuffle_keeps_every_item_and_changes_the_order() {
        let sorted: Vec<u32> = (0..64).collect();
        let mut items = sorted.clone();
        shuffle(&mut items).unwrap();
        let mut back = items.clone();
        back.sort_unstable();
        assert_eq!(back, sorted, "nothing lost or doubled");
        // 64 items keep their order with probability 1/64!.
        assert_ne!(items, sorted);
    }
}
