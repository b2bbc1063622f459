//! The report's language leaves its clear column: at a site with one worker who speaks a
//! given language, the language alone identifies them. It is sealed with the report instead.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("cases")
                    .drop_column("language")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("cases")
                    .add_column(ColumnDef::new("language").string().not_null().default("en"))
                    .to_owned(),
            )
            .await
    }
}
