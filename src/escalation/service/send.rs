//! Escalating: the package and the evidence copies sealed to the authority, committed together
//! with the audit entry whose hash becomes the package's chain head.

use super::*;

/// `POST /api/v1/cases/{id}/escalations`
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EscalationInput {
    pub authority_org_id: Option<Uuid>,
    pub summary: Option<String>,
    #[serde(default)]
    pub attachment_ids: Vec<Uuid>,
    /// Required when the reporter has not said yes: why the law allows or requires escalating.
    #[serde(default)]
    pub legal_reason: Option<String>,
}

/// The answer to an escalation.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Created {
    pub id: Uuid,
    pub chain_head: String,
}

/// A copy of one evidence file, sealed to the authority, not yet recorded.
pub(super) struct Copy {
    id: Uuid,
    attachment_id: Uuid,
    stored: Stored,
    sealed_meta: Vec<u8>,
    sha256: String,
    size: i64,
}

/// Evidence copies written before the transaction: deleted unless the escalation commits,
/// also when the request is dropped half-way (a timeout, a closed connection), so no
/// unreferenced ciphertext is left behind for retention to miss.
///
/// The request can also be dropped while the commit is in flight, or the commit can fail after
/// the database applied it: the cleanup deletes a copy only if no escalation row points to it.
pub(super) struct Staged {
    state: AppState,
    keys: Vec<String>,
    committed: bool,
}

impl Drop for Staged {
    fn drop(&mut self) {
        if self.committed || self.keys.is_empty() {
            return;
        }
        let (state, keys) = (self.state.clone(), std::mem::take(&mut self.keys));
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            runtime.spawn(async move {
                for key in keys {
                    match store::blob_referenced(state.db().conn(), &key).await {
                        Ok(false) => {
                            if let Err(err) = state.blobs().delete(&key).await {
                                tracing::warn!(error = %err, "an uncommitted evidence copy could not be deleted");
                            }
                        }
                        Ok(true) => {}
                        Err(err) => {
                            tracing::warn!(error = %err, "could not tell whether an evidence copy was committed");
                        }
                    }
                }
            });
        }
    }
}

/// Decrypts one of the case's evidence files, checks it against the hash recorded at upload,
/// and seals a copy to the authority.
pub(super) async fn copy_evidence(
    state: &AppState,
    identity: &keys::Identity,
    case_id: Uuid,
    escalation_id: Uuid,
    attachment: entities::attachments::Model,
    authority: &keys::Recipient,
    meta_to: &[keys::Recipient],
) -> Result<Copy, AppError> {
    let (meta, plain) =
        crate::evidence::open_attachment(state, identity, case_id, &attachment).await?;
    let sha256 = crypto::sha256_hex(&plain);
    if sha256 != meta.sha256 {
        // The chain of custody would be broken: never send a file that is not what was received.
        return Err(AppError::internal(anyhow::anyhow!(
            "decrypted evidence does not match the hash recorded at upload"
        )));
    }
    let size = i64::try_from(plain.len())?;
    let id = Uuid::new_v4();
    let mut upload = state.blobs().begin(
        vec![authority.clone()],
        Context::EvidenceBlob {
            escalation: escalation_id,
            evidence: id,
        },
        u64::MAX,
    )?;
    upload.write(Zeroizing::new(plain.to_vec())).await?;
    let stored = upload.finish().await?;
    let sealed_meta = serde_json::to_vec(&meta)
        .map_err(AppError::internal)
        .and_then(|json| {
            crypto::seal(
                &Context::EvidenceMeta {
                    escalation: escalation_id,
                    evidence: id,
                },
                meta_to,
                &Zeroizing::new(json),
            )
            .map_err(AppError::internal)
        });
    let sealed_meta = match sealed_meta {
        Ok(sealed) => sealed,
        Err(err) => {
            if let Err(err) = state.blobs().delete(&stored.key).await {
                tracing::warn!(error = %err, "could not delete an uncommitted evidence blob");
            }
            return Err(err);
        }
    };
    Ok(Copy {
        id,
        attachment_id: attachment.id,
        stored,
        sealed_meta,
        sha256,
        size,
    })
}

