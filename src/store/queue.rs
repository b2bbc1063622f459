//! The case list, a page at a time: ordered in the database by (urgency, due_on, received_on,
//! id), the generated columns of migration `case_queue`, and continued after the last case of
//! the previous page (keyset pagination). No query grows with the number of cases: visibility,
//! recusals and indicators are subqueries, and a page is at most [`MAX_PAGE`] rows.
//!
//! A page is read as one or a few index ranges, each at most a page deep, merged in order:
//! owned and shared cases apart; a priority as its one urgency; with the overdue filter, one
//! urgency at a time (so "due before today" is a range, not a filter); and a search matching a
//! few suppliers, one supplier at a time. `benches/case_list.rs` times every filter at a
//! million cases.

use chrono::NaiveDate;
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

use super::cases::{AssigneeFilter, Caller, ListFilter};
use super::entities::{case_indicators, case_shares, cases, recusals, suppliers};
use crate::domain::search::CaseSearch;

/// The largest page.
pub const MAX_PAGE: u64 = 200;

/// Where a case stands in the list: the page after it starts after this key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct QueueKey {
    pub urgency: i32,
    pub due_on: NaiveDate,
    pub received_on: NaiveDate,
    pub id: Uuid,
}

/// The date `due_on` holds for a case with no deadline running (closed).
pub fn no_deadline() -> NaiveDate {
    NaiveDate::from_ymd_opt(9999, 12, 31).unwrap_or(NaiveDate::MAX)
}

/// The `urgency` the database computes for a priority: 0 for critical, 1 high, 2 medium,
/// 3 low.
pub fn urgency_of(priority: &str) -> i32 {
    match priority {
        "critical" => 0,
        "high" => 1,
        "medium" => 2,
        _ => 3,
    }
}

/// The most urgent and least urgent `urgency`.
const URGENCIES: std::ops::RangeInclusive<i32> = 0..=3;

impl QueueKey {
    /// The key of a case, computed as the database computes its generated columns.
    pub fn of(case: &cases::Model) -> Self {
        let urgency = urgency_of(&case.priority);
        let due_on = match case.state.as_str() {
            "received" => case.acknowledge_by,
            "closed" => no_deadline(),
            _ => case.feedback_by.unwrap_or_else(no_deadline),
        };
        Self {
            urgency,
            due_on,
            received_on: case.received_on,
            id: case.id,
        }
    }

    /// The key as the `after` of a page link: `urgency.due_on.received_on.id`.
    pub fn token(&self) -> String {
        format!(
            "{}.{}.{}.{}",
            self.urgency, self.due_on, self.received_on, self.id
        )
    }

    /// Reads a token back; `None` if it is not one.
    pub fn parse(token: &str) -> Option<Self> {
        let mut parts = token.split('.');
        let key = Self {
            urgency: parts.next()?.parse().ok().filter(|u| (0..=3).contains(u))?,
            due_on: parts.next()?.parse().ok()?,
            received_on: parts.next()?.parse().ok()?,
            id: parts.next()?.parse().ok()?,
        };
        parts.next().is_none().then_some(key)
    }
}

fn col(name: &str) -> Expr {
    Expr::col((cases::Entity, Alias::new(name)))
}

/// `SELECT 1 FROM recusals WHERE case_id = cases.id AND member_id = <caller>`: for `NOT EXISTS`.
fn recused_from(caller: Caller) -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .expr(Expr::val(1))
        .from(recusals::Entity)
        .and_where(
            Expr::col((recusals::Entity, recusals::Column::CaseId))
                .equals((cases::Entity, cases::Column::Id)),
        )
        .and_where(Expr::col((recusals::Entity, recusals::Column::MemberId)).eq(caller.member_id))
        .to_owned()
}

/// The ids of the cases actively shared with the caller's organisation.
fn shared_with(caller: Caller) -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .column(case_shares::Column::CaseId)
        .from(case_shares::Entity)
        .and_where(Expr::col(case_shares::Column::OrgId).eq(caller.org_id))
        .and_where(Expr::col(case_shares::Column::RevokedAt).is_null())
        .to_owned()
}

/// Reads shared cases from the caller's organisation's active shares outward, each share's
/// case by its id: the shares are few. SQLite keeps no statistics, and entered any other way
/// it takes an index on a filtered column (every case of an assignee or a supplier, most of
/// them the caller's own) and checks each against the shares. The left table of a
/// `CROSS JOIN` is the outer loop in SQLite; PostgreSQL plans the same join from its
/// statistics. The join's condition is in `WHERE`, as a cross join takes none.
fn from_shares(select: &mut sea_orm::Select<cases::Entity>, caller: Caller) {
    use sea_orm::QueryTrait;
    use sea_orm::sea_query::JoinType;
    QueryTrait::query(select)
        .from_clear()
        .from(case_shares::Entity)
        .join(
            JoinType::CrossJoin,
            cases::Entity,
            sea_orm::Condition::all(),
        )
        .and_where(
            Expr::col((cases::Entity, cases::Column::Id))
                .equals((case_shares::Entity, case_shares::Column::CaseId)),
        )
        .and_where(Expr::col((case_shares::Entity, case_shares::Column::OrgId)).eq(caller.org_id))
        .and_where(Expr::col((case_shares::Entity, case_shares::Column::RevokedAt)).is_null());
}

