//! The log of a whole reporter flow, from the real binary at debug level, holds no address, no
//! user agent, no receipt, no query string and no content, whichever database it runs on; and
//! no line gives the time of a reporter's request: those are counted and written once a day.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::helpers::binary::Served;
use crate::helpers::{TestDatabase, each_database, fixtures};
use reqwest::StatusCode;
use reqwest::header::COOKIE;
use serde_json::{Value, json};

const NARRATIVE: &str = "Supervisor Lindqvist locks the dormitory at night";
const REPLY: &str = "Twelve of us stay in the old tractor shed";
const CLIENT_IP: &str = "127.0.0.3";
const FORWARDED: &str = "198.51.100.23";
const AGENT: &str = "Mozilla/5.0 (KaiOS; secret-agent-marker)";

fn kedja(db: &TestDatabase, dir: &Path, args: &[&str], stdin: &str) -> String {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_kedja"))
        .args(args)
        .env("KEDJA_DATA_DIR", dir)
        .env("KEDJA_DATABASE_URL", &db.url)
        .env("KEDJA_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[tokio::test]
async fn the_log_of_a_whole_flow_holds_nothing_identifying() {
    each_database(|db, data| async move {
        let org = kedja(
            &db,
            &data,
            &[
                "org",
                "create",
                "--name",
                "Region Logg",
                "--kind",
                "buyer",
                "--admin-email",
                "a@logg.example",
                "--password-stdin",
            ],
            "a long admin passphrase\n",
        );
        let org_id = org.lines().next().unwrap().to_string();
        let supplier = kedja(
            &db,
            &data,
            &[
                "supplier",
                "add",
                "--org",
                &org_id,
                "--name",
                "Logg Farm",
                "--country",
                "SE",
            ],
            "",
        );
        let supplier_id: uuid::Uuid = supplier.trim().parse().unwrap();

        let server = Served::start(&db.url, &data, &[]).await;
        let base = server.base.clone();
        let client = reqwest::Client::builder()
            .local_address(CLIENT_IP.parse::<std::net::IpAddr>().unwrap())
            .user_agent(AGENT)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();

        let report = json!({
            "supplier_id": supplier_id, "country": "SE", "indicators": ["movement"],
            "people_affected": "six_to_twenty", "relationship": "worker", "narrative": NARRATIVE,
        });
        let submitted = client
            .post(format!("{base}/api/v1/reports?lang=sv"))
            .header("x-forwarded-for", FORWARDED)
            .header("x-real-ip", FORWARDED)
            .json(&report)
            .send()
            .await
            .unwrap();
        assert_eq!(submitted.status(), StatusCode::CREATED);
        let receipt = submitted.json::<Value>().await.unwrap()["receipt"]
            .as_str()
            .unwrap()
            .to_string();
        let signed_in = client
            .post(format!("{base}/api/v1/reporter/session"))
            .header("x-forwarded-for", FORWARDED)
            .json(&json!({ "receipt": receipt }))
            .send()
            .await
            .unwrap();
        let cookie = fixtures::cookie_from(&signed_in, "__Host-kedja-reporter").unwrap();
        let sent = client
            .post(format!("{base}/api/v1/reporter/messages"))
            .header(COOKIE, &cookie)
            .json(&json!({ "body": REPLY }))
            .send()
            .await
            .unwrap();
        assert_eq!(sent.status(), StatusCode::CREATED);
        let part = reqwest::multipart::Part::bytes(fixtures::photo_with_exif())
            .file_name("shed-photo.jpg");
        let uploaded = client
            .post(format!("{base}/api/v1/reporter/attachments"))
            .header(COOKIE, &cookie)
            .multipart(reqwest::multipart::Form::new().part("file", part))
            .send()
            .await
            .unwrap();
        assert_eq!(uploaded.status(), StatusCode::CREATED);
        client
            .get(format!("{base}/api/v1/reporter/case"))
            .header(COOKIE, &cookie)
            .send()
            .await
            .unwrap();
        let form = client
            .get(format!("{base}/report"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let at = form.find("name=\"csrf\" value=\"").unwrap() + "name=\"csrf\" value=\"".len();
        let csrf = form[at..].split('"').next().unwrap().to_string();
        let searched = client
            .post(format!("{base}/report/search"))
            .form(&[("csrf", csrf.as_str()), ("q", "Logg Farm")])
            .send()
            .await
            .unwrap();
        assert_eq!(searched.status(), StatusCode::OK);
        let refused = client
            .post(format!("{base}/api/v1/reporter/session"))
            .json(&json!({ "receipt": "9999 8888 7777 6666" }))
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);

        // SIGTERM: requests in flight finish, the process exits cleanly.
        let text = server.stop();
        // Every request here was a reporter's: none left a line of its own, with its time.
        // They appear only as the day's count, written when the server stopped.
        assert!(
            text.contains("public requests of the day"),
            "the day's count is written:\n{text}"
        );
        for line in text.lines() {
            assert!(
                !line.contains("route=") && !line.contains("latency_ms"),
                "a public request left a line of its own:\n{line}"
            );
        }
        for secret in [
            CLIENT_IP,
            FORWARDED,
            "secret-agent-marker",
            "KaiOS",
            &receipt,
            &receipt.replace(' ', ""),
            "9999 8888",
            NARRATIVE,
            "Lindqvist",
            REPLY,
            "tractor shed",
            "shed-photo",
            "lang=sv",
            "q=Logg",
            "Logg+Farm",
            "__Host-kedja-reporter=",
        ] {
            assert!(
                !text.contains(secret),
                "{secret:?} reached the log:\n{text}"
            );
        }
    })
    .await;
}
