//! The CLI contract of the design, run as the real binary against SQLite and PostgreSQL.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use crate::helpers::{TestDatabase, each_database};
use kedja::store::entities::{members, org_grants, organisations};
use sea_orm::{ColumnTrait, ConnectionTrait, Database, EntityTrait, QueryFilter};

fn kedja(db: &TestDatabase, data_dir: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kedja"))
        .args(args)
        .env_clear()
        .env("KEDJA_DATA_DIR", data_dir)
        .env("KEDJA_DATABASE_URL", &db.url)
        .env("KEDJA_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the kedja binary runs");
    // A command refused by argument parsing exits without reading stdin: a broken pipe here is
    // expected then, and the exit status says the rest.
    if let Err(err) = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
    {
        assert_eq!(err.kind(), std::io::ErrorKind::BrokenPipe, "{err}");
    }
    child.wait_with_output().expect("kedja finishes")
}

fn lines(output: &Output) -> Vec<String> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

const PASSWORD: &str = "a long admin passphrase\n";

#[tokio::test]
async fn an_operator_creates_an_organisation_a_member_and_a_supplier() {
    each_database(|db, data| async move {
        let org = kedja(
            &db,
            &data,
            &[
                "org",
                "create",
                "--name",
                "Region Nord",
                "--kind",
                "buyer",
                "--admin-email",
                "Admin@Region.example",
                "--password-stdin",
                "--with-totp",
            ],
            PASSWORD,
        );
        assert!(org.status.success(), "{}", stderr(&org));
        let out = lines(&org);
        assert_eq!(out.len(), 4, "{out:?}");
        let org_id = uuid::Uuid::parse_str(&out[0]).expect("org id");
        uuid::Uuid::parse_str(&out[1]).expect("admin id");
        assert!(
            out[2].starts_with("AGE-SECRET-KEY-1"),
            "the recovery key is printed once"
        );
        assert!(out[3].starts_with("otpauth://totp/"), "{}", out[3]);

        let member = kedja(
            &db,
            &data,
            &[
                "user",
                "create",
                "--org",
                &out[0],
                "--email",
                "handler@region.example",
                "--role",
                "handler",
                "--password-stdin",
            ],
            "another long passphrase\n",
        );
        assert!(member.status.success(), "{}", stderr(&member));
        let member_id = uuid::Uuid::parse_str(&lines(&member)[0]).expect("member id");

        let supplier = kedja(
            &db,
            &data,
            &[
                "supplier",
                "add",
                "--org",
                &out[0],
                "--name",
                "Nordic Berries AB",
                "--country",
                "se",
                "--city",
                "Umeå",
                "--sector",
                "agriculture",
                "--contract",
                "RN-2026-17",
            ],
            "",
        );
        assert!(supplier.status.success(), "{}", stderr(&supplier));
        let supplier_id = lines(&supplier)[0].clone();
        uuid::Uuid::parse_str(&supplier_id).expect("supplier id");
        assert!(stderr(&supplier).contains("site code"));

        let other = kedja(
            &db,
            &data,
            &[
                "org",
                "create",
                "--name",
                "Kommun Syd",
                "--kind",
                "buyer",
                "--admin-email",
                "admin@syd.example",
                "--password-stdin",
            ],
            PASSWORD,
        );
        assert!(other.status.success(), "{}", stderr(&other));
        let other_id = lines(&other)[0].clone();
        let link = kedja(
            &db,
            &data,
            &[
                "supplier",
                "link",
                "--org",
                &other_id,
                "--supplier",
                &supplier_id,
            ],
            "",
        );
        assert!(link.status.success(), "{}", stderr(&link));
        let again = kedja(
            &db,
            &data,
            &[
                "supplier",
                "link",
                "--org",
                &other_id,
                "--supplier",
                &supplier_id,
            ],
            "",
        );
        assert_eq!(
            again.status.code(),
            Some(2),
            "a second active contract is refused"
        );

        // What was stored: the member is pending, nothing secret is in clear.
        let conn = Database::connect(&db.url).await.unwrap();
        let member = members::Entity::find_by_id(member_id)
            .one(&conn)
            .await
            .unwrap()
            .expect("the member exists");
        assert!(member.pending, "new members wait for an admin");
        assert!(member.password_hash.starts_with("$argon2id$"));
        assert!(!String::from_utf8_lossy(&member.sealed_identity).contains("AGE-SECRET-KEY"));
        let grants = org_grants::Entity::find()
            .filter(org_grants::Column::OrgId.eq(org_id))
            .all(&conn)
            .await
            .unwrap();
        assert_eq!(grants.len(), 2, "the admin's grant and the recovery grant");
        assert!(
            grants
                .iter()
                .any(|g| g.kind == "recovery" && g.member_id.is_none())
        );
        let org = organisations::Entity::find_by_id(org_id)
            .one(&conn)
            .await
            .unwrap()
            .unwrap();
        assert!(
            org.recipient.starts_with("age1"),
            "only the public key is in clear"
        );
        conn.close().await.ok();

        let verify = kedja(&db, &data, &["audit", "verify"], "");
        assert!(verify.status.success(), "{}", stderr(&verify));
        assert_eq!(lines(&verify)[0].len(), 64, "prints the head hash");
    })
    .await;
}

