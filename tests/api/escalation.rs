//! Escalation to authorities: consent, the package and its chain of custody, the authority's
//! scope and answers, and the signed export checked offline.

use std::process::Command;

use crate::helpers::fixtures;
use crate::helpers::staff::{
    HANDLER_PASSWORD, PASSWORD, Team, code, get_json, get_text, link_buyer, make_team, post_json,
    session,
};
use crate::helpers::{TestApp, assert_nothing_in_clear, each_backend};
use kedja::admin::provision::{self, NewMember, NewOrganisation};
use kedja::domain::accounts::{OrgKind, Role};
use kedja::store::entities::audit_log;
use reqwest::StatusCode;
use reqwest::header::COOKIE;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use secrecy::SecretString;
use serde_json::{Value, json};

const NARRATIVE: &str = "The site manager keeps our passports in the office safe at Farm 12";
const SUMMARY: &str = "Eleven pickers report passports held by the site manager since June";
const LEGAL_REASON: &str = "Arbetsmiljölagen 3 kap: immediate risk to life in the dormitory";
const ANSWER: &str = "Inspection 2026/4471 opened; inspectors visit Farm 12 this week";

/// An authority organisation with a confirmed member of role `authority`, both signed in.
struct Authority {
    org_id: uuid::Uuid,
    admin: String,
    member: String,
}

async fn authority(app: &TestApp, name: &str) -> Authority {
    let slug = name.to_lowercase().replace(' ', "-");
    let org = provision::create_organisation(
        app.state.db(),
        app.state.clock(),
        NewOrganisation {
            name: name.to_string(),
            kind: OrgKind::Authority,
            admin_email: format!("admin@{slug}.example"),
            admin_password: SecretString::from(PASSWORD),
            with_totp: true,
        },
    )
    .await
    .unwrap();
    let admin = session(
        app,
        &format!("admin@{slug}.example"),
        PASSWORD,
        Some(code(app, &org.otpauth_uri.unwrap())),
    )
    .await;
    let member = provision::create_member(
        app.state.db(),
        app.state.clock(),
        NewMember {
            org_id: org.org_id,
            email: format!("inspector@{slug}.example"),
            role: Role::Authority,
            password: SecretString::from(HANDLER_PASSWORD),
            with_totp: true,
        },
    )
    .await
    .unwrap();
    let (status, _) = post_json(
        app,
        &format!("/api/v1/members/{}/confirm", member.member_id),
        &admin,
        json!({}),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let member = session(
        app,
        &format!("inspector@{slug}.example"),
        HANDLER_PASSWORD,
        Some(code(app, &member.otpauth_uri.unwrap())),
    )
    .await;
    Authority {
        org_id: org.org_id,
        admin,
        member,
    }
}

/// A report with a photo; returns the case id and the reporter's cookie.
async fn case_with_photo(app: &TestApp, team: &Team) -> (String, String) {
    let receipt = fixtures::submit(app, &fixtures::report(team.buyer.supplier_id, NARRATIVE)).await;
    let reporter = fixtures::sign_in(app, &receipt).await;
    let photo = reqwest::multipart::Part::bytes(fixtures::photo_with_exif()).file_name("safe.jpg");
    let uploaded = app
        .client
        .post(app.url("/api/v1/reporter/attachments"))
        .header(COOKIE, &reporter)
        .multipart(reqwest::multipart::Form::new().part("file", photo))
        .send()
        .await
        .unwrap();
    assert_eq!(uploaded.status(), StatusCode::CREATED);
    let (_, list) = get_json(app, "/api/v1/cases", &team.handler).await;
    (list[0]["id"].as_str().unwrap().to_string(), reporter)
}

async fn get_bytes(app: &TestApp, path: &str, cookie: &str) -> (StatusCode, Vec<u8>) {
    let response = app
        .client
        .get(app.url(path))
        .header(COOKIE, cookie)
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.bytes().await.unwrap().to_vec())
}

fn sha256(bytes: &[u8]) -> String {
    kedja::crypto::sha256_hex(bytes)
}

fn run(program: &str, args: &[&str], dir: &std::path::Path) -> std::process::Output {
    Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("{program} could not run: {e}"))
}

