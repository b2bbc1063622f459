//! The whole data model of the design: organisations and their keys, members, sessions, the
//! supplier directory and routing, cases and their sealed contents, sharing, escalation, the
//! hash-chained audit log and the notification outbox.
//!
//! Clear columns hold only what routing, deadlines and aggregates need. Everything a person
//! wrote is a `*sealed*` blob (an age file). Reporter-originated rows carry dates, never
//! times, and no table has a column for an address, a user agent or a receipt.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Tables in creation order; dropped in reverse.
const TABLES: &[&str] = &[
    "instance",
    "organisations",
    "members",
    "org_grants",
    "suppliers",
    "contracts",
    "routing_rules",
    "cases",
    "sessions",
    "case_contents",
    "case_indicators",
    "messages",
    "notes",
    "attachments",
    "case_shares",
    "recusals",
    "remediation_actions",
    "escalations",
    "escalation_evidence",
    "escalation_responses",
    "audit_log",
    "audit_head",
    "outbox",
];

fn fk(from: &str, column: &str, to: &str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{from}_{column}"))
        .from(from.to_string(), column.to_string())
        .to(to.to_string(), "id")
        .on_delete(ForeignKeyAction::Restrict)
        .to_owned()
}

fn fk_cascade(from: &str, column: &str, to: &str) -> ForeignKeyCreateStatement {
    let mut key = fk(from, column, to);
    key.on_delete(ForeignKeyAction::Cascade);
    key
}

fn index(table: &str, columns: &[&str]) -> IndexCreateStatement {
    let mut statement = Index::create();
    statement
        .name(format!("ix_{table}_{}", columns.join("_")))
        .table(table.to_string());
    for column in columns {
        statement.col(String::from(*column));
    }
    statement.to_owned()
}

fn unique_index(table: &str, columns: &[&str]) -> IndexCreateStatement {
    let mut statement = index(table, columns);
    statement
        .name(format!("ux_{table}_{}", columns.join("_")))
        .unique();
    statement
}

