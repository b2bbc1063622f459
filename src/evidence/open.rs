//! Opening sealed evidence files: the description and the bytes, the stored ciphertext first
//! checked against the hash recorded when it was written.

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
