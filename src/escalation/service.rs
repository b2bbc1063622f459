//! Escalation, one function per action.
//!
//! Handlers escalate through a case they own (`access::open_for_owner`, which goes
//! through `store::cases::get_for`). Authorities reach escalations only through
//! [`authority_org`] and `store::escalations::get_for_authority`: there is no path from an
//! authority session to a case.
//!
//! A package is sealed to the authority and the sending organisation; the evidence copies to
//! the authority alone. Each copy's SHA-256 is computed from the decrypted file and must equal
//! the one recorded when the reporter uploaded it, and the escalation's audit entry (whose hash
//! becomes the package's chain head) lists those hashes.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use zeroize::Zeroizing;

use super::package::{self, EvidenceFile, Manifest, ManifestEvidence, ManifestResponse, Package};
use crate::access::{authority_org, open_case, open_for_owner};
use crate::audit::{self, Actor, AuditAction, Event};
use crate::crypto::Context;
use crate::crypto::records::AttachmentMeta;
use crate::crypto::{self, keys, signing};
use crate::domain::accounts::OrgKind;
use crate::domain::escalation::{self as rules, Consent, ResponseStatus};
use crate::error::AppError;
use crate::state::AppState;
use crate::store::blobs::Stored;
use crate::store::entities::{self, escalation_responses, escalations};
use crate::store::{cases, escalations as store, orgs, suppliers};
use crate::web::session::Member;
use crate::web::session::ReporterSession;

/// Longest summary, in characters.
pub const MAX_SUMMARY: usize = 20_000;
/// Longest legal reason or response, in characters.
pub const MAX_TEXT: usize = 10_000;
/// Most evidence files in one escalation.
pub const MAX_EVIDENCE: usize = 50;

fn text_field(
    field: &'static str,
    value: Option<&str>,
    max: usize,
) -> Result<Option<Zeroizing<String>>, AppError> {
    let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    if value.chars().count() > max {
        return Err(AppError::too_long(
            field,
            format!("must be at most {max} characters"),
        ));
    }
    Ok(Some(Zeroizing::new(value.to_string())))
}

fn open_text(
    context: &Context,
    identity: &keys::Identity,
    sealed: &[u8],
) -> Result<String, AppError> {
    let plain = crypto::open(context, std::slice::from_ref(identity), sealed)
        .map_err(AppError::internal)?;
    Ok(String::from_utf8_lossy(&plain).into_owned())
}

fn consent_of(case: &entities::cases::Model) -> Result<Option<Consent>, AppError> {
    case.consent
        .as_deref()
        .map(str::parse)
        .transpose()
        .map_err(AppError::internal)
}

// ---------------------------------------------------------------------------------------------
// Consent

