//! Finding a workplace whatever the spelling: each supplier gets its other names (the names
//! workers know it by: an older name, a brand, the name in another script) and a search key,
//! the folded form of its name, city and other names that the report form's search matches
//! with `LIKE`, so a search never loads the directory into memory.
//!
//! The key of each existing supplier is filled here. The fold below is a copy of the service's
//! `domain::search::fold` as it was when this migration was made (migrations never import the
//! service); the service writes the key itself for every supplier it adds after this.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, Statement};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// `domain::search::fold` as of this migration.
fn fold(text: &str) -> String {
    let latin = deunicode::deunicode_with_tofu(text, " ");
    let mut folded = String::with_capacity(latin.len());
    let mut gap = false;
    for c in latin.chars() {
        if c.is_ascii_alphanumeric() {
            if gap && !folded.is_empty() {
                folded.push(' ');
            }
            gap = false;
            folded.push(c.to_ascii_lowercase());
        } else if c != '\'' {
            gap = true;
        }
    }
    folded
}

/// `domain::search::search_key` as of this migration, for a supplier without other names.
fn search_key(name: &str, city: Option<&str>) -> String {
    std::iter::once(name)
        .chain(city)
        .map(fold)
        .filter(|f| !f.is_empty())
        .collect::<Vec<_>>()
        .join("|")
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite allows no more.
        manager
            .alter_table(
                Table::alter()
                    .table("suppliers")
                    .add_column(ColumnDef::new("other_names").text().null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("suppliers")
                    .add_column(ColumnDef::new("search_key").text().not_null().default(""))
                    .to_owned(),
            )
            .await?;

        let db = manager.get_connection();
        let backend = db.get_database_backend();
        let rows = db
            .query_all_raw(Statement::from_string(
                backend,
                "SELECT site_code, name, city FROM suppliers",
            ))
            .await?;
        for row in rows {
            // The site code is unique and a plain string on both databases: a safe handle.
            let site_code: String = row.try_get("", "site_code")?;
            let name: String = row.try_get("", "name")?;
            let city: Option<String> = row.try_get("", "city")?;
            let update = Query::update()
                .table("suppliers")
                .value("search_key", search_key(&name, city.as_deref()))
                .and_where(Expr::col("site_code").eq(site_code))
                .to_owned();
            db.execute(&update).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in ["search_key", "other_names"] {
            manager
                .alter_table(
                    Table::alter()
                        .table("suppliers")
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
