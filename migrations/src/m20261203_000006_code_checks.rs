//! Every coded column accepts only its codes: a state, priority, role, organisation kind,
//! consent, basis or status that the service does not know is refused by the database itself,
//! whatever wrote it.
//!
//! PostgreSQL gets `CHECK` constraints. SQLite cannot add a constraint to an existing table, so
//! it gets the equivalent: triggers that abort an insert or update with an unknown code. The
//! lists are written out here, as they were when this migration was made (migrations never
//! import the service); a test in the service checks that every code of its enums is accepted
//! and an unknown one refused, on both databases.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

const STATES: &[&str] = &[
    "received",
    "acknowledged",
    "awaiting_reporter",
    "assessing",
    "investigating",
    "remediation",
    "closed",
];
const RESOLUTIONS: &[&str] = &[
    "substantiated",
    "partly_substantiated",
    "unsubstantiated",
    "duplicate",
    "out_of_scope",
    "withdrawn",
];
const PRIORITIES: &[&str] = &["low", "medium", "high", "critical"];
const RISKS: &[&str] = &["low", "medium", "high"];
const CONSENTS: &[&str] = &["requested", "given", "refused"];
const ROLES: &[&str] = &["handler", "admin", "authority"];
const KINDS: &[&str] = &["buyer", "coordinator", "authority"];
const BASES: &[&str] = &["reporter", "legal_reason"];
const RESPONSES: &[&str] = &["received", "under_review", "action_taken", "closed"];
const ESCALATION_STATUSES: &[&str] =
    &["sent", "received", "under_review", "action_taken", "closed"];

/// (table, column, may be NULL, codes)
const CHECKS: &[(&str, &str, bool, &[&str])] = &[
    ("cases", "state", false, STATES),
    ("cases", "resolution", true, RESOLUTIONS),
    ("cases", "priority", false, PRIORITIES),
    ("cases", "assessed_priority", false, PRIORITIES),
    ("cases", "retaliation_risk", true, RISKS),
    ("cases", "consent", true, CONSENTS),
    ("members", "role", false, ROLES),
    ("organisations", "kind", false, KINDS),
    ("escalations", "consent", false, BASES),
    ("escalations", "status", false, ESCALATION_STATUSES),
    ("escalation_responses", "status", false, RESPONSES),
];

fn name(table: &str, column: &str) -> String {
    format!("{table}_{column}_code")
}

fn allowed(column: &str, nullable: bool, codes: &[&str], row: &str) -> String {
    let list = codes
        .iter()
        .map(|c| format!("'{c}'"))
        .collect::<Vec<_>>()
        .join(", ");
    let known = format!("{row}{column} IN ({list})");
    if nullable {
        format!("({row}{column} IS NULL OR {known})")
    } else {
        known
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for &(table, column, nullable, codes) in CHECKS {
            let check = name(table, column);
            match db.get_database_backend() {
                DbBackend::Sqlite => {
                    let ok = allowed(column, nullable, codes, "NEW.");
                    for (event, when) in [("INSERT", "INSERT"), ("UPDATE", "UPDATE OF")] {
                        let on = if event == "INSERT" {
                            format!("{when} ON {table}")
                        } else {
                            format!("{when} {column} ON {table}")
                        };
                        db.execute_unprepared(&format!(
                            "CREATE TRIGGER {check}_{ev} BEFORE {on} FOR EACH ROW WHEN NOT {ok} \
                             BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: {check}'); END",
                            ev = event.to_lowercase(),
                        ))
                        .await?;
                    }
                }
                _ => {
                    db.execute_unprepared(&format!(
                        "ALTER TABLE {table} ADD CONSTRAINT {check} CHECK ({})",
                        allowed(column, nullable, codes, "")
                    ))
                    .await?;
                }
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for &(table, column, _, _) in CHECKS {
            let check = name(table, column);
            match db.get_database_backend() {
                DbBackend::Sqlite => {
                    for ev in ["insert", "update"] {
                        db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS {check}_{ev}"))
                            .await?;
                    }
                }
                _ => {
                    db.execute_unprepared(&format!(
                        "ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {check}"
                    ))
                    .await?;
                }
            }
        }
        Ok(())
    }
}
