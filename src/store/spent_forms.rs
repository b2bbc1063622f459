//! Single-use report forms.

use chrono::NaiveDate;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use super::entities::spent_forms;

/// Marks a form as sent inside the caller's transaction. `false` when it was sent before.
pub async fn spend<C: ConnectionTrait>(db: &C, hash: &str, on: NaiveDate) -> Result<bool, DbErr> {
    let inserted = spent_forms::Entity::insert(spent_forms::ActiveModel {
        hash: Set(hash.to_string()),
        spent_on: Set(on),
    })
    .on_conflict(
        OnConflict::column(spent_forms::Column::Hash)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(inserted == 1)
}

/// Whether a form was already sent (a quick check before the expensive work; [`spend`] inside
/// the transaction decides).
pub async fn is_spent<C: ConnectionTrait>(db: &C, hash: &str) -> Result<bool, DbErr> {
    Ok(spent_forms::Entity::find_by_id(hash.to_string())
        .one(db)
        .await?
        .is_some())
}

/// Forgets forms spent before `before`. A form sent again after its CSRF token expired comes
/// back with a fresh token and the same form id, so rows are kept for weeks, not hours: a
/// reload within that time still files nothing.
pub async fn sweep<C: ConnectionTrait>(db: &C, before: NaiveDate) -> Result<u64, DbErr> {
    Ok(spent_forms::Entity::delete_many()
        .filter(spent_forms::Column::SpentOn.lt(before))
        .exec(db)
        .await?
        .rows_affected)
}
