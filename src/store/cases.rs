//! Cases as intake and the reporter see them: creation, lookup by receipt, the thread and the
//! evidence list. Every write happens inside the caller's transaction.

use chrono::NaiveDate;
use sea_orm::sea_query::{Expr, Func};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use uuid::Uuid;

use super::entities::{
    attachments, case_contents, case_indicators, case_shares, cases, messages, organisations,
};

/// A new case: clear columns for routing, deadlines and aggregates; the rest sealed.
pub struct NewCase {
    pub id: Uuid,
    pub reference: String,
    pub owner_org_id: Uuid,
    pub supplier_id: Option<Uuid>,
    pub country: String,
    pub sector: Option<String>,
    pub language: String,
    pub priority: String,
    pub receipt_lookup: Vec<u8>,
    pub reporter_recipient: String,
    pub received_on: NaiveDate,
    pub acknowledge_by: NaiveDate,
    pub indicators: Vec<&'static str>,
    pub sealed_content: Vec<u8>,
}

/// Inserts the case, its sealed content and its indicator codes.
pub async fn insert<C: ConnectionTrait>(db: &C, case: NewCase) -> Result<(), DbErr> {
    cases::Entity::insert(cases::ActiveModel {
        id: Set(case.id),
        reference: Set(case.reference),
        owner_org_id: Set(case.owner_org_id),
        supplier_id: Set(case.supplier_id),
        country: Set(case.country),
        sector: Set(case.sector),
        language: Set(case.language),
        state: Set("received".into()),
        resolution: Set(None),
        priority: Set(case.priority.clone()),
        assessed_priority: Set(case.priority),
        retaliation_risk: Set(None),
        receipt_lookup: Set(case.receipt_lookup),
        reporter_recipient: Set(case.reporter_recipient),
        received_on: Set(case.received_on),
        acknowledge_by: Set(case.acknowledge_by),
        acknowledged_on: Set(None),
        feedback_by: Set(None),
        closed_on: Set(None),
        assignee_id: Set(None),
        duplicate_of: Set(None),
        purged_on: Set(None),
    })
    .exec_without_returning(db)
    .await?;
    case_contents::Entity::insert(case_contents::ActiveModel {
        case_id: Set(case.id),
        sealed: Set(case.sealed_content),
    })
    .exec_without_returning(db)
    .await?;
    if !case.indicators.is_empty() {
        case_indicators::Entity::insert_many(case.indicators.into_iter().map(|code| {
            case_indicators::ActiveModel {
                case_id: Set(case.id),
                indicator: Set(code.to_string()),
            }
        }))
        .exec_without_returning(db)
        .await?;
    }
    Ok(())
}

/// The case a receipt's lookup key belongs to.
pub async fn find_by_receipt<C: ConnectionTrait>(
    db: &C,
    lookup: &[u8],
) -> Result<Option<cases::Model>, DbErr> {
    cases::Entity::find()
        .filter(cases::Column::ReceiptLookup.eq(lookup.to_vec()))
        .one(db)
        .await
}

/// A case by id (callers have already established access).
pub async fn find<C: ConnectionTrait>(db: &C, id: Uuid) -> Result<Option<cases::Model>, DbErr> {
    cases::Entity::find_by_id(id).one(db).await
}

/// The recipients every reporter-visible item of a case is sealed to: the owning organisation,
/// the organisations it is shared with, and the reporter.
pub async fn thread_recipients<C: ConnectionTrait>(
    db: &C,
    case: &cases::Model,
) -> Result<Vec<String>, DbErr> {
    let mut recipients = org_recipients(db, case).await?;
    recipients.push(case.reporter_recipient.clone());
    Ok(recipients)
}

/// The organisations' recipients only (internal notes).
pub async fn org_recipients<C: ConnectionTrait>(
    db: &C,
    case: &cases::Model,
) -> Result<Vec<String>, DbErr> {
    let shared: Vec<Uuid> = case_shares::Entity::find()
        .filter(case_shares::Column::CaseId.eq(case.id))
        .filter(case_shares::Column::RevokedAt.is_null())
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.org_id)
        .collect();
    let mut ids = vec![case.owner_org_id];
    ids.extend(shared);
    Ok(organisations::Entity::find()
        .filter(organisations::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|o| o.recipient)
        .collect())
}

