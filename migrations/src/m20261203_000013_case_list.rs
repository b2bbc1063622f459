//! The case list filtered to cases nobody is assigned to, as one index range in the list's
//! order. `assignee_id IS NULL` is no equality to PostgreSQL: on the index by owner and
//! assignee it does not give the list's order, so PostgreSQL would either sort every
//! unassigned case or read the whole list in order looking for them (slow when the most urgent
//! cases are all assigned, as they usually are). A partial index of the unassigned cases in the
//! list's order answers it on both databases.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::ConnectionTrait;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE INDEX cases_queue_unassigned ON cases \
                 (owner_org_id, urgency, due_on, received_on, id) WHERE assignee_id IS NULL",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("DROP INDEX cases_queue_unassigned")
            .await?;
        Ok(())
    }
}
