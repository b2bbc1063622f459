//! What the performance work changed in behaviour: sessions written back at most once a
//! minute, the deadline digest queued by one statement that never queues a member twice, and
//! evidence streamed back whole (or, when its blob fails its recorded hash, never whole).

use kedja::store::entities::{attachments, outbox, sessions};
use reqwest::StatusCode;
use reqwest::header::COOKIE;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::staff::{Team, get_json, make_team};
use crate::helpers::{TestApp, each_backend, fixtures};

fn seconds(s: u64) -> std::time::Duration {
    std::time::Duration::from_secs(s)
}

async fn session_rows(app: &TestApp, kind: &str) -> Vec<sessions::Model> {
    sessions::Entity::find()
        .filter(sessions::Column::Kind.eq(kind))
        .all(app.state.db().conn())
        .await
        .unwrap()
}

#[tokio::test]
async fn a_staff_session_row_is_written_at_most_once_a_minute() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Minut").await;
        let row = |rows: Vec<sessions::Model>| {
            rows.into_iter()
                .find(|r| r.member_id == Some(team.handler_id))
                .expect("the handler's session")
        };
        // The app's clock runs on from where the test moved it: a write happened if the row
        // holds a time from the request (PostgreSQL keeps microseconds, the clock nanoseconds).
        let during = |before: chrono::DateTime<chrono::Utc>, at: chrono::DateTime<chrono::Utc>| {
            at >= before - chrono::TimeDelta::microseconds(1) && at <= app.state.clock().now()
        };
        app.state.clock().advance(seconds(120));
        let before = app.state.clock().now();
        let (status, _) = get_json(&app, "/api/v1/cases", &team.handler).await;
        assert_eq!(status, StatusCode::OK);
        let touched = row(session_rows(&app, "staff").await);
        assert!(
            during(before, touched.last_seen_at),
            "two idle minutes later, the request moves the deadline"
        );

        // A second request 30 seconds later reads the row and writes nothing.
        app.state.clock().advance(seconds(30));
        let (status, _) = get_json(&app, "/api/v1/cases", &team.handler).await;
        assert_eq!(status, StatusCode::OK);
        let again = row(session_rows(&app, "staff").await);
        assert_eq!(
            again.last_seen_at, touched.last_seen_at,
            "not written again"
        );
        assert_eq!(again.expires_at, touched.expires_at, "not written again");

        // A minute after the write, the next request writes again.
        app.state.clock().advance(seconds(31));
        let before = app.state.clock().now();
        let (status, _) = get_json(&app, "/api/v1/cases", &team.handler).await;
        assert_eq!(status, StatusCode::OK);
        let later = row(session_rows(&app, "staff").await);
        assert!(during(before, later.last_seen_at), "written again");
        assert!(later.expires_at > touched.expires_at);
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_reporter_session_row_is_written_at_most_once_a_minute() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer(&app, "Region Sekund").await;
        let receipt =
            fixtures::submit(&app, &fixtures::report(buyer.supplier_id, "Night shifts")).await;
        let reporter = fixtures::sign_in(&app, &receipt).await;
        let sealed = |rows: Vec<sessions::Model>| {
            assert_eq!(rows.len(), 1);
            rows[0].sealed.clone()
        };
        let signed_in = sealed(session_rows(&app, "reporter").await);

        // Within the minute: the sealed deadline is not rewritten.
        app.state.clock().advance(seconds(40));
        let (status, _) = get_json(&app, "/api/v1/reporter/case", &reporter).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            sealed(session_rows(&app, "reporter").await),
            signed_in,
            "a request within a minute writes nothing"
        );

        // Past it: sealed again (a fresh seal), the row still at day precision.
        app.state.clock().advance(seconds(40));
        let (status, _) = get_json(&app, "/api/v1/reporter/case", &reporter).await;
        assert_eq!(status, StatusCode::OK);
        let rows = session_rows(&app, "reporter").await;
        assert_ne!(rows[0].sealed, signed_in, "the idle deadline moved");
        assert_eq!(rows[0].last_seen_at.time(), chrono::NaiveTime::MIN);

        // The moved deadline holds: 29 minutes after the last write it is still open, and an
        // untouched session would have ended 30 minutes after sign-in.
        app.state.clock().advance(seconds(29 * 60));
        let (status, _) = get_json(&app, "/api/v1/reporter/case", &reporter).await;
        assert_eq!(status, StatusCode::OK, "30 minutes after sign-in, 29 idle");
        app.stop().await;
    })
    .await;
}

/// A plain-text file of `len` bytes spanning several of age's 64 KiB chunks.
fn long_text(len: usize) -> Vec<u8> {
    let line = b"Shift log: 14 hours, no break, passports still held by the agent.\n";
    line.iter().copied().cycle().take(len).collect()
}

