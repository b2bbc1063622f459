//! The blob store: evidence as age files, addressed by random keys.
//!
//! Plaintext arrives as chunks and is encrypted on a blocking thread straight into a staging
//! file (ciphertext only ever touches the disk). The staging file is fsynced, then moved into
//! place: renamed and its directory fsynced on the filesystem backend, uploaded to the bucket
//! on the object-store backend (S3 and compatible, via `object_store`). Only after that may the
//! caller commit the row and answer 201, so an acknowledged blob survives a crash.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context as _;
use object_store::{ObjectStore, ObjectStoreExt, PutPayload};
use sha2::{Digest, Sha256};
use tokio::sync::mpsc;
use zeroize::Zeroizing;

use crate::crypto::{Context, Recipient};
use crate::durable::sync_dir;

/// Sets the times of the folder holding `path` back to the neutral time after a file in it
/// came or went. Best effort: a folder time is a leak, not a failure of the upload.
fn neutral_folder_of(path: &Path) {
    if let Some(folder) = path.parent()
        && let Err(err) =
            std::fs::File::open(folder).and_then(|f| crate::durable::neutral_times(&f))
    {
        tracing::warn!(error = %err, "could not reset a blob folder's time");
    }
}

/// Removes staging files left by a process that died mid-upload (older than an hour, so an
/// upload in flight in another process sharing the folder is left alone).
fn sweep_staging(staging: &Path) {
    let Ok(entries) = std::fs::read_dir(staging) else {
        return;
    };
    for entry in entries.flatten() {
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|modified| modified.elapsed().ok())
            .is_some_and(|age| age > std::time::Duration::from_secs(3600));
        if stale {
            drop(std::fs::remove_file(entry.path()));
        }
    }
}

/// Where blobs live.
#[derive(Clone, Debug)]
pub struct BlobStore {
    staging: PathBuf,
    backend: Backend,
}

#[derive(Clone, Debug)]
enum Backend {
    /// Files under a folder of the data directory.
    Fs(PathBuf),
    /// A bucket (S3 or compatible), or any other `object_store` backend.
    Object(Arc<dyn ObjectStore>),
}

/// A failure of the blob store or of the upload's own limits.
#[derive(Debug, thiserror::Error)]
pub enum BlobError {
    #[error("blob I/O: {0}")]
    Io(#[from] io::Error),
    #[error("object store: {0}")]
    Object(#[from] object_store::Error),
    #[error("encryption failed")]
    Encrypt,
    #[error("the upload exceeded {limit} bytes")]
    TooLarge { limit: u64 },
    #[error("the upload was interrupted")]
    Interrupted,
}

/// A durable blob.
#[derive(Debug, Clone)]
pub struct Stored {
    pub key: String,
    /// SHA-256 of the ciphertext, which binds the blob to its row and the audit chain.
    pub ciphertext_sha256: String,
    /// Plaintext size in bytes.
    pub size: u64,
}

/// Counts and hashes what passes through to the file.
struct HashingFile {
    file: std::fs::File,
    hasher: Sha256,
}

impl Write for HashingFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.file.write(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
    }
}

/// What the async side tells the encrypting thread.
enum Feed {
    Chunk(Zeroizing<Vec<u8>>),
    /// All bytes were sent: finish the file. Without it the upload was abandoned (the request
    /// was dropped, or refused) and the thread deletes its staging file itself, so no partial
    /// file outlives a failed upload whatever the order of events.
    Finish,
}

/// Feeds plaintext chunks into an encrypting writer on a blocking thread.
pub struct SealingUpload {
    chunks: mpsc::Sender<Feed>,
    worker: tokio::task::JoinHandle<Result<(String, u64, PathBuf), BlobError>>,
    store: BlobStore,
    key: String,
    staging: PathBuf,
    limit: u64,
    written: u64,
}

impl BlobStore {
    /// The blob store the settings name.
    pub fn from_settings(settings: &crate::config::Settings) -> anyhow::Result<Self> {
        Ok(match &settings.blob_url {
            Some(url) => {
                Self::s3(url, settings.data_dir.join("blob-staging")).context("KEDJA_BLOB_URL")?
            }
            None => Self::filesystem(settings.data_dir.join("blobs"))
                .context("creating the blob folder")?,
        })
    }

    /// A filesystem store under `root`.
    pub fn filesystem(root: PathBuf) -> io::Result<Self> {
        let staging = root.join(".staging");
        std::fs::create_dir_all(&staging)?;
        sweep_staging(&staging);
        Ok(Self {
            staging,
            backend: Backend::Fs(root),
        })
    }

