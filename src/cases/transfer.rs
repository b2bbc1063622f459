//! Re-encrypting a case for a new set of organisations: transfer to another owner, and sharing
//! with another buyer of the same supplier (joint handling).
//!
//! Everything sealed to the case's organisations is opened with the caller's organisation
//! identity and sealed again to the new set (and the reporter), evidence files included. New
//! blobs are written before the transaction; if it fails they are deleted, and the old ones are
//! deleted only after it commits, so a failure leaves the case readable as before.

use sea_orm::ActiveValue::Set;
use sea_orm::IntoActiveModel;
use uuid::Uuid;
use zeroize::Zeroizing;

use super::service::{self, CaseSummary};
use crate::audit::{self, AuditAction, Event};
use crate::crypto::Context;
use crate::crypto::{self, keys};
use crate::domain::accounts::OrgKind;
use crate::error::AppError;
use crate::state::AppState;
use crate::store::blobs::Stored;
use crate::store::entities::cases::Model as Case;
use crate::store::{WriteTxn, cases, orgs, suppliers};
use crate::web::session::Member;

/// A case sealed anew, ready to be written.
struct Resealed {
    /// The ids of everything re-sealed, and whom the case was sealed to before: if either
    /// differs at commit, something was written meanwhile and the whole attempt is refused.
    ids: Vec<Uuid>,
    sealed_for: Vec<String>,
    content: Vec<u8>,
    messages: Vec<(Uuid, Vec<u8>)>,
    notes: Vec<(Uuid, Vec<u8>)>,
    /// Notes that stay behind: deleted, not sealed to the new set.
    left: Vec<Uuid>,
    evidence: Vec<(Uuid, String, Stored, Vec<u8>)>,
}

impl Resealed {
    /// Seals everything of `case` to `thread` (reporter-visible items) and `orgs_only` (notes),
    /// except the notes of the organisation `leave`, which stay behind.
    #[allow(
        clippy::too_many_lines,
        reason = "reseals each sealed part of one case in turn, deleting the new blobs if any step fails"
    )]
    async fn prepare(
        state: &AppState,
        identity: &keys::Identity,
        case: &Case,
        thread: &[keys::Recipient],
        orgs_only: &[keys::Recipient],
        leave: Option<Uuid>,
    ) -> Result<Self, AppError> {
        let db = state.db().conn();
        let identity = std::slice::from_ref(identity);
        let reseal = |context: &Context,
                      to: &[keys::Recipient],
                      sealed: &[u8]|
         -> Result<Vec<u8>, AppError> {
            let plain = crypto::open(context, identity, sealed)?;
            crypto::seal(context, to, &plain).map_err(AppError::internal)
        };
        let content = cases::content(db, case.id)
            .await?
            .ok_or(AppError::NotFound)?;
        let content = reseal(&Context::CaseContent { case: case.id }, thread, &content)?;
        let mut messages = Vec::new();
        for m in cases::messages(db, case.id).await? {
            messages.push((
                m.id,
                reseal(
                    &Context::Message {
                        case: case.id,
                        message: m.id,
                    },
                    thread,
                    &m.sealed,
                )?,
            ));
        }
        let mut notes = Vec::new();
        let mut left = Vec::new();
        for n in cases::notes(db, case.id).await? {
            if leave == Some(n.org_id) {
                left.push(n.id);
                continue;
            }
            notes.push((
                n.id,
                reseal(
                    &Context::Note {
                        case: case.id,
                        note: n.id,
                    },
                    orgs_only,
                    &n.sealed,
                )?,
            ));
        }
        let mut ids: Vec<Uuid> = messages
            .iter()
            .map(|(id, _)| *id)
            .chain(notes.iter().map(|(id, _)| *id))
            .chain(left.iter().copied())
            .collect();
        let attachments = cases::attachments(db, case.id).await?;
        ids.extend(attachments.iter().map(|a| a.id));
        ids.sort();
        let mut sealed_for = cases::thread_recipients(db, case).await?;
        sealed_for.sort();
        let mut resealed = Self {
            ids,
            sealed_for,
            content,
            messages,
            notes,
            left,
            evidence: Vec::new(),
        };
        let outcome: Result<(), AppError> = async {
            for a in attachments {
                let meta = reseal(
                    &Context::AttachmentMeta {
                        case: case.id,
                        attachment: a.id,
                    },
                    thread,
                    &a.sealed_meta,
                )?;
                let ciphertext = state.blobs().read(&a.blob_key).await?;
                let context = Context::AttachmentBlob {
                    case: case.id,
                    attachment: a.id,
                };
                let plain = crypto::open(&context, identity, &ciphertext)?;
                let mut upload = state.blobs().begin(thread.to_vec(), context, u64::MAX)?;
                upload.write(Zeroizing::new(plain.to_vec())).await?;
                let stored = upload.finish().await?;
                resealed.evidence.push((a.id, a.blob_key, stored, meta));
            }
            Ok(())
        }
        .await;
        if let Err(err) = outcome {
            resealed.discard(state).await;
            return Err(err);
        }
        Ok(resealed)
    }

    /// Writes the new ciphertexts inside the caller's transaction.
    async fn apply(&self, txn: &WriteTxn, case_id: Uuid) -> Result<(), AppError> {
        cases::reseal_content(&**txn, case_id, self.content.clone()).await?;
        for (id, sealed) in &self.messages {
            cases::reseal_message(&**txn, *id, sealed.clone()).await?;
        }
        for (id, sealed) in &self.notes {
            cases::reseal_note(&**txn, *id, sealed.clone()).await?;
        }
        for id in &self.left {
            cases::delete_note(&**txn, *id).await?;
        }
        for (id, _, stored, meta) in &self.evidence {
            cases::reseal_attachment(
                &**txn,
                *id,
                stored.key.clone(),
                stored.ciphertext_sha256.clone(),
                meta.clone(),
            )
            .await?;
        }
        Ok(())
    }

    /// The transaction failed: the new blobs go.
    async fn discard(&self, state: &AppState) {
        for (_, _, stored, _) in &self.evidence {
            if let Err(err) = state.blobs().delete(&stored.key).await {
                tracing::warn!(error = %err, "could not delete an uncommitted evidence blob");
            }
        }
    }

    /// The transaction committed: the old blobs go.
    async fn finish(&self, state: &AppState) {
        for (_, old_key, _, _) in &self.evidence {
            if let Err(err) = state.blobs().delete(old_key).await {
                tracing::warn!(error = %err, "an old evidence blob could not be deleted after re-encryption");
            }
        }
    }
}