#[tokio::test]
async fn bad_arguments_get_clear_errors_and_write_nothing() {
    each_database(|db, data| async move {
        let cases: Vec<(Vec<&str>, &str, &str)> = vec![
            (
                vec![
                    "org",
                    "create",
                    "--name",
                    "X",
                    "--kind",
                    "shop",
                    "--admin-email",
                    "a@b.example",
                    "--password-stdin",
                ],
                PASSWORD,
                "shop",
            ),
            (
                vec![
                    "org",
                    "create",
                    "--name",
                    "X",
                    "--kind",
                    "buyer",
                    "--admin-email",
                    "not-an-email",
                    "--password-stdin",
                ],
                PASSWORD,
                "email",
            ),
            (
                vec![
                    "org",
                    "create",
                    "--name",
                    "X",
                    "--kind",
                    "buyer",
                    "--admin-email",
                    "a@b.example",
                    "--password-stdin",
                ],
                "short\n",
                "password",
            ),
            (
                vec![
                    "org",
                    "create",
                    "--name",
                    "  ",
                    "--kind",
                    "buyer",
                    "--admin-email",
                    "a@b.example",
                    "--password-stdin",
                ],
                PASSWORD,
                "name",
            ),
            (
                vec![
                    "user",
                    "create",
                    "--org",
                    "not-a-uuid",
                    "--email",
                    "a@b.example",
                    "--role",
                    "handler",
                    "--password-stdin",
                ],
                PASSWORD,
                "org",
            ),
            (
                vec![
                    "user",
                    "create",
                    "--org",
                    "00000000-0000-4000-8000-000000000000",
                    "--email",
                    "a@b.example",
                    "--role",
                    "handler",
                    "--password-stdin",
                ],
                PASSWORD,
                "organisation not found",
            ),
            (
                vec![
                    "supplier",
                    "add",
                    "--org",
                    "00000000-0000-4000-8000-000000000000",
                    "--name",
                    "S",
                    "--country",
                    "XX",
                ],
                "",
                "country",
            ),
        ];
        for (args, stdin, expected) in cases {
            let output = kedja(&db, &data, &args, stdin);
            assert_eq!(
                output.status.code(),
                Some(2),
                "{args:?}: {}",
                stderr(&output)
            );
            assert!(
                stderr(&output).contains(expected),
                "{args:?}: {}",
                stderr(&output)
            );
            assert!(!stderr(&output).contains("a long admin passphrase"));
        }
        // Nothing was written by any of them.
        let conn = Database::connect(&db.url).await.unwrap();
        for table in [
            "organisations",
            "members",
            "org_grants",
            "suppliers",
            "audit_log",
        ] {
            let row = conn
                .query_one_raw(sea_orm::Statement::from_string(
                    conn.get_database_backend(),
                    format!("SELECT COUNT(*) AS n FROM {table}"),
                ))
                .await
                .unwrap()
                .unwrap();
            assert_eq!(row.try_get::<i64>("", "n").unwrap(), 0, "{table}");
        }
        conn.close().await.ok();
    })
    .await;
}

#[tokio::test]
async fn roles_must_fit_the_organisation_and_emails_are_unique() {
    each_database(|db, data| async move {
        let authority = kedja(
            &db,
            &data,
            &[
                "org",
                "create",
                "--name",
                "Labour Inspectorate",
                "--kind",
                "authority",
                "--admin-email",
                "admin@inspect.example",
                "--password-stdin",
            ],
            PASSWORD,
        );
        assert!(authority.status.success(), "{}", stderr(&authority));
        let org_id = lines(&authority)[0].clone();
        let handler = kedja(
            &db,
            &data,
            &[
                "user",
                "create",
                "--org",
                &org_id,
                "--email",
                "h@inspect.example",
                "--role",
                "handler",
                "--password-stdin",
            ],
            PASSWORD,
        );
        assert_eq!(handler.status.code(), Some(2));
        assert!(stderr(&handler).contains("role"), "{}", stderr(&handler));
        let duplicate = kedja(
            &db,
            &data,
            &[
                "user",
                "create",
                "--org",
                &org_id,
                "--email",
                "ADMIN@inspect.example",
                "--role",
                "authority",
                "--password-stdin",
            ],
            PASSWORD,
        );
        assert_eq!(duplicate.status.code(), Some(2));
        assert!(
            stderr(&duplicate).contains("already"),
            "{}",
            stderr(&duplicate)
        );
        let supplier = kedja(
            &db,
            &data,
            &[
                "supplier",
                "add",
                "--org",
                &org_id,
                "--name",
                "S",
                "--country",
                "SE",
            ],
            "",
        );
        assert_eq!(supplier.status.code(), Some(2), "authorities do not buy");
    })
    .await;
}

