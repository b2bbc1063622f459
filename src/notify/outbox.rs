//! The outbox table: notices waiting to be mailed, claimed by workers under a lease.
//!
//! A row holds a kind, a member id and a case id, never content; a digest or an alert also
//! holds its counts, and a notice for no member says whom it is for (the operator, an
//! organisation's alert address), whose address is looked up only when it is sent. Its times are what a leaked
//! database could match against a reporter's day: like every row a reporter's action produces,
//! a notice is stored at day precision. It is enqueued at the start of its day (due at once all
//! the same) and, once sent, keeps only the day it was sent. Only a notice still waiting for a
//! retry holds a precise time, its next attempt.
//!
//! Claiming takes up to [`BATCH`] due rows in one transaction and pushes their next attempt
//! [`LEASE`] ahead, so a crashed worker's rows come back; on PostgreSQL the claim skips rows
//! another replica has locked, so two workers never claim the same row.

use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::sea_query::{Alias, Expr, LockBehavior, LockType, Query, SelectStatement};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, DbErr, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use uuid::Uuid;

use super::{Addressee, NoticeKind, Payload};
use crate::domain::accounts::{LinkPurpose, Role};
use crate::store::Db;
use crate::store::entities::{members, organisations, outbox, recusals};

/// Rows one worker claims at a time.
pub const BATCH: u64 = 20;
/// Failed attempts after which a notice is left alone (it stays in the table for the operator).
pub const MAX_ATTEMPTS: i32 = 10;
/// How long a claimed row is reserved for the worker that claimed it.
pub const LEASE: TimeDelta = TimeDelta::minutes(5);
/// The longest wait between two attempts.
pub const MAX_BACKOFF: TimeDelta = TimeDelta::hours(6);

