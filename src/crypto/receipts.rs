//! Receipt codes: generation from the OS CSPRNG and the keys derived from them.
//!
//! `argon2id(receipt, pepper)` gives 64 bytes. SHA-256 of the first half is the lookup key
//! stored on the case; the second half seeds the reporter's X25519 identity. Without the pepper
//! (kept out of the database) a leaked lookup column cannot be brute-forced over the 10^16
//! receipts; with it, each guess still costs an argon2id.

use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::{CryptoError, kdf, keys};
use crate::domain::receipt::Receipt;

/// What a receipt unlocks.
pub struct ReceiptKeys {
    /// Stored in `cases.receipt_lookup`; reveals nothing without the pepper.
    pub lookup: [u8; 32],
    /// The reporter's identity: messages and reports are sealed to its recipient too.
    pub identity: keys::Identity,
}

/// A new receipt of 16 uniformly random digits.
pub fn generate() -> Result<Receipt, CryptoError> {
    let mut digits = [0u8; 16];
    let mut filled = 0;
    let mut pool = [0u8; 32];
    while filled < digits.len() {
        super::random::fill(&mut pool)?;
        // Rejection sampling: bytes of 250 and above would favour the digits 0 to 5.
        for byte in pool.iter().copied().filter(|b| *b < 250) {
            if filled == digits.len() {
                break;
            }
            digits[filled] = byte % 10;
            filled += 1;
        }
    }
    let receipt = Receipt::from_digits(digits);
    pool.iter_mut().for_each(|b| *b = 0);
    Ok(receipt)
}

/// Derives the lookup key and the reporter identity. Costs one argon2id: run it on the pool.
pub fn derive(receipt: &Receipt, pepper: &[u8; 32]) -> Result<ReceiptKeys, CryptoError> {
    let out = kdf::derive_64(receipt.as_digits().as_bytes(), pepper)?;
    let (lookup_half, key_half) = out.split_at(32);
    let lookup: [u8; 32] = Sha256::digest(lookup_half).into();
    let mut seed = Zeroizing::new([0u8; 32]);
    seed.copy_from_slice(key_half);
    Ok(ReceiptKeys {
        lookup,
        identity: keys::identity_from_seed(&seed)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn receipts_are_sixteen_digits_and_differ() {
        let a = generate().unwrap();
        let b = generate().unwrap();
        assert_eq!(a.as_digits().len(), 16);
        assert!(a.as_digits().bytes().all(|c| c.is_ascii_digit()));
        assert_ne!(a.as_digits(), b.as_digits());
    }

    #[test]
    fn the_same_receipt_and_pepper_give_the_same_keys() {
        let receipt = Receipt::parse("1234 5678 9012 3456").unwrap();
        let one = derive(&receipt, &[1; 32]).unwrap();
        let two = derive(&receipt, &[1; 32]).unwrap();
        assert_eq!(one.lookup, two.lookup);
        assert_eq!(
            one.identity.to_public().to_string(),
            two.identity.to_public().to_string()
        );
        let other_pepper = derive(&receipt, &[2; 32]).unwrap();
        assert_ne!(one.lookup, other_pepper.lookup);
    }
}