/// Asks the reporter, through their status page, whether the case may go to an authority.
pub async fn request_consent(state: &AppState, member: &Member, id: Uuid) -> Result<(), AppError> {
    let case = open_for_owner(state, member, id).await?;
    let txn = state.db().begin().await?;
    let case = cases::lock(&*txn, case.id)
        .await?
        .ok_or(AppError::NotFound)?;
    if case.state == crate::domain::CaseState::Received.as_code() {
        // The reporter would be asked before anyone has confirmed reading their report.
        return Err(AppError::Conflict {
            code: "not_acknowledged",
            message: "Acknowledge the report before asking the reporter for consent.".into(),
        });
    }
    rules::may_request(consent_of(&case)?).map_err(|refused| AppError::Conflict {
        code: match refused {
            rules::RequestRefused::Pending => "consent_pending",
            rules::RequestRefused::AlreadyGiven => "consent_given",
        },
        message: format!("Consent was not asked again: {refused}."),
    })?;
    store::set_consent(&*txn, case.id, Consent::Requested.as_code(), None).await?;
    audit::append(
        &*txn,
        state.clock().now(),
        Event::new(member.actor(), AuditAction::ConsentRequested)
            .org(member.org_id)
            .subject("case", case.id),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The reporter's yes or no. Taken only once they were asked; they may change their mind,
/// which does not recall what was already sent.
pub async fn answer_consent(
    state: &AppState,
    session: &ReporterSession,
    yes: bool,
) -> Result<(), AppError> {
    let txn = state.db().begin().await?;
    let case = cases::lock(&*txn, session.case_id)
        .await?
        .filter(|c| c.purged_on.is_none())
        .ok_or(AppError::Unauthorized)?;
    if !rules::may_answer(consent_of(&case)?) {
        return Err(AppError::Conflict {
            code: "consent_not_requested",
            message: "Nobody has asked for your consent on this report.".into(),
        });
    }
    let answer = if yes {
        Consent::Given
    } else {
        Consent::Refused
    };
    store::set_consent(
        &*txn,
        case.id,
        answer.as_code(),
        Some(state.clock().today()),
    )
    .await?;
    audit::append(
        &*txn,
        state.clock().now(),
        Event::new(Actor::Reporter, AuditAction::ConsentAnswered)
            .org(case.owner_org_id)
            .subject("case", case.id)
            .details(serde_json::json!({ "consent": answer.as_code() })),
    )
    .await?;
    crate::notify::enqueue_for_org_handlers(
        &*txn,
        state.clock().now(),
        crate::notify::NoticeKind::ConsentAnswered,
        case.owner_org_id,
        Some(case.id),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Escalating

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
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Created {
    pub id: Uuid,
    pub chain_head: String,
}

/// A copy of one evidence file, sealed to the authority, not yet recorded.
struct Copy {
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
struct Staged {
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
async fn copy_evidence(
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
    let size = i64::try_from(plain.len()).map_err(AppError::internal)?;
    let id = Uuid::new_v4();
    let mut upload = state
        .blobs()
        .begin(
            vec![authority.clone()],
            Context::EvidenceBlob {
                escalation: escalation_id,
                evidence: id,
            },
            u64::MAX,
        )
        .map_err(AppError::internal)?;
    upload
        .write(Zeroizing::new(plain.to_vec()))
        .await
        .map_err(AppError::internal)?;
    let stored = upload.finish().await.map_err(AppError::internal)?;
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
    let authority_key = keys::parse_recipient(&authority.recipient).map_err(AppError::internal)?;
    let both = vec![
        authority_key.clone(),
        keys::parse_recipient(&from.recipient).map_err(AppError::internal)?,
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
    let package_json = Zeroizing::new(serde_json::to_vec(&package).map_err(AppError::internal)?);
    let sealed_package = crypto::seal(
        &Context::EscalationPackage {
            escalation: escalation_id,
        },
        &both,
        &package_json,
    )
    .map_err(AppError::internal)?;
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
        .transpose()
        .map_err(AppError::internal)?;

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
                .details(
                    serde_json::to_value(package::EscalatedDetails {
                        escalation_id,
                        authority_org_id: authority.id,
                        basis: basis.as_code().to_string(),
                        attachment_ids: copies.iter().map(|c| c.attachment_id).collect(),
                        evidence_commitments: commitments.clone(),
                        package_sha256: Some(package_sha256),
                        legal_reason_sha256,
                        package_commitment,
                        legal_reason_commitment,
                    })
                    .map_err(AppError::internal)?,
                ),
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

// ---------------------------------------------------------------------------------------------
// Reading

/// One evidence file of an escalation.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct EvidenceView {
    pub id: Uuid,
    pub attachment_id: Uuid,
    pub name: String,
    pub content_type: String,
    pub size: i64,
    /// SHA-256 of the file, hex: compare it with the downloaded bytes.
    pub sha256: String,
}

/// An authority's response.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ResponseView {
    pub id: Uuid,
    pub status: String,
    /// Absent for members of an organisation the response was not sealed to.
    pub body: Option<String>,
    pub at: DateTime<Utc>,
}

/// An escalation as the authority and the sending organisation see it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct EscalationView {
    pub id: Uuid,
    pub case_reference: String,
    pub from_organisation: String,
    pub authority: String,
    pub authority_org_id: Uuid,
    pub sent_at: DateTime<Utc>,
    /// `sent`, then the latest response's status.
    pub status: String,
    /// `reporter` or `legal_reason`.
    pub basis: String,
    pub legal_reason: Option<String>,
    /// The summary and the case's facts; absent for an organisation that did not send it.
    pub package: Option<Package>,
    /// The audit chain's head right after the escalation was recorded.
    pub chain_head: String,
    pub evidence: Vec<EvidenceView>,
    pub responses: Vec<ResponseView>,
}

/// A line of the authority's list.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct EscalationSummary {
    pub id: Uuid,
    pub case_reference: String,
    pub from_organisation: String,
    pub sent_at: DateTime<Utc>,
    pub status: String,
    pub evidence: usize,
}

async fn for_authority(
    state: &AppState,
    member: &Member,
    id: Uuid,
) -> Result<escalations::Model, AppError> {
    let org = authority_org(member)?;
    store::get_for_authority(state.db().conn(), org, id)
        .await?
        .ok_or(AppError::NotFound)
}

async fn org_name(state: &AppState, id: Uuid) -> Result<String, AppError> {
    Ok(orgs::find_org(state.db().conn(), id)
        .await?
        .map(|o| o.name)
        .unwrap_or_default())
}

/// Checks an escalation's row against its own audit entry (the chain head it recorded): the
/// sealed package and legal reason must be the ones that were sent, and the basis the one
/// recorded. Someone with write access to the database could otherwise swap in a package
/// sealed to the authority's public key, and the next export would sign it.
async fn check_against_audit(
    state: &AppState,
    escalation: &escalations::Model,
) -> Result<package::EscalatedDetails, AppError> {
    let entry = audit::find_by_hash(state.db().conn(), &escalation.chain_head)
        .await?
        .filter(|e| e.action == AuditAction::CaseEscalated.as_str())
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("escalation without its audit entry")))?;
    let details = package::EscalatedDetails::parse(&entry.details).ok_or_else(mismatch)?;
    let rows = store::evidence(state.db().conn(), escalation.id).await?;
    let mut stored: Vec<String> = rows.iter().map(|e| e.sha256.clone()).collect();
    stored.sort();
    let mut attached: Vec<Uuid> = rows.iter().map(|e| e.attachment_id).collect();
    attached.sort();
    let mut recorded_attachments = details.attachment_ids.clone();
    recorded_attachments.sort();
    let matches = details.escalation_id == escalation.id
        && entry.subject_id == Some(escalation.case_id)
        && entry.org_id == Some(escalation.from_org_id)
        && details.sorted_commitments() == stored
        && recorded_attachments == attached
        && details.basis == escalation.consent
        && details.authority_org_id == escalation.authority_org_id
        && details.package_sha256.as_deref()
            == Some(crypto::sha256_hex(&escalation.sealed_summary).as_str())
        && details.legal_reason_sha256
            == escalation
                .sealed_legal_reason
                .as_deref()
                .map(crypto::sha256_hex);
    if matches {
        Ok(details)
    } else {
        Err(mismatch())
    }
}

fn mismatch() -> AppError {
    AppError::internal(anyhow::anyhow!("escalation does not match its audit entry"))
}

/// Opens the sealed package and checks it against the commitment in its audit entry.
fn open_package(
    escalation: &escalations::Model,
    identity: &keys::Identity,
    recorded: &package::EscalatedDetails,
) -> Result<Package, AppError> {
    let plain = crypto::open(
        &Context::EscalationPackage {
            escalation: escalation.id,
        },
        std::slice::from_ref(identity),
        &escalation.sealed_summary,
    )
    .map_err(AppError::internal)?;
    if recorded.package_commitment != crypto::sha256_hex(&plain) {
        return Err(mismatch());
    }
    serde_json::from_slice(&plain).map_err(AppError::internal)
}

/// Opens an escalation with `identity`; `readable` says whether it was sealed to the caller.
async fn view(
    state: &AppState,
    escalation: &escalations::Model,
    identity: &keys::Identity,
    readable: bool,
) -> Result<EscalationView, AppError> {
    let db = state.db().conn();
    let id = escalation.id;
    let recorded = check_against_audit(state, escalation).await?;
    let package = if readable {
        Some(open_package(escalation, identity, &recorded)?)
    } else {
        None
    };
    let legal_reason = match (&escalation.sealed_legal_reason, &package) {
        (Some(sealed), Some(package)) => {
            let reason = open_text(&Context::LegalReason { escalation: id }, identity, sealed)?;
            let commitment = package::legal_reason_commitment(&package.evidence_salt, &reason);
            if recorded.legal_reason_commitment.as_deref() != Some(commitment.as_str()) {
                return Err(mismatch());
            }
            Some(reason)
        }
        _ => None,
    };
    let mut evidence = Vec::new();
    for e in store::evidence(db, id).await? {
        let (name, content_type, sha256) = if readable {
            let meta = crypto::open(
                &Context::EvidenceMeta {
                    escalation: id,
                    evidence: e.id,
                },
                std::slice::from_ref(identity),
                &e.sealed_meta,
            )
            .map_err(AppError::internal)?;
            let meta: AttachmentMeta = serde_json::from_slice(&meta).map_err(AppError::internal)?;
            (meta.name, meta.content_type, meta.sha256)
        } else {
            (String::new(), String::new(), String::new())
        };
        evidence.push(EvidenceView {
            id: e.id,
            attachment_id: e.attachment_id,
            name,
            content_type,
            size: e.size,
            sha256,
        });
    }
    let mut responses = Vec::new();
    for r in store::responses(db, id).await? {
        let context = Context::Response {
            escalation: id,
            response: r.id,
        };
        let body = if readable {
            Some(open_text(&context, identity, &r.sealed_body)?)
        } else {
            // Answers are also sealed to the case's owner at the time (after a transfer, the
            // new owner reads them); other organisations on the case do not.
            open_text(&context, identity, &r.sealed_body).ok()
        };
        responses.push(ResponseView {
            id: r.id,
            status: r.status,
            body,
            at: r.created_at,
        });
    }
    let case_reference = store::references(db, &[escalation.case_id])
        .await?
        .remove(&escalation.case_id)
        .unwrap_or_default();
    Ok(EscalationView {
        id,
        case_reference,
        from_organisation: org_name(state, escalation.from_org_id).await?,
        authority: org_name(state, escalation.authority_org_id).await?,
        authority_org_id: escalation.authority_org_id,
        sent_at: escalation.created_at,
        status: escalation.status.clone(),
        basis: escalation.consent.clone(),
        legal_reason,
        package,
        chain_head: escalation.chain_head.clone(),
        evidence,
        responses,
    })
}

/// What was escalated to the caller's authority, newest first.
pub async fn list(state: &AppState, member: &Member) -> Result<Vec<EscalationSummary>, AppError> {
    let org = authority_org(member)?;
    let db = state.db().conn();
    let rows = store::list_for_authority(db, org).await?;
    let case_ids: Vec<Uuid> = rows.iter().map(|e| e.case_id).collect();
    let references = store::references(db, &case_ids).await?;
    let mut out = Vec::with_capacity(rows.len());
    for e in rows {
        out.push(EscalationSummary {
            id: e.id,
            case_reference: references.get(&e.case_id).cloned().unwrap_or_default(),
            from_organisation: org_name(state, e.from_org_id).await?,
            sent_at: e.created_at,
            status: e.status,
            evidence: store::evidence(db, e.id).await?.len(),
        });
    }
    Ok(out)
}

/// One escalation, decrypted for its authority. Audited.
pub async fn detail(
    state: &AppState,
    member: &Member,
    id: Uuid,
) -> Result<EscalationView, AppError> {
    let escalation = for_authority(state, member, id).await?;
    let out = view(state, &escalation, member.org_identity()?, true).await?;
    let txn = state.db().begin().await?;
    audit::append(
        &*txn,
        state.clock().now(),
        Event::new(member.actor(), AuditAction::EscalationRead)
            .org(member.org_id)
            .subject("escalation", escalation.id),
    )
    .await?;
    txn.commit().await?;
    Ok(out)
}

/// The escalations of a case, for those who may open it. The sending organisation reads the
/// summary and the answers; other organisations on the case see that it was escalated, to whom
/// and how it stands.
pub async fn of_case(
    state: &AppState,
    member: &Member,
    id: Uuid,
) -> Result<Vec<EscalationView>, AppError> {
    let case = open_case(state, member, id).await?;
    let identity = member.org_identity()?;
    let mut out = Vec::new();
    for escalation in store::of_case(state.db().conn(), case.id).await? {
        let readable = escalation.from_org_id == member.org_id;
        out.push(view(state, &escalation, identity, readable).await?);
    }
    Ok(out)
}

/// The authorities a case can be escalated to.
pub async fn authorities(
    state: &AppState,
) -> Result<Vec<entities::organisations::Model>, AppError> {
    Ok(orgs::of_kind(state.db().conn(), OrgKind::Authority.as_code()).await?)
}

// ---------------------------------------------------------------------------------------------
// Evidence and export

/// A decrypted evidence file.
pub use crate::evidence::Download;

/// Opens an escalated evidence copy; its bytes must hash to the description's SHA-256 and,
/// with the package's salt, to the commitment recorded in the row (and the audit entry).
async fn open_evidence(
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
        .await
        .map_err(AppError::internal)?
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
    Ok((
        signing::public_pem(&key).map_err(AppError::internal)?,
        signing::fingerprint(&key),
    ))
}

// ---------------------------------------------------------------------------------------------
// Responding

/// `POST /api/v1/escalations/{id}/responses`
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResponseInput {
    /// `received`, `under_review`, `action_taken` or `closed`.
    pub status: Option<String>,
    pub body: Option<String>,
}

/// Records an authority's answer, sealed to the authority and the sending organisation, whose
/// handlers are told.
#[allow(
    clippy::too_many_lines,
    reason = "one answer in one transaction: checks, sealed message, status change, audit entry and notice"
)]
pub async fn respond(
    state: &AppState,
    member: &Member,
    id: Uuid,
    input: ResponseInput,
) -> Result<Uuid, AppError> {
    let escalation = for_authority(state, member, id).await?;
    let status: ResponseStatus = input
        .status
        .as_deref()
        .ok_or_else(|| AppError::missing("status", "is required"))?
        .parse()
        .map_err(|e: crate::domain::UnknownValue| {
            AppError::invalid("status", format!("must be one of {}", e.allowed))
        })?;
    let body = text_field("body", input.body.as_deref(), MAX_TEXT)?
        .unwrap_or_else(|| Zeroizing::new(String::new()));
    let db = state.db().conn();
    let to = vec![
        keys::parse_recipient(
            &orgs::find_org(db, escalation.authority_org_id)
                .await?
                .ok_or(AppError::NotFound)?
                .recipient,
        )
        .map_err(AppError::internal)?,
        keys::parse_recipient(
            &orgs::find_org(db, escalation.from_org_id)
                .await?
                .ok_or(AppError::NotFound)?
                .recipient,
        )
        .map_err(AppError::internal)?,
    ];
    let response_id = Uuid::new_v4();
    let now = state.clock().now();
    let txn = state.db().begin().await?;
    // Under the case's lock, so a transfer cannot slip in between: the answer is sealed to the
    // case's owner as well as to the sender, and both are told.
    let owner = cases::lock(&*txn, escalation.case_id)
        .await?
        .map(|c| c.owner_org_id)
        .filter(|owner| *owner != escalation.from_org_id);
    let mut to = to;
    if let Some(owner) = owner {
        let owner = orgs::find_org(&*txn, owner)
            .await?
            .ok_or(AppError::NotFound)?;
        to.push(keys::parse_recipient(&owner.recipient).map_err(AppError::internal)?);
    }
    let sealed = crypto::seal(
        &Context::Response {
            escalation: id,
            response: response_id,
        },
        &to,
        body.as_bytes(),
    )
    .map_err(AppError::internal)?;
    let current = store::lock(&*txn, escalation.id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !rules::may_respond(current.status.parse().ok()) {
        return Err(AppError::Conflict {
            code: "escalation_closed",
            message: "This escalation is closed and takes no more responses.".into(),
        });
    }
    store::insert_response(
        &*txn,
        escalation_responses::Model {
            id: response_id,
            escalation_id: escalation.id,
            author_member_id: member.member_id,
            status: status.as_code().to_string(),
            sealed_body: sealed.clone(),
            created_at: now,
        },
    )
    .await?;
    audit::append(
        &*txn,
        now,
        Event::new(member.actor(), AuditAction::EscalationResponded)
            .org(member.org_id)
            .subject("escalation", escalation.id)
            .details(serde_json::json!({
                "response_id": response_id,
                "status": status.as_code(),
                "sha256": crypto::sha256_hex(&sealed),
            })),
    )
    .await?;
    for org in std::iter::once(escalation.from_org_id).chain(owner) {
        crate::notify::enqueue_for_org_handlers(
            &*txn,
            now,
            crate::notify::NoticeKind::EscalationAnswered,
            org,
            Some(escalation.case_id),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(response_id)
}
