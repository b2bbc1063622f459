//! Routing: which organisation owns a new report.
//!
//! A matching routing rule (supplier, country, sector; unset fields match anything) first, in
//! rule order; else the organisation with the oldest active contract with the supplier; else
//! the oldest coordinator organisation. None of them: nobody can receive the report.

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use super::entities::{contracts, organisations, routing_rules};

/// What a report is about, for routing.
pub struct Target<'a> {
    pub supplier_id: Option<Uuid>,
    pub country: &'a str,
    pub sector: Option<&'a str>,
}

/// The owning organisation, with its recipient, or `None` when nobody can receive the report.
pub async fn route<C: ConnectionTrait>(
    db: &C,
    target: &Target<'_>,
) -> Result<Option<organisations::Model>, DbErr> {
    let rules = routing_rules::Entity::find()
        .order_by_asc(routing_rules::Column::Position)
        .order_by_asc(routing_rules::Column::CreatedAt)
        .all(db)
        .await?;
    let matching = rules.into_iter().find(|rule| {
        rule.supplier_id
            .is_none_or(|s| Some(s) == target.supplier_id)
            && rule.country.as_deref().is_none_or(|c| c == target.country)
            && rule
                .sector
                .as_deref()
                .is_none_or(|s| Some(s) == target.sector)
    });
    if let Some(rule) = matching
        && let Some(org) = organisations::Entity::find_by_id(rule.org_id)
            .one(db)
            .await?
    {
        return Ok(Some(org));
    }
    if let Some(supplier_id) = target.supplier_id
        && let Some(contract) = contracts::Entity::find()
            .filter(contracts::Column::SupplierId.eq(supplier_id))
            .filter(contracts::Column::Active.eq(true))
            .order_by_asc(contracts::Column::StartedOn)
            .order_by_asc(contracts::Column::CreatedAt)
            .one(db)
            .await?
        && let Some(org) = organisations::Entity::find_by_id(contract.org_id)
            .one(db)
            .await?
    {
        return Ok(Some(org));
    }
    organisations::Entity::find()
        .filter(organisations::Column::Kind.eq("coordinator"))
        .order_by_asc(organisations::Column::CreatedAt)
        .one(db)
        .await
}

/// Adds a routing rule at `position` (lower first).
pub async fn insert_rule<C: ConnectionTrait>(
    db: &C,
    org_id: Uuid,
    supplier_id: Option<Uuid>,
    country: Option<&str>,
    sector: Option<&str>,
    position: i32,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Uuid, DbErr> {
    use sea_orm::ActiveValue::Set;
    let id = Uuid::new_v4();
    routing_rules::Entity::insert(routing_rules::ActiveModel {
        id: Set(id),
        org_id: Set(org_id),
        supplier_id: Set(supplier_id),
        country: Set(country.map(str::to_string)),
        sector: Set(sector.map(str::to_string)),
        position: Set(position),
        created_at: Set(now),
    })
    .exec_without_returning(db)
    .await?;
    Ok(id)
}

/// Every rule, in the order they are tried.
pub async fn rules<C: ConnectionTrait>(db: &C) -> Result<Vec<routing_rules::Model>, DbErr> {
    routing_rules::Entity::find()
        .order_by_asc(routing_rules::Column::Position)
        .order_by_asc(routing_rules::Column::CreatedAt)
        .all(db)
        .await
}

/// Deletes a rule; answers it, or `None` when there was none.
pub async fn delete_rule<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
) -> Result<Option<routing_rules::Model>, DbErr> {
    let Some(rule) = routing_rules::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    routing_rules::Entity::delete_by_id(id).exec(db).await?;
    Ok(Some(rule))
}