/// Queues one notice for one member, inside the caller's transaction.
pub async fn enqueue<C: ConnectionTrait>(
    db: &C,
    now: DateTime<Utc>,
    kind: NoticeKind,
    member_id: Uuid,
    case_id: Option<Uuid>,
) -> Result<(), DbErr> {
    outbox::Entity::insert(new_row(now, kind.as_code(), Some(member_id), case_id, None))
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// Queues one notice for each confirmed, active handler and admin of `org_id`, inside the
/// caller's transaction, and returns how many were queued. For a notice about a case, members
/// recused from that case are left out: a recused handler may be close to the supplier, and
/// even the timing of activity on the case is not theirs to see.
pub async fn enqueue_for_org_handlers<C: ConnectionTrait>(
    db: &C,
    now: DateTime<Utc>,
    kind: NoticeKind,
    org_id: Uuid,
    case_id: Option<Uuid>,
) -> Result<usize, DbErr> {
    let mut members = members::Entity::find()
        .select_only()
        .column(members::Column::Id)
        .filter(members::Column::OrgId.eq(org_id))
        .filter(members::Column::Pending.eq(false))
        .filter(members::Column::Disabled.eq(false))
        .filter(members::Column::Role.is_in([Role::Handler.as_code(), Role::Admin.as_code()]));
    if let Some(case_id) = case_id {
        members = members.filter(
            members::Column::Id.not_in_subquery(
                Query::select()
                    .column(recusals::Column::MemberId)
                    .from(recusals::Entity)
                    .and_where(recusals::Column::CaseId.eq(case_id))
                    .to_owned(),
            ),
        );
    }
    let member_ids: Vec<Uuid> = members.into_tuple().all(db).await?;
    if member_ids.is_empty() {
        return Ok(0);
    }
    outbox::Entity::insert_many(
        member_ids
            .iter()
            .map(|member_id| new_row(now, kind.as_code(), Some(*member_id), case_id, None)),
    )
    .exec_without_returning(db)
    .await?;
    Ok(member_ids.len())
}

/// Queues a notice of a new escalation for an authority's confirmed members. The notice
/// carries no case id: authorities never open cases, and the link goes to their portal.
pub async fn enqueue_for_authority<C: ConnectionTrait>(
    db: &C,
    now: DateTime<Utc>,
    org_id: Uuid,
) -> Result<usize, DbErr> {
    let member_ids: Vec<Uuid> = members::Entity::find()
        .select_only()
        .column(members::Column::Id)
        .filter(members::Column::OrgId.eq(org_id))
        .filter(members::Column::Pending.eq(false))
        .filter(members::Column::Disabled.eq(false))
        .into_tuple()
        .all(db)
        .await?;
    if member_ids.is_empty() {
        return Ok(0);
    }
    outbox::Entity::insert_many(member_ids.iter().map(|member_id| {
        new_row(
            now,
            NoticeKind::Escalated.as_code(),
            Some(*member_id),
            None,
            None,
        )
    }))
    .exec_without_returning(db)
    .await?;
    Ok(member_ids.len())
}

/// Rows inserted per statement, well under either database's limit on bound values.
const INSERT_BATCH: usize = 500;

/// Queues notices of one kind that carry a payload (digests, alerts), one per member or
/// addressee, inside the caller's transaction; returns how many.
pub async fn enqueue_with_payloads<C: ConnectionTrait>(
    db: &C,
    now: DateTime<Utc>,
    kind: NoticeKind,
    notices: Vec<(Option<Uuid>, Payload)>,
) -> Result<usize, DbErr> {
    let queued = notices.len();
    for chunk in notices.chunks(INSERT_BATCH) {
        outbox::Entity::insert_many(chunk.iter().map(|(member_id, payload)| {
            new_row(now, kind.as_code(), *member_id, None, Some(payload))
        }))
        .exec_without_returning(db)
        .await?;
    }
    Ok(queued)
}

/// Queues a daily notice of `kind` for each member in `counts` (a query of the columns
/// `member_id`, `overdue` and `due_soon`) with something to count and none of that kind queued on
/// `now`'s day yet, and returns how many were queued. One `INSERT … SELECT` statement: the rows,
/// their ids (a version-4 UUID drawn by the database) and their payloads are made in the
/// database, whatever the number of cases or members, and the check for today's notice is an
/// index lookup (migration `outbox_lookups`).
pub async fn enqueue_daily_counts<C: ConnectionTrait>(
    db: &C,
    now: DateTime<Utc>,
    kind: NoticeKind,
    counts: SelectStatement,
) -> Result<u64, DbErr> {
    use sea_orm::sea_query::ExprTrait;
    let backend = db.get_database_backend();
    let day = start_of_day(now);
    let counted = Alias::new("counted");
    let col = |name: &'static str| Expr::col((counted.clone(), Alias::new(name)));
    let id = if backend == DbBackend::Postgres {
        Expr::cust("gen_random_uuid()")
    } else {
        // SQLite has no UUID function: 122 random bits with the version and variant digits in
        // place, made from separate draws so that no random value is read twice.
        Expr::cust(
            "unhex(hex(randomblob(6)) || '4' || substr(hex(randomblob(2)), 1, 3) \
             || substr('89AB', 1 + abs(random() % 4), 1) || substr(hex(randomblob(8)), 1, 15))",
        )
    };
    // The same JSON as `Payload { overdue, due_soon, .. }.to_json()`.
    let payload = Expr::cust(
        r#"'{"overdue":' || CAST("counted"."overdue" AS TEXT) || ',"due_soon":' || CAST("counted"."due_soon" AS TEXT) || '}'"#,
    );
    let queued_today = Query::select()
        .expr(Expr::val(1))
        .from(outbox::Entity)
        .and_where(Expr::col((outbox::Entity, outbox::Column::Kind)).eq(kind.as_code()))
        .and_where(Expr::col((outbox::Entity, outbox::Column::CreatedAt)).eq(day))
        .and_where(
            Expr::col((outbox::Entity, outbox::Column::MemberId))
                .equals((counted.clone(), Alias::new("member_id"))),
        )
        .to_owned();
    let rows = Query::select()
        .expr(id)
        .expr(Expr::val(kind.as_code()))
        .expr(col("member_id"))
        .expr(payload)
        .expr(Expr::val(0))
        .expr(Expr::val(day))
        .expr(Expr::val(day))
        .from_subquery(counts, counted.clone())
        .and_where(col("overdue").gt(0).or(col("due_soon").gt(0)))
        .and_where(Expr::exists(queued_today).not())
        .to_owned();
    let insert = Query::insert()
        .into_table(outbox::Entity)
        .columns([
            outbox::Column::Id,
            outbox::Column::Kind,
            outbox::Column::MemberId,
            outbox::Column::Payload,
            outbox::Column::Attempts,
            outbox::Column::CreatedAt,
            outbox::Column::NextAttemptAt,
        ])
        .select_from(rows)
        .map_err(|err| DbErr::Custom(err.to_string()))?
        .to_owned();
    Ok(db.execute(&insert).await?.rows_affected())
}

/// Queues the e-mail with a member's single-use link, inside the caller's transaction. The row
/// names the purpose and the member only: the link's token is drawn when the e-mail is sent.
pub async fn enqueue_for_link<C: ConnectionTrait>(
    db: &C,
    now: DateTime<Utc>,
    purpose: LinkPurpose,
    member_id: Uuid,
) -> Result<(), DbErr> {
    outbox::Entity::insert(new_row(now, purpose.as_code(), Some(member_id), None, None))
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// A row of `kind` (a notice kind's code or a link purpose's code).
fn new_row(
    now: DateTime<Utc>,
    kind: &str,
    member_id: Option<Uuid>,
    case_id: Option<Uuid>,
    payload: Option<&Payload>,
) -> outbox::ActiveModel {
    let day = start_of_day(now);
    outbox::ActiveModel {
        id: Set(Uuid::new_v4()),
        kind: Set(kind.to_string()),
        member_id: Set(member_id),
        case_id: Set(case_id),
        payload: Set(payload.map_or_else(|| "{}".to_string(), Payload::to_json)),
        attempts: Set(0),
        created_at: Set(day),
        next_attempt_at: Set(day),
        sent_at: Set(None),
        last_error: Set(None),
    }
}

/// Midnight UTC of `at`'s day: the precision at which notices remember time.
pub fn start_of_day(at: DateTime<Utc>) -> DateTime<Utc> {
    at.date_naive()
        .and_hms_opt(0, 0, 0)
        .map_or(at, |midnight| midnight.and_utc())
}

/// The wait after the `failures`-th failed attempt: one minute, doubling, at most six hours.
pub fn backoff(failures: i32) -> TimeDelta {
    let doublings = u32::try_from(failures.saturating_sub(1))
        .unwrap_or(0)
        .min(16);
    TimeDelta::minutes(1i64 << doublings).min(MAX_BACKOFF)
}

/// Claims up to [`BATCH`] due notices for this worker and leases them until `now + LEASE`.
pub async fn claim_due(db: &Db, now: DateTime<Utc>) -> Result<Vec<outbox::Model>, DbErr> {
    let txn = db.begin().await?;
    let rows = due(now, db.is_postgres()).all(&*txn).await?;
    if !rows.is_empty() {
        outbox::Entity::update_many()
            .col_expr(outbox::Column::NextAttemptAt, Expr::value(now + LEASE))
            .filter(outbox::Column::Id.is_in(rows.iter().map(|row| row.id)))
            .exec(&*txn)
            .await?;
    }
    txn.commit().await?;
    Ok(rows)
}

/// The due notices, oldest first. On PostgreSQL replicas claim side by side: a row another
/// worker holds is skipped, not waited for. SQLite has one writer, which `Db::begin` already
/// serialises.
fn due(now: DateTime<Utc>, postgres: bool) -> sea_orm::Select<outbox::Entity> {
    let due = outbox::Entity::find()
        .filter(outbox::Column::SentAt.is_null())
        .filter(outbox::Column::NextAttemptAt.lte(now))
        .filter(outbox::Column::Attempts.lt(MAX_ATTEMPTS))
        .order_by_asc(outbox::Column::NextAttemptAt)
        .limit(BATCH);
    if postgres {
        due.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
    } else {
        due
    }
}

/// Where a claimed notice goes, looked up for a whole batch in three queries.
pub struct Recipients {
    members: Vec<members::Model>,
    recusals: Vec<(Uuid, Uuid)>,
    /// Organisations' alert addresses, for notices to an organisation.
    alert_addresses: Vec<(Uuid, Option<String>)>,
    operator: Option<String>,
}

/// Why a claimed notice is not mailed (recorded as its `last_error`; the row counts as done).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Undeliverable {
    MemberGone,
    MemberDisabled,
    MemberRecused,
    UnknownKind,
    BadAddress,
    /// The operator's or the organisation's address was removed since the notice was queued.
    NoAddress,
    /// A link e-mail whose link was used, replaced or expired before it could be sent.
    LinkGone,
    /// A link e-mail, with no public address to build the link from.
    NoPublicAddress,
}

impl Undeliverable {
    /// The text stored as `last_error`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::MemberGone => "member gone",
            Self::MemberDisabled => "member disabled",
            Self::MemberRecused => "member recused from the case",
            Self::UnknownKind => "unknown notice kind",
            Self::BadAddress => "address not accepted",
            Self::NoAddress => "no address set",
            Self::LinkGone => "the link was used, replaced or expired",
            Self::NoPublicAddress => "no public address (KEDJA_PUBLIC_URL) for the link",
        }
    }
}

