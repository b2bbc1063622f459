//! Organisation settings an admin changes from the web: the organisation's time zone (staff
//! pages show times in it) and an address for alerts. And the count of reports refused because
//! no organisation could receive them: one row per day with a number, never a time, so that
//! an alert sent the next day cannot be matched to the moment a reporter was turned away.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters no more.
        manager
            .alter_table(
                Table::alter()
                    .table("organisations")
                    .add_column(
                        ColumnDef::new("time_zone")
                            .string_len(64)
                            .not_null()
                            .default("UTC"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("organisations")
                    .add_column(ColumnDef::new("alert_email").string_len(254).null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("refused_reports")
                    .col(date("day").primary_key())
                    .col(integer("count").default(0))
                    .col(boolean("alerted").default(false))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("refused_reports").to_owned())
            .await?;
        for column in ["alert_email", "time_zone"] {
            manager
                .alter_table(
                    Table::alter()
                        .table("organisations")
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
