//! Application state, router assembly and serving.
//!
//! Each audience module exposes its own routes; they are merged here with the layers every
//! request passes through: tracing without addresses, panic catching, timeouts, body limits,
//! security headers, and compression for static assets only (compressing pages that carry a
//! CSRF token next to reflected input would invite BREACH).

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::routing::get;
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;

use crate::clock::Clock;
use crate::config::Settings;
use crate::crypto::KdfPool;
use crate::crypto::secrets::{InstanceSecrets, Origin};
use crate::error::AppError;
use crate::store::blobs::BlobStore;
use crate::store::{self, Db, instance::SecretsCheck};
use crate::web::limits::{Limiters, Listener};
use crate::web::{self, headers::SecurityHeaders};

/// What every handler can reach. Cheap to clone.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

struct Inner {
    settings: Settings,
    db: Db,
    blobs: BlobStore,
    limiters: Limiters,
    photos: Arc<tokio::sync::Semaphore>,
    exports: Arc<tokio::sync::Semaphore>,
    secrets: InstanceSecrets,
    kdf: KdfPool,
    clock: Clock,
}

impl AppState {
    /// The settings the service started with.
    pub fn settings(&self) -> &Settings {
        &self.0.settings
    }

    /// The database.
    pub fn db(&self) -> &Db {
        &self.0.db
    }

    /// The blob store.
    pub fn blobs(&self) -> &BlobStore {
        &self.0.blobs
    }

    /// Room for photos held in memory while their metadata is removed.
    pub fn photo_permits(&self) -> &Arc<tokio::sync::Semaphore> {
        &self.0.photos
    }

    /// Room for escalation exports built in memory.
    pub fn export_permits(&self) -> &Arc<tokio::sync::Semaphore> {
        &self.0.exports
    }

    /// The instance secrets.
    pub fn secrets(&self) -> &InstanceSecrets {
        &self.0.secrets
    }

    /// The argon2 pool.
    pub fn kdf(&self) -> &KdfPool {
        &self.0.kdf
    }

    /// The clock.
    pub fn clock(&self) -> &Clock {
        &self.0.clock
    }
}

/// A started-up service: migrated database, checked secrets, ready to serve.
pub struct App {
    state: AppState,
}

impl App {
    /// Connects, migrates, loads or creates the secrets and checks them against the database.
    pub async fn build(
        settings: Settings,
        env: &HashMap<String, String>,
        clock: Clock,
    ) -> anyhow::Result<Self> {
        let conn = store::connect(&settings).await?;
        store::migrate(&conn)
            .await
            .context("migrating the database")?;
        let secrets = load_secrets(&settings, env, &conn).await?;
        let kdf = KdfPool::new(&settings.kdf_pool);
        let blobs = blob_store(&settings)?;
        let limiters = Limiters::new(&settings.rate_limit)?;
        let state = AppState(Arc::new(Inner {
            db: Db::new(conn),
            blobs,
            limiters,
            // Each photo being cleaned is held whole (up to the per-file limit, about three
            // copies): a few at a time bounds that memory.
            photos: Arc::new(tokio::sync::Semaphore::new(4)),
            // An export holds a case's decrypted evidence in memory (up to the per-case limit).
            exports: Arc::new(tokio::sync::Semaphore::new(2)),
            settings,
            secrets,
            kdf,
            clock,
        }));
        Ok(Self { state })
    }

    /// The shared state (tests use it to reach the database).
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// The full router with every layer, for the clearnet listener.
    pub fn router(&self) -> Router {
        router(self.state.clone(), Listener::Clearnet)
    }

    /// Serves on `listener` until `shutdown` resolves, then lets requests in flight finish.
    pub async fn serve(
        self,
        listener: TcpListener,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        self.serve_all(listener, None, shutdown).await
    }

