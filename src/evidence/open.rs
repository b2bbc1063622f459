//! Opening sealed evidence files: the description and the bytes, the stored ciphertext
//! checked against the hash recorded when it was written.
//!
//! A download is streamed ([`stream_attachment`]): a blocking thread reads the blob, hashes the
//! ciphertext and decrypts it chunk by chunk into a short channel that the response body
//! drains, so memory stays flat whatever the file's size. Every chunk is authenticated by age
//! before it is sent; the last one is held back until the whole ciphertext has matched its
//! recorded hash, so a swapped or damaged blob ends the download short (a browser shows it as
//! failed) instead of delivering a complete file.

use std::io::Read;
use std::pin::Pin;
use std::task::{Context as TaskContext, Poll};

use bytes::Bytes;
use sha2::{Digest, Sha256};
use tokio::sync::{mpsc, oneshot};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::crypto::{self, Context, records::AttachmentMeta};
use crate::error::AppError;
use crate::state::AppState;
use crate::store::entities;

/// A decrypted evidence file, for download. Audited.
pub struct Download {
    pub name: String,
    pub bytes: Zeroizing<Vec<u8>>,
}

/// A sealed file: its sealed description (`meta_context`, `sealed_meta`) and its blob
/// (`blob_key`, `blob_context`), opened with `identity`. With `ciphertext_sha256`, the stored
/// ciphertext is checked against it first.
pub struct SealedFile<'a> {
    pub meta_context: Context,
    pub sealed_meta: &'a [u8],
    pub blob_key: &'a str,
    pub blob_context: Context,
    pub ciphertext_sha256: Option<&'a str>,
}

/// Opens a [`SealedFile`]: its description and its bytes (decrypted off the async runtime).
pub async fn open_file(
    state: &AppState,
    identity: &crate::crypto::keys::Identity,
    file: SealedFile<'_>,
) -> Result<(AttachmentMeta, Zeroizing<Vec<u8>>), AppError> {
    let meta = crypto::open(
        &file.meta_context,
        std::slice::from_ref(identity),
        file.sealed_meta,
    )?;
    let meta: AttachmentMeta = serde_json::from_slice(&meta)?;
    let ciphertext = state.blobs().read(file.blob_key).await?;
    if file
        .ciphertext_sha256
        .is_some_and(|expected| crypto::sha256_hex(&ciphertext) != expected)
    {
        return Err(AppError::internal(anyhow::anyhow!(
            "evidence blob does not match its recorded hash"
        )));
    }
    let context = file.blob_context;
    let opener = identity.clone();
    let bytes = tokio::task::spawn_blocking(move || {
        crypto::open(&context, std::slice::from_ref(&opener), &ciphertext)
    })
    .await??;
    Ok((meta, bytes))
}

/// Opens one evidence file of a case, its ciphertext checked against the hash recorded at
/// upload.
pub async fn open_attachment(
    state: &AppState,
    identity: &crate::crypto::keys::Identity,
    case_id: Uuid,
    attachment: &entities::attachments::Model,
) -> Result<(AttachmentMeta, Zeroizing<Vec<u8>>), AppError> {
    open_file(
        state,
        identity,
        SealedFile {
            meta_context: Context::AttachmentMeta {
                case: case_id,
                attachment: attachment.id,
            },
            sealed_meta: &attachment.sealed_meta,
            blob_key: &attachment.blob_key,
            blob_context: Context::AttachmentBlob {
                case: case_id,
                attachment: attachment.id,
            },
            ciphertext_sha256: Some(&attachment.ciphertext_sha256),
        },
    )
    .await
}

/// Plaintext handed to the response body per item.
const CHUNK: usize = 64 * 1024;
/// Chunks decrypted ahead of the client: with the one held back, at most ~0.3 MiB of a file in
/// flight however large it is.
const AHEAD: usize = 4;

/// A decrypted evidence file as a stream of chunks, for a download. Audited.
pub struct StreamedDownload {
    pub name: String,
    pub body: Plaintext,
}

/// The chunks of a file being decrypted; an error ends the stream (and the download) short.
pub struct Plaintext(mpsc::Receiver<Result<Bytes, std::io::Error>>);

