//! kedja's schema migrations. Each one runs unchanged on SQLite and PostgreSQL.
//!
//! Migrations never import the service's entities: they describe tables as they were at the
//! time, so later entity changes cannot rewrite history.
#![forbid(unsafe_code)]
// `MigrationTrait` is an async_trait whose methods take `&SchemaManager` with the lifetime
// elided; writing it out makes the signatures differ from the trait's.
#![allow(elided_lifetimes_in_paths)]

pub use sea_orm_migration::prelude::*;

mod m20261128_000001_initial;
mod m20261129_000002_seal_language;
mod m20261129_000003_totp_last_step;
mod m20261130_000004_consent;
mod m20261130_000005_spent_forms;
mod m20261203_000006_code_checks;
mod m20261203_000007_supplier_search;
mod m20261203_000008_case_queue;
mod m20261203_000009_member_language;
mod m20261203_000010_member_admin;
mod m20261203_000011_org_settings;
mod m20261203_000013_case_list;
mod m20261203_000014_admission;
mod m20261203_000015_outbox_lookups;
mod m20261203_000016_audit_pending;

/// Runs kedja's migrations in order.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261128_000001_initial::Migration),
            Box::new(m20261129_000002_seal_language::Migration),
            Box::new(m20261129_000003_totp_last_step::Migration),
            Box::new(m20261130_000004_consent::Migration),
            Box::new(m20261130_000005_spent_forms::Migration),
            Box::new(m20261203_000006_code_checks::Migration),
            Box::new(m20261203_000007_supplier_search::Migration),
            Box::new(m20261203_000008_case_queue::Migration),
            Box::new(m20261203_000009_member_language::Migration),
            Box::new(m20261203_000010_member_admin::Migration),
            Box::new(m20261203_000011_org_settings::Migration),
            Box::new(m20261203_000013_case_list::Migration),
            Box::new(m20261203_000014_admission::Migration),
            Box::new(m20261203_000015_outbox_lookups::Migration),
            Box::new(m20261203_000016_audit_pending::Migration),
        ]
    }
}