/// Uploads `bytes` as a reporter on a new case and returns the case and attachment ids.
async fn case_with_file(app: &TestApp, team: &Team, bytes: Vec<u8>) -> (String, String) {
    let receipt = fixtures::submit(
        app,
        &fixtures::report(team.buyer.supplier_id, "Shift logs attached"),
    )
    .await;
    let reporter = fixtures::sign_in(app, &receipt).await;
    let part = reqwest::multipart::Part::bytes(bytes)
        .file_name("shifts.txt")
        .mime_str("text/plain")
        .unwrap();
    let uploaded = app
        .client
        .post(app.url("/api/v1/reporter/attachments"))
        .header(COOKIE, &reporter)
        .multipart(reqwest::multipart::Form::new().part("file", part))
        .send()
        .await
        .unwrap();
    assert_eq!(uploaded.status(), StatusCode::CREATED);
    let (_, list) = get_json(app, "/api/v1/cases", &team.handler).await;
    let id = list[0]["id"].as_str().unwrap().to_string();
    let (_, case) = get_json(app, &format!("/api/v1/cases/{id}"), &team.handler).await;
    let attachment = case["attachments"][0]["id"].as_str().unwrap().to_string();
    (id, attachment)
}

#[tokio::test]
async fn a_large_evidence_file_streams_back_whole_and_a_tampered_one_never_completes() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Ström").await;
        let original = long_text(5 * 64 * 1024 + 12_345);
        let (id, attachment) = case_with_file(&app, &team, original.clone()).await;
        let path = format!("/api/v1/cases/{id}/attachments/{attachment}");
        let download = app
            .client
            .get(app.url(&path))
            .header(COOKIE, &team.handler)
            .send()
            .await
            .unwrap();
        assert_eq!(download.status(), StatusCode::OK);
        assert_eq!(
            download.headers()["content-type"],
            "application/octet-stream"
        );
        let bytes = download.bytes().await.unwrap();
        assert_eq!(bytes.len(), original.len());
        assert!(bytes[..] == original[..], "the same bytes, in order");

        // The row's recorded hash no longer matches the blob (another file swapped in, say):
        // the download starts, but never delivers the whole file.
        let db = app.state.db().conn();
        attachments::Entity::update_many()
            .col_expr(
                attachments::Column::CiphertextSha256,
                sea_orm::sea_query::Expr::value("0".repeat(64)),
            )
            .exec(db)
            .await
            .unwrap();
        let tampered = app
            .client
            .get(app.url(&path))
            .header(COOKIE, &team.handler)
            .send()
            .await
            .unwrap();
        // Streamed: the answer has begun before the whole blob is read, so it says 200, and
        // then either the connection is cut short (an error here) or the body is short.
        assert_eq!(tampered.status(), StatusCode::OK);
        if let Ok(bytes) = tampered.bytes().await {
            assert!(
                bytes.len() < original.len(),
                "a blob that fails its hash is never delivered whole"
            );
        }
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn digests_queued_by_one_statement_are_whole_rows_once_a_day() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Påminn").await;
        for _ in 0..3 {
            fixtures::submit(
                &app,
                &fixtures::report(team.buyer.supplier_id, "Locked gate"),
            )
            .await;
        }
        let (_, list) = get_json(&app, "/api/v1/cases", &team.handler).await;
        let due: chrono::NaiveDate = list[0]["acknowledge_by"].as_str().unwrap().parse().unwrap();
        let late = due
            .succ_opt()
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap()
            .and_utc();
        let db = app.state.db();
        outbox::Entity::delete_many().exec(db.conn()).await.unwrap();

        let (first, second) = (
            kedja::notify::reminders::queue_due(db, late).await.unwrap(),
            kedja::notify::reminders::queue_due(db, late).await.unwrap(),
        );
        assert_eq!(
            (first, second),
            (2, 0),
            "the admin and the handler, once a day"
        );
        let rows = outbox::Entity::find().all(db.conn()).await.unwrap();
        assert_eq!(rows.len(), 2);
        assert_ne!(rows[0].id, rows[1].id);
        for row in &rows {
            assert_eq!(row.id.get_version_num(), 4, "a version-4 UUID: {}", row.id);
            assert_eq!(row.kind, "deadline_digest");
            assert_eq!(row.case_id, None);
            assert_eq!(row.attempts, 0);
            assert_eq!(row.sent_at, None);
            assert_eq!(row.created_at, kedja::notify::outbox::start_of_day(late));
            assert_eq!(row.next_attempt_at, row.created_at, "due at once");
            assert_eq!(
                kedja::notify::Payload::parse(&row.payload),
                kedja::notify::Payload {
                    overdue: Some(3),
                    due_soon: Some(0),
                    ..Default::default()
                },
                "{}",
                row.payload
            );
        }
        let members: std::collections::HashSet<_> = rows.iter().map(|r| r.member_id).collect();
        assert!(members.contains(&Some(team.handler_id)) && members.contains(&Some(team.admin_id)));

        // The next day, again once.
        let next = late + chrono::TimeDelta::days(1);
        assert_eq!(
            kedja::notify::reminders::queue_due(db, next).await.unwrap(),
            2
        );
        assert_eq!(
            kedja::notify::reminders::queue_due(db, next).await.unwrap(),
            0
        );
        app.stop().await;
    })
    .await;
}
