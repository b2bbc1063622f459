//! Evidence uploads: multipart, streamed into age and the blob store, never whole in memory
//! except photos, which are held (up to the per-file limit) while their metadata is removed.
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

use super::metadata::{self, ImageKind};
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
    pub metadata_removed: bool,
}

/// The name a file is kept under: `photo-N.jpg` for a cleaned photo, `file-N.<ext>` for
/// anything else, N counting the case's files. The name the phone gave it is dropped: camera
/// names carry the time a photo was taken (`IMG_20261129_143512.jpg`) and documents often
/// carry a person's name (`payslip_ana_k.pdf`).
fn neutral_name(photo: Option<ImageKind>, original: Option<&str>, position: usize) -> String {
    match photo {
        Some(kind) => format!("photo-{position}.{}", kind.extension()),
        None => match extension(original) {
            Some(ext) => format!("file-{position}.{ext}"),
            None => format!("file-{position}"),
        },
    }
}

/// The original name's extension, if it is a plain one (1 to 5 letters or digits).
fn extension(original: Option<&str>) -> Option<String> {
    let base = original?.rsplit(['/', '\\']).next()?;
    let (stem, ext) = base.rsplit_once('.')?;
    (!stem.is_empty()
        && (1..=5).contains(&ext.len())
        && ext.chars().all(|c| c.is_ascii_alphanumeric()))
    .then(|| ext.to_ascii_lowercase())
}

/// A declared content type, if it looks like one; otherwise octet-stream.
fn clean_type(raw: Option<&str>) -> String {
    match raw {
        Some(t) if t.len() <= 100 && t.contains('/') && t.bytes().all(|b| b.is_ascii_graphic()) => {
            t.to_ascii_lowercase()
        }
        _ => "application/octet-stream".into(),
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

/// Bytes needed to recognise JPEG, PNG and WebP.
const SNIFF_BYTES: usize = 12;

/// Sends plaintext on: into the photo buffer, or hashed into the encrypting upload.
async fn feed(
    image: &mut Option<(ImageKind, BytesMut)>,
    hasher: &mut Sha256,
    upload: &mut crate::store::blobs::SealingUpload,
    bytes: &[u8],
) -> Result<(), AppError> {
    match image {
        Some((_, buffer)) => {
            buffer.extend_from_slice(bytes);
            Ok(())
        }
        None => {
            hasher.update(bytes);
            upload
                .write(Zeroizing::new(bytes.to_vec()))
                .await
                .map_err(blob_error)
        }
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
    let original_name = field.file_name().map(str::to_string);
    let position = cases::attachments(state.db().conn(), case.id).await?.len() + 1;
    let declared = clean_type(field.content_type());

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

    // Sniff the first bytes (at least 12, however the network split them); photos are
    // collected whole for metadata removal, the rest streams through.
    let mut hasher = Sha256::new();
    let mut head = BytesMut::new();
    let mut image: Option<(ImageKind, BytesMut)> = None;
    let mut sniffed = false;
    let mut total = 0u64;
    let mut photo_permit = None;
    let outcome: Result<(), AppError> = async {
        while let Some(chunk) = field.chunk().await.map_err(multipart_error)? {
            total += chunk.len() as u64;
            if total > limit {
                return Err(AppError::PayloadTooLarge);
            }
            if !sniffed {
                head.extend_from_slice(&chunk);
                if head.len() < SNIFF_BYTES {
                    continue;
                }
                sniffed = true;
                image = ImageKind::sniff(&head).map(|kind| (kind, BytesMut::new()));
                if image.is_some() {
                    photo_permit = Some(busy_unless(
                        state.photo_permits().clone().try_acquire_owned(),
                    )?);
                }
                let first = std::mem::take(&mut head);
                feed(&mut image, &mut hasher, &mut upload, &first).await?;
                continue;
            }
            feed(&mut image, &mut hasher, &mut upload, &chunk).await?;
        }
        if !sniffed && !head.is_empty() {
            image = ImageKind::sniff(&head).map(|kind| (kind, BytesMut::new()));
            let first = std::mem::take(&mut head);
            feed(&mut image, &mut hasher, &mut upload, &first).await?;
        }
        Ok(())
    }
    .await;
    if let Err(err) = outcome {
        upload.abort().await;
        return Err(err);
    }
    if total == 0 {
        upload.abort().await;
        return Err(AppError::invalid("file", "is empty"));
    }

    let name = neutral_name(
        image.as_ref().map(|(kind, _)| *kind),
        original_name.as_deref(),
        position,
    );
    let (metadata_removed, content_type) = match image.take() {
        Some((kind, buffer)) => {
            let original: Bytes = buffer.freeze();
            let clean = match metadata::strip(kind, original) {
                Ok(clean) => clean,
                Err(damaged) => {
                    upload.abort().await;
                    return Err(AppError::invalid(
                        "file",
                        damaged.to_string().trim_start_matches("file: ").to_string(),
                    ));
                }
            };
            hasher.update(&clean);
            if let Err(err) = upload.write(Zeroizing::new(clean.to_vec())).await {
                upload.abort().await;
                return Err(blob_error(err));
            }
            (true, kind.content_type().to_string())
        }
        None => (false, declared),
    };
    let stored = upload.finish().await.map_err(blob_error)?;
    drop(photo_permit);

    let meta = AttachmentMeta {
        name: name.clone(),
        content_type,
        sha256: hex::encode(hasher.finalize()),
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
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_names_say_nothing_of_the_original() {
        assert_eq!(
            neutral_name(Some(ImageKind::Jpeg), Some("IMG_20261129_143512.jpg"), 1),
            "photo-1.jpg"
        );
        assert_eq!(
            neutral_name(None, Some("C:\\Users\\ana\\payslip_ana_k.PDF"), 2),
            "file-2.pdf"
        );
        assert_eq!(neutral_name(None, Some("../../etc/passwd"), 3), "file-3");
        assert_eq!(neutral_name(None, Some(".bashrc"), 4), "file-4");
        assert_eq!(neutral_name(None, Some("a.b<script>"), 5), "file-5");
        assert_eq!(neutral_name(None, Some("voice.opus"), 6), "file-6.opus");
        assert_eq!(neutral_name(None, None, 7), "file-7");
    }

    #[test]
    fn declared_types_are_sanitised() {
        assert_eq!(clean_type(Some("application/PDF")), "application/pdf");
        assert_eq!(
            clean_type(Some("text/html; <script>")),
            "application/octet-stream"
        );
        assert_eq!(clean_type(None), "application/octet-stream");
    }
}