    /// Serves the clearnet listener and, if given, the onion listener with its own limits,
    /// until `shutdown` resolves; requests in flight finish first.
    pub async fn serve_all(
        self,
        listener: TcpListener,
        onion: Option<TcpListener>,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let (stop, _) = tokio::sync::broadcast::channel::<()>(1);
        let housekeeping = tokio::spawn(housekeeping(self.state.clone(), stop.subscribe()));
        let notifier = crate::notify::spawn(self.state.clone(), stop.subscribe());
        let stopped = |mut rx: tokio::sync::broadcast::Receiver<()>| async move {
            let _ = rx.recv().await;
        };
        let clearnet = axum::serve(
            listener,
            router(self.state.clone(), Listener::Clearnet)
                .into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(stopped(stop.subscribe()));
        let onion = onion.map(|onion| {
            axum::serve(
                crate::web::onion::OnionListener::new(onion),
                router(self.state.clone(), Listener::Onion)
                    .into_make_service_with_connect_info::<crate::web::onion::OnionPeer>(),
            )
            .with_graceful_shutdown(stopped(stop.subscribe()))
        });
        let trigger = {
            let stop = stop.clone();
            tokio::spawn(async move {
                shutdown.await;
                let _ = stop.send(());
            })
        };
        let result = match onion {
            Some(onion) => {
                tokio::try_join!(clearnet.into_future(), onion.into_future()).map(|_| ())
            }
            None => clearnet.await,
        };
        trigger.abort();
        let _ = stop.send(());
        let _ = housekeeping.await;
        let _ = notifier.await;
        result.context("serving")
    }
}

async fn load_secrets(
    settings: &Settings,
    env: &HashMap<String, String>,
    conn: &sea_orm::DatabaseConnection,
) -> anyhow::Result<InstanceSecrets> {
    let (secrets, origin) = InstanceSecrets::load(&settings.data_dir, env)?;
    match store::instance::check_secrets(conn, &secrets.fingerprint()).await? {
        SecretsCheck::Mismatch => anyhow::bail!(
            "the secrets ({}) do not belong to this database: restore the data folder's {} or \
             the KEDJA_RECEIPT_PEPPER this database was created with; starting with new secrets \
             would make every receipt useless",
            match origin {
                Origin::Environment => "from the environment",
                Origin::File => "from the secrets file",
                Origin::Generated => "none were found, so new ones were made",
            },
            crate::crypto::secrets::FILE_NAME,
        ),
        SecretsCheck::Matches | SecretsCheck::Recorded => {}
    }
    if origin == Origin::Generated {
        std::fs::create_dir_all(&settings.data_dir).context("creating the data folder")?;
        secrets.persist(&settings.data_dir)?;
        tracing::info!("generated new instance secrets in the data folder");
    }
    Ok(secrets)
}

/// The blob store the settings name.
pub fn blob_store(settings: &Settings) -> anyhow::Result<BlobStore> {
    Ok(match &settings.blob_url {
        Some(url) => {
            BlobStore::s3(url, settings.data_dir.join("blob-staging")).context("KEDJA_BLOB_URL")?
        }
        None => BlobStore::filesystem(settings.data_dir.join("blobs"))
            .context("creating the blob folder")?,
    })
}

/// Periodic chores of a serving process: sweep rate-limit buckets and expired sessions.
async fn housekeeping(state: AppState, mut stop: tokio::sync::broadcast::Receiver<()>) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
    let mut minutes = 0u32;
    loop {
        tokio::select! {
            _ = stop.recv() => return,
            _ = tick.tick() => {
                state.0.limiters.sweep();
                // Deadline reminders once an hour (and at start): each is queued once per case.
                if minutes.is_multiple_of(60)
                    && let Err(err) = crate::notify::reminders::queue_due(state.db(), state.clock().now()).await
                {
                    tracing::warn!(error = %err, "could not queue deadline reminders");
                }
                if minutes.is_multiple_of(60)
                    && let Err(err) = store::spent_forms::sweep(
                        state.db().conn(),
                        state.clock().today() - chrono::Days::new(30),
                    )
                    .await
                {
                    tracing::warn!(error = %err, "could not sweep spent report forms");
                }
                // Retention once a day (and at start).
                if minutes.is_multiple_of(24 * 60) {
                    match crate::retention::purge(state.db(), state.blobs(), state.clock(), false).await {
                        Ok(report) if !report.cases.is_empty() => {
                            tracing::info!(cases = report.cases.len(), "retention applied");
                        }
                        Ok(_) => {}
                        Err(err) => tracing::warn!(error = %format!("{err:#}"), "retention could not be applied"),
                    }
                }
                minutes = minutes.wrapping_add(1);
                if let Err(err) = store::sessions::sweep(state.db().conn(), state.clock().now()).await {
                    tracing::warn!(error = %err, "could not sweep expired sessions");
                }
            }
        }
    }
}

/// Assembles the router for one listener.
pub fn router(state: AppState, listener: Listener) -> Router {
    let settings = state.settings().clone();
    let security = SecurityHeaders::new(settings.is_https());

    let assets = Router::new()
        .route("/static/kedja.css", get(web::pages::stylesheet))
        .layer(CompressionLayer::new());

    let pages = Router::new()
        .route("/", get(web::pages::home))
        .route("/language/{code}", get(web::pages::pick_language))
        .route("/healthz", get(web::pages::healthz))
        .route("/readyz", get(web::pages::readyz))
        .route("/api/openapi.json", get(web::openapi::document));

    // Everything anonymous that costs argon2 or creates records is rate-limited; signed-in
    // staff work is not (a team behind one NAT address must not throttle itself).
    let limited = state.0.limiters.apply(
        crate::intake::router(settings.limits.upload_bytes).merge(crate::accounts::login_router()),
        listener,
    );
    let staff = crate::intake::unlimited_router()
        .merge(crate::accounts::router())
        .route("/api/v1/stats", get(crate::stats::api))
        .route("/staff/stats", get(crate::stats::page))
        .route("/staff/stats.csv", get(crate::stats::csv))
        .merge(crate::cases::router())
        .merge(crate::escalation::router())
        .merge(crate::admin::router());

    Router::new()
        .merge(pages)
        .merge(assets)
        .merge(limited)
        .merge(staff)
        .fallback(|| async { AppError::NotFound })
        .with_state(state)
        .layer(DefaultBodyLimit::max(settings.limits.body_bytes))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            settings.limits.request_timeout,
        ))
        .layer(CatchPanicLayer::custom(
            |_panic: Box<dyn std::any::Any + Send>| {
                // The payload may hold request data; it is dropped, not logged.
                tracing::error!("a handler panicked");
                axum::response::IntoResponse::into_response(AppError::internal(anyhow::anyhow!(
                    "panic"
                )))
            },
        ))
        .layer(axum::middleware::from_fn(web::errors::html_errors))
        .layer(axum::middleware::from_fn(web::origin::same_origin))
        // Outside the timeout and panic layers, so their answers carry the headers too.
        .layer(axum::middleware::from_fn_with_state(
            security,
            web::headers::apply,
        ))
        .layer(web::trace::layer())
}

/// Resolves on SIGINT or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