/// The organisation that owns a case.
pub async fn owner<C: ConnectionTrait>(
    db: &C,
    case: &cases::Model,
) -> Result<Option<organisations::Model>, DbErr> {
    organisations::Entity::find_by_id(case.owner_org_id)
        .one(db)
        .await
}

/// Who wrote a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Author {
    Reporter,
    Handler(Uuid),
    System,
}

/// Appends a sealed message to the thread.
pub async fn insert_message<C: ConnectionTrait>(
    db: &C,
    case_id: Uuid,
    message_id: Uuid,
    author: Author,
    sealed: Vec<u8>,
    sent_on: NaiveDate,
) -> Result<(), DbErr> {
    let last: Option<i32> = messages::Entity::find()
        .select_only()
        .column_as(
            Expr::from(Func::max(Expr::col(messages::Column::Position))),
            "last",
        )
        .filter(messages::Column::CaseId.eq(case_id))
        .into_tuple::<Option<i32>>()
        .one(db)
        .await?
        .flatten();
    let (kind, member) = match author {
        Author::Reporter => ("reporter", None),
        Author::Handler(id) => ("handler", Some(id)),
        Author::System => ("system", None),
    };
    messages::Entity::insert(messages::ActiveModel {
        id: Set(message_id),
        case_id: Set(case_id),
        position: Set(last.unwrap_or(0) + 1),
        author: Set(kind.into()),
        author_member_id: Set(member),
        sealed: Set(sealed),
        sent_on: Set(sent_on),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// The thread in order.
pub async fn messages<C: ConnectionTrait>(
    db: &C,
    case_id: Uuid,
) -> Result<Vec<messages::Model>, DbErr> {
    messages::Entity::find()
        .filter(messages::Column::CaseId.eq(case_id))
        .order_by_asc(messages::Column::Position)
        .all(db)
        .await
}

/// The evidence of a case, oldest first.
pub async fn attachments<C: ConnectionTrait>(
    db: &C,
    case_id: Uuid,
) -> Result<Vec<attachments::Model>, DbErr> {
    attachments::Entity::find()
        .filter(attachments::Column::CaseId.eq(case_id))
        .order_by_asc(attachments::Column::AddedOn)
        .all(db)
        .await
}

/// The bytes of evidence a case holds already, for the per-case limit. Summed here rather
/// than in SQL: PostgreSQL's SUM of a bigint is a numeric, SQLite's an integer.
pub async fn evidence_bytes<C: ConnectionTrait>(db: &C, case_id: Uuid) -> Result<i64, DbErr> {
    let sizes: Vec<i64> = attachments::Entity::find()
        .select_only()
        .column(attachments::Column::Size)
        .filter(attachments::Column::CaseId.eq(case_id))
        .into_tuple()
        .all(db)
        .await?;
    Ok(sizes.iter().sum())
}

/// A new attachment row; the bytes are already durable in the blob store.
pub struct NewAttachment {
    pub id: Uuid,
    pub case_id: Uuid,
    pub uploader: &'static str,
    pub blob_key: String,
    pub size: i64,
    pub metadata_removed: bool,
    pub sealed_meta: Vec<u8>,
    pub ciphertext_sha256: String,
    pub added_on: NaiveDate,
}

/// Records an attachment.
pub async fn insert_attachment<C: ConnectionTrait>(db: &C, a: NewAttachment) -> Result<(), DbErr> {
    attachments::Entity::insert(attachments::ActiveModel {
        id: Set(a.id),
        case_id: Set(a.case_id),
        uploader: Set(a.uploader.into()),
        blob_key: Set(a.blob_key),
        size: Set(a.size),
        metadata_removed: Set(a.metadata_removed),
        sealed_meta: Set(a.sealed_meta),
        ciphertext_sha256: Set(a.ciphertext_sha256),
        added_on: Set(a.added_on),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}
