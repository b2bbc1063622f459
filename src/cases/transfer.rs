//! Transferring a case to another organisation: everything sealed to the old owner is opened
//! with its identity and sealed again to the new owner (and the reporter, and any organisation
//! the case is shared with), evidence files included. The old owner keeps no access.
//!
//! New blobs are written before the transaction; if it fails they are deleted, and the old
//! ones are deleted only after it commits, so a failure leaves the case readable as before.

use sea_orm::ActiveValue::Set;
use sea_orm::IntoActiveModel;
use uuid::Uuid;
use zeroize::Zeroizing;

use super::service::{self, CaseSummary};
use crate::accounts::session::Member;
use crate::app::AppState;
use crate::audit::{self, Event};
use crate::crypto::{self, keys};
use crate::domain::accounts::OrgKind;
use crate::error::AppError;
use crate::intake::evidence::blob_context;
use crate::intake::reporter::{attachment_meta_context, message_context};
use crate::intake::submit::content_context;
use crate::store::{cases, orgs};

/// Moves the case to `org_id`. Only the owning organisation may; the target must be a buyer or
/// coordinator other than the owner.
pub async fn transfer(
    state: &AppState,
    member: &Member,
    id: Uuid,
    org_id: Uuid,
) -> Result<CaseSummary, AppError> {
    let case = service::open_for_owner(state, member, id).await?;
    let target = orgs::find_org(state.db().conn(), org_id)
        .await?
        .filter(|o| o.id != case.owner_org_id)
        .ok_or_else(|| AppError::invalid("org_id", "is not another organisation"))?;
    if target.kind.parse::<OrgKind>().map_err(AppError::internal)? == OrgKind::Authority {
        return Err(AppError::invalid(
            "org_id",
            "an authority receives escalations, not cases",
        ));
    }
    let identity = std::slice::from_ref(member.org_identity()?);
    let db = state.db().conn();

    // The recipient sets as they will be once the target owns the case.
    let mut moved = case.clone();
    moved.owner_org_id = target.id;
    let thread = crate::intake::reporter::recipients(&cases::thread_recipients(db, &moved).await?)?;
    let orgs_only = crate::intake::reporter::recipients(&cases::org_recipients(db, &moved).await?)?;
    let reseal =
        |context: &str, to: &[keys::Recipient], sealed: &[u8]| -> Result<Vec<u8>, AppError> {
            let plain = crypto::open(context, identity, sealed).map_err(AppError::internal)?;
            crypto::seal(context, to, &plain).map_err(AppError::internal)
        };

    let content = cases::content(db, case.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let content = reseal(&content_context(case.id), &thread, &content)?;
    let mut messages = Vec::new();
    for m in cases::messages(db, case.id).await? {
        messages.push((
            m.id,
            reseal(&message_context(case.id, m.id), &thread, &m.sealed)?,
        ));
    }
    let mut notes = Vec::new();
    for n in cases::notes(db, case.id).await? {
        notes.push((
            n.id,
            reseal(&service::note_context(case.id, n.id), &orgs_only, &n.sealed)?,
        ));
    }
    let mut evidence = Vec::new();
    let mut written = Vec::new();
    let outcome: Result<(), AppError> = async {
        for a in cases::attachments(db, case.id).await? {
            let meta = reseal(
                &attachment_meta_context(case.id, a.id),
                &thread,
                &a.sealed_meta,
            )?;
            let ciphertext = state
                .blobs()
                .read(&a.blob_key)
                .await
                .map_err(AppError::internal)?;
            let context = blob_context(case.id, a.id);
            let plain =
                crypto::open(&context, identity, &ciphertext).map_err(AppError::internal)?;
            let mut upload = state
                .blobs()
                .begin(thread.clone(), context, u64::MAX)
                .map_err(AppError::internal)?;
            upload
                .write(Zeroizing::new(plain.to_vec()))
                .await
                .map_err(AppError::internal)?;
            let stored = upload.finish().await.map_err(AppError::internal)?;
            written.push(stored.key.clone());
            evidence.push((a.id, a.blob_key, stored, meta));
        }
        Ok(())
    }
    .await;
    if let Err(err) = outcome {
        for key in &written {
            let _ = state.blobs().delete(key).await;
        }
        return Err(err);
    }

    let committed: Result<(), AppError> = async {
        let txn = state.db().begin().await?;
        cases::reseal_content(&*txn, case.id, content).await?;
        for (id, sealed) in messages {
            cases::reseal_message(&*txn, id, sealed).await?;
        }
        for (id, sealed) in notes {
            cases::reseal_note(&*txn, id, sealed).await?;
        }
        for (id, _, stored, meta) in &evidence {
            cases::reseal_attachment(
                &*txn,
                *id,
                stored.key.clone(),
                stored.ciphertext_sha256.clone(),
                meta.clone(),
            )
            .await?;
        }
        let mut active = case.clone().into_active_model();
        active.owner_org_id = Set(target.id);
        active.assignee_id = Set(None);
        cases::update(&*txn, active).await?;
        audit::append(
            &*txn,
            state.clock().now(),
            Event::new(member.actor(), "case.transferred")
                .org(member.org_id)
                .subject("case", case.id)
                .details(serde_json::json!({ "from": case.owner_org_id, "to": target.id })),
        )
        .await?;
        crate::notify::enqueue_for_org_handlers(
            &*txn,
            state.clock().now(),
            crate::notify::NoticeKind::NewReport,
            target.id,
            Some(case.id),
        )
        .await?;
        txn.commit().await?;
        Ok(())
    }
    .await;
    if let Err(err) = committed {
        for key in &written {
            let _ = state.blobs().delete(key).await;
        }
        return Err(err);
    }
    for (_, old_key, _, _) in &evidence {
        if let Err(err) = state.blobs().delete(old_key).await {
            tracing::warn!(error = %err, "an old evidence blob could not be deleted after a transfer");
        }
    }
    let case = cases::find(state.db().conn(), case.id)
        .await?
        .ok_or(AppError::NotFound)?;
    service::summary_of(state, &case).await
}
