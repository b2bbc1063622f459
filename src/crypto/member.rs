//! A member's own keys: the password hash, the member identity sealed to a key derived from
//! the password (with its own salt), and the TOTP secret sealed to the member identity.
//!
//! The operator never sees any of these: the CLI reads the password from stdin and prints
//! only ids and, for TOTP, the enrolment URI once.

use uuid::Uuid;

use super::records::Context;
use zeroize::Zeroizing;

use super::{CryptoError, kdf, keys};

/// What is stored for a new member. All fields are safe to persist.
pub struct MemberKeys {
    pub password_hash: String,
    pub key_salt: Vec<u8>,
    pub recipient: String,
    pub sealed_identity: Vec<u8>,
    /// The identity itself, for wrapping grants in the same transaction; never stored.
    pub identity: keys::Identity,
}

fn identity_context(member_id: Uuid) -> Context {
    Context::MemberIdentity { member: member_id }
}

fn totp_context(member_id: Uuid) -> Context {
    Context::MemberTotp { member: member_id }
}

/// Creates a member's keys from a password. Costs two argon2 runs: call it on the pool.
pub fn create(member_id: Uuid, password: &[u8]) -> Result<MemberKeys, CryptoError> {
    let identity = keys::generate();
    let password_hash = kdf::hash_password(password)?;
    let (key_salt, sealed_identity) = seal_with_password(member_id, &identity, password)?;
    Ok(MemberKeys {
        password_hash,
        key_salt,
        recipient: identity.to_public().to_string(),
        sealed_identity,
        identity,
    })
}

/// Seals `identity` to a fresh password-derived key: on creation and on password change.
pub fn seal_with_password(
    member_id: Uuid,
    identity: &keys::Identity,
    password: &[u8],
) -> Result<(Vec<u8>, Vec<u8>), CryptoError> {
    let salt = kdf::new_salt()?;
    let seed = kdf::derive_seed(password, &salt)?;
    let password_key = keys::identity_from_seed(&seed)?;
    let sealed = keys::wrap_identity(
        identity,
        &password_key.to_public(),
        &identity_context(member_id),
    )?;
    Ok((salt.to_vec(), sealed))
}

/// Opens the member identity with the password. Costs one argon2 run.
pub fn open_identity(
    member_id: Uuid,
    password: &[u8],
    key_salt: &[u8],
    sealed_identity: &[u8],
) -> Result<keys::Identity, CryptoError> {
    let seed = kdf::derive_seed(password, key_salt)?;
    let password_key = keys::identity_from_seed(&seed)?;
    keys::unwrap_identity(sealed_identity, &password_key, &identity_context(member_id))
}

/// A new TOTP secret (160 bits, RFC 4226's recommendation).
pub fn new_totp_secret() -> Result<Zeroizing<Vec<u8>>, CryptoError> {
    let mut secret = Zeroizing::new(vec![0u8; 20]);
    super::random::fill(secret.as_mut_slice())?;
    Ok(secret)
}

/// Seals a TOTP secret to the member's recipient.
pub fn seal_totp(
    member_id: Uuid,
    recipient: &keys::Recipient,
    secret: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    super::seal(
        &totp_context(member_id),
        std::slice::from_ref(recipient),
        secret,
    )
}

/// Opens a sealed TOTP secret with the member identity.
pub fn open_totp(
    member_id: Uuid,
    identity: &keys::Identity,
    sealed: &[u8],
) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
    super::open(
        &totp_context(member_id),
        std::slice::from_ref(identity),
        sealed,
    )
}

/// The TOTP verifier for a secret: SHA-1, six digits, 30 s, one step of skew (RFC 6238's
/// defaults, which every authenticator app supports).
pub fn totp(secret: &[u8], account: &str) -> Result<totp_rs::Totp, CryptoError> {
    totp_rs::Builder::new()
        .with_secret(secret.to_vec())
        .with_account_name(account.to_string())
        .with_issuer(Some("kedja"))
        .build()
        .map_err(|_| CryptoError::InvalidKey)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_password_opens_the_identity_and_nothing_else_does() {
        let id = Uuid::new_v4();
        let keys = create(id, b"a long staff passphrase").unwrap();
        let opened = open_identity(
            id,
            b"a long staff passphrase",
            &keys.key_salt,
            &keys.sealed_identity,
        )
        .unwrap();
        assert_eq!(opened.to_public().to_string(), keys.recipient);
        assert!(
            open_identity(
                id,
                b"wrong passphrase!!",
                &keys.key_salt,
                &keys.sealed_identity
            )
            .is_err()
        );
        assert!(
            open_identity(
                Uuid::new_v4(),
                b"a long staff passphrase",
                &keys.key_salt,
                &keys.sealed_identity
            )
            .is_err()
        );
        assert!(kdf::verify_password(
            b"a long staff passphrase",
            Some(&keys.password_hash)
        ));
    }

    #[test]
    fn totp_secrets_round_trip_and_make_an_otpauth_uri() {
        let id = Uuid::new_v4();
        let identity = keys::generate();
        let secret = new_totp_secret().unwrap();
        let sealed = seal_totp(id, &identity.to_public(), &secret).unwrap();
        assert_eq!(&*open_totp(id, &identity, &sealed).unwrap(), &*secret);
        let uri = totp(&secret, "ana@example.org").unwrap().to_url().unwrap();
        assert!(uri.starts_with("otpauth://totp/"), "{uri}");
    }
}
