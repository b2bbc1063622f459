//! Evidence and export: an escalated file decrypted for the authority, and the signed archive.

use super::*;

/// A decrypted evidence file.
pub use crate::evidence::Download;

/// Opens an escalated evidence copy; its bytes must hash to the description's SHA-256 and,
/// with the package's salt, to the commitment recorded in the row (and the audit entry).
pub(super) async fn open_evidence(
    state: &AppState,
    identity: &keys::Identity,
    escalation_id: Uuid,
    evidence: &entities::escalation_evidence::Model,
    salt: &str,
) -> Result<(AttachmentMeta, Zeroizing<Vec<u8>>), AppError> {
    let (meta, bytes) = crate::evidence::open_file(
        state,
        identity,
        crate::evidence::SealedFile {
            meta_context: Context::EvidenceMeta {
                escalation: escalation_id,
                evidence: evidence.id,
            },
            sealed_meta: &evidence.sealed_meta,
            blob_key: &evidence.blob_key,
            blob_context: Context::EvidenceBlob {
                escalation: escalation_id,
                evidence: evidence.id,
            },
            // The copy's plaintext is checked against the hash instead, below.
            ciphertext_sha256: None,
        },
    )
    .await?;
    let sha256 = crypto::sha256_hex(&bytes);
    if sha256 != meta.sha256 || package::commitment(salt, &sha256) != evidence.sha256 {
        return Err(AppError::internal(anyhow::anyhow!(
            "escalated evidence does not match its recorded hash"
        )));
    }
    Ok((meta, bytes))
}

/// One evidence file, decrypted for the authority. Its SHA-256 is checked before it is served.
pub async fn evidence(
    state: &AppState,
    member: &Member,
    id: Uuid,
    evidence_id: Uuid,
) -> Result<Download, AppError> {
    let escalation = for_authority(state, member, id).await?;
    let item = store::evidence(state.db().conn(), escalation.id)
        .await?
        .into_iter()
        .find(|e| e.id == evidence_id)
        .ok_or(AppError::NotFound)?;
    let identity = member.org_identity()?;
    let recorded = check_against_audit(state, &escalation).await?;
    let salt = open_package(&escalation, identity, &recorded)?.evidence_salt;
    let (meta, bytes) = open_evidence(state, identity, escalation.id, &item, &salt).await?;
    let txn = state.db().begin().await?;
    audit::append(
        &*txn,
        state.clock().now(),
        Event::new(member.actor(), AuditAction::EscalationEvidenceDownloaded)
            .org(member.org_id)
            .subject("escalation", escalation.id)
            .details(serde_json::json!({ "evidence_id": item.id })),
    )
    .await?;
    txn.commit().await?;
    Ok(Download {
        name: meta.name,
        bytes,
    })
}

/// The signed archive of an escalation, built in memory. Audited.
#[allow(
    clippy::too_many_lines,
    reason = "builds, signs and audits the archive in one bounded step"
)]
pub async fn export(state: &AppState, member: &Member, id: Uuid) -> Result<Download, AppError> {
    let escalation = for_authority(state, member, id).await?;
    // The package holds the evidence in clear: a TOTP code entered in the last 5 minutes.
    member.require_step_up(state)?;
    // Bounded: each export holds a case's decrypted evidence in memory.
    let _permit = state
        .export_permits()
        .clone()
        .try_acquire_owned()
        .map_err(|_| AppError::Busy {
            retry_after: std::time::Duration::from_secs(10),
        })?;
    let identity = member.org_identity()?;
    let db = state.db().conn();
    let shown = view(state, &escalation, identity, true).await?;
    let package = shown.package.clone().ok_or(AppError::NotFound)?;
    let mut files = Vec::new();
    for (position, item) in store::evidence(db, escalation.id)
        .await?
        .into_iter()
        .enumerate()
    {
        let (meta, bytes) = open_evidence(
            state,
            identity,
            escalation.id,
            &item,
            &package.evidence_salt,
        )
        .await?;
        files.push(EvidenceFile {
            meta: ManifestEvidence {
                file: package::evidence_path(position, &meta.name),
                name: meta.name,
                content_type: meta.content_type,
                size: bytes.len() as u64,
                sha256: crypto::sha256_hex(&bytes),
            },
            bytes,
        });
    }
    // The case's audit entries up to the escalation's own, whose hash is the chain head.
    let mut audit_extract = Vec::new();
    for entry in cases::timeline(db, escalation.case_id).await? {
        let last = entry.hash == escalation.chain_head;
        audit_extract.push(audit::ChainEntry::from(entry));
        if last {
            break;
        }
    }
    let key = signing::signing_key(state.secrets());
    let manifest = Manifest {
        format: package::FORMAT.into(),
        escalation_id: escalation.id,
        from_organisation: shown.from_organisation,
        authority: shown.authority,
        authority_org_id: escalation.authority_org_id,
        sent_at: escalation.created_at,
        exported_at: state.clock().now(),
        consent: shown.basis,
        legal_reason: shown.legal_reason,
        package,
        chain_head: escalation.chain_head.clone(),
        evidence: files.iter().map(|f| f.meta.clone()).collect(),
        responses: shown
            .responses
            .into_iter()
            .map(|r| ManifestResponse {
                status: r.status,
                body: r.body.unwrap_or_default(),
                at: r.at,
            })
            .collect(),
        audit: audit_extract,
        signing_key_sha256: signing::fingerprint(&key.verifying_key()),
    };
    let archive = tokio::task::spawn_blocking(move || package::build(&manifest, &files, &key))
        .await?
        .map_err(AppError::internal)?;
    let txn = state.db().begin().await?;
    audit::append(
        &*txn,
        state.clock().now(),
        Event::new(member.actor(), AuditAction::EscalationExported)
            .org(member.org_id)
            .subject("escalation", escalation.id)
            .details(serde_json::json!({ "sha256": crypto::sha256_hex(&archive) })),
    )
    .await?;
    txn.commit().await?;
    Ok(Download {
        name: format!("kedja-escalation-{}.tar", escalation.id),
        bytes: archive,
    })
}

/// The instance's public signing key, PEM, and its fingerprint.
pub fn signing_key(state: &AppState) -> Result<(String, String), AppError> {
    let key = signing::signing_key(state.secrets()).verifying_key();
    Ok((signing::public_pem(&key)?, signing::fingerprint(&key)))
}