#[tokio::test]
async fn a_handler_escalates_a_photo_and_the_authority_answers() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Norr").await;
        let inspectorate = authority(&app, "Labour Inspectorate").await;
        let (id, reporter) = case_with_photo(&app, &team).await;
        let escalate = |attachments: Vec<Value>| {
            json!({
                "authority_org_id": inspectorate.org_id,
                "summary": SUMMARY,
                "attachment_ids": attachments,
            })
        };

        // Without the reporter's yes and without a legal reason, nothing is sent.
        let (status, body) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/escalations"),
            &team.handler,
            escalate(vec![]),
        )
        .await;
        assert_eq!(status, StatusCode::CONFLICT);
        assert_eq!(body["error"], "consent_required");
        // On the page, the refusal comes back with everything typed kept.
        let page = get_text(&app, &format!("/staff/cases/{id}"), &team.handler).await;
        let csrf = {
            let at = page.find("name=\"csrf\" value=\"").unwrap() + "name=\"csrf\" value=\"".len();
            page[at..].split('"').next().unwrap().to_string()
        };
        let refused = app
            .client
            .post(app.url(&format!("/staff/cases/{id}/escalations")))
            .header(COOKIE, &team.handler)
            .form(&[
                ("csrf", csrf.as_str()),
                ("authority_org_id", &inspectorate.org_id.to_string()),
                ("summary", SUMMARY),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status(), StatusCode::CONFLICT);
        let refused = refused.text().await.unwrap();
        assert!(refused.contains("id=\"escalation-error\""), "{refused}");
        assert!(refused.contains(SUMMARY), "the summary typed is kept");
        assert!(refused.contains(&format!("value=\"{}\" selected", inspectorate.org_id)));

        // The reporter is asked on their status page, and answers yes.
        let (status, _) = get_json(&app, "/api/v1/reporter/case", &reporter).await;
        assert_eq!(status, StatusCode::OK);
        let answer = |value: &str| {
            app.client
                .post(app.url("/api/v1/reporter/consent"))
                .header(COOKIE, &reporter)
                .json(&json!({ "answer": value }))
                .send()
        };
        assert_eq!(
            answer("yes").await.unwrap().status(),
            StatusCode::CONFLICT,
            "nobody asked yet"
        );
        let (status, body) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/consent-request"),
            &team.handler,
            json!({}),
        )
        .await;
        assert_eq!(status, StatusCode::CONFLICT);
        assert_eq!(
            body["error"], "not_acknowledged",
            "nobody asks before the report was confirmed"
        );
        let (status, _) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/transitions"),
            &team.handler,
            json!({"to": "acknowledged"}),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        let (status, _) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/consent-request"),
            &team.handler,
            json!({}),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED);
        let (status, body) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/consent-request"),
            &team.handler,
            json!({}),
        )
        .await;
        assert_eq!(status, StatusCode::CONFLICT);
        assert_eq!(body["error"], "consent_pending");
        let (_, case) = get_json(&app, "/api/v1/reporter/case", &reporter).await;
        assert_eq!(case["consent"], "requested");
        let page = get_text(&app, "/status/case", &reporter).await;
        assert!(page.contains("action=\"/status/case/consent\""), "{page}");
        let refused = answer("maybe").await.unwrap();
        assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
        let refused: Value = refused.json().await.unwrap();
        assert!(
            refused["message"].as_str().unwrap().contains("answer"),
            "{refused}"
        );
        assert_eq!(
            answer("yes").await.unwrap().status(),
            StatusCode::NO_CONTENT
        );
        let (_, detail) = get_json(&app, &format!("/api/v1/cases/{id}"), &team.handler).await;
        assert_eq!(detail["consent"], "given");
        assert_eq!(
            detail["consent_on"],
            json!(app.state.clock().today()),
            "a date, never a time"
        );
        let attachment = detail["attachments"][0].clone();
        let attachment_id = attachment["id"].clone();

        // Bad input is named.
        let (status, body) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/escalations"),
            &team.handler,
            json!({ "authority_org_id": team.buyer.org.org_id, "summary": SUMMARY }),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(
            body["message"]
                .as_str()
                .unwrap()
                .contains("authority_org_id")
        );
        let (status, body) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/escalations"),
            &team.handler,
            escalate(vec![json!(uuid::Uuid::new_v4())]),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(body["message"].as_str().unwrap().contains("attachment_ids"));
        let (status, body) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/escalations"),
            &team.handler,
            json!({ "authority_org_id": inspectorate.org_id, "summary": "  " }),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(body["message"].as_str().unwrap().contains("summary"));

        // Escalated with the photo.
        let (status, created) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/escalations"),
            &team.handler,
            escalate(vec![attachment_id.clone()]),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        let escalation = created["id"].as_str().unwrap().to_string();
        let chain_head = created["chain_head"].as_str().unwrap().to_string();

        // The chain head is the hash of the escalation's own audit entry, which lists the
        // photo's SHA-256.
        let entry = audit_log::Entity::find()
            .filter(audit_log::Column::Hash.eq(chain_head.clone()))
            .one(app.state.db().conn())
            .await
            .unwrap()
            .expect("the chain head is an entry of the audit log");
        assert_eq!(entry.action, "case.escalated");
        let photo_sha = attachment["sha256"].as_str().unwrap().to_string();
        assert!(
            !entry.details.contains(&photo_sha),
            "a salted commitment, never the file's plain hash"
        );
        let details: Value = serde_json::from_str(&entry.details).unwrap();
        assert_eq!(details["evidence_commitments"].as_array().unwrap().len(), 1);
        assert!(!entry.details.contains(SUMMARY));

        // The authority sees the summary, the photo's SHA-256 and the chain head.
        let (status, list) = get_json(&app, "/api/v1/escalations", &inspectorate.member).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(list.as_array().unwrap().len(), 1);
        assert_eq!(list[0]["id"], escalation.as_str());
        assert_eq!(list[0]["evidence"], 1);
        let (status, package) = get_json(
            &app,
            &format!("/api/v1/escalations/{escalation}"),
            &inspectorate.member,
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(package["package"]["summary"], SUMMARY);
        assert_eq!(package["package"]["supplier"], "Region Norr Berry Farm");
        assert_eq!(package["chain_head"], chain_head.as_str());
        assert_eq!(package["basis"], "reporter");
        assert_eq!(package["from_organisation"], "Region Norr");
        let evidence = &package["evidence"][0];
        assert_eq!(evidence["sha256"], attachment["sha256"]);
        assert_eq!(evidence["name"], "photo-1.jpg");

        // The downloaded bytes are the file the hash names, and carry no metadata.
        let (status, bytes) = get_bytes(
            &app,
            &format!(
                "/api/v1/escalations/{escalation}/evidence/{}",
                evidence["id"].as_str().unwrap()
            ),
            &inspectorate.member,
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(sha256(&bytes), evidence["sha256"].as_str().unwrap());
        let (_, handler_bytes) = get_bytes(
            &app,
            &format!(
                "/api/v1/cases/{id}/attachments/{}",
                attachment_id.as_str().unwrap()
            ),
            &team.handler,
        )
        .await;
        assert_eq!(bytes, handler_bytes);
        assert!(!bytes.windows(5).any(|w| w == b"Canon"));

        // The authority cannot open the case itself, by any route.
        for path in [
            format!("/api/v1/cases/{id}"),
            format!("/api/v1/cases/{id}/escalations"),
            format!(
                "/api/v1/cases/{id}/attachments/{}",
                attachment_id.as_str().unwrap()
            ),
        ] {
            for cookie in [&inspectorate.member, &inspectorate.admin] {
                let (status, _) = get_json(&app, &path, cookie).await;
                assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
            }
        }
        let (status, list) = get_json(&app, "/api/v1/cases", &inspectorate.member).await;
        assert_ne!(status, StatusCode::OK, "{list}");

        // The authority answers; a bad status is named; the handler sees the answer.
        let (status, body) = post_json(
            &app,
            &format!("/api/v1/escalations/{escalation}/responses"),
            &inspectorate.member,
            json!({ "status": "opened", "body": ANSWER }),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(body["message"].as_str().unwrap().contains("under_review"));
        let (status, _) = post_json(
            &app,
            &format!("/api/v1/escalations/{escalation}/responses"),
            &inspectorate.member,
            json!({ "status": "action_taken", "body": ANSWER }),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED);
        let (status, seen) = get_json(
            &app,
            &format!("/api/v1/cases/{id}/escalations"),
            &team.handler,
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(seen[0]["status"], "action_taken");
        assert_eq!(seen[0]["responses"][0]["body"], ANSWER);
        assert_eq!(seen[0]["package"]["summary"], SUMMARY);
        let handler_page = get_text(&app, &format!("/staff/cases/{id}"), &team.handler).await;
        assert!(handler_page.contains(ANSWER));
        let swedish = get_text(&app, &format!("/staff/cases/{id}?lang=sv"), &team.handler).await;
        assert!(
            swedish.contains("id-handlingar kvarhållna") && swedish.contains("åtgärd vidtagen"),
            "labels, not codes, in the page's language"
        );
        assert!(!swedish.contains("action_taken<"));

        // Closing ends the conversation.
        let (status, _) = post_json(
            &app,
            &format!("/api/v1/escalations/{escalation}/responses"),
            &inspectorate.member,
            json!({ "status": "closed" }),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED);
        let (status, body) = post_json(
            &app,
            &format!("/api/v1/escalations/{escalation}/responses"),
            &inspectorate.member,
            json!({ "status": "under_review", "body": "again" }),
        )
        .await;
        assert_eq!(status, StatusCode::CONFLICT);
        assert_eq!(body["error"], "escalation_closed");

        // The reporter is told where their report went, and that a later no recalls nothing;
        // if they say no now, the handler is warned.
        let (_, case) = get_json(&app, "/api/v1/reporter/case", &reporter).await;
        assert_eq!(case["escalations"][0]["authority"], "Labour Inspectorate");
        assert_eq!(
            case["escalations"][0]["sent_on"],
            json!(app.state.clock().today())
        );
        let status_page = get_text(&app, "/status/case", &reporter)
            .await
            .replace(['\u{2068}', '\u{2069}'], "");
        assert!(
            status_page.contains("Your report was passed to Labour Inspectorate on"),
            "{status_page}"
        );
        assert!(status_page.contains("does not take back"));
        assert_eq!(answer("no").await.unwrap().status(), StatusCode::NO_CONTENT);
        let handler_page = get_text(&app, &format!("/staff/cases/{id}"), &team.handler).await;
        assert!(
            handler_page.contains("The reporter has since said no"),
            "{handler_page}"
        );

        // Nothing the handler, the authority or the reporter wrote is stored in clear.
        // Nor the photo's plain SHA-256, which whoever holds the same file could look for.
        assert_nothing_in_clear(&app, &[SUMMARY, ANSWER, NARRATIVE, &photo_sha]).await;
    })
    .await;
}

#[tokio::test]
async fn an_exported_package_verifies_offline_and_any_change_is_caught() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Syd").await;
        let inspectorate = authority(&app, "Police Region Syd").await;
        let (id, _) = case_with_photo(&app, &team).await;
        // The reporter's entries join the chain once their day is over (as the server's hourly
        // run does the next day); a package made later holds them.
        let next_day = app.state.clock().today().succ_opt().unwrap();
        kedja::audit::seal_reporter_days(app.state.db(), next_day)
            .await
            .unwrap();
        let (_, detail) = get_json(&app, &format!("/api/v1/cases/{id}"), &team.handler).await;
        let photo_sha = detail["attachments"][0]["sha256"].as_str().unwrap().to_string();
        let (status, created) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/escalations"),
            &team.handler,
            json!({
                "authority_org_id": inspectorate.org_id,
                "summary": SUMMARY,
                "attachment_ids": [detail["attachments"][0]["id"]],
                "legal_reason": LEGAL_REASON,
            }),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        let escalation = created["id"].as_str().unwrap().to_string();
        let (_, package) = get_json(
            &app,
            &format!("/api/v1/escalations/{escalation}"),
            &inspectorate.member,
        )
        .await;
        assert_eq!(package["basis"], "legal_reason");
        assert_eq!(package["legal_reason"], LEGAL_REASON);

        let (status, archive) = get_bytes(
            &app,
            &format!("/api/v1/escalations/{escalation}/export"),
            &inspectorate.member,
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        let key = app
            .client
            .get(app.url("/api/v1/signing-key"))
            .send()
            .await
            .unwrap();
        assert_eq!(key.status(), StatusCode::OK);
        let fingerprint = key.headers()["x-kedja-key-sha256"]
            .to_str()
            .unwrap()
            .to_string();
        let pem = key.text().await.unwrap();
        assert_eq!(
            fingerprint,
            sha256(pem.as_bytes()),
            "the fingerprint is what sha256sum prints for the key file"
        );

        let dir = tempfile::tempdir().unwrap();
        let tar_path = dir.path().join("package.tar");
        std::fs::write(&tar_path, &archive).unwrap();
        let pem_path = dir.path().join("pinned.pem");
        std::fs::write(&pem_path, &pem).unwrap();

        // kedja's own check, with the pinned key.
        let chain_head = created["chain_head"].as_str().unwrap().to_string();
        let verify = |archive: &std::path::Path| {
            Command::new(env!("CARGO_BIN_EXE_kedja"))
                .args(["escalation", "verify"])
                .arg(archive)
                .arg("--key")
                .arg(&pem_path)
                .args(["--chain-head", &chain_head])
                .output()
                .unwrap()
        };
        // Without a pinned key, only on request, and said so.
        let bare = Command::new(env!("CARGO_BIN_EXE_kedja"))
            .args(["escalation", "verify"])
            .arg(&tar_path)
            .output()
            .unwrap();
        assert_eq!(bare.status.code(), Some(2), "--key is required");
        let unpinned = Command::new(env!("CARGO_BIN_EXE_kedja"))
            .args(["escalation", "verify", "--unpinned"])
            .arg(&tar_path)
            .output()
            .unwrap();
        assert!(unpinned.status.success());
        assert!(String::from_utf8_lossy(&unpinned.stdout).contains("UNPINNED"));
        let other_head = Command::new(env!("CARGO_BIN_EXE_kedja"))
            .args(["escalation", "verify"])
            .arg(&tar_path)
            .arg("--key")
            .arg(&pem_path)
            .args(["--chain-head", &"0".repeat(64)])
            .output()
            .unwrap();
        assert!(!other_head.status.success());
        let out = verify(&tar_path);
        let stdout = String::from_utf8_lossy(&out.stdout).to_string();
        assert!(out.status.success(), "{stdout}");
        assert!(stdout.contains(&format!("verified escalation {escalation}")));
        assert!(stdout.contains(&fingerprint));
        assert!(stdout.contains(created["chain_head"].as_str().unwrap()));

        // The documented standard-tools check, on the unpacked folder.
        let unpacked = run("tar", &["-xf", "package.tar"], dir.path());
        assert!(unpacked.status.success());
        let folder = dir.path().join(format!("kedja-escalation-{escalation}"));
        let sums = run("sha256sum", &["-c", "SHA256SUMS"], &folder);
        assert!(
            sums.status.success(),
            "{}",
            String::from_utf8_lossy(&sums.stdout)
        );
        let signature = run(
            "openssl",
            &[
                "pkeyutl",
                "-verify",
                "-pubin",
                "-inkey",
                "signing-key.pem",
                "-rawin",
                "-in",
                "SHA256SUMS",
                "-sigfile",
                "SHA256SUMS.sig",
            ],
            &folder,
        );
        assert!(
            signature.status.success(),
            "{}{}",
            String::from_utf8_lossy(&signature.stdout),
            String::from_utf8_lossy(&signature.stderr)
        );
        assert_eq!(std::fs::read_to_string(folder.join("signing-key.pem")).unwrap(), pem);
        let manifest: Value =
            serde_json::from_slice(&std::fs::read(folder.join("manifest.json")).unwrap()).unwrap();
        assert_eq!(manifest["package"]["summary"], SUMMARY);
        assert_eq!(manifest["legal_reason"], LEGAL_REASON);
        assert_eq!(manifest["evidence"][0]["sha256"], photo_sha.as_str());
        let photo = std::fs::read(folder.join(manifest["evidence"][0]["file"].as_str().unwrap()))
            .unwrap();
        assert_eq!(sha256(&photo), photo_sha);
        assert!(
            manifest["audit"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|e| e["action"] == "attachment.added" || e["action"] == "case.received")
                .count()
                == 2,
            "the extract holds the case's history: {}",
            manifest["audit"]
        );

        // One flipped bit in the photo, inside the archive: both checks refuse it.
        let at = archive
            .windows(photo.len())
            .position(|w| w == photo.as_slice())
            .expect("the photo is stored as is");
        let mut tampered = archive.clone();
        tampered[at + photo.len() / 2] ^= 1;
        let tampered_path = dir.path().join("tampered.tar");
        std::fs::write(&tampered_path, &tampered).unwrap();
        let out = verify(&tampered_path);
        assert!(!out.status.success());
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("does not match"),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
        let photo_path = folder.join(manifest["evidence"][0]["file"].as_str().unwrap());
        let mut changed = photo.clone();
        changed[photo.len() / 2] ^= 1;
        std::fs::write(&photo_path, &changed).unwrap();
        assert!(!run("sha256sum", &["-c", "SHA256SUMS"], &folder).status.success());

        // Another key than the pinned one is refused.
        let other = dir.path().join("other.pem");
        std::fs::write(
            &other,
            "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----\n",
        )
        .unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_kedja"))
            .args(["escalation", "verify"])
            .arg(&tar_path)
            .arg("--key")
            .arg(&other)
            .output()
            .unwrap();
        assert!(!out.status.success());
        assert!(String::from_utf8_lossy(&out.stdout).contains("another key"));
    })
    .await;
}

