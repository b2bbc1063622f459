//! Sign-in budgets shared by every replica, and the staff session's step-up time.
//!
//! `sign_in_budgets` holds one row per budget: a staff account (keyed by an HMAC of its e-mail
//! address, so unknown addresses have budgets too and the table names nobody), every staff
//! sign-in together, and the receipt-guessing population's count for the day. The receipt row's
//! `window_start` is always a midnight and its `blocked_until` always empty: a reporter's
//! failed sign-in leaves no time of day here. No address, user agent or receipt is stored.
//!
//! `sessions.stepped_up_at` is when the member last entered a TOTP code (at sign-in or by
//! stepping up); escalating, exporting, transferring and resetting members need it recent.

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
                    .table("sign_in_budgets")
                    .col(string_len("key", 80).primary_key())
                    .col(timestamp_with_time_zone("window_start"))
                    .col(integer("failures"))
                    .col(timestamp_with_time_zone_null("blocked_until"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("sessions")
                    .add_column(
                        ColumnDef::new("stepped_up_at")
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("sessions")
                    .drop_column("stepped_up_at")
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table("sign_in_budgets").to_owned())
            .await
    }
}
