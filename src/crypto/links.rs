//! The tokens of single-use links that let a member choose a password (an invitation or a
//! reset).
//!
//! A token is 32 random bytes, drawn when the e-mail carrying it is sent and put in the link
//! as base64url. Only its SHA-256 is stored: a copy of the database cannot be turned into a
//! working link. Like a session token, it never prints itself.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::CryptoError;

/// A link token as it travels in the e-mail and the URL. `Debug` hides it.
pub struct LinkToken(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for LinkToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LinkToken(****)")
    }
}

impl LinkToken {
    /// A new random token from the OS.
    pub fn generate() -> Result<Self, CryptoError> {
        let mut token = Zeroizing::new([0u8; 32]);
        super::random::fill(token.as_mut())?;
        Ok(Self(token))
    }

    /// Parses the link's last segment; anything else than 32 base64url bytes is refused.
    pub fn parse(text: &str) -> Option<Self> {
        let bytes = Zeroizing::new(URL_SAFE_NO_PAD.decode(text.trim()).ok()?);
        let token: [u8; 32] = bytes.as_slice().try_into().ok()?;
        Some(Self(Zeroizing::new(token)))
    }

    /// The text put in the link.
    pub fn to_link_value(&self) -> Zeroizing<String> {
        Zeroizing::new(URL_SAFE_NO_PAD.encode(&self.0[..]))
    }

    /// What the database stores and looks the link up by: SHA-256 of the token.
    pub fn lookup(&self) -> Vec<u8> {
        Sha256::digest(&self.0[..]).to_vec()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_round_trips_through_its_link_text_and_never_prints() {
        let token = LinkToken::generate().unwrap();
        let text = token.to_link_value();
        assert_eq!(text.len(), 43);
        let parsed = LinkToken::parse(&text).unwrap();
        assert_eq!(parsed.lookup(), token.lookup());
        assert_ne!(token.lookup(), LinkToken::generate().unwrap().lookup());
        assert_eq!(format!("{token:?}"), "LinkToken(****)");
        assert!(LinkToken::parse("short").is_none());
        assert!(LinkToken::parse(&format!("{}A", text.as_str())).is_none());
    }
}
