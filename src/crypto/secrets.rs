//! Instance secrets: the receipt pepper and the CSRF key.
//!
//! Read from the environment (`KEDJA_RECEIPT_PEPPER`, `KEDJA_CSRF_KEY`, base64 of 32 bytes) or
//! from `secrets.toml` in the data folder (mode 0600). Only when neither exists are new ones
//! generated, and the caller persists them only after checking the database does not already
//! belong to other secrets ([`InstanceSecrets::fingerprint`]): a lost pepper would silently
//! orphan every receipt, so a mismatch is a start-up error, never a new key.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use secrecy::{ExposeSecret, SecretBox};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

/// The file name inside the data folder.
pub const FILE_NAME: &str = "secrets.toml";

/// Where the secrets came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Environment,
    File,
    /// Freshly generated: persist with [`InstanceSecrets::persist`] once the database agrees.
    Generated,
}

/// The instance's secrets. `Debug` shows nothing secret.
pub struct InstanceSecrets {
    receipt_pepper: SecretBox<[u8; 32]>,
    csrf_key: SecretBox<[u8; 32]>,
}

impl std::fmt::Debug for InstanceSecrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InstanceSecrets").finish_non_exhaustive()
    }
}

/// A secret that could not be read: which one, and why. Never contains the value.
#[derive(Debug, thiserror::Error)]
#[error("{source_name}: {message}")]
pub struct SecretsError {
    pub source_name: String,
    pub message: String,
}

