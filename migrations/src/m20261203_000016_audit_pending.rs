//! Reporter entries waiting for the day's batch. A reporter's action is not appended to the
//! audit chain when it happens: its place in the chain, between staff entries that carry exact
//! times, would give its time of day. It waits here, keyed by a random id (no insertion order)
//! and dated to the day, until the first batch after the day ends appends the whole day's
//! entries to the chain in random order.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("audit_pending")
                    .col(uuid("id").primary_key())
                    .col(date("day"))
                    .col(uuid_null("org_id"))
                    .col(string_len("action", 64))
                    .col(string_len_null("subject_kind", 32))
                    .col(uuid_null("subject_id"))
                    .col(text("details"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("audit_pending_subject")
                    .table("audit_pending")
                    .col("subject_id")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("audit_pending").to_owned())
            .await
    }
}