impl futures_util::Stream for Plaintext {
    type Item = Result<Bytes, std::io::Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().0.poll_recv(cx)
    }
}

/// Opens one evidence file of a case as a stream: its description now, its bytes as the client
/// reads them. A missing blob, a wrong key or a blob of another record fails here, before any
/// byte is sent; a damaged or swapped one ends the stream short.
pub async fn stream_attachment(
    state: &AppState,
    identity: &crate::crypto::keys::Identity,
    case_id: Uuid,
    attachment: &entities::attachments::Model,
) -> Result<(AttachmentMeta, Plaintext), AppError> {
    let meta = crypto::open(
        &Context::AttachmentMeta {
            case: case_id,
            attachment: attachment.id,
        },
        std::slice::from_ref(identity),
        &attachment.sealed_meta,
    )?;
    let meta: AttachmentMeta = serde_json::from_slice(&meta)?;
    let ciphertext = state.blobs().reader(&attachment.blob_key).await?;
    let decrypting = Decrypting {
        identity: identity.clone(),
        context: Context::AttachmentBlob {
            case: case_id,
            attachment: attachment.id,
        },
        expected_sha256: attachment.ciphertext_sha256.clone(),
    };
    let (opened, opened_rx) = oneshot::channel();
    let (chunks, body) = mpsc::channel(AHEAD);
    tokio::task::spawn_blocking(move || decrypting.run(ciphertext, opened, &chunks));
    opened_rx
        .await
        .map_err(|_| AppError::internal(anyhow::anyhow!("the decrypting thread stopped")))??;
    Ok((meta, Plaintext(body)))
}

/// What the decrypting thread needs.
struct Decrypting {
    identity: crate::crypto::keys::Identity,
    context: Context,
    expected_sha256: String,
}

impl Decrypting {
    /// Says on `opened` whether the file opens, then sends its plaintext on `chunks`. Returns
    /// early, quietly, when the client has gone.
    fn run(
        self,
        ciphertext: Box<dyn Read + Send>,
        opened: oneshot::Sender<Result<(), crypto::CryptoError>>,
        chunks: &mpsc::Sender<Result<Bytes, std::io::Error>>,
    ) {
        let mut hasher = Sha256::new();
        let hashing = Hashing {
            inner: ciphertext,
            hasher: &mut hasher,
        };
        let mut plaintext = match crypto::envelope::open_stream(
            &self.context,
            std::slice::from_ref(&self.identity),
            hashing,
        ) {
            Ok(reader) => reader,
            Err(err) => {
                drop(opened.send(Err(err)));
                return;
            }
        };
        if opened.send(Ok(())).is_err() {
            return;
        }
        let mut held: Option<Bytes> = None;
        loop {
            let mut chunk = vec![0u8; CHUNK];
            let filled = match fill(&mut plaintext, &mut chunk) {
                Ok(filled) => filled,
                Err(err) => {
                    tracing::error!(error = %err, "an evidence download stopped: the blob does not decrypt");
                    drop(chunks.blocking_send(Err(err)));
                    return;
                }
            };
            if filled == 0 {
                break;
            }
            chunk.truncate(filled);
            if let Some(ready) = held.replace(Bytes::from(chunk))
                && chunks.blocking_send(Ok(ready)).is_err()
            {
                return;
            }
        }
        drop(plaintext);
        if hex::encode(hasher.finalize()) != self.expected_sha256 {
            tracing::error!(
                "an evidence download stopped: the blob does not match its recorded hash"
            );
            drop(chunks.blocking_send(Err(std::io::Error::other(
                "evidence blob does not match its recorded hash",
            ))));
            return;
        }
        if let Some(last) = held {
            drop(chunks.blocking_send(Ok(last)));
        }
    }
}

/// Reads until `buf` is full or the reader ends; returns how much was read.
fn fill(reader: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match reader.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(err) if err.kind() == std::io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
    Ok(filled)
}

/// Hashes the ciphertext as it is read.
struct Hashing<'a> {
    inner: Box<dyn Read + Send>,
    hasher: &'a mut Sha256,
}

impl Read for Hashing<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}