impl Recipients {
    /// Loads the members, recusals and alert addresses the notices in `rows` refer to;
    /// `operator` is `KEDJA_OPERATOR_EMAIL`.
    pub async fn load<C: ConnectionTrait>(
        db: &C,
        rows: &[outbox::Model],
        operator: Option<&str>,
    ) -> Result<Self, DbErr> {
        let member_ids: Vec<Uuid> = rows.iter().filter_map(|row| row.member_id).collect();
        let case_ids: Vec<Uuid> = rows.iter().filter_map(|row| row.case_id).collect();
        let org_ids: Vec<Uuid> = rows
            .iter()
            .filter(|row| row.member_id.is_none())
            .filter_map(|row| match Payload::parse(&row.payload).to {
                Some(Addressee::Organisation(id)) => Some(id),
                _ => None,
            })
            .collect();
        let alert_addresses = if org_ids.is_empty() {
            Vec::new()
        } else {
            organisations::Entity::find()
                .select_only()
                .column(organisations::Column::Id)
                .column(organisations::Column::AlertEmail)
                .filter(organisations::Column::Id.is_in(org_ids))
                .into_tuple()
                .all(db)
                .await?
        };
        let operator = operator.map(str::to_string);
        if member_ids.is_empty() {
            return Ok(Self {
                members: Vec::new(),
                recusals: Vec::new(),
                alert_addresses,
                operator,
            });
        }
        let members = members::Entity::find()
            .filter(members::Column::Id.is_in(member_ids.clone()))
            .all(db)
            .await?;
        let recusals = if case_ids.is_empty() {
            Vec::new()
        } else {
            recusals::Entity::find()
                .filter(recusals::Column::MemberId.is_in(member_ids))
                .filter(recusals::Column::CaseId.is_in(case_ids))
                .all(db)
                .await?
                .into_iter()
                .map(|r| (r.case_id, r.member_id))
                .collect()
        };
        Ok(Self {
            members,
            recusals,
            alert_addresses,
            operator,
        })
    }

