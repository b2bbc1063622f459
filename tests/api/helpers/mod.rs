//! The test harness: spawns the real app on a random port against a fresh database and talks
//! HTTP to it.
//!
//! [`each_backend`] runs a test body once on SQLite and, when `KEDJA_TEST_POSTGRES_URL` is set,
//! once more on a fresh PostgreSQL database that is dropped afterwards. Both runs happen inside
//! the one test function, so a missing database never turns into a skipped test counted as a
//! pass. [`each_backend_with`] does the same with extra settings, [`each_unserved_app_with`]
//! hands over a built app for a test that serves it itself, and [`each_database`] only a
//! database, for tests of the CLI.
//!
//! The app runs on a manual [`Clock`] that starts at the real time: a test that needs time to
//! pass (the next TOTP step, say) moves the app's clock forward instead of waiting for it.

use std::collections::HashMap;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use kedja::{App, AppState, Settings, clock::Clock};
use sea_orm::{ConnectionTrait, Database};
use tempfile::TempDir;
use tokio::sync::oneshot;

pub mod binary;
pub mod fixtures;
pub mod smtp;
pub mod staff;

/// Which database a run uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The backends this machine offers.
pub fn backends() -> Vec<Backend> {
    let mut list = vec![Backend::Sqlite];
    if postgres_admin_url().is_some() {
        list.push(Backend::Postgres);
    } else if std::env::var_os("KEDJA_TEST_REQUIRE_POSTGRES").is_some() {
        // CI sets this: a PostgreSQL run that silently did not happen is not a pass.
        panic!("KEDJA_TEST_REQUIRE_POSTGRES is set but KEDJA_TEST_POSTGRES_URL is not");
    }
    list
}

fn postgres_admin_url() -> Option<String> {
    std::env::var("KEDJA_TEST_POSTGRES_URL")
        .ok()
        .filter(|u| !u.is_empty())
}

/// A database for one test run; a PostgreSQL one is dropped when this is dropped.
pub struct TestDatabase {
    pub url: String,
    postgres_name: Option<String>,
}

impl TestDatabase {
    /// A fresh, empty database in `dir` (SQLite) or on the test server (PostgreSQL).
    pub async fn create(backend: Backend, dir: &Path) -> Self {
        match backend {
            Backend::Sqlite => Self {
                url: format!("sqlite://{}?mode=rwc", dir.join("kedja.sqlite").display()),
                postgres_name: None,
            },
            Backend::Postgres => {
                let admin = postgres_admin_url().expect("KEDJA_TEST_POSTGRES_URL is set");
                let name = format!("kedja_test_{}", uuid::Uuid::new_v4().simple());
                let conn = Database::connect(&admin)
                    .await
                    .expect("connect to the test PostgreSQL");
                conn.execute_unprepared(&format!("CREATE DATABASE {name}"))
                    .await
                    .expect("create the test database");
                conn.close().await.ok();
                Self {
                    url: replace_database(&admin, &name),
                    postgres_name: Some(name),
                }
            }
        }
    }
}

/// `postgres://user@host:port/any?x` → the same with `/name`.
fn replace_database(url: &str, name: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map_or((url, None), |(b, q)| (b, Some(q)));
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let path_start = base[scheme_end..].find('/').map(|i| i + scheme_end);
    let root = path_start.map_or(base, |i| &base[..i]);
    match query {
        Some(q) => format!("{root}/{name}?{q}"),
        None => format!("{root}/{name}"),
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let Some(name) = self.postgres_name.take() else {
            return;
        };
        let Some(admin) = postgres_admin_url() else {
            return;
        };
        // Drop may run inside a runtime (or while a test panics): use a thread of its own.
        let database = name.clone();
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| e.to_string())?;
            runtime.block_on(async {
                let conn = Database::connect(&admin).await.map_err(|e| e.to_string())?;
                let dropped = conn
                    .execute_unprepared(&format!("DROP DATABASE IF EXISTS {database} WITH (FORCE)"))
                    .await
                    .map_err(|e| e.to_string());
                conn.close().await.ok();
                dropped.map(|_| ())
            })
        })
        .join();
        // Not a panic: a drop during a failing test would abort the whole run.
        match dropped {
            Ok(Ok(())) => {}
            Ok(Err(err)) => eprintln!("the test database {name} was not dropped: {err}"),
            Err(_) => eprintln!("the test database {name} was not dropped"),
        }
    }
}

