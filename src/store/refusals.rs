//! Reports refused because no organisation could receive them, counted per day. A row holds a
//! date and a number: nothing about the report, and no time a reporter's visit could be read
//! from. The daily job tells the coordinators and the operator about the days before today.

use chrono::NaiveDate;
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};

use super::entities::refused_reports;

/// Counts one refused report on `day`.
pub async fn count<C: ConnectionTrait>(db: &C, day: NaiveDate) -> Result<(), DbErr> {
    refused_reports::Entity::insert(refused_reports::ActiveModel {
        day: Set(day),
        count: Set(1),
        alerted: Set(false),
    })
    .on_conflict(
        OnConflict::column(refused_reports::Column::Day)
            .value(
                refused_reports::Column::Count,
                Expr::col((refused_reports::Entity, refused_reports::Column::Count)).add(1),
            )
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// The days before `today` whose refusals nobody was told about yet, oldest first. Today is
/// left for tomorrow: an alert sent now would tell when today's reporter came.
pub async fn untold_before<C: ConnectionTrait>(
    db: &C,
    today: NaiveDate,
) -> Result<Vec<refused_reports::Model>, DbErr> {
    refused_reports::Entity::find()
        .filter(refused_reports::Column::Day.lt(today))
        .filter(refused_reports::Column::Alerted.eq(false))
        .order_by_asc(refused_reports::Column::Day)
        .all(db)
        .await
}

/// Marks days as told, inside the transaction that queued the alerts.
pub async fn mark_told<C: ConnectionTrait>(db: &C, days: &[NaiveDate]) -> Result<(), DbErr> {
    refused_reports::Entity::update_many()
        .col_expr(refused_reports::Column::Alerted, Expr::value(true))
        .filter(refused_reports::Column::Day.is_in(days.iter().copied()))
        .exec(db)
        .await?;
    Ok(())
}