    /// An object store; staging files live in `staging` on the local disk (ciphertext only).
    pub fn object(store: Arc<dyn ObjectStore>, staging: PathBuf) -> io::Result<Self> {
        std::fs::create_dir_all(&staging)?;
        sweep_staging(&staging);
        Ok(Self {
            staging,
            backend: Backend::Object(store),
        })
    }

    /// An S3 (or compatible) bucket from a URL such as `s3://bucket/prefix`, with credentials
    /// and endpoint from the usual `AWS_*` variables.
    pub fn s3(url: &str, staging: PathBuf) -> Result<Self, BlobError> {
        let store = object_store::aws::AmazonS3Builder::from_env()
            .with_url(url)
            .build()?;
        Ok(Self::object(Arc::new(store), staging)?)
    }

    fn fs_path(root: &Path, key: &str) -> PathBuf {
        root.join(&key[..2]).join(key)
    }

    /// Starts an upload sealed to `recipients` with `context` bound inside, refusing past
    /// `limit` plaintext bytes.
    pub fn begin(
        &self,
        recipients: Vec<Recipient>,
        context: Context,
        limit: u64,
    ) -> Result<SealingUpload, BlobError> {
        let key = uuid::Uuid::new_v4().simple().to_string();
        let staging = self.staging.join(format!("{key}.part"));
        let staging_for_abort = staging.clone();
        let (tx, mut rx) = mpsc::channel::<Feed>(4);
        // The worker logs inside the caller's span: a reporter's upload stays a public request,
        // whose lines are held back rather than written with their time (see web::trace).
        let span = tracing::Span::current();
        let worker = tokio::task::spawn_blocking(move || {
            let _in_request = span.enter();
            let outcome = (|| -> Result<(String, u64), BlobError> {
                let file = std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&staging)?;
                let mut sink = HashingFile {
                    file,
                    hasher: Sha256::new(),
                };
                let mut writer =
                    crate::crypto::envelope::seal_stream(&context, &recipients, &mut sink)
                        .map_err(|_| BlobError::Encrypt)?;
                let mut size = 0u64;
                loop {
                    match rx.blocking_recv() {
                        Some(Feed::Chunk(chunk)) => {
                            size += chunk.len() as u64;
                            writer.write_all(&chunk)?;
                        }
                        Some(Feed::Finish) => break,
                        None => return Err(BlobError::Interrupted),
                    }
                }
                // Without finish() the last chunk is never written.
                writer.finish()?;
                crate::durable::neutral_times(&sink.file)?;
                sink.file.sync_all()?;
                Ok((hex::encode(sink.hasher.finalize()), size))
            })();
            match outcome {
                Ok((hash, size)) => Ok((hash, size, staging)),
                Err(err) => {
                    // Best effort: a staging file left behind is swept on the next start.
                    drop(std::fs::remove_file(&staging));
                    neutral_folder_of(&staging);
                    Err(err)
                }
            }
        });
        Ok(SealingUpload {
            chunks: tx,
            worker,
            store: self.clone(),
            key,
            staging: staging_for_abort,
            limit,
            written: 0,
        })
    }

    /// Reads a blob's ciphertext.
    pub async fn read(&self, key: &str) -> Result<Vec<u8>, BlobError> {
        match &self.backend {
            Backend::Fs(root) => Ok(tokio::fs::read(Self::fs_path(root, key)).await?),
            Backend::Object(store) => {
                let path = object_store::path::Path::from(key);
                Ok(store.get(&path).await?.bytes().await?.to_vec())
            }
        }
    }

    /// A blob's ciphertext as a blocking reader, to be read on a blocking thread: the file
    /// itself, or the object streamed from the bucket as it is read, so a large blob is never
    /// whole in memory.
    pub async fn reader(&self, key: &str) -> Result<Box<dyn io::Read + Send>, BlobError> {
        match &self.backend {
            Backend::Fs(root) => {
                let file = tokio::fs::File::open(Self::fs_path(root, key)).await?;
                Ok(Box::new(file.into_std().await))
            }
            Backend::Object(store) => {
                use futures_util::TryStreamExt;
                let path = object_store::path::Path::from(key);
                let chunks = store
                    .get(&path)
                    .await?
                    .into_stream()
                    .map_err(io::Error::other);
                Ok(Box::new(tokio_util::io::SyncIoBridge::new(
                    tokio_util::io::StreamReader::new(chunks),
                )))
            }
        }
    }

