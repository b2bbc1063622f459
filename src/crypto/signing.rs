//! The instance's Ed25519 key, which signs escalation packages so that an authority can show,
//! offline and years later, that a package is exactly what this service sent.
//!
//! The public key is published as a PEM file (SubjectPublicKeyInfo), the form `openssl pkeyutl
//! -verify -rawin` takes, so a package can be checked without kedja installed.

use ed25519_dalek::pkcs8::{DecodePublicKey, EncodePublicKey, spki::der::pem::LineEnding};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};

use super::CryptoError;
use super::secrets::InstanceSecrets;

/// The instance's signing key.
pub fn signing_key(secrets: &InstanceSecrets) -> SigningKey {
    SigningKey::from_bytes(&secrets.signing_seed())
}

/// The public key as PEM.
pub fn public_pem(key: &VerifyingKey) -> Result<String, CryptoError> {
    key.to_public_key_pem(LineEnding::LF)
        .map_err(|_| CryptoError::InvalidKey)
}

/// Parses a public key from PEM.
pub fn parse_public_pem(pem: &str) -> Result<VerifyingKey, CryptoError> {
    VerifyingKey::from_public_key_pem(pem.trim()).map_err(|_| CryptoError::InvalidKey)
}

/// The SHA-256 of the public key's PEM file in hex: what `sha256sum` prints for the file an
/// authority downloads and pins, so anyone can check it without special tools. (Encoding a
/// valid key as PEM cannot fail; if it ever did, the empty fingerprint would match nothing.)
pub fn fingerprint(key: &VerifyingKey) -> String {
    public_pem(key)
        .map(|pem| super::sha256_hex(pem.as_bytes()))
        .unwrap_or_default()
}

/// Signs `message` (raw Ed25519, no pre-hashing).
pub fn sign(key: &SigningKey, message: &[u8]) -> [u8; 64] {
    key.sign(message).to_bytes()
}

/// Checks a raw 64-byte signature.
pub fn verify(key: &VerifyingKey, message: &[u8], signature: &[u8]) -> Result<(), CryptoError> {
    let signature = Signature::from_slice(signature).map_err(|_| CryptoError::Decrypt)?;
    key.verify_strict(message, &signature)
        .map_err(|_| CryptoError::Decrypt)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_verifies_with_the_published_key_only() {
        let (secrets, _) = InstanceSecrets::load(
            std::path::Path::new("/nonexistent"),
            &std::collections::HashMap::new(),
        )
        .unwrap();
        let key = signing_key(&secrets);
        let pem = public_pem(&key.verifying_key()).unwrap();
        assert!(pem.starts_with("-----BEGIN PUBLIC KEY-----"));
        let public = parse_public_pem(&pem).unwrap();
        let signature = sign(&key, b"SHA256SUMS");
        assert!(verify(&public, b"SHA256SUMS", &signature).is_ok());
        assert!(verify(&public, b"SHA256SUMs", &signature).is_err());
        let other = InstanceSecrets::generate().unwrap();
        let other = signing_key(&other).verifying_key();
        assert!(verify(&other, b"SHA256SUMS", &signature).is_err());
        assert!(verify(&public, b"SHA256SUMS", &signature[..63]).is_err());
    }

    #[test]
    fn the_key_is_stable_for_the_same_secrets() {
        let secrets = InstanceSecrets::generate().unwrap();
        assert_eq!(
            signing_key(&secrets).verifying_key(),
            signing_key(&secrets).verifying_key()
        );
        assert_eq!(
            fingerprint(&signing_key(&secrets).verifying_key()).len(),
            64
        );
    }
}