    /// The language the member picked, if any.
    pub fn language_for(&self, row: &outbox::Model) -> Option<&str> {
        row.member_id
            .and_then(|id| self.members.iter().find(|m| m.id == id))
            .and_then(|m| m.language.as_deref())
    }

    /// The address a notice goes to, checked again at sending time: a member disabled or
    /// recused since the notice was queued gets nothing, nor an address removed since.
    pub fn address_for(&self, row: &outbox::Model) -> Result<&str, Undeliverable> {
        if row.member_id.is_none() {
            return self.addressee_of(row);
        }
        let member = row
            .member_id
            .and_then(|id| self.members.iter().find(|m| m.id == id))
            .ok_or(Undeliverable::MemberGone)?;
        if member.disabled {
            return Err(Undeliverable::MemberDisabled);
        }
        if let Some(case_id) = row.case_id
            && self.recusals.contains(&(case_id, member.id))
        {
            return Err(Undeliverable::MemberRecused);
        }
        Ok(&member.email)
    }

    fn addressee_of(&self, row: &outbox::Model) -> Result<&str, Undeliverable> {
        match Payload::parse(&row.payload).to {
            Some(Addressee::Operator) => self.operator.as_deref().ok_or(Undeliverable::NoAddress),
            Some(Addressee::Organisation(id)) => self
                .alert_addresses
                .iter()
                .find(|(org, _)| *org == id)
                .and_then(|(_, address)| address.as_deref())
                .ok_or(Undeliverable::NoAddress),
            None => Err(Undeliverable::MemberGone),
        }
    }
}

