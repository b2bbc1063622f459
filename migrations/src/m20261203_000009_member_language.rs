//! A member's language, remembered when they pick one on a staff page, so that the e-mails
//! they get are in it too. `NULL`: the service's default language.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("members")
                    .add_column(ColumnDef::new("language").string_len(35).null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("members")
                    .drop_column("language")
                    .to_owned(),
            )
            .await
    }
}