/// Runs `write` in one transaction with the re-sealed case; cleans up blobs either way.
async fn commit_with<F>(
    state: &AppState,
    case: &Case,
    resealed: Resealed,
    write: F,
) -> Result<(), AppError>
where
    F: for<'t> FnOnce(
        &'t WriteTxn,
    ) -> std::pin::Pin<
        Box<dyn std::future::Future<Output = Result<(), AppError>> + Send + 't>,
    >,
{
    let outcome: Result<(), AppError> = async {
        let txn = state.db().begin().await?;
        let now = cases::lock(&*txn, case.id)
            .await?
            .ok_or(AppError::NotFound)?;
        let mut now_for = cases::thread_recipients(&*txn, &now).await?;
        now_for.sort();
        if now.owner_org_id != case.owner_org_id
            || now_for != resealed.sealed_for
            || cases::sealed_ids(&*txn, case.id).await? != resealed.ids
        {
            return Err(AppError::case_changed());
        }
        resealed.apply(&txn, case.id).await?;
        write(&txn).await?;
        txn.commit().await?;
        Ok(())
    }
    .await;
    match outcome {
        Ok(()) => {
            resealed.finish(state).await;
            Ok(())
        }
        Err(err) => {
            resealed.discard(state).await;
            Err(err)
        }
    }
}

async fn recipient_sets(
    state: &AppState,
    view: &Case,
    extra_org: Option<&str>,
) -> Result<(Vec<keys::Recipient>, Vec<keys::Recipient>), AppError> {
    let db = state.db().conn();
    let mut thread = cases::thread_recipients(db, view).await?;
    let mut orgs_only = cases::org_recipients(db, view).await?;
    if let Some(extra) = extra_org {
        thread.push(extra.to_string());
        orgs_only.push(extra.to_string());
    }
    Ok((
        keys::parse_recipients(&thread)?,
        keys::parse_recipients(&orgs_only)?,
    ))
}