/// The ids of the suppliers whose search key holds every word. A folded word holds only a-z
/// and 0-9 (`domain::search`), so no `LIKE` wildcard reaches the pattern, and the key is lower
/// case already, so the databases' different case rules for `LIKE` never matter.
fn suppliers_matching(words: &[String]) -> sea_orm::sea_query::SelectStatement {
    let mut query = Query::select();
    query
        .column((suppliers::Entity, suppliers::Column::Id))
        .from(suppliers::Entity);
    for word in words {
        query.and_where(
            Expr::col((suppliers::Entity, suppliers::Column::SearchKey)).like(format!("%{word}%")),
        );
    }
    query
}

/// The cases visible to `caller` by one way of seeing them (`visible`), of one urgency when
/// `urgency` is given, filtered and ordered, after `after`, at most `limit`.
fn select(
    visible: sea_orm::Condition,
    caller: Caller,
    filter: &ListFilter,
    overdue: Option<(bool, NaiveDate)>,
    urgency: Option<i32>,
    after: Option<&QueueKey>,
    limit: u64,
) -> sea_orm::Select<cases::Entity> {
    let mut select = cases::Entity::find().filter(visible);
    if let Some(urgency) = urgency {
        select = select.filter(col("urgency").eq(urgency));
    }
    if !filter.include_purged {
        select = select.filter(cases::Column::PurgedOn.is_null());
    }
    let recused = recused_from(caller);
    select = select.filter(Expr::exists(recused).not());
    if let Some(state) = &filter.state {
        select = select.filter(cases::Column::State.eq(state.as_str()));
    }
    if let Some(supplier) = filter.supplier_id {
        select = select.filter(cases::Column::SupplierId.eq(supplier));
    }
    match filter.assignee {
        Some(AssigneeFilter::Member(assignee)) => {
            select = select.filter(cases::Column::AssigneeId.eq(assignee));
        }
        Some(AssigneeFilter::Nobody) => select = select.filter(cases::Column::AssigneeId.is_null()),
        None => {}
    }
    if let Some(ids) = &filter.any_supplier {
        select = select.filter(cases::Column::SupplierId.is_in(ids.iter().copied()));
    }
    match &filter.search {
        Some(CaseSearch::Reference(reference)) => {
            select = select.filter(cases::Column::Reference.eq(reference.as_str()));
        }
        Some(CaseSearch::Supplier(words)) => {
            select =
                select.filter(cases::Column::SupplierId.in_subquery(suppliers_matching(words)));
        }
        None => {}
    }
    if let Some(indicator) = &filter.indicator {
        let with = Query::select()
            .expr(Expr::val(1))
            .from(case_indicators::Entity)
            .and_where(
                Expr::col((case_indicators::Entity, case_indicators::Column::CaseId))
                    .equals((cases::Entity, cases::Column::Id)),
            )
            .and_where(
                Expr::col((case_indicators::Entity, case_indicators::Column::Indicator))
                    .eq(indicator.as_str()),
            )
            .to_owned();
        select = select.filter(Expr::exists(with));
    }
    if let Some((want, today)) = overdue {
        select = select.filter(if want {
            col("due_on").lt(today)
        } else {
            col("due_on").gte(today)
        });
    }
    if let Some(after) = after {
        select = select.filter(
            Expr::tuple([col("urgency"), col("due_on"), col("received_on"), col("id")]).gt(
                Expr::tuple([
                    Expr::val(after.urgency),
                    Expr::val(after.due_on),
                    Expr::val(after.received_on),
                    Expr::val(after.id),
                ]),
            ),
        );
    }
    select
        .order_by_asc(col("urgency"))
        .order_by_asc(col("due_on"))
        .order_by_asc(cases::Column::ReceivedOn)
        .order_by_asc(cases::Column::Id)
        .limit(limit)
}

/// The urgencies a page is read one at a time in, each its own index range: a priority is one
/// urgency; with the overdue filter, each urgency is read on its own, so that "due before
/// today" (or "from today") is a range of the index's next column rather than a filter over
/// every case of the organisation (a list with no overdue case would read them all). Without
/// either, one range holds every urgency (`None`).
fn bands(
    filter: &ListFilter,
    overdue: Option<(bool, NaiveDate)>,
    after: Option<&QueueKey>,
) -> Vec<Option<i32>> {
    if let Some(priority) = &filter.priority {
        return vec![Some(urgency_of(priority))];
    }
    if overdue.is_none() {
        return vec![None];
    }
    // Urgencies before the page link's are behind it already.
    let from = after.map_or(*URGENCIES.start(), |a| a.urgency);
    (from..=*URGENCIES.end()).map(Some).collect()
}