/// A running app.
pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub state: AppState,
    pub data_dir: PathBuf,
    pub database: TestDatabase,
    pub backend: Backend,
    /// The last TOTP step handed out per otpauth URI (see [`staff::code`]).
    pub totp_steps: Mutex<HashMap<String, u64>>,
    shutdown: Option<oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
    _dir: TempDir,
}

/// Options for spawning.
#[derive(Default, Clone)]
pub struct Options {
    /// Extra `KEDJA_*` variables.
    pub env: Vec<(String, String)>,
}

impl TestApp {
    /// Spawns with extra settings.
    pub async fn spawn_with(backend: Backend, options: Options) -> Self {
        let UnservedApp {
            app,
            database,
            data_dir,
            _dir: dir,
        } = UnservedApp::build(backend, options).await;
        let state = app.state().clone();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        let (tx, rx) = oneshot::channel::<()>();
        let server = tokio::spawn(app.serve(listener, async move {
            rx.await.ok();
        }));
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        Self {
            base: format!("http://{addr}"),
            client,
            state,
            data_dir,
            database,
            backend,
            totp_steps: Mutex::default(),
            shutdown: Some(tx),
            server: Some(server),
            _dir: dir,
        }
    }

    /// The absolute URL of `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// GET `path`.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("request")
    }

    /// Stops the server and waits for it to finish the requests in flight.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            // The server may have ended already.
            tx.send(()).ok();
        }
        if let Some(server) = self.server.take() {
            server
                .await
                .expect("server task")
                .expect("server ends cleanly");
        }
    }
}

/// An app built on a fresh database and data folder, not yet serving: for tests that serve it
/// themselves (on an onion listener, say).
pub struct UnservedApp {
    pub app: App,
    pub database: TestDatabase,
    pub data_dir: PathBuf,
    _dir: TempDir,
}

impl UnservedApp {
    /// Builds the app as [`TestApp::spawn_with`] does, on a manual clock that starts now.
    pub async fn build(backend: Backend, options: Options) -> Self {
        // KEDJA_TEST_LOG=debug shows the service's log while debugging a test.
        if let Ok(filter) = std::env::var("KEDJA_TEST_LOG") {
            // Only the first test to get here installs it.
            tracing_subscriber::fmt()
                .with_env_filter(filter)
                .with_test_writer()
                .try_init()
                .ok();
        }
        let dir = tempfile::tempdir().expect("temp dir");
        let data_dir = dir.path().join("data");
        let database = TestDatabase::create(backend, dir.path()).await;
        let mut env: HashMap<String, String> = HashMap::new();
        env.insert("KEDJA_DATA_DIR".into(), data_dir.display().to_string());
        env.insert("KEDJA_DATABASE_URL".into(), database.url.clone());
        env.insert("KEDJA_BIND".into(), "127.0.0.1:0".into());
        // Tests send many requests from one address; the rate-limit test lowers this again.
        env.insert("KEDJA_RATE_LIMIT_BURST".into(), "10000".into());
        for (key, value) in options.env {
            env.insert(key, value);
        }
        let settings = Settings::load(&env).expect("test settings are valid");
        std::fs::create_dir_all(&data_dir).expect("data dir");
        let clock = Clock::manual(Clock::system().now());
        let app = App::build(settings, &env, clock)
            .await
            .expect("the app builds");
        Self {
            app,
            database,
            data_dir,
            _dir: dir,
        }
    }
}

/// Runs `body` once per backend, each on a freshly spawned app.
pub async fn each_backend<F, Fut>(body: F)
where
    F: Fn(TestApp) -> Fut,
    Fut: Future<Output = ()>,
{
    each_backend_with(Options::default(), body).await;
}