/// Where a case may go: another buyer of its supplier, or a coordinator.
pub async fn may_receive(
    state: &AppState,
    case: &Case,
    target: &crate::store::entities::organisations::Model,
) -> Result<bool, AppError> {
    if target.id == case.owner_org_id {
        return Ok(false);
    }
    Ok(match target.kind.parse::<OrgKind>()? {
        OrgKind::Coordinator => true,
        OrgKind::Buyer => match case.supplier_id {
            Some(supplier) => {
                suppliers::has_active_contract(state.db().conn(), target.id, supplier).await?
            }
            None => false,
        },
        OrgKind::Authority => false,
    })
}

/// The organisations a case may be transferred to: the other buyers of its supplier and the
/// coordinators.
pub async fn transfer_targets(
    state: &AppState,
    case: &Case,
) -> Result<Vec<crate::store::entities::organisations::Model>, AppError> {
    let db = state.db().conn();
    let mut targets = match case.supplier_id {
        Some(supplier) => suppliers::buyers_of(db, supplier).await?,
        None => Vec::new(),
    };
    targets.extend(orgs::of_kind(db, OrgKind::Coordinator.as_code()).await?);
    let mut seen = std::collections::HashSet::new();
    targets.retain(|o| o.id != case.owner_org_id && seen.insert(o.id));
    Ok(targets)
}

/// The other buyers of the case's supplier it is not shared with yet.
pub async fn share_targets(
    state: &AppState,
    case: &Case,
) -> Result<Vec<crate::store::entities::organisations::Model>, AppError> {
    let db = state.db().conn();
    let Some(supplier) = case.supplier_id else {
        return Ok(Vec::new());
    };
    let shared = cases::shared_with(db, case.id).await?;
    Ok(suppliers::buyers_of(db, supplier)
        .await?
        .into_iter()
        .filter(|o| o.id != case.owner_org_id && !shared.contains(&o.id))
        .collect())
}

/// Moves the case to `org_id`. Only the owning organisation may; the target must be another
/// buyer of the case's supplier or a coordinator. The owner's internal notes go with the case
/// only when `with_notes`; otherwise they are deleted, never sealed to the new owner.
pub async fn transfer(
    state: &AppState,
    member: &Member,
    id: Uuid,
    org_id: Uuid,
    with_notes: bool,
) -> Result<CaseSummary, AppError> {
    let case = crate::access::open_for_owner(state, member, id).await?;
    member.require_step_up(state)?;
    let target = orgs::find_org(state.db().conn(), org_id)
        .await?
        .ok_or_else(|| AppError::invalid("org_id", "is not an organisation"))?;
    if !may_receive(state, &case, &target).await? {
        return Err(AppError::invalid(
            "org_id",
            "is not another buyer of this case's supplier or a coordinator",
        ));
    }
    let mut moved = case.clone();
    moved.owner_org_id = target.id;
    let (thread, orgs_only) = recipient_sets(state, &moved, None).await?;
    let leave = (!with_notes).then_some(case.owner_org_id);
    let resealed = Resealed::prepare(
        state,
        member.org_identity()?,
        &case,
        &thread,
        &orgs_only,
        leave,
    )
    .await?;
    let left = resealed.left.len();
    let now = state.clock().now();
    commit_with(state, &case, resealed, |txn| {
        let (case, target_id) = (case.clone(), target.id);
        let (actor, from_org) = (member.actor(), member.org_id);
        Box::pin(async move {
            let mut active = case.clone().into_active_model();
            active.owner_org_id = Set(target_id);
            active.assignee_id = Set(None);
            // The reporter agreed to (or was asked about) escalation by the previous
            // organisation's handlers; the new owner asks again. A "no" stays a no.
            if case.consent.as_deref()
                != Some(crate::domain::escalation::Consent::Refused.as_code())
            {
                active.consent = Set(None);
                active.consent_on = Set(None);
            }
            cases::update(&**txn, active).await?;
            audit::append(
                &**txn,
                now,
                Event::new(actor, AuditAction::CaseTransferred)
                    .org(from_org)
                    .subject("case", case.id)
                    .details(serde_json::json!({
                        "from": case.owner_org_id,
                        "to": target_id,
                        "notes_left": left,
                    })),
            )
            .await?;
            crate::notify::enqueue_for_org_handlers(
                &**txn,
                now,
                crate::notify::NoticeKind::NewReport,
                target_id,
                Some(case.id),
            )
            .await?;
            Ok(())
        })
    })
    .await?;
    let case = cases::find(state.db().conn(), case.id)
        .await?
        .ok_or(AppError::NotFound)?;
    service::summary_of(state, &case).await
}