    /// Deletes a blob; a missing one is not an error.
    pub async fn delete(&self, key: &str) -> Result<(), BlobError> {
        match &self.backend {
            Backend::Fs(root) => {
                let path = Self::fs_path(root, key);
                match tokio::fs::remove_file(&path).await {
                    Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e.into()),
                    _ => {}
                }
                // Removing the file moved its folder's time to now.
                if let Some(folder) = path.parent() {
                    let folder = folder.to_path_buf();
                    tokio::task::spawn_blocking(move || {
                        crate::durable::neutral_times(&std::fs::File::open(folder)?)
                    })
                    .await
                    .map_err(|_| BlobError::Interrupted)??;
                }
                Ok(())
            }
            Backend::Object(store) => {
                match store.delete(&object_store::path::Path::from(key)).await {
                    Err(object_store::Error::NotFound { .. }) | Ok(()) => Ok(()),
                    Err(e) => Err(e.into()),
                }
            }
        }
    }

    async fn publish(&self, staging: &Path, key: &str) -> Result<(), BlobError> {
        match &self.backend {
            Backend::Fs(root) => {
                let target = Self::fs_path(root, key);
                let dir = target
                    .parent()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| root.clone());
                tokio::fs::create_dir_all(&dir).await?;
                tokio::fs::rename(staging, &target).await?;
                let (dir_for_sync, root, staging_dir) =
                    (dir.clone(), root.clone(), self.staging.clone());
                tokio::task::spawn_blocking(move || {
                    // The rename moved the folders' times to now: set them back.
                    for folder in [&dir_for_sync, &root, &staging_dir] {
                        crate::durable::neutral_times(&std::fs::File::open(folder)?)?;
                    }
                    sync_dir(&dir_for_sync)?;
                    sync_dir(&root)
                })
                .await
                .map_err(|_| BlobError::Interrupted)??;
                Ok(())
            }
            Backend::Object(store) => {
                let bytes = tokio::fs::read(staging).await?;
                let put = store
                    .put(
                        &object_store::path::Path::from(key),
                        PutPayload::from(bytes),
                    )
                    .await;
                drop(tokio::fs::remove_file(staging).await);
                neutral_folder_of(staging);
                put?;
                Ok(())
            }
        }
    }
}

impl SealingUpload {
    /// Adds plaintext. Past the limit the upload is abandoned and `TooLarge` returned.
    pub async fn write(&mut self, chunk: Zeroizing<Vec<u8>>) -> Result<(), BlobError> {
        self.written += chunk.len() as u64;
        if self.written > self.limit {
            return Err(BlobError::TooLarge { limit: self.limit });
        }
        self.chunks
            .send(Feed::Chunk(chunk))
            .await
            .map_err(|_| BlobError::Interrupted)
    }

    /// Plaintext bytes so far.
    pub fn written(&self) -> u64 {
        self.written
    }

    /// Finishes encryption, makes the blob durable and returns where it is.
    pub async fn finish(self) -> Result<Stored, BlobError> {
        let Self {
            chunks,
            worker,
            store,
            key,
            ..
        } = self;
        chunks
            .send(Feed::Finish)
            .await
            .map_err(|_| BlobError::Interrupted)?;
        drop(chunks);
        let (ciphertext_sha256, size, staging) =
            worker.await.map_err(|_| BlobError::Interrupted)??;
        if let Err(err) = store.publish(&staging, &key).await {
            drop(tokio::fs::remove_file(&staging).await);
            neutral_folder_of(&staging);
            return Err(err);
        }
        Ok(Stored {
            key,
            ciphertext_sha256,
            size,
        })
    }

    /// Abandons the upload and removes its staging file.
    pub async fn abort(self) {
        let Self {
            chunks,
            worker,
            staging,
            ..
        } = self;
        drop(chunks);
        drop(worker.await);
        drop(tokio::fs::remove_file(&staging).await);
        neutral_folder_of(&staging);
    }
}

