//! The daily deadline digest's counts: for every member who gets reminders, how many of their
//! organisation's open cases are past a deadline and how many are due soon. One `GROUP BY`
//! query in the database, whatever the number of cases: it returns a row per member, and reads
//! only the cases whose `due_on` (the generated column of migration `case_queue`) is near.

use chrono::NaiveDate;
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, JoinType, Query, SelectStatement};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult, StatementBuilder};
use uuid::Uuid;

use super::entities::{cases, members, recusals};
use crate::domain::accounts::Role;

/// One member's digest.
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct DigestCounts {
    pub member_id: Uuid,
    /// Cases whose deadline is before `today`.
    pub overdue: i64,
    /// Cases whose deadline is `today` or later, up to `until`.
    pub due_soon: i64,
}

/// The counts for each confirmed, active handler and admin whose organisation owns an open
/// case with a deadline on or before `until`. A member recused from a case does not count it.
pub async fn deadline_counts<C: ConnectionTrait>(
    db: &C,
    today: NaiveDate,
    until: NaiveDate,
) -> Result<Vec<DigestCounts>, DbErr> {
    let query = deadline_counts_query(today, until);
    let statement = StatementBuilder::build(&query, &db.get_database_backend());
    DigestCounts::find_by_statement(statement).all(db).await
}

/// The query of [`deadline_counts`], with the columns `member_id`, `overdue` and `due_soon`,
/// for a statement that queues the digests from it in the database (`notify::reminders`).
pub fn deadline_counts_query(today: NaiveDate, until: NaiveDate) -> SelectStatement {
    let due_on = || Expr::col((cases::Entity, Alias::new("due_on")));
    let member = |column: members::Column| Expr::col((members::Entity, column));
    let case = |column: cases::Column| Expr::col((cases::Entity, column));
    let recused = Query::select()
        .expr(Expr::val(1))
        .from(recusals::Entity)
        .and_where(
            Expr::col((recusals::Entity, recusals::Column::CaseId))
                .equals((cases::Entity, cases::Column::Id)),
        )
        .and_where(
            Expr::col((recusals::Entity, recusals::Column::MemberId))
                .equals((members::Entity, members::Column::Id)),
        )
        .to_owned();
    let counted = |condition: Expr| Func::sum(Expr::case(condition, 1).finally(0));
    Query::select()
        .expr_as(member(members::Column::Id), Alias::new("member_id"))
        .expr_as(counted(due_on().lt(today)), Alias::new("overdue"))
        .expr_as(counted(due_on().gte(today)), Alias::new("due_soon"))
        .from(cases::Entity)
        .join(
            JoinType::InnerJoin,
            members::Entity,
            member(members::Column::OrgId).equals((cases::Entity, cases::Column::OwnerOrgId)),
        )
        .and_where(case(cases::Column::State).ne("closed"))
        .and_where(case(cases::Column::PurgedOn).is_null())
        .and_where(due_on().lte(until))
        .and_where(member(members::Column::Pending).eq(false))
        .and_where(member(members::Column::Disabled).eq(false))
        .and_where(
            member(members::Column::Role).is_in([Role::Handler.as_code(), Role::Admin.as_code()]),
        )
        .and_where(Expr::exists(recused).not())
        .add_group_by([member(members::Column::Id)])
        .to_owned()
}
