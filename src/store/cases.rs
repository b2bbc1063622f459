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
        consent: Set(None),
        consent_on: Set(None),
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

/// A case by the reference handlers see (`KJ-…`), typed in any case and with spaces around.
pub async fn find_by_reference<C: ConnectionTrait>(
    db: &C,
    reference: &str,
) -> Result<Option<cases::Model>, DbErr> {
    cases::Entity::find()
        .filter(cases::Column::Reference.eq(reference.trim().to_uppercase()))
        .one(db)
        .await
}

/// The cases closed as duplicates of `case_id`, at most `limit` of them, newest first.
pub async fn duplicates_of<C: ConnectionTrait>(
    db: &C,
    case_id: Uuid,
    limit: u64,
) -> Result<Vec<cases::Model>, DbErr> {
    cases::Entity::find()
        .filter(cases::Column::DuplicateOf.eq(case_id))
        .filter(cases::Column::PurgedOn.is_null())
        .order_by_desc(cases::Column::ReceivedOn)
        .limit(limit)
        .all(db)
        .await
}

/// Who is asking: the one place case access is decided takes this.
#[derive(Debug, Clone, Copy)]
pub struct Caller {
    pub member_id: Uuid,
    pub org_id: Uuid,
}

/// The organisations a case is visible to besides its owner (active shares).
pub async fn shared_with<C: ConnectionTrait>(db: &C, case_id: Uuid) -> Result<Vec<Uuid>, DbErr> {
    Ok(case_shares::Entity::find()
        .filter(case_shares::Column::CaseId.eq(case_id))
        .filter(case_shares::Column::RevokedAt.is_null())
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.org_id)
        .collect())
}

/// Whether the caller has recused themselves (or been recused) from a case.
pub async fn is_recused<C: ConnectionTrait>(
    db: &C,
    case_id: Uuid,
    member_id: Uuid,
) -> Result<bool, DbErr> {
    Ok(
        super::entities::recusals::Entity::find_by_id((case_id, member_id))
            .one(db)
            .await?
            .is_some(),
    )
}

/// The case if the caller may see it: owned by or shared with the caller's organisation, not
/// purged, and the caller not recused. Anything else is `None`, which answers 404 exactly like
/// a case that does not exist.
pub async fn get_for<C: ConnectionTrait>(
    db: &C,
    caller: Caller,
    id: Uuid,
) -> Result<Option<cases::Model>, DbErr> {
    let Some(case) = cases::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    if case.purged_on.is_some() {
        return Ok(None);
    }
    let visible = case.owner_org_id == caller.org_id
        || shared_with(db, case.id).await?.contains(&caller.org_id);
    if !visible || is_recused(db, case.id, caller.member_id).await? {
        return Ok(None);
    }
    Ok(Some(case))
}

/// Whom the case list is filtered to by assignee.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssigneeFilter {
    /// Cases assigned to this member.
    Member(Uuid),
    /// Cases nobody is assigned to.
    Nobody,
}

/// Filters of the staff case list (all optional; clear columns only).
#[derive(Debug, Default, Clone)]
pub struct ListFilter {
    pub state: Option<String>,
    pub priority: Option<String>,
    pub supplier_id: Option<Uuid>,
    pub indicator: Option<String>,
    pub assignee: Option<AssigneeFilter>,
    /// A reference or supplier words (report content is sealed and cannot be searched).
    pub search: Option<crate::domain::search::CaseSearch>,
    /// Any of these suppliers (`store::queue` sets it for a search that matches many).
    pub any_supplier: Option<Vec<Uuid>>,
    /// Purged cases keep their clear columns for the aggregates.
    pub include_purged: bool,
}

/// The indicator codes of several cases in one query.
pub async fn indicators_of<C: ConnectionTrait>(
    db: &C,
    case_ids: &[Uuid],
) -> Result<std::collections::HashMap<Uuid, Vec<String>>, DbErr> {
    let mut out: std::collections::HashMap<Uuid, Vec<String>> = std::collections::HashMap::new();
    if case_ids.is_empty() {
        return Ok(out);
    }
    for row in case_indicators::Entity::find()
        .filter(case_indicators::Column::CaseId.is_in(case_ids.to_vec()))
        .all(db)
        .await?
    {
        out.entry(row.case_id).or_default().push(row.indicator);
    }
    for codes in out.values_mut() {
        codes.sort();
    }
    Ok(out)
}

