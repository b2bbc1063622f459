//! Evidence uploads: multipart, streamed into age and the blob store, never whole in memory
//! except photos and documents, which are held (up to the per-file limit, a few at a time)
//! while their metadata is removed.
//!
//! Only the types on the allow-list in [`super::kinds`] are accepted, recognised by their first
//! bytes; anything else is refused with `415 unsupported_file_type`, which names what is
//! accepted. "Metadata removed" is recorded only when a parse of the cleaned file finds nothing
//! outside the format's allow-list; otherwise the file is kept as sent and labelled so.
//!
//! Order of events: per-case limit checked, bytes sealed and made durable, then one
//! transaction records the row and its audit entry; if anything fails after the blob exists,
//! the blob is deleted again. Only then is 201 returned.

use axum::extract::Multipart;
use axum::extract::multipart::Field;
use bytes::{Bytes, BytesMut};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;
use zeroize::Zeroizing;

use super::documents;
use super::kinds::{self, EvidenceKind, Sniffed, TextCheck};
use super::metadata;
use crate::audit::{self, Actor, AuditAction, Event};
use crate::crypto;
use crate::crypto::Context;
use crate::crypto::records::AttachmentMeta;
use crate::error::AppError;
use crate::state::AppState;
use crate::store::blobs::BlobError;
use crate::store::cases;

/// What the reporter is told about a stored file.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Uploaded {
    pub name: String,
    pub size: u64,
    /// Whether metadata was removed and the cleaned file checked to hold none.
    pub metadata_removed: bool,
    /// `removed`, `none_found` (checked, none there), `plain_text`, or `kept_as_sent` (not
    /// checked: a type kedja cannot clean, or a document it could not read).
    pub metadata: String,
    /// What was found and removed (`photo_details`, `document_properties`, `xmp`); empty when
    /// nothing was found or the file was kept as sent.
    pub removed: Vec<String>,
}

/// What became of a file's metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MetadataOutcome {
    /// Removed, and a parse of the stored file found none left: the codes of what was found.
    Removed(Vec<&'static str>),
    /// Plain text, which has nowhere to hide metadata.
    PlainText,
    /// Not checked (a type kedja cannot clean, or a document it could not read): kept as sent.
    KeptAsSent,
}

impl MetadataOutcome {
    /// The code the API and the pages use.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Removed(found) if found.is_empty() => "none_found",
            Self::Removed(_) => "removed",
            Self::PlainText => "plain_text",
            Self::KeptAsSent => "kept_as_sent",
        }
    }

    /// The code of a stored file, from its row's flag, its sealed list of what was removed
    /// (absent for files stored before the list existed) and its content type.
    pub fn stored_code(
        metadata_removed: bool,
        removed: Option<&[String]>,
        content_type: &str,
    ) -> &'static str {
        match (metadata_removed, removed) {
            (true, Some([])) => "none_found",
            (true, _) => "removed",
            (false, _) if content_type.starts_with("text/plain") => "plain_text",
            (false, _) => "kept_as_sent",
        }
    }

    fn removed_codes(&self) -> Option<Vec<String>> {
        match self {
            Self::Removed(codes) => Some(codes.iter().map(|c| (*c).to_string()).collect()),
            Self::PlainText | Self::KeptAsSent => None,
        }
    }
}

/// The code recorded when anything was removed from a photo (EXIF, XMP, GPS, comments,
/// thumbnails, colour profiles, maker data).
const PHOTO_DETAILS: &str = "photo_details";

/// The name a file is kept under: `photo-N.jpg` for a photo, `file-N.<ext>` for anything
/// else, N counting the case's files and the extension given by the type its bytes show. The
/// name the phone gave it is dropped: camera names carry the time a photo was taken
/// (`IMG_20261129_143512.jpg`) and documents often carry a person's name (`payslip_ana_k.pdf`).
fn neutral_name(kind: EvidenceKind, position: usize) -> String {
    let stem = if kind.is_photo() { "photo" } else { "file" };
    format!("{stem}-{position}.{}", kind.extension())
}

fn unsupported() -> AppError {
    AppError::UnsupportedFileType {
        accepted: kinds::ACCEPTED,
    }
}

fn blob_error(err: BlobError) -> AppError {
    match err {
        BlobError::TooLarge { .. } => AppError::PayloadTooLarge,
        other => AppError::internal(other),
    }
}

