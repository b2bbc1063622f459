//! X25519 identities and recipients, and deriving an identity from a secret seed.
//!
//! Organisation and member identities are random; the reporter's, a member's password key and a
//! session's sealing key are derived from 32-byte seeds (argon2id or HKDF output). age only
//! parses identities from their Bech32 text form, so a seed is encoded into that form and
//! parsed back; the text never leaves this function and is zeroized.

use age::secrecy::ExposeSecret;
use bech32::{Bech32, Hrp};
use zeroize::Zeroizing;

use super::CryptoError;

pub use age::x25519::{Identity, Recipient};

/// age's secret-key prefix, lower case as Bech32 encodes it; age prints it upper case.
const SECRET_KEY_HRP: &str = "age-secret-key-";

/// A fresh random identity (organisations, members, recovery keys).
pub fn generate() -> Identity {
    Identity::generate()
}

/// The identity whose secret scalar is `seed`. Every 32-byte value is a valid X25519 key.
pub fn identity_from_seed(seed: &[u8; 32]) -> Result<Identity, CryptoError> {
    let hrp = Hrp::parse(SECRET_KEY_HRP).map_err(|_| CryptoError::InvalidKey)?;
    let encoded =
        Zeroizing::new(bech32::encode::<Bech32>(hrp, seed).map_err(|_| CryptoError::InvalidKey)?);
    let upper = Zeroizing::new(encoded.to_uppercase());
    upper.parse().map_err(|_| CryptoError::InvalidKey)
}

/// The identity's text form (`AGE-SECRET-KEY-1…`), for wrapping or printing once.
pub fn identity_to_secret_string(identity: &Identity) -> Zeroizing<String> {
    Zeroizing::new(identity.to_string().expose_secret().to_string())
}

/// Parses an identity from its text form.
pub fn parse_identity(text: &str) -> Result<Identity, CryptoError> {
    text.trim().parse().map_err(|_| CryptoError::InvalidKey)
}

/// Parses a recipient (`age1…`) as stored in a clear column.
pub fn parse_recipient(text: &str) -> Result<Recipient, CryptoError> {
    text.parse().map_err(|_| CryptoError::InvalidKey)
}

/// Wraps `identity` for the holder of `to`: an envelope whose payload is the identity's text.
pub fn wrap_identity(
    identity: &Identity,
    to: &Recipient,
    context: &super::records::Context,
) -> Result<Vec<u8>, CryptoError> {
    let text = identity_to_secret_string(identity);
    super::seal(context, std::slice::from_ref(to), text.as_bytes())
}

/// Parses recipients as stored.
pub fn parse_recipients(texts: &[String]) -> Result<Vec<Recipient>, CryptoError> {
    texts.iter().map(|t| parse_recipient(t)).collect()
}

/// Unwraps an identity sealed by [`wrap_identity`].
pub fn unwrap_identity(
    sealed: &[u8],
    with: &Identity,
    context: &super::records::Context,
) -> Result<Identity, CryptoError> {
    let text = super::open(context, std::slice::from_ref(with), sealed)?;
    let text = std::str::from_utf8(&text).map_err(|_| CryptoError::InvalidKey)?;
    parse_identity(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_seed_gives_the_same_identity_every_time() {
        let seed = [7u8; 32];
        let a = identity_from_seed(&seed).unwrap();
        let b = identity_from_seed(&seed).unwrap();
        assert_eq!(a.to_public().to_string(), b.to_public().to_string());
        let other = identity_from_seed(&[8u8; 32]).unwrap();
        assert_ne!(a.to_public().to_string(), other.to_public().to_string());
    }

    #[test]
    fn wrapped_identities_unwrap_only_with_the_right_key() {
        let grant = |member: u128| crate::crypto::Context::MemberGrant {
            org: uuid::Uuid::from_u128(1),
            member: uuid::Uuid::from_u128(member),
        };
        let org = generate();
        let member = generate();
        let stranger = generate();
        let sealed = wrap_identity(&org, &member.to_public(), &grant(1)).unwrap();
        let back = unwrap_identity(&sealed, &member, &grant(1)).unwrap();
        assert_eq!(back.to_public().to_string(), org.to_public().to_string());
        assert!(unwrap_identity(&sealed, &stranger, &grant(1)).is_err());
        assert!(unwrap_identity(&sealed, &member, &grant(2)).is_err());
    }

    #[test]
    fn recipients_round_trip_through_text() {
        let id = generate();
        let text = id.to_public().to_string();
        assert_eq!(parse_recipient(&text).unwrap().to_string(), text);
        assert!(parse_recipient("age1notakey").is_err());
    }
}
