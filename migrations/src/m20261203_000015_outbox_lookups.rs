//! The outbox looked up by kind: the daily digest's statement asks, per member, whether the
//! member already has today's notice of a kind (`kind`, `created_at`, `member_id`), and a case's
//! notices are found by case and kind (`case_id`, `kind`). Without these, each question reads the
//! whole outbox, which grows by a row per notice for as long as sent rows are kept.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const BY_KIND_DAY_MEMBER: &str = "outbox_kind_day_member";
const BY_CASE_KIND: &str = "outbox_case_kind";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name(BY_KIND_DAY_MEMBER)
                    .table("outbox")
                    .col("kind")
                    .col("created_at")
                    .col("member_id")
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name(BY_CASE_KIND)
                    .table("outbox")
                    .col("case_id")
                    .col("kind")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for name in [BY_CASE_KIND, BY_KIND_DAY_MEMBER] {
            manager
                .drop_index(Index::drop().name(name).table("outbox").to_owned())
                .await?;
        }
        Ok(())
    }
}
