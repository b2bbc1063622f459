//! The case list's order in the database, so that a page of it is an index range rather than
//! every case sorted in memory.
//!
//! Two generated columns, kept by the database itself whatever writes the row:
//! - `urgency`: 0 for critical, 1 high, 2 medium, 3 low;
//! - `due_on`: the deadline that matters now (the acknowledgement while `received`, the
//!   feedback once acknowledged, none once closed, written as 9999-12-31). A case is overdue
//!   exactly when `due_on` is before today, so ordering by it puts overdue cases first.
//!
//! The list is ordered by (urgency, due_on, received_on, id), one index per way it is entered:
//! by owner, and by owner with a state, an assignee or a supplier.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

const URGENCY: &str = "CASE priority WHEN 'critical' THEN 0 WHEN 'high' THEN 1 \
                       WHEN 'medium' THEN 2 ELSE 3 END";

/// (index name, leading columns)
const INDEXES: &[(&str, &str)] = &[
    ("cases_queue", "owner_org_id"),
    ("cases_queue_state", "owner_org_id, state"),
    ("cases_queue_assignee", "owner_org_id, assignee_id"),
    ("cases_queue_supplier", "owner_org_id, supplier_id"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let (due, kind) = match db.get_database_backend() {
            // SQLite keeps dates as ISO text and adds only virtual generated columns to a
            // table that exists; an index on them stores their values.
            DbBackend::Sqlite => (
                "CASE WHEN state = 'received' THEN acknowledge_by \
                 WHEN state = 'closed' THEN '9999-12-31' \
                 ELSE COALESCE(feedback_by, '9999-12-31') END",
                "VIRTUAL",
            ),
            _ => (
                "CASE WHEN state = 'received' THEN acknowledge_by \
                 WHEN state = 'closed' THEN DATE '9999-12-31' \
                 ELSE COALESCE(feedback_by, DATE '9999-12-31') END",
                "STORED",
            ),
        };
        let date_type = match db.get_database_backend() {
            DbBackend::Sqlite => "TEXT",
            _ => "DATE",
        };
        db.execute_unprepared(&format!(
            "ALTER TABLE cases ADD COLUMN urgency INTEGER GENERATED ALWAYS AS ({URGENCY}) {kind}"
        ))
        .await?;
        db.execute_unprepared(&format!(
            "ALTER TABLE cases ADD COLUMN due_on {date_type} GENERATED ALWAYS AS ({due}) {kind}"
        ))
        .await?;
        for (name, leading) in INDEXES {
            db.execute_unprepared(&format!(
                "CREATE INDEX {name} ON cases ({leading}, urgency, due_on, received_on, id)"
            ))
            .await?;
        }
        // Shares and recusals are looked up per case and per organisation or member.
        db.execute_unprepared("CREATE INDEX recusals_member ON recusals (member_id, case_id)")
            .await?;
        db.execute_unprepared(
            "CREATE INDEX case_indicators_indicator ON case_indicators (indicator, case_id)",
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for name in ["recusals_member", "case_indicators_indicator"]
            .into_iter()
            .chain(INDEXES.iter().map(|(name, _)| *name))
        {
            db.execute_unprepared(&format!("DROP INDEX {name}")).await?;
        }
        db.execute_unprepared("ALTER TABLE cases DROP COLUMN due_on")
            .await?;
        db.execute_unprepared("ALTER TABLE cases DROP COLUMN urgency")
            .await?;
        Ok(())
    }
}
