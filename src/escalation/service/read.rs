//! Reading: escalations as the authority and the sending organisation see them, each checked
//! against its own audit entry before anything is shown.

use super::*;

/// One evidence file of an escalation.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
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
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ResponseView {
    pub id: Uuid,
    pub status: String,
    /// Absent for members of an organisation the response was not sealed to.
    pub body: Option<String>,
    pub at: DateTime<Utc>,
}

/// An escalation as the authority and the sending organisation see it.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
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
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct EscalationSummary {
    pub id: Uuid,
    pub case_reference: String,
    pub from_organisation: String,
    pub sent_at: DateTime<Utc>,
    pub status: String,
    pub evidence: usize,
}

pub(super) async fn for_authority(
    state: &AppState,
    member: &Member,
    id: Uuid,
) -> Result<escalations::Model, AppError> {
    let org = authority_org(member)?;
    store::get_for_authority(state.db().conn(), org, id)
        .await?
        .ok_or(AppError::NotFound)
}

pub(super) async fn org_name(state: &AppState, id: Uuid) -> Result<String, AppError> {
    Ok(orgs::find_org(state.db().conn(), id)
        .await?
        .map(|o| o.name)
        .unwrap_or_default())
}

/// Checks an escalation's row against its own audit entry (the chain head it recorded): the
/// sealed package and legal reason must be the ones that were sent, and the basis the one
/// recorded. Someone with write access to the database could otherwise swap in a package
/// sealed to the authority's public key, and the next export would sign it.
pub(super) async fn check_against_audit(
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

pub(super) fn mismatch() -> AppError {
    AppError::internal(anyhow::anyhow!("escalation does not match its audit entry"))
}

/// Opens the sealed package and checks it against the commitment in its audit entry.
pub(super) fn open_package(
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
    )?;
    if recorded.package_commitment != crypto::sha256_hex(&plain) {
        return Err(mismatch());
    }
    serde_json::from_slice(&plain).map_err(AppError::internal)
}

/// Opens an escalation with `identity`; `readable` says whether it was sealed to the caller.
#[allow(
    clippy::too_many_lines,
    reason = "opens each sealed part of one escalation, each checked against the audit entry"
)]
pub(super) async fn view(
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
            )?;
            let meta: AttachmentMeta = serde_json::from_slice(&meta)?;
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