fn multipart_error(err: axum::extract::multipart::MultipartError) -> AppError {
    if err.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
        AppError::PayloadTooLarge
    } else {
        AppError::invalid(
            "file",
            "the upload could not be read as multipart form data",
        )
    }
}

/// Checks a form's CSRF token.
pub type CsrfCheck<'a> = dyn Fn(&str) -> Result<(), AppError> + Sync + 'a;

/// Takes the `file` field, which must come first, or second after a `csrf` field when the
/// caller checks one (HTML forms put the token before the file so it is checked before any
/// byte is stored).
pub async fn next_file<'m>(
    multipart: &'m mut Multipart,
    check_csrf: Option<&CsrfCheck<'_>>,
) -> Result<Field<'m>, AppError> {
    if let Some(check) = check_csrf {
        let field = multipart.next_field().await.map_err(multipart_error)?;
        let token = match field {
            Some(field) if field.name() == Some("csrf") => {
                field.text().await.map_err(multipart_error)?
            }
            _ => return Err(AppError::Forbidden),
        };
        check(&token)?;
    }
    match multipart.next_field().await.map_err(multipart_error)? {
        Some(field) if field.name() == Some("file") => Ok(field),
        _ => Err(AppError::missing(
            "file",
            "is required, as the first field of the form",
        )),
    }
}

fn busy_unless<T, E>(permit: Result<T, E>) -> Result<T, AppError> {
    permit.map_err(|_| AppError::Busy {
        retry_after: std::time::Duration::from_secs(5),
    })
}

/// How the bytes after the first ones are handled.
enum Handling {
    /// Held whole (a photo or a document), cleaned once all has arrived.
    Whole(Sniffed, BytesMut),
    /// Plain text, checked as it streams into the encrypting upload.
    Text(TextCheck),
    /// Kept as sent, streamed into the encrypting upload.
    AsSent(EvidenceKind),
}

impl Handling {
    /// Decides from the first bytes; `None` when the type is not accepted.
    fn from_head(head: &[u8]) -> Option<Self> {
        Some(match kinds::sniff(head)? {
            sniffed @ (Sniffed::Image(_) | Sniffed::Pdf | Sniffed::Zip) => {
                Self::Whole(sniffed, BytesMut::new())
            }
            Sniffed::Text => Self::Text(TextCheck::default()),
            Sniffed::AsSent(kind) => Self::AsSent(kind),
        })
    }
}

/// Sends plaintext on: into the buffer of a file held whole, or (checked, for text) hashed
/// into the encrypting upload.
async fn feed(
    handling: &mut Handling,
    hasher: &mut Sha256,
    upload: &mut crate::store::blobs::SealingUpload,
    bytes: &[u8],
) -> Result<(), AppError> {
    if let Handling::Whole(_, buffer) = handling {
        buffer.extend_from_slice(bytes);
        return Ok(());
    }
    if let Handling::Text(check) = handling
        && !check.feed(bytes)
    {
        return Err(unsupported());
    }
    hasher.update(bytes);
    upload
        .write(Zeroizing::new(bytes.to_vec()))
        .await
        .map_err(blob_error)
}

/// A file held whole, after cleaning: what to store, its type, and what became of its
/// metadata.
struct Cleaned {
    bytes: Bytes,
    kind: EvidenceKind,
    outcome: MetadataOutcome,
}

/// Removes the metadata of a photo or document held whole and checks the result by parsing
/// it again. A damaged photo is refused; a zip that is no office document is refused; a
/// document that cannot be cleaned (or whose cleaned form does not pass the check) is kept as
/// sent. Runs on the blocking pool: parsing a 20 MiB PDF is not for the async workers.
async fn clean(sniffed: Sniffed, original: Bytes) -> Result<Cleaned, AppError> {
    let for_task = original.clone();
    let task = tokio::task::spawn_blocking(move || clean_blocking(sniffed, for_task)).await;
    match task {
        Ok(result) => result,
        // A parser that panicked on this file: a document is kept as sent, as when it cannot
        // be read; a photo is refused as damaged.
        Err(_) => match sniffed {
            Sniffed::Pdf => Ok(Cleaned {
                bytes: original,
                kind: EvidenceKind::Pdf,
                outcome: MetadataOutcome::KeptAsSent,
            }),
            _ => Err(AppError::invalid("file", "the file is damaged")),
        },
    }
}