#[tokio::test]
async fn tampering_with_one_audit_entry_breaks_verification() {
    each_database(|db, data| async move {
        for name in ["One", "Two", "Three"] {
            let out = kedja(
                &db,
                &data,
                &[
                    "org",
                    "create",
                    "--name",
                    name,
                    "--kind",
                    "buyer",
                    "--admin-email",
                    &format!("{name}@x.example"),
                    "--password-stdin",
                ],
                PASSWORD,
            );
            assert!(out.status.success(), "{}", stderr(&out));
        }
        let verify = kedja(&db, &data, &["audit", "verify"], "");
        assert!(verify.status.success(), "{}", stderr(&verify));
        let head = lines(&verify)[0].clone();
        let contains = kedja(&db, &data, &["audit", "verify", "--contains", &head], "");
        assert!(contains.status.success());
        assert!(lines(&contains)[1].starts_with(&format!("contains {head} at entry ")));
        let forged = "ab".repeat(32);
        let missing = kedja(&db, &data, &["audit", "verify", "--contains", &forged], "");
        assert!(!missing.status.success());
        assert_eq!(lines(&missing)[1], format!("does not contain {forged}"));

        let conn = Database::connect(&db.url).await.unwrap();
        conn.execute_unprepared("UPDATE audit_log SET action = 'org.deleted' WHERE seq = 2")
            .await
            .unwrap();
        let verify = kedja(&db, &data, &["audit", "verify"], "");
        assert!(!verify.status.success());
        assert_eq!(
            lines(&verify)[0],
            "broken at entry 2: content does not match its hash"
        );

        // Removing the last entry is caught by the head.
        conn.execute_unprepared("UPDATE audit_log SET action = 'org.created' WHERE seq = 2")
            .await
            .unwrap();
        assert!(kedja(&db, &data, &["audit", "verify"], "").status.success());
        conn.execute_unprepared("DELETE FROM audit_log WHERE seq = 3")
            .await
            .unwrap();
        let verify = kedja(&db, &data, &["audit", "verify"], "");
        assert!(!verify.status.success());
        assert!(
            lines(&verify)[0].starts_with("broken at entry 3"),
            "{:?}",
            lines(&verify)
        );
        conn.close().await.ok();
    })
    .await;
}

#[tokio::test]
async fn routing_rules_are_added_checked_and_listed() {
    each_database(|db, data| async move {
        let org = kedja(
            &db,
            &data,
            &[
                "org",
                "create",
                "--name",
                "Region Route",
                "--kind",
                "buyer",
                "--admin-email",
                "a@route.example",
                "--password-stdin",
            ],
            PASSWORD,
        );
        let org_id = lines(&org)[0].clone();
        let everything = kedja(&db, &data, &["routing", "add", "--org", &org_id], "");
        assert_eq!(
            everything.status.code(),
            Some(2),
            "a rule that matches every report is refused"
        );
        assert!(
            stderr(&everything).contains("rule"),
            "{}",
            stderr(&everything)
        );
        let bad = kedja(
            &db,
            &data,
            &["routing", "add", "--org", &org_id, "--country", "XX"],
            "",
        );
        assert_eq!(bad.status.code(), Some(2));
        let added = kedja(
            &db,
            &data,
            &[
                "routing",
                "add",
                "--org",
                &org_id,
                "--country",
                "bd",
                "--sector",
                "garments",
                "--position",
                "5",
            ],
            "",
        );
        assert!(added.status.success(), "{}", stderr(&added));
        let listed = kedja(&db, &data, &["routing", "list"], "");
        let text = lines(&listed).join("\n");
        assert!(
            text.contains("country=BD")
                && text.contains("sector=garments")
                && text.contains(&org_id),
            "{text}"
        );
    })
    .await;
}
