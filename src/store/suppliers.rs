//! The supplier directory and the contracts that link buyers to suppliers.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
};
use uuid::Uuid;

use super::entities::{contracts, suppliers};
use crate::domain::search;

/// A new supplier.
pub struct NewSupplier<'a> {
    pub id: Uuid,
    pub name: &'a str,
    pub country: &'a str,
    pub city: Option<&'a str>,
    pub sector: Option<&'a str>,
    pub site_code: String,
    /// Other names workers know it by; may be empty.
    pub other_names: &'a [String],
}

/// Inserts a supplier.
pub async fn insert_supplier<C: ConnectionTrait>(
    db: &C,
    s: NewSupplier<'_>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    suppliers::Entity::insert(suppliers::ActiveModel {
        id: Set(s.id),
        name: Set(s.name.to_string()),
        country: Set(s.country.to_string()),
        city: Set(s.city.map(str::to_string)),
        sector: Set(s.sector.map(str::to_string)),
        identifiers: Set(None),
        site_code: Set(s.site_code),
        created_at: Set(now),
        other_names: Set((!s.other_names.is_empty()).then(|| s.other_names.join(", "))),
        // The key is written with the names it is made of, never separately.
        search_key: Set(search::search_key(
            s.name,
            s.city,
            s.other_names.iter().map(String::as_str),
        )),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Inserts an active contract between a buyer and a supplier.
pub async fn insert_contract<C: ConnectionTrait>(
    db: &C,
    org_id: Uuid,
    supplier_id: Uuid,
    reference: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Uuid, DbErr> {
    let id = Uuid::new_v4();
    contracts::Entity::insert(contracts::ActiveModel {
        id: Set(id),
        org_id: Set(org_id),
        supplier_id: Set(supplier_id),
        reference: Set(reference.map(str::to_string)),
        active: Set(true),
        started_on: Set(now.date_naive()),
        ended_on: Set(None::<NaiveDate>),
        created_at: Set(now),
    })
    .exec_without_returning(db)
    .await?;
    Ok(id)
}

/// A supplier by id.
pub async fn find<C: ConnectionTrait>(db: &C, id: Uuid) -> Result<Option<suppliers::Model>, DbErr> {
    suppliers::Entity::find_by_id(id).one(db).await
}

/// Whether a site code is in use.
pub async fn site_code_taken<C: ConnectionTrait>(db: &C, code: &str) -> Result<bool, DbErr> {
    Ok(suppliers::Entity::find()
        .filter(suppliers::Column::SiteCode.eq(code))
        .count(db)
        .await?
        > 0)
}

/// Whether `org_id` already has an active contract with `supplier_id`.
pub async fn has_active_contract<C: ConnectionTrait>(
    db: &C,
    org_id: Uuid,
    supplier_id: Uuid,
) -> Result<bool, DbErr> {
    Ok(contracts::Entity::find()
        .filter(contracts::Column::OrgId.eq(org_id))
        .filter(contracts::Column::SupplierId.eq(supplier_id))
        .filter(contracts::Column::Active.eq(true))
        .count(db)
        .await?
        > 0)
}

/// The organisations with an active contract with a supplier, by name (a supplier has a
/// handful of public buyers).
pub async fn buyers_of<C: ConnectionTrait>(
    db: &C,
    supplier_id: Uuid,
) -> Result<Vec<super::entities::organisations::Model>, DbErr> {
    use super::entities::organisations;
    use sea_orm::{QueryOrder, QuerySelect, RelationTrait};
    organisations::Entity::find()
        .join(
            sea_orm::JoinType::InnerJoin,
            organisations::Relation::Contracts.def(),
        )
        .filter(contracts::Column::SupplierId.eq(supplier_id))
        .filter(contracts::Column::Active.eq(true))
        .order_by_asc(organisations::Column::Name)
        .all(db)
        .await
}

/// A supplier by its site code.
pub async fn find_by_site_code<C: ConnectionTrait>(
    db: &C,
    code: &str,
) -> Result<Option<suppliers::Model>, DbErr> {
    suppliers::Entity::find()
        .filter(suppliers::Column::SiteCode.eq(code))
        .one(db)
        .await
}

/// Directory records that may describe the same workplace as a new `name` in `country`:
/// every distinctive word of the name (legal forms left out) is in the record's search key.
/// At most `limit`, by name.
pub async fn similar<C: ConnectionTrait>(
    db: &C,
    name: &str,
    country: &str,
    limit: u64,
) -> Result<Vec<suppliers::Model>, DbErr> {
    use sea_orm::{QueryOrder, QuerySelect};
    let words = search::distinctive_words(name);
    if words.is_empty() {
        return Ok(Vec::new());
    }
    let mut select = suppliers::Entity::find().filter(suppliers::Column::Country.eq(country));
    // Folded words hold only a-z and 0-9: no LIKE wildcard reaches the pattern.
    for word in words {
        select = select.filter(suppliers::Column::SearchKey.contains(word));
    }
    select
        .order_by_asc(suppliers::Column::Name)
        .limit(limit)
        .all(db)
        .await
}

/// The directory as an admin searches it to link an existing record: by the words of `query`
/// in the search key, optionally in one country, at most `limit`, by name.
pub async fn directory<C: ConnectionTrait>(
    db: &C,
    query: &str,
    country: Option<&str>,
    limit: u64,
) -> Result<Vec<suppliers::Model>, DbErr> {
    use sea_orm::{QueryOrder, QuerySelect};
    let words = search::search_words(query);
    if words.is_empty() {
        return Ok(Vec::new());
    }
    let mut select = suppliers::Entity::find();
    if let Some(country) = country {
        select = select.filter(suppliers::Column::Country.eq(country));
    }
    for word in words {
        select = select.filter(suppliers::Column::SearchKey.contains(word));
    }
    select
        .order_by_asc(suppliers::Column::Name)
        .limit(limit)
        .all(db)
        .await
}

/// One entry of the public directory: no contract data.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct PublicSupplier {
    pub id: Uuid,
    pub name: String,
    pub country: String,
    pub city: Option<String>,
}

impl From<suppliers::Model> for PublicSupplier {
    fn from(s: suppliers::Model) -> Self {
        Self {
            id: s.id,
            name: s.name,
            country: s.country,
            city: s.city,
        }
    }
}

/// Searches the public directory, and the country if given. A supplier matches when its
/// search key (name, city and other names, folded by `domain::search`) contains every word of
/// the query, so case, diacritics and the script typed in do not matter. A query with nothing
/// searchable in it finds nothing. At most `limit` suppliers, by name.
pub async fn search_public<C: ConnectionTrait>(
    db: &C,
    query: Option<&str>,
    country: Option<&str>,
    limit: u64,
) -> Result<Vec<PublicSupplier>, DbErr> {
    use sea_orm::{QueryOrder, QuerySelect};
    let mut select = suppliers::Entity::find();
    if let Some(country) = country {
        select = select.filter(suppliers::Column::Country.eq(country));
    }
    if let Some(query) = query {
        let words = search::search_words(query);
        if words.is_empty() {
            return Ok(Vec::new());
        }
        // A folded word holds only a-z and 0-9: no LIKE wildcard or escape can reach the
        // pattern. The key is lower case already, so LIKE's case rules (which differ between
        // SQLite and PostgreSQL) never come into play.
        for word in words {
            select = select.filter(suppliers::Column::SearchKey.contains(word));
        }
    }
    Ok(select
        .order_by_asc(suppliers::Column::Name)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(PublicSupplier::from)
        .collect())
}

/// The countries of the directory's workplaces, each once (at most one per country there is).
pub async fn countries<C: ConnectionTrait>(db: &C) -> Result<Vec<String>, DbErr> {
    use sea_orm::QuerySelect;
    suppliers::Entity::find()
        .select_only()
        .column(suppliers::Column::Country)
        .distinct()
        .into_tuple::<String>()
        .all(db)
        .await
}

/// Supplier names for several ids in one query.
pub async fn names_of<C: ConnectionTrait>(
    db: &C,
    ids: &[Uuid],
) -> Result<std::collections::HashMap<Uuid, String>, DbErr> {
    if ids.is_empty() {
        return Ok(Default::default());
    }
    Ok(suppliers::Entity::find()
        .filter(suppliers::Column::Id.is_in(ids.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect())
}

/// The suppliers an organisation has an active contract with, by name.
pub async fn bought_by<C: ConnectionTrait>(
    db: &C,
    org_id: Uuid,
) -> Result<Vec<suppliers::Model>, DbErr> {
    use sea_orm::QueryOrder;
    let ids: Vec<Uuid> = contracts::Entity::find()
        .filter(contracts::Column::OrgId.eq(org_id))
        .filter(contracts::Column::Active.eq(true))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.supplier_id)
        .collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    suppliers::Entity::find()
        .filter(suppliers::Column::Id.is_in(ids))
        .order_by_asc(suppliers::Column::Name)
        .all(db)
        .await
}