/// Records a delivered notice; only the day of sending is kept.
pub async fn mark_sent(db: &Db, id: Uuid, now: DateTime<Utc>) -> Result<(), DbErr> {
    finish(db, id, now, None).await
}

/// Records a notice that will never be mailed, with the reason.
pub async fn mark_undeliverable(
    db: &Db,
    id: Uuid,
    now: DateTime<Utc>,
    reason: Undeliverable,
) -> Result<(), DbErr> {
    finish(db, id, now, Some(reason.as_str().to_string())).await
}

async fn finish(
    db: &Db,
    id: Uuid,
    now: DateTime<Utc>,
    last_error: Option<String>,
) -> Result<(), DbErr> {
    let day = start_of_day(now);
    let txn = db.begin().await?;
    outbox::Entity::update_many()
        .col_expr(outbox::Column::SentAt, Expr::value(Some(day)))
        // The lease held a precise time; a finished row keeps only the day.
        .col_expr(outbox::Column::NextAttemptAt, Expr::value(day))
        .col_expr(outbox::Column::LastError, Expr::value(last_error))
        .filter(outbox::Column::Id.eq(id))
        .filter(outbox::Column::SentAt.is_null())
        .exec(&*txn)
        .await?;
    txn.commit().await
}

/// Records a failed attempt: one more attempt counted, the next one after the backoff.
/// `error` must already be free of secrets.
pub async fn mark_failed(
    db: &Db,
    row: &outbox::Model,
    now: DateTime<Utc>,
    error: String,
) -> Result<(), DbErr> {
    let failures = row.attempts.saturating_add(1);
    let txn = db.begin().await?;
    outbox::Entity::update_many()
        .col_expr(outbox::Column::Attempts, Expr::value(failures))
        .col_expr(
            outbox::Column::NextAttemptAt,
            Expr::value(now + backoff(failures)),
        )
        .col_expr(outbox::Column::LastError, Expr::value(Some(error)))
        .filter(outbox::Column::Id.eq(row.id))
        .filter(outbox::Column::SentAt.is_null())
        .exec(&*txn)
        .await?;
    txn.commit().await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_a_minute_up_to_six_hours() {
        assert_eq!(backoff(1), TimeDelta::minutes(1));
        assert_eq!(backoff(2), TimeDelta::minutes(2));
        assert_eq!(backoff(3), TimeDelta::minutes(4));
        assert_eq!(backoff(9), TimeDelta::minutes(256));
        assert_eq!(backoff(10), MAX_BACKOFF);
        assert_eq!(backoff(10_000), MAX_BACKOFF);
        assert_eq!(backoff(0), TimeDelta::minutes(1));
        assert_eq!(backoff(-3), TimeDelta::minutes(1));
    }

    #[test]
    fn postgres_workers_skip_rows_another_worker_holds() {
        use sea_orm::{DbBackend, QueryTrait};
        let now = DateTime::UNIX_EPOCH;
        let sql = due(now, true).build(DbBackend::Postgres).to_string();
        assert!(sql.ends_with("LIMIT 20 FOR UPDATE SKIP LOCKED"), "{sql}");
        let sql = due(now, false).build(DbBackend::Sqlite).to_string();
        assert!(!sql.contains("FOR UPDATE"), "{sql}");
    }

    #[test]
    fn notices_remember_only_the_day() {
        let at = DateTime::parse_from_rfc3339("2026-03-14T15:09:26.5+00:00")
            .unwrap()
            .to_utc();
        assert_eq!(
            start_of_day(at).to_rfc3339(),
            "2026-03-14T00:00:00+00:00".to_string()
        );
    }
}