fn err(source_name: impl Into<String>, message: impl Into<String>) -> SecretsError {
    SecretsError {
        source_name: source_name.into(),
        message: message.into(),
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SecretsFile {
    receipt_pepper: String,
    csrf_key: String,
}

impl InstanceSecrets {
    /// Loads from `env`, else from the data folder's file, else generates new ones in memory.
    pub fn load(
        data_dir: &Path,
        env: &HashMap<String, String>,
    ) -> Result<(Self, Origin), SecretsError> {
        let from_env = (env.get("KEDJA_RECEIPT_PEPPER"), env.get("KEDJA_CSRF_KEY"));
        match from_env {
            (Some(pepper), Some(csrf)) => {
                let secrets = Self {
                    receipt_pepper: decode_key("KEDJA_RECEIPT_PEPPER", pepper)?,
                    csrf_key: decode_key("KEDJA_CSRF_KEY", csrf)?,
                };
                return Ok((secrets, Origin::Environment));
            }
            (Some(_), None) | (None, Some(_)) => {
                return Err(err(
                    "KEDJA_RECEIPT_PEPPER / KEDJA_CSRF_KEY",
                    "set both or neither",
                ));
            }
            (None, None) => {}
        }
        let path = Self::path(data_dir);
        match std::fs::read_to_string(&path) {
            Ok(text) => Ok((Self::parse_file(&path, &text)?, Origin::File)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                Ok((Self::generate()?, Origin::Generated))
            }
            Err(e) => Err(err(
                path.display().to_string(),
                format!("cannot be read: {e}"),
            )),
        }
    }

    fn path(data_dir: &Path) -> PathBuf {
        data_dir.join(FILE_NAME)
    }

    fn parse_file(path: &Path, text: &str) -> Result<Self, SecretsError> {
        let name = path.display().to_string();
        let file: SecretsFile =
            toml::from_str(text).map_err(|_| err(&name, "is not a valid secrets file"))?;
        Ok(Self {
            receipt_pepper: decode_key(&format!("{name}: receipt_pepper"), &file.receipt_pepper)?,
            csrf_key: decode_key(&format!("{name}: csrf_key"), &file.csrf_key)?,
        })
    }

    /// New random secrets from the OS.
    pub fn generate() -> Result<Self, SecretsError> {
        Ok(Self {
            receipt_pepper: random_key()?,
            csrf_key: random_key()?,
        })
    }

    /// Writes the secrets to the data folder, readable by the owner only, durably.
    pub fn persist(&self, data_dir: &Path) -> Result<(), SecretsError> {
        let path = Self::path(data_dir);
        let name = path.display().to_string();
        let file = SecretsFile {
            receipt_pepper: STANDARD.encode(self.receipt_pepper.expose_secret()),
            csrf_key: STANDARD.encode(self.csrf_key.expose_secret()),
        };
        let text =
            Zeroizing::new(toml::to_string(&file).map_err(|_| err(&name, "could not be encoded"))?);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut out = options
            .open(&path)
            .map_err(|e| err(&name, format!("cannot be created: {e}")))?;
        out.write_all(
            b"# kedja instance secrets: back this file up; losing it orphans every receipt.\n",
        )
        .and_then(|()| out.write_all(text.as_bytes()))
        .and_then(|()| out.sync_all())
        .map_err(|e| err(&name, format!("cannot be written: {e}")))?;
        crate::durable::sync_dir(data_dir).map_err(|e| err(&name, format!("cannot be synced: {e}")))
    }

    /// The pepper for receipt derivation.
    pub fn receipt_pepper(&self) -> &[u8; 32] {
        self.receipt_pepper.expose_secret()
    }

    /// The key for CSRF tokens.
    pub fn csrf_key(&self) -> &[u8; 32] {
        self.csrf_key.expose_secret()
    }

    /// The seed of the instance's Ed25519 key for signing escalation packages. Derived from the
    /// pepper (which can never change without orphaning every receipt), so the key is as
    /// stable as the instance and needs no new secret in existing installations.
    pub fn signing_seed(&self) -> Zeroizing<[u8; 32]> {
        let hk = hkdf::Hkdf::<Sha256>::new(
            Some(b"kedja escalation signing key v1"),
            self.receipt_pepper.expose_secret(),
        );
        let mut seed = Zeroizing::new([0u8; 32]);
        // 32 bytes is far below HKDF-SHA256's output limit.
        let _fits = hk.expand(b"ed25519", seed.as_mut()).is_ok();
        seed
    }

    /// A one-way fingerprint of the pepper, recorded in the database on first start so that a
    /// later start with other secrets is refused instead of silently breaking every receipt.
    pub fn fingerprint(&self) -> String {
        let mut hasher = Sha256::new();
        hasher.update(b"kedja receipt pepper fingerprint v1\0");
        hasher.update(self.receipt_pepper.expose_secret());
        hex::encode(hasher.finalize())
    }
}

fn random_key() -> Result<SecretBox<[u8; 32]>, SecretsError> {
    let mut key = Box::new([0u8; 32]);
    super::random::fill(key.as_mut()).map_err(|e| err("OS random source", e.to_string()))?;
    Ok(SecretBox::new(key))
}

fn decode_key(source_name: &str, encoded: &str) -> Result<SecretBox<[u8; 32]>, SecretsError> {
    let bytes = Zeroizing::new(
        STANDARD
            .decode(encoded.trim())
            .map_err(|_| err(source_name, "must be base64"))?,
    );
    let key: [u8; 32] = bytes
        .as_slice()
        .try_into()
        .map_err(|_| err(source_name, "must be 32 bytes (44 base64 characters)"))?;
    Ok(SecretBox::new(Box::new(key)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_secrets_persist_with_mode_0600_and_load_again() {
        let dir = tempfile::tempdir().unwrap();
        let (secrets, origin) = InstanceSecrets::load(dir.path(), &HashMap::new()).unwrap();
        assert_eq!(origin, Origin::Generated);
        assert!(
            !dir.path().join(FILE_NAME).exists(),
            "nothing is written before the caller agrees"
        );
        secrets.persist(dir.path()).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(FILE_NAME))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let (again, origin) = InstanceSecrets::load(dir.path(), &HashMap::new()).unwrap();
        assert_eq!(origin, Origin::File);
        assert_eq!(again.fingerprint(), secrets.fingerprint());
        assert_eq!(again.csrf_key(), secrets.csrf_key());
        assert!(
            secrets.persist(dir.path()).is_err(),
            "an existing file is never overwritten"
        );
    }

    #[test]
    fn a_damaged_file_is_an_error_not_a_new_key() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(FILE_NAME),
            "receipt_pepper = \"short\"\ncsrf_key = \"x\"\n",
        )
        .unwrap();
        let error = InstanceSecrets::load(dir.path(), &HashMap::new()).unwrap_err();
        assert!(error.source_name.contains(FILE_NAME), "{error}");
    }

    #[test]
    fn environment_secrets_need_both_and_must_be_32_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let good = STANDARD.encode([9u8; 32]);
        let env = |pairs: &[(&str, &str)]| -> HashMap<String, String> {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        };
        let (secrets, origin) = InstanceSecrets::load(
            dir.path(),
            &env(&[("KEDJA_RECEIPT_PEPPER", &good), ("KEDJA_CSRF_KEY", &good)]),
        )
        .unwrap();
        assert_eq!(origin, Origin::Environment);
        assert_eq!(secrets.receipt_pepper(), &[9u8; 32]);
        assert!(
            InstanceSecrets::load(dir.path(), &env(&[("KEDJA_RECEIPT_PEPPER", &good)])).is_err()
        );
        let short = STANDARD.encode([9u8; 16]);
        let error = InstanceSecrets::load(
            dir.path(),
            &env(&[("KEDJA_RECEIPT_PEPPER", &short), ("KEDJA_CSRF_KEY", &good)]),
        )
        .unwrap_err();
        assert_eq!(error.source_name, "KEDJA_RECEIPT_PEPPER");
    }

    #[test]
    fn debug_shows_no_secret() {
        let secrets = InstanceSecrets::generate().unwrap();
        let shown = format!("{secrets:?}");
        assert!(!shown.contains(&STANDARD.encode(secrets.receipt_pepper())));
        assert_eq!(shown, "InstanceSecrets { .. }");
    }
}