#[tokio::test]
async fn an_authority_sees_only_what_was_escalated_to_it() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Öst").await;
        let partner = make_team(&app, "Region Väst").await;
        link_buyer(&app, partner.buyer.org.org_id, team.buyer.supplier_id).await;
        let addressed = authority(&app, "Inspectorate East").await;
        let other = authority(&app, "Police West").await;
        let (id, _) = case_with_photo(&app, &team).await;
        let (_, detail) = get_json(&app, &format!("/api/v1/cases/{id}"), &team.handler).await;
        let attachment_id = detail["attachments"][0]["id"].clone();
        let (status, _) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/shares"),
            &team.handler,
            json!({ "org_id": partner.buyer.org.org_id }),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED);
        let body = json!({
            "authority_org_id": addressed.org_id,
            "summary": SUMMARY,
            "attachment_ids": [attachment_id],
            "legal_reason": LEGAL_REASON,
        });
        // A partner in joint handling reads the case but does not escalate it.
        let (status, _) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/escalations"),
            &partner.handler,
            body.clone(),
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, created) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/escalations"),
            &team.handler,
            body,
        )
        .await;
        assert_eq!(status, StatusCode::CREATED);
        let escalation = created["id"].as_str().unwrap().to_string();
        let (_, package) = get_json(
            &app,
            &format!("/api/v1/escalations/{escalation}"),
            &addressed.member,
        )
        .await;
        let evidence_id = package["evidence"][0]["id"].as_str().unwrap().to_string();

        // The partner sees that the case went to an authority, not what was written.
        let (status, seen) = get_json(
            &app,
            &format!("/api/v1/cases/{id}/escalations"),
            &partner.handler,
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(seen[0]["authority"], "Inspectorate East");
        assert_eq!(seen[0]["package"], Value::Null);
        assert_eq!(seen[0]["legal_reason"], Value::Null);

        // A pending member of the addressed authority.
        let pending = provision::create_member(
            app.state.db(),
            app.state.clock(),
            NewMember {
                org_id: addressed.org_id,
                email: "new@inspectorate-east.example".into(),
                role: Role::Authority,
                password: SecretString::from(HANDLER_PASSWORD),
                with_totp: true,
            },
        )
        .await
        .unwrap();
        let pending = session(
            &app,
            "new@inspectorate-east.example",
            HANDLER_PASSWORD,
            Some(code(&app, &pending.otpauth_uri.unwrap())),
        )
        .await;

        let routes: Vec<(reqwest::Method, String, Value)> = vec![
            (
                reqwest::Method::GET,
                format!("/api/v1/escalations/{escalation}"),
                Value::Null,
            ),
            (
                reqwest::Method::GET,
                format!("/api/v1/escalations/{escalation}/evidence/{evidence_id}"),
                Value::Null,
            ),
            (
                reqwest::Method::GET,
                format!("/api/v1/escalations/{escalation}/export"),
                Value::Null,
            ),
            (
                reqwest::Method::POST,
                format!("/api/v1/escalations/{escalation}/responses"),
                json!({ "status": "received" }),
            ),
            (
                reqwest::Method::GET,
                format!("/authority/escalations/{escalation}"),
                Value::Null,
            ),
            (
                reqwest::Method::GET,
                format!("/authority/escalations/{escalation}/export"),
                Value::Null,
            ),
        ];
        let send = |method: reqwest::Method, path: &str, body: &Value, cookie: Option<&str>| {
            let mut request = app.client.request(method, app.url(path));
            if let Some(cookie) = cookie {
                request = request.header(COOKIE, cookie);
            }
            if !body.is_null() {
                request = request.json(body);
            }
            request.send()
        };
        for (method, path, body) in &routes {
            let nobody = send(method.clone(), path, body, None).await.unwrap();
            if path.starts_with("/authority") {
                // A page: to the sign-in page rather than a bare 401.
                assert_eq!(nobody.status(), StatusCode::SEE_OTHER, "nobody: {path}");
                assert_eq!(nobody.headers()["location"], "/staff/login");
            } else {
                assert_eq!(
                    nobody.status(),
                    StatusCode::UNAUTHORIZED,
                    "nobody: {method} {path}"
                );
            }
            // Another authority: as if it did not exist.
            for cookie in [&other.member, &other.admin] {
                let status = send(method.clone(), path, body, Some(cookie))
                    .await
                    .unwrap()
                    .status();
                assert_eq!(
                    status,
                    StatusCode::NOT_FOUND,
                    "other authority: {method} {path}"
                );
            }
            // Buyers, even the sender, and pending authority members: not an authority route
            // for them.
            for (who, cookie) in [
                ("sending handler", &team.handler),
                ("sending admin", &team.admin),
                ("partner", &partner.handler),
                ("pending authority member", &pending),
            ] {
                let status = send(method.clone(), path, body, Some(cookie))
                    .await
                    .unwrap()
                    .status();
                assert_eq!(status, StatusCode::FORBIDDEN, "{who}: {method} {path}");
            }
        }
        for cookie in [&team.handler, &pending] {
            let (status, _) = get_json(&app, "/api/v1/escalations", cookie).await;
            assert_eq!(status, StatusCode::FORBIDDEN);
        }
        let (status, list) = get_json(&app, "/api/v1/escalations", &other.member).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(list, json!([]), "another authority lists nothing");
        let (status, list) = get_json(&app, "/api/v1/escalations", &addressed.admin).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(list.as_array().unwrap().len(), 1);

        // Neither authority can reach the case, whatever it tries.
        for cookie in [&addressed.member, &addressed.admin, &other.member] {
            for path in [
                format!("/api/v1/cases/{id}"),
                format!("/staff/cases/{id}"),
                format!("/api/v1/cases/{id}/escalations"),
            ] {
                let status = send(reqwest::Method::GET, &path, &Value::Null, Some(cookie))
                    .await
                    .unwrap()
                    .status();
                assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
            }
            let (status, _) = post_json(
                &app,
                &format!("/api/v1/cases/{id}/consent-request"),
                cookie,
                json!({}),
            )
            .await;
            assert_eq!(status, StatusCode::NOT_FOUND);
        }
        // An authority's member who signs in lands on the portal, not on the case list.
        let landing = app
            .client
            .get(app.url("/staff"))
            .header(COOKIE, &addressed.member)
            .send()
            .await
            .unwrap();
        assert_eq!(landing.status(), StatusCode::SEE_OTHER);
        assert_eq!(landing.headers()["location"], "/authority");
        let portal = get_text(&app, "/authority", &addressed.member).await;
        assert!(portal.contains(&format!("/authority/escalations/{escalation}")));
    })
    .await;
}

