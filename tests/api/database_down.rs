//! A database that cannot be reached: requests are answered 503 with `Retry-After` within two
//! seconds (never a 500 after ten), `/readyz` says so, and service resumes by itself when the
//! database is back. PostgreSQL is cut off by a TCP proxy between the app and the server; SQLite
//! by a lock another process holds. A refused report whose counter cannot be written still gets
//! its own answer.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use kedja::{App, Settings, clock::Clock};
use reqwest::StatusCode;
use sea_orm::{ConnectionTrait, TransactionTrait};
use serde_json::{Value, json};
use tokio::net::{TcpSocket, TcpStream};
use tokio::task::JoinHandle;

use crate::helpers::{Backend, Options, TestApp, TestDatabase, backends, each_backend, fixtures};

/// A TCP proxy to `target` that can be cut (listener closed, every connection dropped) and
/// restored on the same port.
struct Proxy {
    addr: SocketAddr,
    target: SocketAddr,
    tasks: Arc<Mutex<Vec<JoinHandle<()>>>>,
}

impl Proxy {
    async fn start(target: SocketAddr) -> Self {
        let mut proxy = Self {
            addr: "127.0.0.1:0".parse().unwrap(),
            target,
            tasks: Arc::default(),
        };
        proxy.up().await;
        proxy
    }

    async fn up(&mut self) {
        let socket = TcpSocket::new_v4().unwrap();
        socket.set_reuseaddr(true).unwrap();
        socket.bind(self.addr).unwrap();
        let listener = socket.listen(64).unwrap();
        self.addr = listener.local_addr().unwrap();
        let (target, tasks) = (self.target, self.tasks.clone());
        let accept = tokio::spawn(async move {
            loop {
                let Ok((mut client, _)) = listener.accept().await else {
                    continue;
                };
                let forward = tokio::spawn(async move {
                    if let Ok(mut server) = TcpStream::connect(target).await {
                        drop(tokio::io::copy_bidirectional(&mut client, &mut server).await);
                    }
                });
                tasks.lock().unwrap().push(forward);
            }
        });
        self.tasks.lock().unwrap().push(accept);
    }

    /// Closes the listener and every connection through it.
    fn down(&self) {
        for task in self.tasks.lock().unwrap().drain(..) {
            task.abort();
        }
    }
}

/// Answers `request` (status, Retry-After, time taken), or fails the test after 8 s.
async fn timed(request: reqwest::RequestBuilder) -> (StatusCode, Option<String>, Duration) {
    let started = Instant::now();
    let response = request
        .timeout(Duration::from_secs(8))
        .send()
        .await
        .expect("an answer within 8 s");
    let retry = response
        .headers()
        .get(reqwest::header::RETRY_AFTER)
        .map(|v| v.to_str().unwrap().to_string());
    (response.status(), retry, started.elapsed())
}

