//! Report forms that were already sent: a reload of the receipt page must not file the report
//! a second time. Holds a keyed hash (HMAC) of the form's random id and the day, nothing else; rows
//! are swept once the form could no longer be sent anyway.

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
                    .table("spent_forms")
                    .col(string_len("hash", 64).primary_key())
                    .col(date("spent_on"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("spent_forms").to_owned())
            .await
    }
}