#[tokio::test]
async fn a_package_swapped_in_the_database_is_refused_not_signed() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Mitt").await;
        let inspectorate = authority(&app, "Inspectorate Mitt").await;
        let (id, _) = case_with_photo(&app, &team).await;
        let (status, created) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/escalations"),
            &team.handler,
            json!({
                "authority_org_id": inspectorate.org_id,
                "summary": SUMMARY,
                "legal_reason": LEGAL_REASON,
            }),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED);
        let escalation = uuid::Uuid::parse_str(created["id"].as_str().unwrap()).unwrap();
        let path = format!("/api/v1/escalations/{escalation}");
        let (status, _) = get_json(&app, &path, &inspectorate.member).await;
        assert_eq!(status, StatusCode::OK);

        // Someone with write access to the database seals a package of their own to the
        // authority's public key, under the right context, and puts it in place.
        use kedja::store::entities::{escalations, organisations};
        use sea_orm::{ActiveModelTrait, ActiveValue::Set, IntoActiveModel};
        let db = app.state.db().conn();
        let authority = organisations::Entity::find_by_id(inspectorate.org_id)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        let recipient = kedja::crypto::keys::parse_recipient(&authority.recipient).unwrap();
        let forged = json!({
            "case_reference": "K-0", "summary": "Nothing to see here", "supplier": null,
            "country": "SE", "sector": null, "indicators": [], "received_on": "2026-11-01",
            "evidence_salt": "00",
        });
        let sealed = kedja::crypto::seal(
            &kedja::crypto::Context::EscalationPackage { escalation },
            &[recipient],
            forged.to_string().as_bytes(),
        )
        .unwrap();
        let mut row = escalations::Entity::find_by_id(escalation)
            .one(db)
            .await
            .unwrap()
            .unwrap()
            .into_active_model();
        row.sealed_summary = Set(sealed);
        row.update(db).await.unwrap();

        let (status, body) = get_json(&app, &path, &inspectorate.member).await;
        assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR, "{body}");
        assert!(!body.to_string().contains("Nothing to see here"));
        let (status, _) = get_bytes(&app, &format!("{path}/export"), &inspectorate.member).await;
        assert_eq!(
            status,
            StatusCode::INTERNAL_SERVER_ERROR,
            "a forged package is never signed"
        );
    })
    .await;
}

