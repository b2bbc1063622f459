//! Retention: deleting what a person wrote once a closed case has been kept long enough.
//!
//! The case row (clear columns only) and its indicator codes stay, so aggregates still count
//! it; content, thread, notes, remediation actions, evidence rows and their blobs go.

use chrono::{Months, NaiveDate};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::entities::{
    attachments, case_contents, cases, escalation_evidence, escalations, messages, notes,
    organisations, remediation_actions,
};

/// A closed case past its organisation's retention.
#[derive(Debug, Clone)]
pub struct Expired {
    pub case_id: Uuid,
    pub reference: String,
    pub org_id: Uuid,
    pub closed_on: NaiveDate,
}

/// The closed, not yet purged cases whose retention ended before `today`.
pub async fn expired<C: ConnectionTrait>(db: &C, today: NaiveDate) -> Result<Vec<Expired>, DbErr> {
    let orgs: std::collections::HashMap<Uuid, i32> = organisations::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.retention_months))
        .collect();
    Ok(cases::Entity::find()
        .filter(cases::Column::State.eq("closed"))
        .filter(cases::Column::PurgedOn.is_null())
        .filter(cases::Column::ClosedOn.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .filter_map(|case| {
            let closed_on = case.closed_on?;
            let months = u32::try_from(*orgs.get(&case.owner_org_id)?).ok()?;
            let until = closed_on.checked_add_months(Months::new(months))?;
            (until < today).then_some(Expired {
                case_id: case.id,
                reference: case.reference,
                org_id: case.owner_org_id,
                closed_on,
            })
        })
        .collect())
}

/// The blob keys of a case's evidence (and of copies escalated from it).
pub async fn blob_keys<C: ConnectionTrait>(db: &C, case_id: Uuid) -> Result<Vec<String>, DbErr> {
    let mut keys: Vec<String> = attachments::Entity::find()
        .filter(attachments::Column::CaseId.eq(case_id))
        .all(db)
        .await?
        .into_iter()
        .map(|a| a.blob_key)
        .collect();
    let escalation_ids: Vec<Uuid> = escalations::Entity::find()
        .filter(escalations::Column::CaseId.eq(case_id))
        .all(db)
        .await?
        .into_iter()
        .map(|e| e.id)
        .collect();
    if !escalation_ids.is_empty() {
        keys.extend(
            escalation_evidence::Entity::find()
                .filter(escalation_evidence::Column::EscalationId.is_in(escalation_ids.clone()))
                .all(db)
                .await?
                .into_iter()
                .map(|e| e.blob_key),
        );
    }
    Ok(keys)
}

/// Deletes a case's sealed rows and marks it purged; returns how many rows went.
pub async fn purge_rows<C: ConnectionTrait>(
    db: &C,
    case_id: Uuid,
    today: NaiveDate,
) -> Result<u64, DbErr> {
    let mut gone = 0;
    gone += case_contents::Entity::delete_many()
        .filter(case_contents::Column::CaseId.eq(case_id))
        .exec(db)
        .await?
        .rows_affected;
    gone += messages::Entity::delete_many()
        .filter(messages::Column::CaseId.eq(case_id))
        .exec(db)
        .await?
        .rows_affected;
    gone += notes::Entity::delete_many()
        .filter(notes::Column::CaseId.eq(case_id))
        .exec(db)
        .await?
        .rows_affected;
    gone += attachments::Entity::delete_many()
        .filter(attachments::Column::CaseId.eq(case_id))
        .exec(db)
        .await?
        .rows_affected;
    gone += remediation_actions::Entity::delete_many()
        .filter(remediation_actions::Column::CaseId.eq(case_id))
        .exec(db)
        .await?
        .rows_affected;
    let escalation_ids: Vec<Uuid> = escalations::Entity::find()
        .filter(escalations::Column::CaseId.eq(case_id))
        .all(db)
        .await?
        .into_iter()
        .map(|e| e.id)
        .collect();
    if !escalation_ids.is_empty() {
        gone += escalation_evidence::Entity::delete_many()
            .filter(escalation_evidence::Column::EscalationId.is_in(escalation_ids.clone()))
            .exec(db)
            .await?
            .rows_affected;
        // Summaries, legal reasons and authority answers are written by people too.
        gone += super::entities::escalation_responses::Entity::delete_many()
            .filter(
                super::entities::escalation_responses::Column::EscalationId
                    .is_in(escalation_ids.clone()),
            )
            .exec(db)
            .await?
            .rows_affected;
        gone += escalations::Entity::delete_many()
            .filter(escalations::Column::Id.is_in(escalation_ids))
            .exec(db)
            .await?
            .rows_affected;
    }
    cases::Entity::update_many()
        .col_expr(cases::Column::PurgedOn, Some(today).into())
        .filter(cases::Column::Id.eq(case_id))
        .exec(db)
        .await?;
    Ok(gone)
}