/// Runs `body` once per backend, each on a freshly spawned app with extra settings.
pub async fn each_backend_with<F, Fut>(options: Options, body: F)
where
    F: Fn(TestApp) -> Fut,
    Fut: Future<Output = ()>,
{
    for backend in backends() {
        eprintln!("-- backend: {backend:?}");
        let app = TestApp::spawn_with(backend, options.clone()).await;
        body(app).await;
    }
}

/// Runs `body` once per backend with a freshly built app that `body` serves itself.
pub async fn each_unserved_app_with<F, Fut>(options: Options, body: F)
where
    F: Fn(UnservedApp) -> Fut,
    Fut: Future<Output = ()>,
{
    for backend in backends() {
        eprintln!("-- backend: {backend:?}");
        body(UnservedApp::build(backend, options.clone()).await).await;
    }
}

/// Runs `body` once per backend with a fresh database but no server (for CLI tests).
pub async fn each_database<F, Fut>(body: F)
where
    F: Fn(TestDatabase, PathBuf) -> Fut,
    Fut: Future<Output = ()>,
{
    for backend in backends() {
        eprintln!("-- backend: {backend:?}");
        let dir = tempfile::tempdir().expect("temp dir");
        let data_dir = dir.path().join("data");
        let database = TestDatabase::create(backend, dir.path()).await;
        body(database, data_dir).await;
        drop(dir);
    }
}

pub fn every_file(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            every_file(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// No needle in any file of the data folder (database, WAL, blobs), nor, on PostgreSQL, in any
/// row of any table as text (bytea shows as hex, so the hex form is checked too).
pub async fn assert_nothing_in_clear(app: &TestApp, needles: &[&str]) {
    let mut files = Vec::new();
    every_file(&app.data_dir, &mut files);
    if app.backend == Backend::Sqlite {
        assert!(
            files
                .iter()
                .any(|f| f.to_string_lossy().contains("kedja.sqlite"))
                || app.database.url.contains("kedja.sqlite")
        );
        let db_dir = Path::new(
            app.database
                .url
                .trim_start_matches("sqlite://")
                .split('?')
                .next()
                .unwrap(),
        )
        .parent()
        .unwrap()
        .to_path_buf();
        for entry in std::fs::read_dir(db_dir).unwrap().flatten() {
            if entry
                .file_name()
                .to_string_lossy()
                .starts_with("kedja.sqlite")
            {
                files.push(entry.path());
            }
        }
    }
    assert!(
        files.iter().any(|f| f.to_string_lossy().contains("blobs")),
        "blobs were written"
    );
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        for needle in needles {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                "{needle:?} found in clear in {}",
                file.display()
            );
        }
    }
    if app.backend == Backend::Postgres {
        let db = app.state.db().conn();
        let tables = db
            .query_all_raw(sea_orm::Statement::from_string(
                db.get_database_backend(),
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'".to_string(),
            ))
            .await
            .unwrap();
        for table in tables {
            let table: String = table.try_get("", "tablename").unwrap();
            let rows = db
                .query_all_raw(sea_orm::Statement::from_string(
                    db.get_database_backend(),
                    format!("SELECT CAST(t AS TEXT) AS row FROM \"{table}\" t"),
                ))
                .await
                .unwrap();
            for row in rows {
                let text: String = row.try_get("", "row").unwrap();
                for needle in needles {
                    assert!(!text.contains(needle), "{needle:?} in clear in {table}");
                    assert!(
                        !text.contains(&hex::encode(needle)),
                        "{needle:?} as hex in {table}"
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_names_are_replaced() {
        assert_eq!(
            replace_database("postgres://postgres@127.0.0.1:5432/postgres", "x"),
            "postgres://postgres@127.0.0.1:5432/x"
        );
        assert_eq!(
            replace_database("postgres://postgres@127.0.0.1:5432", "x"),
            "postgres://postgres@127.0.0.1:5432/x"
        );
        assert_eq!(
            replace_database("postgres://u:p@h/db?sslmode=disable", "x"),
            "postgres://u:p@h/x?sslmode=disable"
        );
    }
}