/// One page of the cases `caller` may see: their organisation's own, and those shared with it,
/// most urgent first. `overdue` filters on whether a deadline has passed by `today`.
pub async fn page<C: ConnectionTrait>(
    db: &C,
    caller: Caller,
    filter: &ListFilter,
    overdue: Option<(bool, NaiveDate)>,
    after: Option<&QueueKey>,
    limit: u64,
) -> Result<Vec<cases::Model>, DbErr> {
    // One more than a page: the caller asks for it to learn whether another page follows.
    let limit = usize::try_from(limit.clamp(1, MAX_PAGE + 1)).unwrap_or(usize::MAX);
    let Some(CaseSearch::Supplier(words)) = &filter.search else {
        return by_bands(db, caller, filter, overdue, after, limit).await;
    };
    if words.is_empty() {
        // Nothing searchable was typed: such a search finds nothing.
        return Ok(Vec::new());
    }
    let few = supplier_ids(db, words, FEW_SUPPLIERS + 1).await?;
    if few.len() > FEW_SUPPLIERS {
        // Many suppliers match: their cases are likely dense in the list, which is read in
        // order with the search as a filter. PostgreSQL misjudges how many suppliers a `LIKE`
        // matches (one, it guesses), turns the subquery into a join from them and sorts every
        // case of them; given their ids, it reads the list in order. SQLite reads the list in
        // order with the subquery, and might not with a list of ids.
        if db.get_database_backend() == sea_orm::DbBackend::Postgres {
            let ids = supplier_ids(db, words, MANY_SUPPLIERS + 1).await?;
            if ids.len() <= MANY_SUPPLIERS {
                let listed = ListFilter {
                    search: None,
                    any_supplier: Some(ids),
                    ..filter.clone()
                };
                return by_bands(db, caller, &listed, overdue, after, limit).await;
            }
        }
        return by_bands(db, caller, filter, overdue, after, limit).await;
    }
    // A few suppliers: each is one range of the supplier index, read a page deep, then merged,
    // so a search for a small supplier never reads the whole list to find its few cases.
    let mut rows = Vec::new();
    for id in few {
        if filter.supplier_id.is_some_and(|chosen| chosen != id) {
            continue;
        }
        let one = ListFilter {
            supplier_id: Some(id),
            search: None,
            ..filter.clone()
        };
        rows.extend(by_bands(db, caller, &one, overdue, after, limit).await?);
    }
    rows.sort_by_key(QueueKey::of);
    rows.dedup_by_key(|c| c.id);
    rows.truncate(limit);
    Ok(rows)
}

/// Up to this many suppliers matching a search are read one by one.
const FEW_SUPPLIERS: usize = 8;

/// Up to this many suppliers matching a search are named to PostgreSQL by id.
const MANY_SUPPLIERS: usize = 500;

/// The ids of at most `limit` suppliers whose search key holds every word.
async fn supplier_ids<C: ConnectionTrait>(
    db: &C,
    words: &[String],
    limit: usize,
) -> Result<Vec<Uuid>, DbErr> {
    let mut query = suppliers_matching(words);
    query.limit(u64::try_from(limit).unwrap_or(u64::MAX));
    let statement = sea_orm::StatementBuilder::build(&query, &db.get_database_backend());
    let mut ids = Vec::new();
    for row in db.query_all_raw(statement).await? {
        ids.push(row.try_get_by_index::<Uuid>(0)?);
    }
    Ok(ids)
}

/// At most `limit` cases, a band after another.
async fn by_bands<C: ConnectionTrait>(
    db: &C,
    caller: Caller,
    filter: &ListFilter,
    overdue: Option<(bool, NaiveDate)>,
    after: Option<&QueueKey>,
    limit: usize,
) -> Result<Vec<cases::Model>, DbErr> {
    let mut rows: Vec<cases::Model> = Vec::with_capacity(limit);
    // Bands come in the list's order, so each one's cases follow the last one's.
    for urgency in bands(filter, overdue, after) {
        let want = limit - rows.len();
        rows.extend(band(db, caller, filter, overdue, urgency, after, want).await?);
        if rows.len() >= limit {
            break;
        }
    }
    Ok(rows)
}

