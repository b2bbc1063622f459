//! Session tokens and what they seal.
//!
//! The cookie carries 32 random bytes. The database keys the session by SHA-256 of the token
//! and stores the identities the session may use sealed to an X25519 identity derived from the
//! token with HKDF. A stolen database cannot open a session (it lacks the token); a stolen
//! cookie is useless without the database; and any replica can serve any request.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::{CryptoError, keys};

/// A session token as the browser holds it. Never logged: `Debug` hides it.
pub struct SessionToken(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for SessionToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionToken(****)")
    }
}

impl SessionToken {
    /// A new random token from the OS.
    pub fn generate() -> Result<Self, CryptoError> {
        let mut token = Zeroizing::new([0u8; 32]);
        super::random::fill(token.as_mut())?;
        Ok(Self(token))
    }

    /// Parses the cookie value; anything else than 32 base64url bytes is refused.
    pub fn parse(cookie: &str) -> Option<Self> {
        let bytes = Zeroizing::new(URL_SAFE_NO_PAD.decode(cookie.trim()).ok()?);
        let token: [u8; 32] = bytes.as_slice().try_into().ok()?;
        Some(Self(Zeroizing::new(token)))
    }

    /// The cookie value.
    pub fn to_cookie_value(&self) -> Zeroizing<String> {
        Zeroizing::new(URL_SAFE_NO_PAD.encode(&self.0[..]))
    }

    /// The database key: SHA-256 of the token.
    pub fn lookup(&self) -> Vec<u8> {
        Sha256::digest(&self.0[..]).to_vec()
    }

    /// The identity the session's secrets are sealed to.
    fn sealing_identity(&self) -> Result<keys::Identity, CryptoError> {
        let hk = Hkdf::<Sha256>::new(Some(b"kedja session sealing v1"), &self.0[..]);
        let mut seed = Zeroizing::new([0u8; 32]);
        hk.expand(b"x25519 identity", seed.as_mut())
            .map_err(|_| CryptoError::Kdf)?;
        keys::identity_from_seed(&seed)
    }

    /// Seals the session's secret payload (identities as text) to this token.
    pub fn seal(
        &self,
        context: &super::records::Context,
        payload: &[u8],
    ) -> Result<Vec<u8>, CryptoError> {
        super::seal(context, &[self.sealing_identity()?.to_public()], payload)
    }

    /// Opens what [`SessionToken::seal`] sealed.
    pub fn open(
        &self,
        context: &super::records::Context,
        sealed: &[u8],
    ) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
        super::open(context, &[self.sealing_identity()?], sealed)
    }
}

/// CSRF tokens: an HMAC over a purpose (the session's lookup key, or "anonymous" plus the time
/// window for forms shown before any session), compared in constant time.
pub mod csrf {
    use super::*;

    /// How long a form shown to an anonymous visitor stays valid.
    pub const ANONYMOUS_WINDOW_SECONDS: i64 = 4 * 3600;

    #[allow(clippy::expect_used)] // invariant: HMAC accepts keys of every length
    fn mac(key: &[u8; 32], purpose: &[u8]) -> Hmac<Sha256> {
        let mut mac =
            <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
        mac.update(b"kedja csrf v1\0");
        mac.update(purpose);
        mac
    }

    /// The token for forms inside a session.
    pub fn for_session(key: &[u8; 32], session_lookup: &[u8]) -> String {
        URL_SAFE_NO_PAD.encode(mac(key, session_lookup).finalize().into_bytes())
    }

    /// Checks a session form's token.
    pub fn verify_session(key: &[u8; 32], session_lookup: &[u8], token: &str) -> bool {
        let Ok(tag) = URL_SAFE_NO_PAD.decode(token.trim()) else {
            return false;
        };
        mac(key, session_lookup).verify_slice(&tag).is_ok()
    }

    /// The token for a form shown at `now` (Unix seconds) to someone without a session.
    pub fn for_anonymous(key: &[u8; 32], now: i64) -> String {
        let issued = now.to_be_bytes();
        let mut mac = mac(key, b"anonymous");
        mac.update(&issued);
        let tag = mac.finalize().into_bytes();
        format!("{now}.{}", URL_SAFE_NO_PAD.encode(tag))
    }

    /// Checks an anonymous form's token: genuine and not older than the window.
    pub fn verify_anonymous(key: &[u8; 32], now: i64, token: &str) -> bool {
        let Some((issued, tag)) = token.trim().split_once('.') else {
            return false;
        };
        let (Ok(issued), Ok(tag)) = (issued.parse::<i64>(), URL_SAFE_NO_PAD.decode(tag)) else {
            return false;
        };
        if issued > now + 60 || now - issued > ANONYMOUS_WINDOW_SECONDS {
            return false;
        }
        let mut mac = mac(key, b"anonymous");
        mac.update(&issued.to_be_bytes());
        mac.verify_slice(&tag).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_opens_only_with_its_own_token() {
        let token = SessionToken::generate().unwrap();
        let sealed = token
            .seal(&crate::crypto::Context::ReporterSession, b"identities")
            .unwrap();
        let again = SessionToken::parse(&token.to_cookie_value()).unwrap();
        assert_eq!(
            &again
                .open(&crate::crypto::Context::ReporterSession, &sealed)
                .unwrap()[..],
            b"identities"
        );
        assert_eq!(again.lookup(), token.lookup());
        let other = SessionToken::generate().unwrap();
        assert!(
            other
                .open(&crate::crypto::Context::ReporterSession, &sealed)
                .is_err()
        );
        assert!(format!("{token:?}") == "SessionToken(****)");
    }

    #[test]
    fn malformed_cookies_are_refused() {
        assert!(SessionToken::parse("").is_none());
        assert!(SessionToken::parse("short").is_none());
        assert!(SessionToken::parse(&"A".repeat(100)).is_none());
    }

    #[test]
    fn csrf_tokens_verify_and_expire() {
        let key = [3u8; 32];
        let token = csrf::for_session(&key, b"lookup");
        assert!(csrf::verify_session(&key, b"lookup", &token));
        assert!(!csrf::verify_session(&key, b"other", &token));
        assert!(!csrf::verify_session(&[4u8; 32], b"lookup", &token));

        let anon = csrf::for_anonymous(&key, 1_000_000);
        assert!(csrf::verify_anonymous(&key, 1_000_100, &anon));
        assert!(!csrf::verify_anonymous(
            &key,
            1_000_000 + csrf::ANONYMOUS_WINDOW_SECONDS + 1,
            &anon
        ));
        assert!(!csrf::verify_anonymous(
            &key,
            1_000_100,
            &anon.replace("1000000", "1000050")
        ));
        assert!(!csrf::verify_anonymous(&key, 1_000_100, "garbage"));
    }
}
