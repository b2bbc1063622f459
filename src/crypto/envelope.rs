//! age envelopes bound to the record they belong to.
//!
//! age has no associated data, so the context (for example `case:<id>:content`) is written at
//! the front of the encrypted payload as `len (u16, big endian) || context || plaintext` and
//! checked on opening. An attacker with write access to the database who swaps two ciphertexts
//! gets [`CryptoError::WrongContext`], not another case's narrative under this case's id.

use std::io::{Read, Write};

use zeroize::Zeroizing;

use super::CryptoError;
use super::keys::{Identity, Recipient};
use super::records::Context;

/// Seals `plaintext` for every recipient in `to`, bound to `context`.
pub fn seal(context: &Context, to: &[Recipient], plaintext: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let mut out = Vec::with_capacity(plaintext.len() + 256);
    let mut writer = seal_stream(context, to, &mut out)?;
    writer
        .write_all(plaintext)
        .map_err(|_| CryptoError::Encrypt)?;
    // Without finish() the last chunk is never written and the file cannot be opened.
    writer.finish().map_err(|_| CryptoError::Encrypt)?;
    Ok(out)
}

/// Starts a streamed envelope into `out`, bound to `context` like [`seal`]: write the plaintext
/// into the returned writer, then call `finish()` on it (without it the last chunk is never
/// written and the file cannot be opened). Used for evidence, which is never whole in memory.
pub fn seal_stream<W: Write>(
    context: &Context,
    to: &[Recipient],
    out: W,
) -> Result<age::stream::StreamWriter<W>, CryptoError> {
    let context = context.to_string();
    let context_len = u16::try_from(context.len()).map_err(|_| CryptoError::Encrypt)?;
    let encryptor = age::Encryptor::with_recipients(to.iter().map(|r| r as &dyn age::Recipient))
        .map_err(|_| CryptoError::Encrypt)?;
    let mut writer = encryptor
        .wrap_output(out)
        .map_err(|_| CryptoError::Encrypt)?;
    writer
        .write_all(&context_len.to_be_bytes())
        .map_err(|_| CryptoError::Encrypt)?;
    writer
        .write_all(context.as_bytes())
        .map_err(|_| CryptoError::Encrypt)?;
    Ok(writer)
}

/// Opens an envelope with any of `identities` and checks it belongs to `context`.
pub fn open(
    context: &Context,
    identities: &[Identity],
    ciphertext: &[u8],
) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
    let decryptor = age::Decryptor::new(ciphertext).map_err(|_| CryptoError::Decrypt)?;
    if decryptor.is_scrypt() {
        // Passphrase envelopes are never written by kedja; refuse rather than spend seconds.
        return Err(CryptoError::Decrypt);
    }
    let mut reader = decryptor
        .decrypt(identities.iter().map(|i| i as &dyn age::Identity))
        .map_err(|_| CryptoError::Decrypt)?;
    let mut payload = Zeroizing::new(Vec::with_capacity(ciphertext.len()));
    reader
        .read_to_end(&mut payload)
        .map_err(|_| CryptoError::Decrypt)?;
    strip_context(&context.to_string(), &payload)
}

/// Opens a streamed envelope (evidence) with any of `identities`: checks that it belongs to
/// `context` and returns a reader of the plaintext, decrypted chunk by chunk as it is read, so a
/// large file is never whole in memory. Each chunk is authenticated before the reader gives it
/// out; a damaged or cut file fails part-way with an error from `read`.
pub fn open_stream<R: Read>(
    context: &Context,
    identities: &[Identity],
    ciphertext: R,
) -> Result<age::stream::StreamReader<R>, CryptoError> {
    let decryptor = age::Decryptor::new(ciphertext).map_err(|_| CryptoError::Decrypt)?;
    if decryptor.is_scrypt() {
        return Err(CryptoError::Decrypt);
    }
    let mut reader = decryptor
        .decrypt(identities.iter().map(|i| i as &dyn age::Identity))
        .map_err(|_| CryptoError::Decrypt)?;
    let context = context.to_string();
    let mut len = [0u8; 2];
    reader
        .read_exact(&mut len)
        .map_err(|_| CryptoError::WrongContext)?;
    let mut found = vec![0u8; usize::from(u16::from_be_bytes(len))];
    reader
        .read_exact(&mut found)
        .map_err(|_| CryptoError::WrongContext)?;
    if found != context.as_bytes() {
        return Err(CryptoError::WrongContext);
    }
    Ok(reader)
}

