//! The log of a whole reporter flow, from the real binary at debug level, holds no address, no
//! user agent, no receipt, no query string and no content.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::helpers::fixtures;
use reqwest::StatusCode;
use reqwest::header::COOKIE;
use serde_json::{Value, json};

const NARRATIVE: &str = "Supervisor Lindqvist locks the dormitory at night";
const REPLY: &str = "Twelve of us sleep in the old tractor shed";
const CLIENT_IP: &str = "127.0.0.3";
const FORWARDED: &str = "198.51.100.23";
const AGENT: &str = "Mozilla/5.0 (KaiOS; secret-agent-marker)";

fn kedja(dir: &std::path::Path, args: &[&str], stdin: &str) -> String {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_kedja"))
        .args(args)
        .env("KEDJA_DATA_DIR", dir)
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
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let org = kedja(
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

    let port = std::net::TcpListener::bind("127.0.0.2:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let log_path = dir.path().join("kedja.log");
    let log = std::fs::File::create(&log_path).unwrap();
    let mut server = Command::new(env!("CARGO_BIN_EXE_kedja"))
        .arg("serve")
        .env("KEDJA_DATA_DIR", &data)
        .env("KEDJA_BIND", format!("127.0.0.2:{port}"))
        .env("KEDJA_LOG", "debug")
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .spawn()
        .unwrap();
    let base = format!("http://127.0.0.2:{port}");
    let client = reqwest::Client::builder()
        .local_address(CLIENT_IP.parse::<std::net::IpAddr>().unwrap())
        .user_agent(AGENT)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if client.get(format!("{base}/healthz")).send().await.is_ok() {
            break;
        }
        assert!(Instant::now() < deadline, "the server did not start");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

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
    let part =
        reqwest::multipart::Part::bytes(fixtures::photo_with_exif()).file_name("shed-photo.jpg");
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
    Command::new("kill")
        .arg("-TERM")
        .arg(server.id().to_string())
        .status()
        .unwrap();
    let status = server.wait().unwrap();
    assert!(status.success(), "graceful shutdown exits 0");

    let text = std::fs::read_to_string(&log_path).unwrap();
    assert!(text.contains("response"), "the log is not empty:\n{text}");
    assert!(
        text.contains("/api/v1/reports"),
        "routes are logged:\n{text}"
    );
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
}