/// Sends the case to an authority with a summary and chosen evidence. Only the owning
/// organisation escalates; the reporter's yes or a recorded legal reason is required.
#[allow(
    clippy::too_many_lines,
    reason = "the escalation's steps share one staging area that is cleaned up if any of them fails"
)]
pub async fn escalate(
    state: &AppState,
    member: &Member,
    id: Uuid,
    input: EscalationInput,
) -> Result<Created, AppError> {
    let case = open_for_owner(state, member, id).await?;
    member.require_step_up(state)?;
    let db = state.db().conn();
    let authority_id = input
        .authority_org_id
        .ok_or_else(|| AppError::missing("authority_org_id", "is required"))?;
    let summary = text_field("summary", input.summary.as_deref(), MAX_SUMMARY)?
        .ok_or_else(|| AppError::missing("summary", "is required"))?;
    let legal_reason = text_field("legal_reason", input.legal_reason.as_deref(), MAX_TEXT)?;
    let authority = orgs::find_org(db, authority_id)
        .await?
        .filter(|o| o.kind == OrgKind::Authority.as_code())
        .ok_or_else(|| AppError::invalid("authority_org_id", "is not an authority organisation"))?;
    let basis_of = |case: &entities::cases::Model| -> Result<rules::Basis, AppError> {
        rules::basis(consent_of(case)?, legal_reason.is_some()).map_err(|refused| {
            AppError::Conflict {
                code: "consent_required",
                message: format!("Not escalated: {refused}."),
            }
        })
    };
    // Checked now to fail fast, and again under the case's lock: a "no" that arrives while the
    // evidence is being copied must win.
    basis_of(&case)?;
    if input.attachment_ids.len() > MAX_EVIDENCE {
        return Err(AppError::invalid(
            "attachment_ids",
            format!("may name at most {MAX_EVIDENCE} files"),
        ));
    }
    let mut chosen = Vec::new();
    for attachment_id in &input.attachment_ids {
        if chosen
            .iter()
            .any(|a: &entities::attachments::Model| a.id == *attachment_id)
        {
            return Err(AppError::invalid(
                "attachment_ids",
                format!("names {attachment_id} twice"),
            ));
        }
        let attachment = cases::attachment(db, case.id, *attachment_id)
            .await?
            .ok_or_else(|| {
                AppError::invalid(
                    "attachment_ids",
                    format!("{attachment_id} is not evidence of this case"),
                )
            })?;
        chosen.push(attachment);
    }
    let from = orgs::find_org(db, member.org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let identity = member.org_identity()?.clone();
    let authority_key = keys::parse_recipient(&authority.recipient)?;
    let both = vec![
        authority_key.clone(),
        keys::parse_recipient(&from.recipient)?,
    ];
    let escalation_id = Uuid::new_v4();
    let evidence_salt = {
        let mut salt = [0u8; 32];
        crate::crypto::random::fill(&mut salt)?;
        hex::encode(salt)
    };

    let supplier = match case.supplier_id {
        Some(sid) => suppliers::names_of(db, &[sid]).await?.remove(&sid),
        None => None,
    };
    let indicators = cases::indicators_of(db, &[case.id])
        .await?
        .remove(&case.id)
        .unwrap_or_default();
    let package = Package {
        case_reference: case.reference.clone(),
        summary: summary.to_string(),
        supplier,
        country: case.country.clone(),
        sector: case.sector.clone(),
        indicators,
        received_on: case.received_on,
        evidence_salt: evidence_salt.clone(),
    };
    let package_json = Zeroizing::new(serde_json::to_vec(&package)?);
    let sealed_package = crypto::seal(
        &Context::EscalationPackage {
            escalation: escalation_id,
        },
        &both,
        &package_json,
    )?;
    let sealed_reason = legal_reason
        .as_ref()
        .map(|reason| {
            crypto::seal(
                &Context::LegalReason {
                    escalation: escalation_id,
                },
                &both,
                reason.as_bytes(),
            )
        })
        .transpose()?;

    let mut staged = Staged {
        state: state.clone(),
        keys: Vec::new(),
        committed: false,
    };
    let mut copies = Vec::new();
    for attachment in chosen {
        let copy = copy_evidence(
            state,
            &identity,
            case.id,
            escalation_id,
            attachment,
            &authority_key,
            &both,
        )
        .await?;
        staged.keys.push(copy.stored.key.clone());
        copies.push(copy);
    }
    let commitments: Vec<String> = copies
        .iter()
        .map(|c| package::commitment(&evidence_salt, &c.sha256))
        .collect();
    let package_sha256 = crypto::sha256_hex(&sealed_package);
    let legal_reason_sha256 = sealed_reason.as_deref().map(crypto::sha256_hex);
    // Hiding commitments to what was written (the package JSON holds the random salt), which
    // the offline verifier can recompute from the manifest.
    let package_commitment = crypto::sha256_hex(&package_json);
    let legal_reason_commitment = legal_reason
        .as_ref()
        .map(|reason| package::legal_reason_commitment(&evidence_salt, reason));

    let now = state.clock().now();
    let outcome: Result<String, AppError> = async {
        let txn = state.db().begin().await?;
        let locked = cases::lock(&*txn, case.id)
            .await?
            .filter(|c| c.purged_on.is_none())
            .ok_or(AppError::NotFound)?;
        if locked.owner_org_id != member.org_id {
            return Err(AppError::case_changed());
        }
        let basis = basis_of(&locked)?;
        let head = audit::append(
            &*txn,
            now,
            Event::new(member.actor(), AuditAction::CaseEscalated)
                .org(member.org_id)
                .subject("case", case.id)
                .details(serde_json::to_value(package::EscalatedDetails {
                    escalation_id,
                    authority_org_id: authority.id,
                    basis: basis.as_code().to_string(),
                    attachment_ids: copies.iter().map(|c| c.attachment_id).collect(),
                    evidence_commitments: commitments.clone(),
                    package_sha256: Some(package_sha256),
                    legal_reason_sha256,
                    package_commitment,
                    legal_reason_commitment,
                })?),
        )
        .await?;
        store::insert(
            &*txn,
            store::NewEscalation {
                id: escalation_id,
                case_id: case.id,
                from_org_id: member.org_id,
                authority_org_id: authority.id,
                created_by: member.member_id,
                sealed_summary: sealed_package,
                consent: basis.as_code(),
                sealed_legal_reason: sealed_reason,
                chain_head: head.clone(),
                created_at: now,
            },
        )
        .await?;
        for (copy, commitment) in copies.iter().zip(&commitments) {
            store::insert_evidence(
                &*txn,
                store::NewEvidence {
                    id: copy.id,
                    escalation_id,
                    attachment_id: copy.attachment_id,
                    blob_key: copy.stored.key.clone(),
                    sealed_meta: copy.sealed_meta.clone(),
                    // The commitment, never the file's plain hash (see `package::commitment`).
                    sha256: commitment.clone(),
                    size: copy.size,
                },
            )
            .await?;
        }
        crate::notify::enqueue_for_authority(&*txn, now, authority.id).await?;
        txn.commit().await?;
        Ok(head)
    }
    .await;
    let chain_head = outcome?;
    staged.committed = true;
    Ok(Created {
        id: escalation_id,
        chain_head,
    })
}