fn strip_context(context: &str, payload: &[u8]) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
    let (len, rest) = payload
        .split_first_chunk::<2>()
        .ok_or(CryptoError::WrongContext)?;
    let len = usize::from(u16::from_be_bytes(*len));
    let (found, plaintext) = rest
        .split_at_checked(len)
        .ok_or(CryptoError::WrongContext)?;
    if found != context.as_bytes() {
        return Err(CryptoError::WrongContext);
    }
    Ok(Zeroizing::new(plaintext.to_vec()))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::crypto::keys::{generate, identity_from_seed};

    #[test]
    fn the_ciphertext_does_not_contain_the_plaintext() {
        let id = generate();
        let secret = b"they took our passports at the airport";
        let sealed = seal(
            &Context::CaseContent {
                case: uuid::Uuid::from_u128(1),
            },
            &[id.to_public()],
            secret,
        )
        .unwrap();
        assert!(!sealed.windows(secret.len()).any(|w| w == secret));
    }

    #[test]
    fn a_swapped_ciphertext_is_detected() {
        let id = generate();
        let sealed = seal(
            &Context::CaseContent {
                case: uuid::Uuid::from_u128(1),
            },
            &[id.to_public()],
            b"one",
        )
        .unwrap();
        assert!(matches!(
            open(
                &Context::CaseContent {
                    case: uuid::Uuid::from_u128(2)
                },
                std::slice::from_ref(&id),
                &sealed
            ),
            Err(CryptoError::WrongContext)
        ));
    }

    #[test]
    fn a_damaged_ciphertext_does_not_open() {
        let id = generate();
        let mut sealed = seal(&Context::ReporterSession, &[id.to_public()], b"narrative").unwrap();
        let last = sealed.len() - 1;
        sealed[last] ^= 1;
        assert!(open(&Context::ReporterSession, &[id], &sealed).is_err());
    }

    #[test]
    fn a_streamed_envelope_opens_chunk_by_chunk_for_its_context_only() {
        let id = generate();
        let context = Context::ReporterSession;
        // More than one age chunk (64 KiB), and not a multiple of it.
        let plaintext: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        let sealed = seal(&context, &[id.to_public()], &plaintext).unwrap();
        let mut reader = open_stream(&context, std::slice::from_ref(&id), &sealed[..]).unwrap();
        let mut opened = Vec::new();
        reader.read_to_end(&mut opened).unwrap();
        assert_eq!(opened, plaintext);

        let other = Context::CaseContent {
            case: uuid::Uuid::from_u128(1),
        };
        assert!(matches!(
            open_stream(&other, std::slice::from_ref(&id), &sealed[..]),
            Err(CryptoError::WrongContext)
        ));
        let mut damaged = sealed.clone();
        let last = damaged.len() - 1;
        damaged[last] ^= 1;
        let mut reader = open_stream(&context, std::slice::from_ref(&id), &damaged[..]).unwrap();
        assert!(
            reader.read_to_end(&mut Vec::new()).is_err(),
            "the damaged last chunk fails"
        );
    }

    #[test]
    fn sealing_to_nobody_fails() {
        assert!(seal(&Context::ReporterSession, &[], b"x").is_err());
    }

    proptest! {
        // Every recipient of an envelope can open it; nobody else can.
        #[test]
        fn envelopes_round_trip_for_every_recipient(
            seeds in prop::collection::vec(any::<[u8; 32]>(), 1..5),
            outsider in any::<[u8; 32]>(),
            plaintext in prop::collection::vec(any::<u8>(), 0..2048),
            case in any::<u128>(),
            note in any::<u128>(),
        ) {
            let context = Context::Note { case: uuid::Uuid::from_u128(case), note: uuid::Uuid::from_u128(note) };
            let identities: Vec<Identity> =
                seeds.iter().map(|s| identity_from_seed(s).unwrap()).collect();
            let recipients: Vec<Recipient> = identities.iter().map(Identity::to_public).collect();
            let sealed = seal(&context, &recipients, &plaintext).unwrap();
            for identity in &identities {
                let opened = open(&context, std::slice::from_ref(identity), &sealed).unwrap();
                prop_assert_eq!(&opened[..], &plaintext[..]);
            }
            prop_assume!(!seeds.contains(&outsider));
            let stranger = identity_from_seed(&outsider).unwrap();
            prop_assert!(open(&context, &[stranger], &sealed).is_err());
        }
    }
}
