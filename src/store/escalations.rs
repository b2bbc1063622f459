//! Escalation packages, their evidence copies and the authorities' responses.
//!
//! [`get_for_authority`] is the one place an authority's access is decided: an escalation is
//! visible to the authority organisation it was sent to and to nobody else on that side.
//! Handlers reach escalations only through a case they may open (`cases::get_for`).

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use uuid::Uuid;

use super::entities::{cases, escalation_evidence, escalation_responses, escalations};

/// The escalation if it was sent to `authority_org_id`; `None` otherwise, exactly as for an
/// escalation that does not exist.
pub async fn get_for_authority<C: ConnectionTrait>(
    db: &C,
    authority_org_id: Uuid,
    id: Uuid,
) -> Result<Option<escalations::Model>, DbErr> {
    Ok(escalations::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|e| e.authority_org_id == authority_org_id))
}

/// What was escalated to an authority, newest first.
pub async fn list_for_authority<C: ConnectionTrait>(
    db: &C,
    authority_org_id: Uuid,
) -> Result<Vec<escalations::Model>, DbErr> {
    escalations::Entity::find()
        .filter(escalations::Column::AuthorityOrgId.eq(authority_org_id))
        .order_by_desc(escalations::Column::CreatedAt)
        .order_by_asc(escalations::Column::Id)
        .all(db)
        .await
}

/// The escalations of a case, oldest first.
pub async fn of_case<C: ConnectionTrait>(
    db: &C,
    case_id: Uuid,
) -> Result<Vec<escalations::Model>, DbErr> {
    escalations::Entity::find()
        .filter(escalations::Column::CaseId.eq(case_id))
        .order_by_asc(escalations::Column::CreatedAt)
        .order_by_asc(escalations::Column::Id)
        .all(db)
        .await
}

/// Locks an escalation row for the rest of the transaction (PostgreSQL; SQLite serialises
/// writers) and reads it, so that two responses cannot both pass the "not closed" check.
pub async fn lock<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
) -> Result<Option<escalations::Model>, DbErr> {
    let mut select = escalations::Entity::find_by_id(id);
    if matches!(db.get_database_backend(), sea_orm::DbBackend::Postgres) {
        select = select.lock_exclusive();
    }
    select.one(db).await
}

/// A new escalation row.
pub struct NewEscalation {
    pub id: Uuid,
    pub case_id: Uuid,
    pub from_org_id: Uuid,
    pub authority_org_id: Uuid,
    pub created_by: Uuid,
    pub sealed_summary: Vec<u8>,
    pub consent: &'static str,
    pub sealed_legal_reason: Option<Vec<u8>>,
    pub chain_head: String,
    pub created_at: DateTime<Utc>,
}

/// The status of an escalation before the authority answers.
pub const SENT: &str = "sent";

pub async fn insert<C: ConnectionTrait>(db: &C, e: NewEscalation) -> Result<(), DbErr> {
    escalations::Entity::insert(escalations::ActiveModel {
        id: Set(e.id),
        case_id: Set(e.case_id),
        from_org_id: Set(e.from_org_id),
        authority_org_id: Set(e.authority_org_id),
        created_by: Set(e.created_by),
        sealed_summary: Set(e.sealed_summary),
        consent: Set(e.consent.to_string()),
        sealed_legal_reason: Set(e.sealed_legal_reason),
        chain_head: Set(e.chain_head),
        status: Set(SENT.to_string()),
        created_at: Set(e.created_at),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// A copy of one evidence file, sealed to the authority.
pub struct NewEvidence {
    pub id: Uuid,
    pub escalation_id: Uuid,
    pub attachment_id: Uuid,
    pub blob_key: String,
    pub sealed_meta: Vec<u8>,
    pub sha256: String,
    pub size: i64,
}

pub async fn insert_evidence<C: ConnectionTrait>(db: &C, e: NewEvidence) -> Result<(), DbErr> {
    escalation_evidence::Entity::insert(escalation_evidence::ActiveModel {
        id: Set(e.id),
        escalation_id: Set(e.escalation_id),
        attachment_id: Set(e.attachment_id),
        blob_key: Set(e.blob_key),
        sealed_meta: Set(e.sealed_meta),
        sha256: Set(e.sha256),
        size: Set(e.size),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Whether an escalation's evidence row points to this blob.
pub async fn blob_referenced<C: ConnectionTrait>(db: &C, blob_key: &str) -> Result<bool, DbErr> {
    Ok(escalation_evidence::Entity::find()
        .filter(escalation_evidence::Column::BlobKey.eq(blob_key))
        .one(db)
        .await?
        .is_some())
}

/// The evidence of an escalation, in the order it was chosen.
pub async fn evidence<C: ConnectionTrait>(
    db: &C,
    escalation_id: Uuid,
) -> Result<Vec<escalation_evidence::Model>, DbErr> {
    escalation_evidence::Entity::find()
        .filter(escalation_evidence::Column::EscalationId.eq(escalation_id))
        .order_by_asc(escalation_evidence::Column::Id)
        .all(db)
        .await
}

/// The responses to an escalation, oldest first.
pub async fn responses<C: ConnectionTrait>(
    db: &C,
    escalation_id: Uuid,
) -> Result<Vec<escalation_responses::Model>, DbErr> {
    escalation_responses::Entity::find()
        .filter(escalation_responses::Column::EscalationId.eq(escalation_id))
        .order_by_asc(escalation_responses::Column::CreatedAt)
        .order_by_asc(escalation_responses::Column::Id)
        .all(db)
        .await
}

/// Records a response and makes its status the escalation's.
pub async fn insert_response<C: ConnectionTrait>(
    db: &C,
    response: escalation_responses::Model,
) -> Result<(), DbErr> {
    escalations::Entity::update_many()
        .col_expr(
            escalations::Column::Status,
            sea_orm::sea_query::Expr::value(response.status.clone()),
        )
        .filter(escalations::Column::Id.eq(response.escalation_id))
        .exec(db)
        .await?;
    escalation_responses::Entity::insert(escalation_responses::ActiveModel {
        id: Set(response.id),
        escalation_id: Set(response.escalation_id),
        author_member_id: Set(response.author_member_id),
        status: Set(response.status),
        sealed_body: Set(response.sealed_body),
        created_at: Set(response.created_at),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Records the reporter's consent (or a handler's request for it) on a case.
pub async fn set_consent<C: ConnectionTrait>(
    db: &C,
    case_id: Uuid,
    consent: &str,
    on: Option<NaiveDate>,
) -> Result<(), DbErr> {
    cases::Entity::update_many()
        .col_expr(
            cases::Column::Consent,
            sea_orm::sea_query::Expr::value(consent.to_string()),
        )
        .col_expr(
            cases::Column::ConsentOn,
            sea_orm::sea_query::Expr::value(on),
        )
        .filter(cases::Column::Id.eq(case_id))
        .exec(db)
        .await?;
    Ok(())
}

/// The references of cases and names of organisations, for lists that show them.
pub async fn references<C: ConnectionTrait>(
    db: &C,
    case_ids: &[Uuid],
) -> Result<std::collections::HashMap<Uuid, String>, DbErr> {
    let rows: Vec<(Uuid, String)> = cases::Entity::find()
        .select_only()
        .column(cases::Column::Id)
        .column(cases::Column::Reference)
        .filter(cases::Column::Id.is_in(case_ids.iter().copied()))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}
