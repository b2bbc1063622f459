//! Anonymous intake over HTTP: submission, receipts, follow-up, evidence, and the promises that
//! nothing sensitive exists in clear afterwards.

use crate::helpers::fixtures::{self, Buyer};
use crate::helpers::{
    Options, TestApp, assert_nothing_in_clear, each_backend, each_backend_with,
    each_unserved_app_with, every_file,
};
use kedja::admin::provision;
use kedja::crypto::{self, keys};
use kedja::store::entities::{attachments, cases, org_grants};
use reqwest::StatusCode;
use reqwest::header::{CONTENT_TYPE, COOKIE, RETRY_AFTER, SET_COOKIE};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};

const NARRATIVE: &str =
    "The foreman Mr Okafor took our passports at Arlanda and says we owe 40000 kronor";
const REPLY: &str = "He moved us to the container behind the packing hall last Tuesday";

async fn the_case(app: &TestApp) -> cases::Model {
    let all = cases::Entity::find()
        .all(app.state.db().conn())
        .await
        .unwrap();
    assert_eq!(all.len(), 1);
    all.into_iter().next().unwrap()
}

/// Opens an evidence blob with the organisation identity, unwrapped with the recovery key.
pub(crate) async fn open_evidence(
    app: &TestApp,
    buyer: &Buyer,
    attachment: &attachments::Model,
) -> Vec<u8> {
    let db = app.state.db().conn();
    let grant = org_grants::Entity::find()
        .filter(org_grants::Column::OrgId.eq(buyer.org.org_id))
        .filter(org_grants::Column::Kind.eq("recovery"))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let recovery = keys::parse_identity(&buyer.org.recovery_key).unwrap();
    let org = keys::unwrap_identity(
        &grant.sealed_identity,
        &recovery,
        &kedja::crypto::Context::RecoveryGrant {
            org: buyer.org.org_id,
        },
    )
    .unwrap();
    let ciphertext = app.state.blobs().read(&attachment.blob_key).await.unwrap();
    crypto::open(
        &kedja::crypto::Context::AttachmentBlob {
            case: attachment.case_id,
            attachment: attachment.id,
        },
        &[org],
        &ciphertext,
    )
    .unwrap()
    .to_vec()
}