/// A blob store failure reaches a person as an opaque 500 (the per-file limit is refused earlier,
/// as 413, by the upload itself).
impl From<BlobError> for crate::error::AppError {
    fn from(err: BlobError) -> Self {
        Self::internal(err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::keys;

    async fn round_trip(store: BlobStore) {
        let identity = keys::generate();
        let mut upload = store
            .begin(
                vec![identity.to_public()],
                Context::AttachmentBlob {
                    case: uuid::Uuid::from_u128(1),
                    attachment: uuid::Uuid::from_u128(2),
                },
                1 << 20,
            )
            .unwrap();
        upload
            .write(Zeroizing::new(b"payslip: ".to_vec()))
            .await
            .unwrap();
        upload
            .write(Zeroizing::new(b"wages withheld".to_vec()))
            .await
            .unwrap();
        let stored = upload.finish().await.unwrap();
        assert_eq!(stored.size, 23);
        let ciphertext = store.read(&stored.key).await.unwrap();
        assert_eq!(
            hex::encode(Sha256::digest(&ciphertext)),
            stored.ciphertext_sha256
        );
        assert!(!ciphertext.windows(8).any(|w| w == b"withheld"));
        let plain = crate::crypto::open(
            &Context::AttachmentBlob {
                case: uuid::Uuid::from_u128(1),
                attachment: uuid::Uuid::from_u128(2),
            },
            &[identity],
            &ciphertext,
        )
        .unwrap();
        assert_eq!(&plain[..], b"payslip: wages withheld");
        store.delete(&stored.key).await.unwrap();
        assert!(store.read(&stored.key).await.is_err());
        store.delete(&stored.key).await.unwrap();
    }

    #[tokio::test]
    async fn filesystem_blobs_round_trip_as_ciphertext() {
        let dir = tempfile::tempdir().unwrap();
        let store = BlobStore::filesystem(dir.path().join("blobs")).unwrap();
        round_trip(store.clone()).await;
        assert_eq!(
            std::fs::read_dir(&store.staging).unwrap().count(),
            0,
            "no staging file left"
        );
    }

    /// A file's or a folder's time would give the second a reporter uploaded.
    #[tokio::test]
    async fn evidence_files_and_their_folders_carry_no_time() {
        let dir = tempfile::tempdir().unwrap();
        let store = BlobStore::filesystem(dir.path().join("blobs")).unwrap();
        let mut upload = store
            .begin(
                vec![keys::generate().to_public()],
                Context::ReporterSession,
                1 << 20,
            )
            .unwrap();
        upload.write(Zeroizing::new(vec![7; 100])).await.unwrap();
        let stored = upload.finish().await.unwrap();
        let Backend::Fs(root) = &store.backend else {
            unreachable!("a filesystem store")
        };
        let file = BlobStore::fs_path(root, &stored.key);
        let folder = file.parent().unwrap().to_path_buf();
        for path in [&file, &folder, root, &store.staging] {
            let modified = std::fs::metadata(path).unwrap().modified().unwrap();
            assert_eq!(modified, crate::durable::NEUTRAL_TIME, "{}", path.display());
        }
        store.delete(&stored.key).await.unwrap();
        let modified = std::fs::metadata(&folder).unwrap().modified().unwrap();
        assert_eq!(modified, crate::durable::NEUTRAL_TIME, "after a deletion");
    }

    #[tokio::test]
    async fn object_store_blobs_round_trip_as_ciphertext() {
        let dir = tempfile::tempdir().unwrap();
        let bucket = Arc::new(object_store::memory::InMemory::new());
        let store = BlobStore::object(bucket, dir.path().join("staging")).unwrap();
        round_trip(store.clone()).await;
        assert_eq!(
            std::fs::read_dir(&store.staging).unwrap().count(),
            0,
            "no staging file left"
        );
    }

    #[tokio::test]
    async fn a_dropped_upload_leaves_no_staging_file() {
        let dir = tempfile::tempdir().unwrap();
        let store = BlobStore::filesystem(dir.path().join("blobs")).unwrap();
        let mut upload = store
            .begin(
                vec![keys::generate().to_public()],
                Context::ReporterSession,
                1 << 20,
            )
            .unwrap();
        upload.write(Zeroizing::new(vec![1; 1000])).await.unwrap();
        // Keep a handle on the sealing worker to learn when it has finished, then drop the
        // upload as a request that goes away would: the worker sees the end of its input
        // without a finish and cleans up on its own. `Interrupted` says it got that far, so
        // the staging file had been created and was being written.
        let worker = std::mem::replace(
            &mut upload.worker,
            tokio::task::spawn_blocking(|| Err(BlobError::Interrupted)),
        );
        drop(upload);
        assert!(matches!(worker.await.unwrap(), Err(BlobError::Interrupted)));
        assert_eq!(
            std::fs::read_dir(&store.staging).unwrap().count(),
            0,
            "the staging file is removed"
        );
    }

    #[tokio::test]
    async fn an_oversized_upload_is_refused_and_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let store = BlobStore::filesystem(dir.path().join("blobs")).unwrap();
        let mut upload = store
            .begin(
                vec![keys::generate().to_public()],
                Context::ReporterSession,
                10,
            )
            .unwrap();
        upload.write(Zeroizing::new(vec![1; 8])).await.unwrap();
        assert!(matches!(
            upload.write(Zeroizing::new(vec![1; 8])).await,
            Err(BlobError::TooLarge { limit: 10 })
        ));
        upload.abort().await;
        assert_eq!(std::fs::read_dir(&store.staging).unwrap().count(), 0);
    }
}
