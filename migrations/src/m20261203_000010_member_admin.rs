//! An organisation manages its own members: invitations and password resets by single-use
//! links.
//!
//! - `members.awaiting_password`: the member was invited, or an admin reset their password, and
//!   they have not chosen one yet through their link. Such a member cannot sign in.
//! - `member_links`: at most one link per member. `token_hash` is the SHA-256 of the token in
//!   the link; it is `NULL` until the e-mail carrying the link is sent (the token is drawn
//!   then, and never stored). The row is deleted when the link is used.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("members")
                    .add_column(
                        ColumnDef::new("awaiting_password")
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("member_links")
                    .col(uuid("member_id").primary_key())
                    .col(
                        string_len("purpose", 20)
                            .check(Expr::col("purpose").is_in(["invitation", "password_reset"])),
                    )
                    .col(blob_null("token_hash"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_member_links_member_id")
                            .from("member_links", "member_id")
                            .to("members", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_member_links_token_hash")
                    .table("member_links")
                    .col("token_hash")
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("member_links").to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("members")
                    .drop_column("awaiting_password")
                    .to_owned(),
            )
            .await
    }
}