#[tokio::test]
async fn postgres_out_of_reach_gives_503_with_retry_after_and_recovers() {
    if !backends().contains(&Backend::Postgres) {
        // `backends()` panics when KEDJA_TEST_REQUIRE_POSTGRES is set without a server; the
        // SQLite side of this is `a_locked_sqlite_database_gives_503_not_500`.
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let database = TestDatabase::create(Backend::Postgres, dir.path()).await;
    let mut url = reqwest::Url::parse(&database.url).unwrap();
    let target = SocketAddr::new(
        url.host_str().unwrap().parse().unwrap(),
        url.port().unwrap_or(5432),
    );
    let mut proxy = Proxy::start(target).await;
    url.set_port(Some(proxy.addr.port())).unwrap();

    let data_dir = dir.path().join("data");
    std::fs::create_dir_all(&data_dir).unwrap();
    // The default database wait: the promise holds without tuning.
    let env: HashMap<String, String> = [
        ("KEDJA_DATA_DIR", data_dir.display().to_string()),
        ("KEDJA_DATABASE_URL", url.to_string()),
        ("KEDJA_BIND", "127.0.0.1:0".to_string()),
        ("KEDJA_RATE_LIMIT_BURST", "10000".to_string()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    let settings = Settings::load(&env).unwrap();
    let app = App::build(settings, &env, Clock::system()).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(app.serve(listener, async move {
        stopped.await.ok();
    }));
    let client = reqwest::Client::new();
    let suppliers = || client.get(format!("{base}/api/v1/suppliers?q=farm"));
    let readyz = || client.get(format!("{base}/readyz"));

    assert_eq!(timed(suppliers()).await.0, StatusCode::OK);
    assert_eq!(timed(readyz()).await.0, StatusCode::OK);

    proxy.down();
    for _ in 0..3 {
        let (status, retry, took) = timed(suppliers()).await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "after {took:?}");
        assert!(retry.is_some_and(|r| r.parse::<u64>().unwrap() >= 1));
        assert!(took < Duration::from_secs(2), "answered after {took:?}");
    }
    // A report, which reads the routing table first, is answered the same.
    let (status, retry, took) = timed(client.post(format!("{base}/api/v1/reports")).json(
        &json!({"supplier_text": "A farm", "country": "SE", "indicators": [],
                "people_affected": "one", "relationship": "worker",
                "narrative": "They keep our passports in the office safe"}),
    ))
    .await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(retry.is_some());
    assert!(took < Duration::from_secs(2), "answered after {took:?}");
    let (status, retry, took) = timed(readyz()).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "/readyz says so");
    assert!(retry.is_some());
    assert!(
        took < Duration::from_secs(2),
        "/readyz answered after {took:?}"
    );

    // Back without a restart.
    proxy.up().await;
    let mut ready = false;
    for _ in 0..40 {
        if timed(readyz()).await.0 == StatusCode::OK {
            ready = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert!(ready, "/readyz is ready again once the database is back");
    assert_eq!(timed(suppliers()).await.0, StatusCode::OK);

    stop.send(()).unwrap();
    server.await.unwrap().unwrap();
    proxy.down();
    // Dropped through the admin URL, not the proxy.
    drop(database);
}

#[tokio::test]
async fn a_locked_sqlite_database_gives_503_not_500() {
    // The default database wait, as above.
    let app = TestApp::spawn_with(Backend::Sqlite, Options::default()).await;
    let buyer = fixtures::buyer(&app, "Locked").await;
    // Another process (a backup, an admin's shell) holds SQLite's write lock.
    let other = sea_orm::Database::connect(&app.database.url).await.unwrap();
    let holder = other.begin().await.unwrap();
    holder
        .execute_unprepared("UPDATE audit_head SET seq = seq WHERE id = -1")
        .await
        .unwrap();

    let (status, retry, took) = timed(app.client.post(app.url("/api/v1/reports")).json(
        &fixtures::report(buyer.supplier_id, "The gate is locked at night"),
    ))
    .await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "after {took:?}");
    assert!(retry.is_some());
    assert!(took < Duration::from_secs(2), "answered after {took:?}");

    holder.rollback().await.unwrap();
    other.close().await.unwrap();
    // Free again: the same report is filed.
    fixtures::submit(
        &app,
        &fixtures::report(buyer.supplier_id, "The gate is locked at night"),
    )
    .await;
    app.stop().await;
}

#[tokio::test]
async fn a_refused_report_is_answered_even_when_its_counter_cannot_be_written() {
    each_backend(|app| async move {
        // The daily counter of refused reports cannot be written.
        app.state
            .db()
            .conn()
            .execute_unprepared("DROP TABLE refused_reports")
            .await
            .unwrap();
        let response = app
            .client
            .post(app.url("/api/v1/reports"))
            .json(&json!({
                "supplier_text": "A car wash on the E4 near Gävle",
                "country": "SE",
                "indicators": [],
                "people_affected": "one",
                "relationship": "worker",
                "narrative": "They keep our passports in the office safe",
            }))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(
            response.json::<Value>().await.unwrap()["error"],
            "no_recipient",
            "the reporter is told nobody can receive it, not a server error"
        );
        app.stop().await;
    })
    .await;
}