fn clean_blocking(sniffed: Sniffed, original: Bytes) -> Result<Cleaned, AppError> {
    let kind = match sniffed {
        Sniffed::Image(image) => {
            let clean = metadata::strip(image, original.clone()).map_err(|damaged| {
                AppError::invalid(
                    "file",
                    damaged.to_string().trim_start_matches("file: ").to_string(),
                )
            })?;
            let kind = EvidenceKind::from(image);
            if !metadata::is_clean(image, &clean) {
                return Ok(Cleaned {
                    bytes: original,
                    kind,
                    outcome: MetadataOutcome::KeptAsSent,
                });
            }
            let found = if clean == original {
                Vec::new()
            } else {
                vec![PHOTO_DETAILS]
            };
            return Ok(Cleaned {
                bytes: clean,
                kind,
                outcome: MetadataOutcome::Removed(found),
            });
        }
        Sniffed::Pdf => EvidenceKind::Pdf,
        Sniffed::Zip => documents::office_kind(&original).ok_or_else(unsupported)?,
        Sniffed::Text | Sniffed::AsSent(_) => return Err(unsupported()),
    };
    match documents::strip(kind, &original) {
        Ok(cleaned) if documents::is_clean(kind, &cleaned.bytes) => Ok(Cleaned {
            bytes: Bytes::from(cleaned.bytes),
            kind,
            outcome: MetadataOutcome::Removed(cleaned.removed.iter().map(|r| r.code()).collect()),
        }),
        _ => Ok(Cleaned {
            bytes: original,
            kind,
            outcome: MetadataOutcome::KeptAsSent,
        }),
    }
}

