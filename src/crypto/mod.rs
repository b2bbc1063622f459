//! The crypto boundary: the only module that seals or opens content.
//!
//! Invariants:
//! - content is sealed as age files to X25519 recipients; every envelope carries a context
//!   string (which row and which field it belongs to) inside the encrypted payload, and opening
//!   checks it, so swapping two ciphertexts in the database is detected;
//! - secret material lives in `Zeroizing`/`SecretBox` and has no `Debug` that prints it;
//! - argon2 runs only on the bounded [`kdf::KdfPool`], never on the async runtime.

pub mod envelope;
pub mod kdf;
pub mod keys;
pub mod links;
pub mod member;
pub mod random;
pub mod receipts;
pub mod records;
pub mod secrets;
pub mod session;
pub mod signing;

pub use envelope::{open, seal};
pub use kdf::{KdfPool, PoolBusy};
pub use keys::{Identity, Recipient};
pub use records::Context;

/// SHA-256 of `bytes` in hex: the fingerprint of a ciphertext or file for the audit chain.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

/// HMAC-SHA256 of `data` under `key`, with a domain label, in hex: a lookup value that a
/// copy of the database alone cannot recompute from a guess.
pub fn keyed_hash(key: &[u8; 32], label: &str, data: &[u8]) -> String {
    use hmac::{Hmac, Mac};
    // HMAC takes a key of any length: this cannot fail.
    let Ok(mut mac) = Hmac::<sha2::Sha256>::new_from_slice(key) else {
        return String::new();
    };
    mac.update(label.as_bytes());
    mac.update(b"\0");
    mac.update(data);
    hex::encode(mac.finalize().into_bytes())
}

/// A failure inside the crypto boundary. Never carries plaintext.
#[derive(Debug, thiserror::Error)]
pub enum CryptoError {
    #[error("encryption failed")]
    Encrypt,
    #[error("decryption failed: no matching key or damaged ciphertext")]
    Decrypt,
    #[error("ciphertext belongs to another record")]
    WrongContext,
    #[error("invalid key material")]
    InvalidKey,
    #[error("key derivation failed")]
    Kdf,
    #[error("the operating system's random generator failed")]
    Random,
}

/// A failure inside the crypto boundary reaches a person as an opaque 500; the cause is logged
/// (it never carries plaintext).
impl From<CryptoError> for crate::error::AppError {
    fn from(err: CryptoError) -> Self {
        Self::internal(err)
    }
}