#[allow(
    clippy::too_many_lines,
    reason = "the initial schema, one table after another"
)]
fn tables() -> Vec<TableCreateStatement> {
    vec![
        // Settings of the instance itself, e.g. the fingerprint of the receipt pepper.
        Table::create()
            .table("instance")
            .col(string("key").primary_key())
            .col(text("value"))
            .to_owned(),
        Table::create()
            .table("organisations")
            .col(uuid("id").primary_key())
            .col(text_uniq("name"))
            .col(string("kind"))
            .col(text("recipient"))
            .col(integer("acknowledge_days").default(7))
            .col(integer("feedback_months").default(3))
            .col(integer("retention_months").default(24))
            .col(integer("suppression_k").default(5))
            .col(timestamp_with_time_zone("created_at"))
            .to_owned(),
        Table::create()
            .table("members")
            .col(uuid("id").primary_key())
            .col(uuid("org_id"))
            .col(text_uniq("email"))
            .col(string("role"))
            .col(text("password_hash"))
            .col(blob("key_salt"))
            .col(text("recipient"))
            .col(blob("sealed_identity"))
            .col(blob_null("totp_sealed"))
            .col(boolean("pending"))
            .col(boolean("disabled").default(false))
            .col(timestamp_with_time_zone("password_changed_at"))
            .col(timestamp_with_time_zone("created_at"))
            .foreign_key(&mut fk("members", "org_id", "organisations"))
            .to_owned(),
        // The organisation identity, sealed once per confirmed member and once to the offline
        // recovery recipient (member_id NULL, kind 'recovery').
        Table::create()
            .table("org_grants")
            .col(uuid("id").primary_key())
            .col(uuid("org_id"))
            .col(uuid_null("member_id"))
            .col(string("kind"))
            .col(blob("sealed_identity"))
            .col(uuid_null("granted_by"))
            .col(timestamp_with_time_zone("created_at"))
            .foreign_key(&mut fk("org_grants", "org_id", "organisations"))
            .foreign_key(&mut fk_cascade("org_grants", "member_id", "members"))
            .to_owned(),
        Table::create()
            .table("suppliers")
            .col(uuid("id").primary_key())
            .col(text("name"))
            .col(string_len("country", 2))
            .col(text_null("city"))
            .col(string_null("sector"))
            .col(text_null("identifiers"))
            .col(string_uniq("site_code"))
            .col(timestamp_with_time_zone("created_at"))
            .to_owned(),
        Table::create()
            .table("contracts")
            .col(uuid("id").primary_key())
            .col(uuid("org_id"))
            .col(uuid("supplier_id"))
            .col(text_null("reference"))
            .col(boolean("active").default(true))
            .col(date("started_on"))
            .col(date_null("ended_on"))
            .col(timestamp_with_time_zone("created_at"))
            .foreign_key(&mut fk("contracts", "org_id", "organisations"))
            .foreign_key(&mut fk("contracts", "supplier_id", "suppliers"))
            .to_owned(),
        Table::create()
            .table("routing_rules")
            .col(uuid("id").primary_key())
            .col(uuid("org_id"))
            .col(uuid_null("supplier_id"))
            .col(string_len_null("country", 2))
            .col(string_null("sector"))
            .col(integer("position"))
            .col(timestamp_with_time_zone("created_at"))
            .foreign_key(&mut fk("routing_rules", "org_id", "organisations"))
            .foreign_key(&mut fk_cascade("routing_rules", "supplier_id", "suppliers"))
            .to_owned(),
        Table::create()
            .table("cases")
            .col(uuid("id").primary_key())
            .col(string_uniq("reference"))
            .col(uuid("owner_org_id"))
            .col(uuid_null("supplier_id"))
            .col(string_len("country", 2))
            .col(string_null("sector"))
            .col(string("language"))
            .col(string("state"))
            .col(string_null("resolution"))
            .col(string("priority"))
            .col(string("assessed_priority"))
            .col(string_null("retaliation_risk"))
            .col(blob_uniq("receipt_lookup"))
            .col(text("reporter_recipient"))
            .col(date("received_on"))
            .col(date("acknowledge_by"))
            .col(date_null("acknowledged_on"))
            .col(date_null("feedback_by"))
            .col(date_null("closed_on"))
            .col(uuid_null("assignee_id"))
            .col(uuid_null("duplicate_of"))
            .col(date_null("purged_on"))
            .foreign_key(&mut fk("cases", "owner_org_id", "organisations"))
            .foreign_key(&mut fk("cases", "supplier_id", "suppliers"))
            .foreign_key(&mut fk("cases", "assignee_id", "members"))
            .to_owned(),
        // Keyed by SHA-256 of the cookie token; `sealed` holds the identities the session may
        // use, sealed to an identity derived from the token, which only the browser holds.
        Table::create()
            .table("sessions")
            .col(blob("token_hash").primary_key())
            .col(string("kind"))
            .col(uuid_null("member_id"))
            .col(uuid_null("case_id"))
            .col(blob("sealed"))
            .col(boolean("second_factor_done").default(false))
            .col(timestamp_with_time_zone("created_at"))
            .col(timestamp_with_time_zone("last_seen_at"))
            .col(timestamp_with_time_zone("expires_at"))
            .foreign_key(&mut fk_cascade("sessions", "member_id", "members"))
            .foreign_key(&mut fk_cascade("sessions", "case_id", "cases"))
            .to_owned(),
        Table::create()
            .table("case_contents")
            .col(uuid("case_id").primary_key())
            .col(blob("sealed"))
            .foreign_key(&mut fk_cascade("case_contents", "case_id", "cases"))
            .to_owned(),
        Table::create()
            .table("case_indicators")
            .col(uuid("case_id"))
            .col(string("indicator"))
            .primary_key(Index::create().col("case_id").col("indicator"))
            .foreign_key(&mut fk_cascade("case_indicators", "case_id", "cases"))
            .to_owned(),
        Table::create()
            .table("messages")
            .col(uuid("id").primary_key())
            .col(uuid("case_id"))
            .col(integer("position"))
            .col(string("author"))
            .col(uuid_null("author_member_id"))
            .col(blob("sealed"))
            .col(date("sent_on"))
            .foreign_key(&mut fk_cascade("messages", "case_id", "cases"))
            .to_owned(),
        Table::create()
            .table("notes")
            .col(uuid("id").primary_key())
            .col(uuid("case_id"))
            .col(uuid("org_id"))
            .col(uuid("author_member_id"))
            .col(blob("sealed"))
            .col(timestamp_with_time_zone("created_at"))
            .foreign_key(&mut fk_cascade("notes", "case_id", "cases"))
            .foreign_key(&mut fk("notes", "org_id", "organisations"))
            .to_owned(),
        // Bytes live in the blob store as age files; the row holds the sealed name and type,
        // the plaintext size and the SHA-256 of the ciphertext that binds it to the audit chain.
        Table::create()
            .table("attachments")
            .col(uuid("id").primary_key())
            .col(uuid("case_id"))
            .col(string("uploader"))
            .col(text_uniq("blob_key"))
            .col(big_integer("size"))
            .col(boolean("metadata_removed"))
            .col(blob("sealed_meta"))
            .col(string("ciphertext_sha256"))
            .col(date("added_on"))
            .foreign_key(&mut fk_cascade("attachments", "case_id", "cases"))
            .to_owned(),
        Table::create()
            .table("case_shares")
            .col(uuid("id").primary_key())
            .col(uuid("case_id"))
            .col(uuid("org_id"))
            .col(uuid_null("shared_by"))
            .col(timestamp_with_time_zone("created_at"))
            .col(timestamp_with_time_zone_null("revoked_at"))
            .foreign_key(&mut fk_cascade("case_shares", "case_id", "cases"))
            .foreign_key(&mut fk("case_shares", "org_id", "organisations"))
            .to_owned(),
        Table::create()
            .table("recusals")
            .col(uuid("case_id"))
            .col(uuid("member_id"))
            .col(timestamp_with_time_zone("created_at"))
            .primary_key(Index::create().col("case_id").col("member_id"))
            .foreign_key(&mut fk_cascade("recusals", "case_id", "cases"))
            .foreign_key(&mut fk_cascade("recusals", "member_id", "members"))
            .to_owned(),
        Table::create()
            .table("remediation_actions")
            .col(uuid("id").primary_key())
            .col(uuid("case_id"))
            .col(blob("sealed"))
            .col(date_null("due_on"))
            .col(date_null("done_on"))
            .col(timestamp_with_time_zone("created_at"))
            .foreign_key(&mut fk_cascade("remediation_actions", "case_id", "cases"))
            .to_owned(),
        Table::create()
            .table("escalations")
            .col(uuid("id").primary_key())
            .col(uuid("case_id"))
            .col(uuid("from_org_id"))
            .col(uuid("authority_org_id"))
            .col(uuid("created_by"))
            .col(blob("sealed_summary"))
            .col(string("consent"))
            .col(blob_null("sealed_legal_reason"))
            .col(string("chain_head"))
            .col(string("status"))
            .col(timestamp_with_time_zone("created_at"))
            .foreign_key(&mut fk("escalations", "case_id", "cases"))
            .foreign_key(&mut fk("escalations", "from_org_id", "organisations"))
            .foreign_key(&mut fk("escalations", "authority_org_id", "organisations"))
            .to_owned(),
        // Evidence re-encrypted to the authority, with the SHA-256 of the plaintext file.
        Table::create()
            .table("escalation_evidence")
            .col(uuid("id").primary_key())
            .col(uuid("escalation_id"))
            .col(uuid("attachment_id"))
            .col(text("blob_key"))
            .col(blob("sealed_meta"))
            .col(string("sha256"))
            .col(big_integer("size"))
            .foreign_key(&mut fk_cascade(
                "escalation_evidence",
                "escalation_id",
                "escalations",
            ))
            .to_owned(),
        Table::create()
            .table("escalation_responses")
            .col(uuid("id").primary_key())
            .col(uuid("escalation_id"))
            .col(uuid("author_member_id"))
            .col(string("status"))
            .col(blob("sealed_body"))
            .col(timestamp_with_time_zone("created_at"))
            .foreign_key(&mut fk_cascade(
                "escalation_responses",
                "escalation_id",
                "escalations",
            ))
            .to_owned(),
        // Append-only and hash-chained: hash = SHA-256(prev_hash || canonical entry). Holds
        // ids, codes and hashes, never content, never an address.
        Table::create()
            .table("audit_log")
            .col(big_integer("seq").primary_key())
            .col(timestamp_with_time_zone("at"))
            .col(string("actor_kind"))
            .col(uuid_null("actor_id"))
            .col(uuid_null("org_id"))
            .col(string("action"))
            .col(string_null("subject_kind"))
            .col(uuid_null("subject_id"))
            .col(text("details"))
            .col(string_len("prev_hash", 64))
            .col(string_len("hash", 64))
            .to_owned(),
        // One row: the chain's head. Appenders lock it, so replicas extend one chain.
        Table::create()
            .table("audit_head")
            .col(integer("id").primary_key())
            .col(big_integer("seq"))
            .col(string_len("hash", 64))
            .to_owned(),
        // Notifications carry ids and kinds only; the worker renders content-free mail.
        Table::create()
            .table("outbox")
            .col(uuid("id").primary_key())
            .col(string("kind"))
            .col(uuid_null("member_id"))
            .col(uuid_null("case_id"))
            .col(text("payload"))
            .col(integer("attempts").default(0))
            .col(timestamp_with_time_zone("created_at"))
            .col(timestamp_with_time_zone("next_attempt_at"))
            .col(timestamp_with_time_zone_null("sent_at"))
            .col(text_null("last_error"))
            .foreign_key(&mut fk_cascade("outbox", "member_id", "members"))
            .to_owned(),
    ]
}