async fn upload(
    app: &TestApp,
    cookie: &str,
    name: &str,
    mime: &str,
    bytes: Vec<u8>,
) -> reqwest::Response {
    let part = reqwest::multipart::Part::bytes(bytes)
        .file_name(name.to_string())
        .mime_str(mime)
        .unwrap();
    app.client
        .post(app.url("/api/v1/reporter/attachments"))
        .header(COOKIE, cookie)
        .multipart(reqwest::multipart::Form::new().part("file", part))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_reporter_submits_follows_up_and_adds_evidence_through_the_api() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer(&app, "Region Nord").await;
        let receipt = fixtures::submit(&app, &fixtures::report(buyer.supplier_id, NARRATIVE)).await;
        assert_eq!(receipt.len(), 19);
        assert!(
            receipt
                .split(' ')
                .all(|g| g.len() == 4 && g.bytes().all(|b| b.is_ascii_digit())),
            "{receipt}"
        );

        let cookie = fixtures::sign_in(&app, &receipt).await;
        let case: Value = app
            .client
            .get(app.url("/api/v1/reporter/case"))
            .header(COOKIE, &cookie)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(case["status"], "received");
        assert!(case["status_text"].as_str().unwrap().contains("Received"));
        assert!(case["submitted_on"].is_string() && case["acknowledge_by"].is_string());
        assert_eq!(case["messages"], json!([]));

        let sent = app
            .client
            .post(app.url("/api/v1/reporter/messages"))
            .header(COOKIE, &cookie)
            .json(&json!({ "body": REPLY }))
            .send()
            .await
            .unwrap();
        assert_eq!(sent.status(), StatusCode::CREATED);

        let photo = upload(
            &app,
            &cookie,
            "IMG_2041.jpg",
            "image/jpeg",
            fixtures::photo_with_exif(),
        )
        .await;
        assert_eq!(photo.status(), StatusCode::CREATED);
        let photo: Value = photo.json().await.unwrap();
        assert_eq!(photo["metadata_removed"], true);
        assert_eq!(
            photo["name"], "photo-1.jpg",
            "the camera's name for the file is dropped"
        );
        let pdf = upload(
            &app,
            &cookie,
            "payslip.pdf",
            "application/pdf",
            b"%PDF-1.7 wages withheld since May".to_vec(),
        )
        .await;
        assert_eq!(pdf.status(), StatusCode::CREATED);
        assert_eq!(
            pdf.json::<Value>().await.unwrap()["metadata_removed"],
            false
        );

        let case: Value = app
            .client
            .get(app.url("/api/v1/reporter/case"))
            .header(COOKIE, &cookie)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(case["messages"][0]["from"], "reporter");
        assert_eq!(case["messages"][0]["body"], REPLY);
        assert_eq!(case["attachments"].as_array().unwrap().len(), 2);
        assert_eq!(case["attachments"][1]["name"], "file-2.pdf");

        // What was stored: clear columns only where the design allows, priority derived.
        let stored = the_case(&app).await;
        assert_eq!(stored.owner_org_id, buyer.org.org_id);
        assert_eq!(
            stored.priority, "high",
            "one indicator on each axis, more than five people"
        );
        assert_eq!(stored.state, "received");

        // The photo the organisation will read has no camera, no position, no comment.
        let db = app.state.db().conn();
        let photo_row = attachments::Entity::find()
            .filter(attachments::Column::MetadataRemoved.eq(true))
            .one(db)
            .await
            .unwrap()
            .unwrap();
        let opened = open_evidence(&app, &buyer, &photo_row).await;
        assert!(opened.starts_with(&[0xFF, 0xD8]), "still a JPEG");
        for gone in ["Canon", "EOS 5D", "GPSLatitude", "59.3293", "Farm 12"] {
            assert!(
                !opened.windows(gone.len()).any(|w| w == gone.as_bytes()),
                "{gone} survived"
            );
        }

        assert_nothing_in_clear(
            &app,
            &[
                NARRATIVE,
                "Okafor",
                REPLY,
                "container behind",
                &receipt,
                &receipt.replace(' ', ""),
                "IMG_2041",
                "payslip",
                "wages withheld",
            ],
        )
        .await;

        let out = app
            .client
            .delete(app.url("/api/v1/reporter/session"))
            .header(COOKIE, &cookie)
            .send()
            .await
            .unwrap();
        assert_eq!(out.status(), StatusCode::NO_CONTENT);
        let after = app
            .client
            .get(app.url("/api/v1/reporter/case"))
            .header(COOKIE, &cookie)
            .send()
            .await
            .unwrap();
        assert_eq!(
            after.status(),
            StatusCode::UNAUTHORIZED,
            "the session is gone"
        );
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn unknown_receipts_are_refused_alike() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer(&app, "Region Syd").await;
        fixtures::submit(&app, &fixtures::report(buyer.supplier_id, NARRATIVE)).await;
        let mut answers = Vec::new();
        for receipt in [
            "1111 2222 3333 4444",
            "0000000000000000",
            "12",
            "not a receipt at all",
            "",
        ] {
            let response = app
                .client
                .post(app.url("/api/v1/reporter/session"))
                .json(&json!({ "receipt": receipt }))
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{receipt}");
            assert!(response.headers().get(SET_COOKIE).is_none());
            answers.push(response.text().await.unwrap());
        }
        assert!(answers.windows(2).all(|w| w[0] == w[1]), "{answers:?}");
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_session_cookie_is_host_only_secure_httponly_and_strict() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer(&app, "Region Öst").await;
        let receipt = fixtures::submit(&app, &fixtures::report(buyer.supplier_id, NARRATIVE)).await;
        let response = app
            .client
            .post(app.url("/api/v1/reporter/session"))
            .json(&json!({ "receipt": receipt }))
            .send()
            .await
            .unwrap();
        let cookie = response.headers()[SET_COOKIE].to_str().unwrap();
        assert!(cookie.starts_with("__Host-kedja-reporter="), "{cookie}");
        for attribute in ["Path=/", "HttpOnly", "Secure", "SameSite=Strict"] {
            assert!(cookie.contains(attribute), "{cookie}");
        }
        assert!(!cookie.contains("Domain="), "{cookie}");
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn bad_input_is_named_and_never_stored() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer(&app, "Region Väst").await;
        let good = fixtures::report(buyer.supplier_id, NARRATIVE);
        let with = |key: &str, value: Value| {
            let mut body = good.clone();
            body[key] = value;
            body
        };
        let without = |key: &str| {
            let mut body = good.clone();
            body.as_object_mut().unwrap().remove(key);
            body
        };
        let cases: Vec<(Value, &str)> = vec![
            (
                with("indicators", json!(["documents", "passport"])),
                "indicators",
            ),
            (without("narrative"), "narrative"),
            (with("narrative", json!("   ")), "narrative"),
            (with("narrative", json!("x".repeat(20_001))), "narrative"),
            (
                with("supplier_id", json!(uuid::Uuid::new_v4())),
                "supplier_id",
            ),
            (with("supplier_id", json!("not-an-id")), "supplier_id"),
            (with("country", json!("XX")), "country"),
            (with("people_affected", json!("lots")), "people_affected"),
            (without("relationship"), "relationship"),
            (with("language", json!("tlh")), "language"),
            (with("surprise", json!(1)), "surprise"),
            (with("narrative", json!(42)), "narrative"),
        ];
        for (body, field) in cases {
            let response = app
                .client
                .post(app.url("/api/v1/reports"))
                .json(&body)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{field}");
            let error: Value = response.json().await.unwrap();
            assert_eq!(error["error"], "invalid_input", "{field}");
            let message = error["message"].as_str().unwrap();
            assert!(message.contains(field), "{field}: {message}");
            assert!(
                !message.contains("Okafor"),
                "never echoes the narrative: {message}"
            );
        }

        let malformed = app
            .client
            .post(app.url("/api/v1/reports"))
            .header(CONTENT_TYPE, "application/json")
            .body("{\"narrative\": ")
            .send()
            .await
            .unwrap();
        assert_eq!(malformed.status(), StatusCode::BAD_REQUEST);
        let wrong_type = app
            .client
            .post(app.url("/api/v1/reports"))
            .header(CONTENT_TYPE, "text/plain")
            .body(good.to_string())
            .send()
            .await
            .unwrap();
        assert_eq!(wrong_type.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
        let huge = app
            .client
            .post(app.url("/api/v1/reports"))
            .json(&with("narrative", json!("y".repeat(400_000))))
            .send()
            .await
            .unwrap();
        assert_eq!(huge.status(), StatusCode::PAYLOAD_TOO_LARGE);

        let db = app.state.db().conn();
        assert!(
            cases::Entity::find().all(db).await.unwrap().is_empty(),
            "nothing was stored"
        );
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_report_nobody_can_receive_is_refused_before_anything_is_stored() {
    each_backend(|app| async move {
        let body = json!({
            "supplier_text": "A car wash on the E4 near Gävle",
            "country": "SE",
            "indicators": [],
            "people_affected": "one",
            "relationship": "worker",
            "narrative": NARRATIVE,
        });
        let response = app
            .client
            .post(app.url("/api/v1/reports"))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(
            response.json::<Value>().await.unwrap()["error"],
            "no_recipient"
        );
        assert!(
            cases::Entity::find()
                .all(app.state.db().conn())
                .await
                .unwrap()
                .is_empty()
        );
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn an_unknown_workplace_goes_to_the_coordinator_and_a_site_code_picks_the_supplier() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer(&app, "Region Mitt").await;
        let coordinator = provision::create_organisation(
            app.state.db(),
            app.state.clock(),
            provision::NewOrganisation {
                name: "National Contact Point".into(),
                kind: kedja::domain::accounts::OrgKind::Coordinator,
                admin_email: "ncp@example.org".into(),
                admin_password: secrecy::SecretString::from("a long admin passphrase"),
                with_totp: false,
            },
        )
        .await
        .unwrap();
        let unknown = json!({
            "supplier_text": "Cleaning subcontractor at the hospital",
            "country": "SE",
            "people_affected": "one",
            "relationship": "co_worker",
            "narrative": NARRATIVE,
        });
        fixtures::submit(&app, &unknown).await;
        let by_code = json!({
            "site_code": buyer.site_code.to_lowercase(),
            "people_affected": "one",
            "relationship": "worker",
            "narrative": NARRATIVE,
        });
        fixtures::submit(&app, &by_code).await;
        let db = app.state.db().conn();
        let all = cases::Entity::find().all(db).await.unwrap();
        assert!(
            all.iter()
                .any(|c| c.owner_org_id == coordinator.org_id && c.supplier_id.is_none())
        );
        assert!(all.iter().any(|c| c.owner_org_id == buyer.org.org_id
            && c.supplier_id == Some(buyer.supplier_id)
            && c.country == "SE"));
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_public_directory_shows_no_contract_data() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer(&app, "Region Norr").await;
        let found: Value = app
            .get("/api/v1/suppliers?q=berry&country=se")
            .await
            .json()
            .await
            .unwrap();
        let found = found.as_array().unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0]["id"], buyer.supplier_id.to_string());
        let keys: Vec<&String> = found[0].as_object().unwrap().keys().collect();
        assert_eq!(keys, ["city", "country", "id", "name"]);
        let none: Value = app
            .get("/api/v1/suppliers?q=%25")
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(none, json!([]), "LIKE wildcards are escaped");
        assert_eq!(
            app.get("/api/v1/suppliers?country=XX").await.status(),
            StatusCode::BAD_REQUEST
        );
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_intake_catalogue_speaks_the_reporters_language() {
    each_backend(|app| async move {
        let english: Value = app.get("/api/v1/intake").await.json().await.unwrap();
        assert_eq!(english["indicators"].as_array().unwrap().len(), 13);
        assert!(
            english["indicators"][6]["question"]
                .as_str()
                .unwrap()
                .contains("passport")
        );
        assert_eq!(english["people_affected"].as_array().unwrap().len(), 4);
        assert_eq!(english["relationships"].as_array().unwrap().len(), 5);
        assert_eq!(english["countries"].as_array().unwrap().len(), 249);
        let swedish: Value = app
            .get("/api/v1/intake?lang=sv")
            .await
            .json()
            .await
            .unwrap();
        assert!(
            swedish["indicators"][6]["question"]
                .as_str()
                .unwrap()
                .contains("pass")
        );
        assert_ne!(
            english["indicators"][6]["question"],
            swedish["indicators"][6]["question"]
        );
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn evidence_limits_answer_413_and_leave_no_blob() {
    let options = Options {
        env: vec![
            ("KEDJA_UPLOAD_LIMIT_BYTES".into(), "2000".into()),
            ("KEDJA_CASE_UPLOAD_LIMIT_BYTES".into(), "3000".into()),
        ],
    };
    each_backend_with(options, |app| async move {
        let buyer = fixtures::buyer(&app, "Region Limit").await;
        let receipt = fixtures::submit(&app, &fixtures::report(buyer.supplier_id, NARRATIVE)).await;
        let cookie = fixtures::sign_in(&app, &receipt).await;
        assert_eq!(
            upload(
                &app,
                &cookie,
                "big.bin",
                "application/octet-stream",
                vec![b'x'; 2500]
            )
            .await
            .status(),
            StatusCode::PAYLOAD_TOO_LARGE
        );
        assert_eq!(
            upload(
                &app,
                &cookie,
                "a.bin",
                "application/octet-stream",
                vec![b'x'; 1800]
            )
            .await
            .status(),
            StatusCode::CREATED
        );
        assert_eq!(
            upload(
                &app,
                &cookie,
                "b.bin",
                "application/octet-stream",
                vec![b'x'; 1800]
            )
            .await
            .status(),
            StatusCode::PAYLOAD_TOO_LARGE,
            "the case has room for 1200 more bytes only"
        );
        assert_eq!(
            upload(
                &app,
                &cookie,
                "empty.bin",
                "application/octet-stream",
                vec![]
            )
            .await
            .status(),
            StatusCode::BAD_REQUEST
        );
        let mut blobs = Vec::new();
        every_file(&app.data_dir.join("blobs"), &mut blobs);
        assert_eq!(
            blobs.len(),
            1,
            "only the accepted file left a blob: {blobs:?}"
        );
        let not_multipart = app
            .client
            .post(app.url("/api/v1/reporter/attachments"))
            .header(COOKIE, &cookie)
            .json(&json!({"file": "x"}))
            .send()
            .await
            .unwrap();
        assert_eq!(not_multipart.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn reporter_routes_refuse_callers_without_a_session() {
    each_backend(|app| async move {
        let forged = "__Host-kedja-reporter=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        for cookie in [None, Some(forged), Some("__Host-kedja-reporter=garbage")] {
            let with = |rb: reqwest::RequestBuilder| match cookie {
                Some(c) => rb.header(COOKIE, c),
                None => rb,
            };
            let calls = [
                with(app.client.get(app.url("/api/v1/reporter/case"))),
                with(
                    app.client
                        .post(app.url("/api/v1/reporter/messages"))
                        .json(&json!({"body": "hi"})),
                ),
                with(
                    app.client
                        .post(app.url("/api/v1/reporter/consent"))
                        .json(&json!({"answer": "yes"})),
                ),
                with(app.client.delete(app.url("/api/v1/reporter/session"))),
                with(
                    app.client
                        .post(app.url("/api/v1/reporter/attachments"))
                        .multipart(
                            reqwest::multipart::Form::new()
                                .part("file", reqwest::multipart::Part::bytes(vec![1u8])),
                        ),
                ),
            ];
            for call in calls {
                let response = call.send().await.unwrap();
                assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{cookie:?}");
            }
        }
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn cross_site_posts_are_refused() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer(&app, "Region Cross").await;
        let response = app
            .client
            .post(app.url("/api/v1/reports"))
            .header("sec-fetch-site", "cross-site")
            .json(&fixtures::report(buyer.supplier_id, NARRATIVE))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn submissions_are_rate_limited_per_address() {
    let options = Options {
        env: vec![
            ("KEDJA_RATE_LIMIT_BURST".into(), "2".into()),
            ("KEDJA_RATE_LIMIT_PERIOD_MS".into(), "60000".into()),
        ],
    };
    each_backend_with(options, |app| async move {
        let body = json!({"narrative": ""});
        let mut statuses = Vec::new();
        let mut retry_after = None;
        for _ in 0..4 {
            let response = app
                .client
                .post(app.url("/api/v1/reports"))
                .json(&body)
                .send()
                .await
                .unwrap();
            statuses.push(response.status());
            if response.status() == StatusCode::TOO_MANY_REQUESTS {
                retry_after = response.headers().get(RETRY_AFTER).cloned();
                assert_eq!(
                    response.json::<Value>().await.unwrap()["error"],
                    "rate_limited"
                );
            }
        }
        assert_eq!(
            &statuses[..2],
            [StatusCode::BAD_REQUEST, StatusCode::BAD_REQUEST]
        );
        assert_eq!(
            &statuses[2..],
            [StatusCode::TOO_MANY_REQUESTS, StatusCode::TOO_MANY_REQUESTS]
        );
        assert!(retry_after.is_some());
        assert_eq!(
            app.get("/").await.status(),
            StatusCode::OK,
            "reading is not limited"
        );
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_full_key_derivation_pool_answers_503_at_once() {
    let options = Options {
        env: vec![
            ("KEDJA_KDF_WORKERS".into(), "1".into()),
            ("KEDJA_KDF_QUEUE".into(), "0".into()),
        ],
    };
    each_backend_with(options, |app| async move {
        let attempts = (0..16).map(|_| {
            app.client
                .post(app.url("/api/v1/reporter/session"))
                .json(&json!({"receipt": "1234 5678 9012 3456"}))
                .send()
        });
        let responses = futures_util::future::join_all(attempts).await;
        let busy: Vec<_> = responses
            .iter()
            .map(|r| r.as_ref().unwrap())
            .filter(|r| r.status() == StatusCode::SERVICE_UNAVAILABLE)
            .collect();
        assert!(
            !busy.is_empty(),
            "sixteen argon2 runs at once cannot fit one worker and no queue"
        );
        assert!(busy.iter().all(|r| r.headers().contains_key(RETRY_AFTER)));
        assert!(responses.iter().all(|r| matches!(
            r.as_ref().unwrap().status(),
            StatusCode::UNAUTHORIZED | StatusCode::SERVICE_UNAVAILABLE
        )));
        app.stop().await;
    })
    .await;
}

/// Sends one request over the onion listener as Tor would: a PROXY line naming the circuit,
/// then HTTP. Returns the status code, or `None` when the connection is dropped.
async fn over_tor(addr: std::net::SocketAddr, circuit: Option<u32>) -> Option<u16> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let mut request = String::new();
    if let Some(circuit) = circuit {
        let (high, low) = (circuit >> 16, circuit & 0xffff);
        request.push_str(&format!(
            "PROXY TCP6 fc00:dead:beef:4dad::{high:x}:{low:x} ::1 65535 80\r\n"
        ));
    }
    request.push_str(
        "POST /api/v1/reports HTTP/1.1\r\nHost: x.onion\r\nContent-Type: application/json\r\n\
         Content-Length: 2\r\nConnection: close\r\n\r\n{}",
    );
    stream.write_all(request.as_bytes()).await.ok()?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.ok()?;
    answer.split(' ').nth(1)?.parse().ok()
}

#[tokio::test]
async fn the_onion_listener_limits_each_circuit_under_a_global_cap() {
    // The onion listener is served by the test itself, next to the clearnet one.
    let options = Options {
        env: vec![
            ("KEDJA_RATE_LIMIT_BURST".into(), "1".into()),
            ("KEDJA_RATE_LIMIT_PERIOD_MS".into(), "600000".into()),
        ],
    };
    each_unserved_app_with(options, |built| async move {
        let clearnet = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let onion = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let (clear_addr, onion_addr) =
            (clearnet.local_addr().unwrap(), onion.local_addr().unwrap());
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(built.app.serve_all(clearnet, Some(onion), async move {
            stopped.await.ok();
        }));
        let client = reqwest::Client::new();
        let post = |addr: std::net::SocketAddr| {
            client
                .post(format!("http://{addr}/api/v1/reports"))
                .json(&json!({}))
                .send()
        };
        assert_eq!(
            post(clear_addr).await.unwrap().status(),
            StatusCode::BAD_REQUEST
        );
        assert_eq!(
            post(clear_addr).await.unwrap().status(),
            StatusCode::TOO_MANY_REQUESTS,
            "clearnet: burst of one per address"
        );

        // Without Tor's PROXY line the connection is dropped.
        assert_eq!(over_tor(onion_addr, None).await, None);
        // One bucket per circuit: circuit 1 is spent, circuit 2 still has its own.
        assert_eq!(over_tor(onion_addr, Some(1)).await, Some(400));
        assert_eq!(over_tor(onion_addr, Some(1)).await, Some(429));
        assert_eq!(over_tor(onion_addr, Some(0x0002_0003)).await, Some(400));
        // All circuits together share a cap ten times one bucket: new circuits are refused after it.
        let mut statuses = Vec::new();
        for circuit in 10..30 {
            statuses.push(over_tor(onion_addr, Some(circuit)).await.unwrap());
        }
        assert!(
            statuses.contains(&429),
            "the global cap holds: {statuses:?}"
        );
        // The global cap is checked first, so circuit 1's refused request used a token too:
        // 10 tokens = circuit 1 (twice) + circuit 2 + 7 new circuits.
        assert_eq!(
            statuses.iter().filter(|s| **s == 400).count(),
            7,
            "{statuses:?}"
        );
        stop.send(()).unwrap();
        server.await.unwrap().unwrap();
    })
    .await;
}

#[tokio::test]
async fn a_photo_split_across_network_reads_still_loses_its_metadata() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer(&app, "Region Split").await;
        let receipt = fixtures::submit(&app, &fixtures::report(buyer.supplier_id, NARRATIVE)).await;
        let cookie = fixtures::sign_in(&app, &receipt).await;
        let photo = fixtures::photo_with_exif();
        // The first two bytes arrive on their own, as they may over Tor.
        let chunks: Vec<Result<Vec<u8>, std::io::Error>> = vec![
            Ok(photo[..2].to_vec()),
            Ok(photo[2..7].to_vec()),
            Ok(photo[7..].to_vec()),
        ];
        let body = reqwest::Body::wrap_stream(futures_util::stream::iter(chunks));
        let part = reqwest::multipart::Part::stream_with_length(body, photo.len() as u64)
            .file_name("split.jpg");
        let response = app
            .client
            .post(app.url("/api/v1/reporter/attachments"))
            .header(COOKIE, &cookie)
            .multipart(reqwest::multipart::Form::new().part("file", part))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::CREATED);
        assert_eq!(
            response.json::<Value>().await.unwrap()["metadata_removed"],
            true
        );
        let row = attachments::Entity::find()
            .one(app.state.db().conn())
            .await
            .unwrap()
            .unwrap();
        let opened = open_evidence(&app, &buyer, &row).await;
        assert!(!opened.windows(5).any(|w| w == b"Canon"));
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_reporter_session_row_names_no_case_and_no_precise_time() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer(&app, "Region Session").await;
        let receipt = fixtures::submit(&app, &fixtures::report(buyer.supplier_id, NARRATIVE)).await;
        fixtures::sign_in(&app, &receipt).await;
        let rows = kedja::store::entities::sessions::Entity::find()
            .all(app.state.db().conn())
            .await
            .unwrap();
        assert_eq!(rows.len(), 1);
        let row = &rows[0];
        assert_eq!(row.kind, "reporter");
        assert!(
            row.case_id.is_none(),
            "the case is sealed inside the session"
        );
        assert_eq!(
            row.created_at.time(),
            chrono::NaiveTime::MIN,
            "created at day precision"
        );
        assert_eq!(
            row.last_seen_at.time(),
            chrono::NaiveTime::MIN,
            "last seen at day precision"
        );
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_routing_rule_wins_over_the_oldest_contract() {
    each_backend(|app| async move {
        let first = fixtures::buyer(&app, "Region Först").await;
        let second = provision::create_organisation(
            app.state.db(),
            app.state.clock(),
            provision::NewOrganisation {
                name: "Region Andra".into(),
                kind: kedja::domain::accounts::OrgKind::Buyer,
                admin_email: "admin@andra.example".into(),
                admin_password: secrecy::SecretString::from("a long admin passphrase"),
                with_totp: false,
            },
        )
        .await
        .unwrap();
        provision::link_supplier(
            app.state.db(),
            app.state.clock(),
            second.org_id,
            first.supplier_id,
            None,
        )
        .await
        .unwrap();
        fixtures::submit(&app, &fixtures::report(first.supplier_id, NARRATIVE)).await;
        provision::add_rule(
            app.state.db(),
            app.state.clock(),
            provision::NewRule {
                org_id: second.org_id,
                supplier_id: Some(first.supplier_id),
                country: None,
                sector: None,
                position: 1,
            },
        )
        .await
        .unwrap();
        fixtures::submit(&app, &fixtures::report(first.supplier_id, NARRATIVE)).await;
        let owners: Vec<uuid::Uuid> = cases::Entity::find()
            .all(app.state.db().conn())
            .await
            .unwrap()
            .into_iter()
            .map(|c| c.owner_org_id)
            .collect();
        assert!(
            owners.contains(&first.org.org_id),
            "without a rule: the oldest contract"
        );
        assert!(owners.contains(&second.org_id), "with a rule: the rule");
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_reporter_session_row_gives_the_day_and_nothing_finer() {
    each_backend(|app| async move {
        use chrono::Timelike;
        use kedja::store::entities::sessions;
        let buyer = fixtures::buyer(&app, "Region Dygn").await;
        let receipt =
            fixtures::submit(&app, &fixtures::report(buyer.supplier_id, "Night shifts")).await;
        let cookie = fixtures::sign_in(&app, &receipt).await;
        let minutes = |m: u64| std::time::Duration::from_secs(m * 60);
        for _ in 0..3 {
            // Each request moves the idle deadline, inside the sealed payload only.
            app.state.clock().advance(minutes(20));
            let seen = app
                .client
                .get(app.url("/api/v1/reporter/case"))
                .header(COOKIE, &cookie)
                .send()
                .await
                .unwrap();
            assert_eq!(
                seen.status(),
                StatusCode::OK,
                "used every 20 minutes, it stays open"
            );
            let rows = sessions::Entity::find()
                .filter(sessions::Column::Kind.eq("reporter"))
                .all(app.state.db().conn())
                .await
                .unwrap();
            assert_eq!(rows.len(), 1);
            for at in [rows[0].created_at, rows[0].last_seen_at, rows[0].expires_at] {
                assert_eq!(
                    (at.hour(), at.minute(), at.second(), at.nanosecond()),
                    (0, 0, 0, 0),
                    "a reporter session row holds {at}"
                );
            }
        }
        // Left idle past 30 minutes it ends, although its row would live to the day's end.
        app.state.clock().advance(minutes(31));
        let idle = app
            .client
            .get(app.url("/api/v1/reporter/case"))
            .header(COOKIE, &cookie)
            .send()
            .await
            .unwrap();
        assert_eq!(idle.status(), StatusCode::UNAUTHORIZED);
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn evidence_files_and_their_folders_hold_no_upload_time() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer(&app, "Region Fil").await;
        let receipt =
            fixtures::submit(&app, &fixtures::report(buyer.supplier_id, "Payslips")).await;
        let cookie = fixtures::sign_in(&app, &receipt).await;
        for n in 0..2 {
            let sent = upload(
                &app,
                &cookie,
                &format!("payslip-{n}.pdf"),
                "application/pdf",
                vec![b'%'; 500],
            )
            .await;
            assert_eq!(sent.status(), StatusCode::CREATED);
        }
        let blobs = app.data_dir.join("blobs");
        let mut files = Vec::new();
        every_file(&blobs, &mut files);
        assert!(files.len() >= 2, "the uploads are on disk: {files:?}");
        let folders: Vec<_> = files
            .iter()
            .filter_map(|f| f.parent().map(std::path::Path::to_path_buf))
            .collect();
        for path in files.iter().chain(&folders).chain([&blobs]) {
            let modified = std::fs::metadata(path).unwrap().modified().unwrap();
            assert_eq!(
                modified,
                std::time::SystemTime::UNIX_EPOCH,
                "{} carries a time",
                path.display()
            );
        }
        app.stop().await;
    })
    .await;
}
