//! Persistence: the database (sea-orm over SQLite or PostgreSQL) and the blob store.
//!
//! All SQL lives here, in repository functions that take the caller where access depends on
//! it. Handlers never build queries. Nothing stored here is plaintext content: callers hand
//! over sealed bytes from `crypto`.

pub mod blobs;
pub mod cases;
pub mod digests;
pub mod entities;
pub mod escalations;
pub mod instance;
pub mod member_links;
pub mod orgs;
pub mod queue;
pub mod refusals;
pub mod retention;
pub mod routing;
pub mod sessions;
pub mod sign_in_budgets;
pub mod spent_forms;
pub mod suppliers;

use std::time::Duration;

use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbErr};

use crate::config::Settings;

/// Opens the pool. For SQLite the data folder is created first; WAL with `synchronous=FULL`
/// makes a commit durable before the reporter is shown a receipt.
pub async fn connect(settings: &Settings) -> anyhow::Result<DatabaseConnection> {
    if !settings.is_postgres() {
        std::fs::create_dir_all(&settings.data_dir).map_err(|e| {
            anyhow::anyhow!(
                "cannot create the data folder {}: {e}",
                settings.data_dir.display()
            )
        })?;
    }
    connect_with(&settings.database_url, settings.db_timeout).await
}

/// How long a request waits for the database by default (`KEDJA_DB_TIMEOUT_MS`).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_millis(1500);

/// Opens a pool on `url` with kedja's options and the default wait.
pub async fn connect_url(url: &str) -> anyhow::Result<DatabaseConnection> {
    connect_with(url, DEFAULT_TIMEOUT).await
}

/// Opens a pool on `url`. `wait` bounds how long a request waits for a connection (a pool
/// that cannot reach PostgreSQL keeps trying until then) and, on SQLite, for a lock another
/// process holds: past it the request is answered 503 with `Retry-After` (see
/// [`crate::error::AppError`]), never held for long nor answered 500. The pool reconnects by
/// itself when the database is back.
pub async fn connect_with(url: &str, wait: Duration) -> anyhow::Result<DatabaseConnection> {
    let mut options = ConnectOptions::new(url.to_string());
    options
        .max_connections(if url.starts_with("sqlite") { 8 } else { 20 })
        .connect_timeout(wait)
        .acquire_timeout(wait)
        // sqlx's statement log is off: statements are not secret, but the log stays for events
        // we chose, and parameters must never appear in it.
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(move |opts| {
            opts.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(wait)
        });
    Database::connect(options)
        .await
        .map_err(|e| anyhow::anyhow!("cannot open the database: {}", redact_db_error(&e)))
}

/// A connection error can quote the URL, and the URL can hold a password.
fn redact_db_error(err: &DbErr) -> String {
    let text = err.to_string();
    match text.find("://") {
        Some(_) => "connection failed (check KEDJA_DATABASE_URL and that the server is up)".into(),
        None => text,
    }
}

/// Applies pending migrations.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    Migrator::up(db, None).await
}

/// Whether the database answers, for `/readyz`.
pub async fn ping(db: &DatabaseConnection) -> bool {
    db.execute_unprepared("SELECT 1").await.is_ok()
}

/// The database plus the write discipline: on SQLite, which has a single writer, write
/// transactions are taken one at a time in this process, so a transaction that read first
/// never fails to upgrade to a writer mid-way. PostgreSQL needs no such gate.
#[derive(Clone)]
pub struct Db {
    conn: DatabaseConnection,
    writer: Option<std::sync::Arc<tokio::sync::Mutex<()>>>,
}

/// A write transaction; dropping it without [`WriteTxn::commit`] rolls back.
pub struct WriteTxn {
    txn: sea_orm::DatabaseTransaction,
    _writer: Option<tokio::sync::OwnedMutexGuard<()>>,
}

impl Db {
    /// Wraps an open pool.
    pub fn new(conn: DatabaseConnection) -> Self {
        let writer = matches!(conn.get_database_backend(), sea_orm::DbBackend::Sqlite)
            .then(|| std::sync::Arc::new(tokio::sync::Mutex::new(())));
        Self { conn, writer }
    }

    /// For reads.
    pub fn conn(&self) -> &DatabaseConnection {
        &self.conn
    }

    /// Whether this is PostgreSQL (row locks and SKIP LOCKED are available).
    pub fn is_postgres(&self) -> bool {
        matches!(
            self.conn.get_database_backend(),
            sea_orm::DbBackend::Postgres
        )
    }

    /// Begins a write transaction: one user action, one transaction.
    pub async fn begin(&self) -> Result<WriteTxn, DbErr> {
        let guard = match &self.writer {
            Some(writer) => Some(writer.clone().lock_owned().await),
            None => None,
        };
        let txn = sea_orm::TransactionTrait::begin(&self.conn).await?;
        if self.writer.is_some() {
            // Take SQLite's write lock now, as BEGIN IMMEDIATE would: a transaction that read
            // first and wrote later would fail (SQLITE_BUSY_SNAPSHOT) if any other connection
            // wrote in between. An UPDATE matching no row still takes the lock.
            sea_orm::ConnectionTrait::execute_unprepared(
                &txn,
                "UPDATE audit_head SET seq = seq WHERE id = -1",
            )
            .await?;
        }
        Ok(WriteTxn {
            txn,
            _writer: guard,
        })
    }
}

impl WriteTxn {
    /// Commits; the write gate is released afterwards.
    pub async fn commit(self) -> Result<(), DbErr> {
        self.txn.commit().await
    }
}

impl std::ops::Deref for WriteTxn {
    type Target = sea_orm::DatabaseTransaction;
    fn deref(&self) -> &Self::Target {
        &self.txn
    }
}