fn indexes() -> Vec<IndexCreateStatement> {
    vec![
        index("members", &["org_id"]),
        unique_index("org_grants", &["org_id", "member_id"]),
        index("suppliers", &["country"]),
        index("suppliers", &["name"]),
        index("contracts", &["supplier_id", "active"]),
        index("contracts", &["org_id"]),
        index("routing_rules", &["position"]),
        // The staff case list filters on these.
        index("cases", &["owner_org_id", "state"]),
        index("cases", &["priority"]),
        index("cases", &["supplier_id"]),
        index("cases", &["assignee_id"]),
        index("cases", &["acknowledge_by"]),
        index("cases", &["feedback_by"]),
        index("cases", &["received_on"]),
        index("case_indicators", &["indicator"]),
        index("sessions", &["member_id"]),
        index("sessions", &["expires_at"]),
        unique_index("messages", &["case_id", "position"]),
        index("notes", &["case_id"]),
        index("attachments", &["case_id"]),
        unique_index("case_shares", &["case_id", "org_id"]),
        index("case_shares", &["org_id"]),
        index("remediation_actions", &["case_id"]),
        index("escalations", &["authority_org_id"]),
        index("escalations", &["case_id"]),
        index("escalation_evidence", &["escalation_id"]),
        index("escalation_responses", &["escalation_id"]),
        index("audit_log", &["subject_id"]),
        index("outbox", &["sent_at", "next_attempt_at"]),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in tables() {
            manager.create_table(table).await?;
        }
        for index in indexes() {
            manager.create_index(index).await?;
        }
        // The chain starts from a head of 64 zeros at sequence 0.
        let genesis = Query::insert()
            .into_table("audit_head")
            .columns(["id", "seq", "hash"])
            .values_panic([1.into(), 0i64.into(), "0".repeat(64).into()])
            .to_owned();
        manager.exec_stmt(genesis).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in TABLES.iter().rev() {
            manager
                .drop_table(
                    Table::drop()
                        .table(String::from(*table))
                        .if_exists()
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_created_table_is_dropped() {
        let mut created: Vec<String> = tables()
            .iter()
            .map(|t| {
                // The statement's SQL names the table right after CREATE TABLE.
                let sql = t.to_string(SqliteQueryBuilder);
                sql.split('"').nth(1).unwrap_or_default().to_string()
            })
            .collect();
        let mut dropped: Vec<String> = TABLES.iter().map(|t| String::from(*t)).collect();
        created.sort();
        dropped.sort();
        assert_eq!(created, dropped);
    }
}