/// Stores one uploaded file as evidence of `case` (the reporter's, looked up from their session).
#[allow(
    clippy::too_many_lines,
    reason = "one upload from first byte to commit; the blob is deleted again on any failure after it exists"
)]
pub async fn store_upload(
    state: &AppState,
    case: crate::store::entities::cases::Model,
    mut field: Field<'_>,
) -> Result<Uploaded, AppError> {
    let limits = &state.settings().limits;
    let used = u64::try_from(cases::evidence_bytes(state.db().conn(), case.id).await?).unwrap_or(0);
    let room = limits.case_upload_bytes.saturating_sub(used);
    if room == 0 {
        return Err(AppError::PayloadTooLarge);
    }
    let limit = limits.upload_bytes.min(room);
    let position = cases::attachments(state.db().conn(), case.id).await?.len() + 1;

    let mut sealed_for = cases::thread_recipients(state.db().conn(), &case).await?;
    sealed_for.sort();
    let recipients = crypto::keys::parse_recipients(&sealed_for)?;
    let attachment_id = Uuid::new_v4();
    let mut upload = state
        .blobs()
        .begin(
            recipients.clone(),
            Context::AttachmentBlob {
                case: case.id,
                attachment: attachment_id,
            },
            limit,
        )
        .map_err(blob_error)?;

    // Sniff the first bytes (however the network split them); photos and documents are
    // collected whole for metadata removal, the rest streams through.
    let mut hasher = Sha256::new();
    let mut head = BytesMut::new();
    let mut handling: Option<Handling> = None;
    let mut total = 0u64;
    let mut permit = None;
    let outcome: Result<(), AppError> = async {
        while let Some(chunk) = field.chunk().await.map_err(multipart_error)? {
            total += chunk.len() as u64;
            if total > limit {
                return Err(AppError::PayloadTooLarge);
            }
            if let Some(handling) = handling.as_mut() {
                feed(handling, &mut hasher, &mut upload, &chunk).await?;
                continue;
            }
            head.extend_from_slice(&chunk);
            if head.len() < kinds::SNIFF_BYTES {
                continue;
            }
            let decided = handling.insert(Handling::from_head(&head).ok_or_else(unsupported)?);
            if matches!(decided, Handling::Whole(..)) {
                permit = Some(busy_unless(
                    state.photo_permits().clone().try_acquire_owned(),
                )?);
            }
            let first = std::mem::take(&mut head);
            feed(decided, &mut hasher, &mut upload, &first).await?;
        }
        if handling.is_none() && !head.is_empty() {
            let decided = handling.insert(Handling::from_head(&head).ok_or_else(unsupported)?);
            if matches!(decided, Handling::Whole(..)) {
                permit = Some(busy_unless(
                    state.photo_permits().clone().try_acquire_owned(),
                )?);
            }
            let first = std::mem::take(&mut head);
            feed(decided, &mut hasher, &mut upload, &first).await?;
        }
        Ok(())
    }
    .await;
    if let Err(err) = outcome {
        upload.abort().await;
        return Err(err);
    }
    let Some(handling) = handling else {
        upload.abort().await;
        return Err(AppError::invalid("file", "is empty"));
    };

    let (kind, metadata) = match handling {
        Handling::Whole(sniffed, buffer) => {
            let cleaned = match clean(sniffed, buffer.freeze()).await {
                Ok(cleaned) => cleaned,
                Err(err) => {
                    upload.abort().await;
                    return Err(err);
                }
            };
            hasher.update(&cleaned.bytes);
            if let Err(err) = upload.write(Zeroizing::new(cleaned.bytes.to_vec())).await {
                upload.abort().await;
                return Err(blob_error(err));
            }
            (cleaned.kind, cleaned.outcome)
        }
        Handling::Text(check) => {
            if !check.finish() {
                upload.abort().await;
                return Err(unsupported());
            }
            (EvidenceKind::Text, MetadataOutcome::PlainText)
        }
        Handling::AsSent(kind) => (kind, MetadataOutcome::KeptAsSent),
    };
    let metadata_removed = matches!(metadata, MetadataOutcome::Removed(_));
    let name = neutral_name(kind, position);
    let content_type = kind.content_type().to_string();
    let stored = upload.finish().await.map_err(blob_error)?;
    drop(permit);

    let meta = AttachmentMeta {
        name: name.clone(),
        content_type,
        sha256: hex::encode(hasher.finalize()),
        removed: metadata.removed_codes(),
    };
    let recorded: Result<(), AppError> = async {
        let meta_plain = Zeroizing::new(serde_json::to_vec(&meta)?);
        let sealed_meta = crypto::seal(
            &Context::AttachmentMeta {
                case: case.id,
                attachment: attachment_id,
            },
            &recipients,
            &meta_plain,
        )?;
        let txn = state.db().begin().await?;
        // Under the case's lock: if a transfer or share changed who the case is sealed to
        // while the file was being encrypted, the file is refused (and deleted) rather than
        // stored sealed to the wrong organisations.
        let now = cases::lock(&*txn, case.id)
            .await?
            .ok_or(AppError::Unauthorized)?;
        let mut now_for = cases::thread_recipients(&*txn, &now).await?;
        now_for.sort();
        if now_for != sealed_for {
            return Err(AppError::case_changed());
        }
        cases::insert_attachment(
            &*txn,
            cases::NewAttachment {
                id: attachment_id,
                case_id: case.id,
                uploader: "reporter",
                blob_key: stored.key.clone(),
                size: i64::try_from(stored.size)?,
                metadata_removed,
                sealed_meta,
                ciphertext_sha256: stored.ciphertext_sha256.clone(),
                added_on: state.clock().today(),
            },
        )
        .await?;
        audit::defer(
            &*txn,
            state.clock().today(),
            Event::new(Actor::Reporter, AuditAction::AttachmentAdded)
                .org(case.owner_org_id)
                .subject("case", case.id)
                .details(serde_json::json!({
                    "attachment_id": attachment_id,
                    "ciphertext_sha256": stored.ciphertext_sha256,
                    "metadata_removed": metadata_removed,
                })),
        )
        .await?;
        txn.commit().await?;
        Ok(())
    }
    .await;
    if let Err(err) = recorded {
        // The row never committed: the blob must not outlive it.
        if let Err(err) = state.blobs().delete(&stored.key).await {
            tracing::warn!(error = %err, "could not delete an uncommitted evidence blob");
        }
        return Err(err);
    }
    Ok(Uploaded {
        name,
        size: stored.size,
        metadata_removed,
        metadata: metadata.code().to_string(),
        removed: metadata.removed_codes().unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_names_say_nothing_of_the_original() {
        assert_eq!(neutral_name(EvidenceKind::Jpeg, 1), "photo-1.jpg");
        assert_eq!(neutral_name(EvidenceKind::Heic, 2), "photo-2.heic");
        assert_eq!(neutral_name(EvidenceKind::Pdf, 3), "file-3.pdf");
        assert_eq!(neutral_name(EvidenceKind::Text, 4), "file-4.txt");
    }
}