#[tokio::test]
async fn after_a_transfer_the_new_owner_reads_the_answers_and_asks_consent_again() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Först").await;
        let next = make_team(&app, "Region Sedan").await;
        let inspectorate = authority(&app, "Inspectorate Först").await;
        let (id, reporter) = case_with_photo(&app, &team).await;
        post_json(
            &app,
            &format!("/api/v1/cases/{id}/transitions"),
            &team.handler,
            json!({"to": "acknowledged"}),
        )
        .await;
        let (status, _) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/consent-request"),
            &team.handler,
            json!({}),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED);
        let yes = app
            .client
            .post(app.url("/api/v1/reporter/consent"))
            .header(COOKIE, &reporter)
            .json(&json!({ "answer": "yes" }))
            .send()
            .await
            .unwrap();
        assert_eq!(yes.status(), StatusCode::NO_CONTENT);
        let (status, created) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/escalations"),
            &team.handler,
            json!({ "authority_org_id": inspectorate.org_id, "summary": SUMMARY }),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED);
        let escalation = created["id"].as_str().unwrap().to_string();
        // A case goes only to another buyer of its supplier (or a coordinator).
        link_buyer(&app, next.buyer.org.org_id, team.buyer.supplier_id).await;
        let (status, _) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/transfer"),
            &team.handler,
            json!({ "org_id": next.buyer.org.org_id }),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        let (status, _) = post_json(
            &app,
            &format!("/api/v1/escalations/{escalation}/responses"),
            &inspectorate.member,
            json!({ "status": "received", "body": ANSWER }),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED);

        let (status, seen) = get_json(
            &app,
            &format!("/api/v1/cases/{id}/escalations"),
            &next.handler,
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(seen[0]["responses"][0]["body"], ANSWER, "{seen}");
        assert_eq!(
            seen[0]["package"],
            Value::Null,
            "the package stays the sender's"
        );
        let (_, detail) = get_json(&app, &format!("/api/v1/cases/{id}"), &next.handler).await;
        assert_eq!(
            detail["consent"],
            Value::Null,
            "the reporter agreed to the previous owner: the new one asks again"
        );
    })
    .await;
}