/// Shares the case with another buyer of the same supplier, for joint follow-up: it reads the
/// case, adds notes and follows the workflow. Only the owner shares.
pub async fn share(
    state: &AppState,
    member: &Member,
    id: Uuid,
    org_id: Uuid,
) -> Result<(), AppError> {
    let case = crate::access::open_for_owner(state, member, id).await?;
    let supplier = case.supplier_id.ok_or_else(|| {
        AppError::invalid(
            "org_id",
            "a case about an unlisted workplace has no other buyers to share with",
        )
    })?;
    let target = orgs::find_org(state.db().conn(), org_id)
        .await?
        .filter(|o| o.id != case.owner_org_id)
        .ok_or_else(|| AppError::invalid("org_id", "is not another organisation"))?;
    if !suppliers::has_active_contract(state.db().conn(), target.id, supplier).await? {
        return Err(AppError::invalid(
            "org_id",
            "is not a buyer of this case's supplier",
        ));
    }
    if cases::active_share(state.db().conn(), case.id, target.id).await? {
        return Err(AppError::Conflict {
            code: "already_shared",
            message: "The case is already shared with this organisation.".into(),
        });
    }
    let (thread, orgs_only) = recipient_sets(state, &case, Some(&target.recipient)).await?;
    let resealed = Resealed::prepare(
        state,
        member.org_identity()?,
        &case,
        &thread,
        &orgs_only,
        None,
    )
    .await?;
    let now = state.clock().now();
    commit_with(state, &case, resealed, |txn| {
        let (case_id, target_id) = (case.id, target.id);
        let (actor, by, from_org) = (member.actor(), member.member_id, member.org_id);
        Box::pin(async move {
            cases::insert_share(&**txn, case_id, target_id, by, now).await?;
            audit::append(
                &**txn,
                now,
                Event::new(actor, AuditAction::CaseShared)
                    .org(from_org)
                    .subject("case", case_id)
                    .details(serde_json::json!({ "with": target_id })),
            )
            .await?;
            crate::notify::enqueue_for_org_handlers(
                &**txn,
                now,
                crate::notify::NoticeKind::CaseShared,
                target_id,
                Some(case_id),
            )
            .await?;
            Ok(())
        })
    })
    .await
}

/// Ends joint handling with an organisation: it loses access at once, and nothing written from
/// now on is sealed to it.
pub async fn unshare(
    state: &AppState,
    member: &Member,
    id: Uuid,
    org_id: Uuid,
) -> Result<(), AppError> {
    let case = crate::access::open_for_owner(state, member, id).await?;
    if !cases::active_share(state.db().conn(), case.id, org_id).await? {
        return Err(AppError::NotFound);
    }
    let former = orgs::find_org(state.db().conn(), org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    // Everything is sealed again without the former partner, so its key no longer opens the
    // case even from a copy of the database.
    let (thread, orgs_only) = recipient_sets(state, &case, None).await?;
    let without = |set: Vec<keys::Recipient>| -> Vec<keys::Recipient> {
        set.into_iter()
            .filter(|r| r.to_string() != former.recipient)
            .collect()
    };
    let resealed = Resealed::prepare(
        state,
        member.org_identity()?,
        &case,
        &without(thread),
        &without(orgs_only),
        None,
    )
    .await?;
    let now = state.clock().now();
    commit_with(state, &case, resealed, |txn| {
        let case_id = case.id;
        let (actor, from_org) = (member.actor(), member.org_id);
        Box::pin(async move {
            if !cases::revoke_share(&**txn, case_id, org_id, now).await? {
                return Err(AppError::NotFound);
            }
            audit::append(
                &**txn,
                now,
                Event::new(actor, AuditAction::CaseUnshared)
                    .org(from_org)
                    .subject("case", case_id)
                    .details(serde_json::json!({ "with": org_id })),
            )
            .await?;
            Ok(())
        })
    })
    .await
}