/// At most `limit` cases of one band, in order.
async fn band<C: ConnectionTrait>(
    db: &C,
    caller: Caller,
    filter: &ListFilter,
    overdue: Option<(bool, NaiveDate)>,
    urgency: Option<i32>,
    after: Option<&QueueKey>,
    limit: usize,
) -> Result<Vec<cases::Model>, DbErr> {
    use sea_orm::Condition;
    let depth = u64::try_from(limit).unwrap_or(MAX_PAGE + 1);
    // Owned and shared are two index ranges, each read at most `limit` deep, then merged: one
    // query with an OR between them would sort every visible case.
    let own = select(
        Condition::all().add(cases::Column::OwnerOrgId.eq(caller.org_id)),
        caller,
        filter,
        overdue,
        urgency,
        after,
        depth,
    )
    .all(db)
    .await?;
    let mut shared = select(
        Condition::all().add(cases::Column::OwnerOrgId.ne(caller.org_id)),
        caller,
        filter,
        overdue,
        urgency,
        after,
        depth,
    );
    from_shares(&mut shared, caller);
    let shared = shared.all(db).await?;
    let mut rows: Vec<cases::Model> = own.into_iter().chain(shared).collect();
    rows.sort_by_key(QueueKey::of);
    rows.dedup_by_key(|c| c.id);
    rows.truncate(limit);
    Ok(rows)
}

/// Open cases whose deadline that matters falls on or before `until`, a batch at a time in id
/// order after `after` (reminders walk them without holding every case).
pub async fn due_by<C: ConnectionTrait>(
    db: &C,
    until: NaiveDate,
    after: Option<Uuid>,
    limit: u64,
) -> Result<Vec<cases::Model>, DbErr> {
    let mut select = cases::Entity::find()
        .filter(cases::Column::State.ne("closed"))
        .filter(cases::Column::PurgedOn.is_null())
        .filter(col("due_on").lte(until));
    if let Some(after) = after {
        select = select.filter(cases::Column::Id.gt(after));
    }
    select
        .order_by_asc(cases::Column::Id)
        .limit(limit.clamp(1, 1000))
        .all(db)
        .await
}

/// What the statistics count cases by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tally {
    Supplier,
    Country,
    Sector,
    Indicator,
    /// By day received; the caller groups days into months.
    Day,
}

/// Counts the cases `caller` may see (purged ones too: their clear columns stay for this),
/// grouped in the database. Keys: the supplier's name, the country code, the sector, the
/// indicator code, or the day (`YYYY-MM-DD`); `None` where the case has none.
pub async fn tally<C: ConnectionTrait>(
    db: &C,
    caller: Caller,
    by: Tally,
) -> Result<Vec<(Option<String>, i64)>, DbErr> {
    use sea_orm::sea_query::{Condition, Func, JoinType};
    use sea_orm::{FromQueryResult, StatementBuilder};

    let shares = shared_with(caller);
    let visible = Condition::any()
        .add(Expr::col((cases::Entity, cases::Column::OwnerOrgId)).eq(caller.org_id))
        .add(Expr::col((cases::Entity, cases::Column::Id)).in_subquery(shares));
    let recused = recused_from(caller);
    let mut query = Query::select();
    query
        .from(cases::Entity)
        .cond_where(visible)
        // A member recused from a case does not count it either.
        .and_where(Expr::exists(recused).not());
    let key: Expr = match by {
        Tally::Supplier => {
            query.join(
                JoinType::LeftJoin,
                suppliers::Entity,
                Expr::col((suppliers::Entity, suppliers::Column::Id))
                    .equals((cases::Entity, cases::Column::SupplierId)),
            );
            Expr::col((suppliers::Entity, suppliers::Column::Name))
        }
        Tally::Country => Expr::col((cases::Entity, cases::Column::Country)),
        Tally::Sector => Expr::col((cases::Entity, cases::Column::Sector)),
        Tally::Indicator => {
            query.join(
                JoinType::InnerJoin,
                case_indicators::Entity,
                Expr::col((case_indicators::Entity, case_indicators::Column::CaseId))
                    .equals((cases::Entity, cases::Column::Id)),
            );
            Expr::col((case_indicators::Entity, case_indicators::Column::Indicator))
        }
        // A date as text on both databases.
        Tally::Day => Func::cast_as(
            Expr::col((cases::Entity, cases::Column::ReceivedOn)),
            Alias::new("TEXT"),
        )
        .into(),
    };
    query
        .expr_as(key.clone(), Alias::new("key"))
        .expr_as(
            Func::count(Expr::col((cases::Entity, cases::Column::Id))),
            Alias::new("n"),
        )
        .add_group_by([key]);

    #[derive(FromQueryResult)]
    struct Row {
        key: Option<String>,
        n: i64,
    }
    let statement = StatementBuilder::build(&query, &db.get_database_backend());
    Ok(Row::find_by_statement(statement)
        .all(db)
        .await?
        .into_iter()
        .map(|row| (row.key, row.n))
        .collect())
}