/// A case's sealed content.
pub async fn content<C: ConnectionTrait>(db: &C, case_id: Uuid) -> Result<Option<Vec<u8>>, DbErr> {
    Ok(case_contents::Entity::find_by_id(case_id)
        .one(db)
        .await?
        .map(|c| c.sealed))
}

/// Internal notes of a case, oldest first.
pub async fn notes<C: ConnectionTrait>(
    db: &C,
    case_id: Uuid,
) -> Result<Vec<super::entities::notes::Model>, DbErr> {
    use super::entities::notes;
    notes::Entity::find()
        .filter(notes::Column::CaseId.eq(case_id))
        .order_by_asc(notes::Column::CreatedAt)
        .all(db)
        .await
}

/// Adds a sealed internal note.
pub async fn insert_note<C: ConnectionTrait>(
    db: &C,
    note_id: Uuid,
    case_id: Uuid,
    org_id: Uuid,
    author: Uuid,
    sealed: Vec<u8>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), DbErr> {
    use super::entities::notes;
    notes::Entity::insert(notes::ActiveModel {
        id: Set(note_id),
        case_id: Set(case_id),
        org_id: Set(org_id),
        author_member_id: Set(author),
        sealed: Set(sealed),
        created_at: Set(now),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Deletes an internal note (one that stays behind when a case is transferred).
pub async fn delete_note<C: ConnectionTrait>(db: &C, note_id: Uuid) -> Result<(), DbErr> {
    use super::entities::notes;
    notes::Entity::delete_by_id(note_id).exec(db).await?;
    Ok(())
}

/// Saves changed clear columns of a case.
pub async fn update<C: ConnectionTrait>(db: &C, case: cases::ActiveModel) -> Result<(), DbErr> {
    cases::Entity::update(case).exec(db).await?;
    Ok(())
}

/// Records a recusal.
pub async fn recuse<C: ConnectionTrait>(
    db: &C,
    case_id: Uuid,
    member_id: Uuid,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), DbErr> {
    use super::entities::recusals;
    recusals::Entity::insert(recusals::ActiveModel {
        case_id: Set(case_id),
        member_id: Set(member_id),
        created_at: Set(now),
    })
    .on_conflict(
        sea_orm::sea_query::OnConflict::columns([
            recusals::Column::CaseId,
            recusals::Column::MemberId,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// An attachment of a case.
pub async fn attachment<C: ConnectionTrait>(
    db: &C,
    case_id: Uuid,
    id: Uuid,
) -> Result<Option<attachments::Model>, DbErr> {
    attachments::Entity::find_by_id(id)
        .filter(attachments::Column::CaseId.eq(case_id))
        .one(db)
        .await
}

/// The audit entries about a case, oldest first: its timeline.
pub async fn timeline<C: ConnectionTrait>(
    db: &C,
    case_id: Uuid,
) -> Result<Vec<super::entities::audit_log::Model>, DbErr> {
    use super::entities::audit_log;
    audit_log::Entity::find()
        .filter(audit_log::Column::SubjectId.eq(case_id))
        .order_by_asc(audit_log::Column::Seq)
        .all(db)
        .await
}

/// Replaces a case's sealed content (re-encryption).
pub async fn reseal_content<C: ConnectionTrait>(
    db: &C,
    case_id: Uuid,
    sealed: Vec<u8>,
) -> Result<(), DbErr> {
    case_contents::Entity::update_many()
        .col_expr(case_contents::Column::Sealed, sealed.into())
        .filter(case_contents::Column::CaseId.eq(case_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Replaces a message's sealed body (re-encryption).
pub async fn reseal_message<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    sealed: Vec<u8>,
) -> Result<(), DbErr> {
    messages::Entity::update_many()
        .col_expr(messages::Column::Sealed, sealed.into())
        .filter(messages::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Replaces a note's sealed body (re-encryption).
pub async fn reseal_note<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    sealed: Vec<u8>,
) -> Result<(), DbErr> {
    use super::entities::notes;
    notes::Entity::update_many()
        .col_expr(notes::Column::Sealed, sealed.into())
        .filter(notes::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Points an attachment at a re-encrypted blob.
pub async fn reseal_attachment<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    blob_key: String,
    ciphertext_sha256: String,
    sealed_meta: Vec<u8>,
) -> Result<(), DbErr> {
    attachments::Entity::update_many()
        .col_expr(attachments::Column::BlobKey, blob_key.into())
        .col_expr(
            attachments::Column::CiphertextSha256,
            ciphertext_sha256.into(),
        )
        .col_expr(attachments::Column::SealedMeta, sealed_meta.into())
        .filter(attachments::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Whether a case is currently shared with an organisation.
pub async fn active_share<C: ConnectionTrait>(
    db: &C,
    case_id: Uuid,
    org_id: Uuid,
) -> Result<bool, DbErr> {
    Ok(case_shares::Entity::find()
        .filter(case_shares::Column::CaseId.eq(case_id))
        .filter(case_shares::Column::OrgId.eq(org_id))
        .filter(case_shares::Column::RevokedAt.is_null())
        .one(db)
        .await?
        .is_some())
}

/// Shares a case (or shares it again after an unshare).
pub async fn insert_share<C: ConnectionTrait>(
    db: &C,
    case_id: Uuid,
    org_id: Uuid,
    by: Uuid,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), DbErr> {
    // One row per pair (a unique index): an earlier, revoked share is revived.
    let revived = case_shares::Entity::update_many()
        .col_expr(
            case_shares::Column::RevokedAt,
            Option::<chrono::DateTime<chrono::Utc>>::None.into(),
        )
        .col_expr(case_shares::Column::SharedBy, Some(by).into())
        .col_expr(case_shares::Column::CreatedAt, now.into())
        .filter(case_shares::Column::CaseId.eq(case_id))
        .filter(case_shares::Column::OrgId.eq(org_id))
        .exec(db)
        .await?
        .rows_affected;
    if revived == 0 {
        case_shares::Entity::insert(case_shares::ActiveModel {
            id: Set(Uuid::new_v4()),
            case_id: Set(case_id),
            org_id: Set(org_id),
            shared_by: Set(Some(by)),
            created_at: Set(now),
            revoked_at: Set(None),
        })
        .exec_without_returning(db)
        .await?;
    }
    Ok(())
}

/// Ends a share; false when there was none.
pub async fn revoke_share<C: ConnectionTrait>(
    db: &C,
    case_id: Uuid,
    org_id: Uuid,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<bool, DbErr> {
    Ok(case_shares::Entity::update_many()
        .col_expr(case_shares::Column::RevokedAt, Some(now).into())
        .filter(case_shares::Column::CaseId.eq(case_id))
        .filter(case_shares::Column::OrgId.eq(org_id))
        .filter(case_shares::Column::RevokedAt.is_null())
        .exec(db)
        .await?
        .rows_affected
        > 0)
}

/// Locks a case row for the rest of the transaction (PostgreSQL; SQLite's single writer
/// already serialises write transactions) and reads it. Every write that seals something to
/// a case's organisations takes this lock first and computes the recipients after it, so a
/// transfer or share that re-encrypts the case cannot interleave with it.
///
/// A purged case is `None`, like one that does not exist: a slow upload or reply that started
/// before the purge must not land content on a case retention will never visit again.
pub async fn lock<C: ConnectionTrait>(
    db: &C,
    case_id: Uuid,
) -> Result<Option<cases::Model>, DbErr> {
    let mut select = cases::Entity::find_by_id(case_id);
    if matches!(db.get_database_backend(), sea_orm::DbBackend::Postgres) {
        select = select.lock_exclusive();
    }
    Ok(select.one(db).await?.filter(|c| c.purged_on.is_none()))
}

/// The ids of everything sealed in a case, to tell whether it changed.
pub async fn sealed_ids<C: ConnectionTrait>(db: &C, case_id: Uuid) -> Result<Vec<Uuid>, DbErr> {
    use super::entities::notes;
    let mut ids: Vec<Uuid> = messages(db, case_id)
        .await?
        .into_iter()
        .map(|m| m.id)
        .collect();
    ids.extend(
        notes::Entity::find()
            .filter(notes::Column::CaseId.eq(case_id))
            .all(db)
            .await?
            .into_iter()
            .map(|n| n.id),
    );
    ids.extend(attachments(db, case_id).await?.into_iter().map(|a| a.id));
    ids.sort();
    Ok(ids)
}
