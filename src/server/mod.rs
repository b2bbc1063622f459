//! The top floor: router assembly, the OpenAPI document, listeners and background jobs.
//!
//! Each audience module exposes its own routes; they are merged here with the layers every
//! request passes through: tracing without addresses, panic catching, timeouts, body limits,
//! security headers, and compression for static assets only (compressing pages that carry a
//! CSRF token next to reflected input would invite BREACH).

use std::collections::HashMap;

use anyhow::Context;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::get;
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;

use crate::clock::Clock;
use crate::config::Settings;
use crate::crypto::KdfPool;
use crate::crypto::secrets::{InstanceSecrets, Origin};
use crate::error::AppError;
use crate::state::{self, AppState};
use crate::store::blobs::BlobStore;
use crate::store::{self, Db, instance::SecretsCheck};
use crate::web::limits::{Limiters, Listener};
use crate::web::{self, headers::SecurityHeaders};
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;

/// Where the OpenAPI document is served (the document itself is not an operation in it).
const OPENAPI_PATH: &str = "/api/openapi.json";

/// A started-up service: migrated database, checked secrets, ready to serve.
pub struct App {
    state: AppState,
    limiters: Limiters,
}

pub mod listen;
pub mod openapi;

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
        let blobs = BlobStore::from_settings(&settings)?;
        let limiters = Limiters::new(&settings.rate_limit)?;
        let locales = crate::locales::Locales::shared(
            settings.locales_dir.as_deref(),
            settings.languages.as_deref(),
        )?;
        let state = AppState::new(state::Parts {
            settings,
            db: Db::new(conn),
            blobs,
            secrets,
            kdf,
            clock,
            locales,
        });
        Ok(Self { state, limiters })
    }

    /// The shared state (tests use it to reach the database).
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// The full router with every layer, for the clearnet listener.
    pub fn router(&self) -> Router {
        router(self.state.clone(), &self.limiters, Listener::Clearnet)
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
        let housekeeping = tokio::spawn(housekeeping(
            self.state.clone(),
            self.limiters.clone(),
            stop.subscribe(),
        ));
        let notifier = crate::notify::spawn(self.state.clone(), stop.subscribe());
        let (serving, _) = tokio::sync::watch::channel(false);
        let limits = self.state.settings().connections.clone();
        let clearnet = listen::serve(
            listener,
            router(self.state.clone(), &self.limiters, Listener::Clearnet),
            listen::Kind::Clearnet,
            limits.clone(),
            serving.subscribe(),
        );
        let onion = onion.map(|onion| {
            listen::serve(
                onion,
                router(self.state.clone(), &self.limiters, Listener::Onion),
                listen::Kind::Onion,
                limits,
                serving.subscribe(),
            )
        });
        let trigger = {
            let stop = stop.clone();
            tokio::spawn(async move {
                shutdown.await;
                // Stop accepting, let requests in flight finish.
                serving.send_replace(true);
                // Nobody listening means everything has stopped already.
                drop(stop.send(()));
            })
        };
        let result = match onion {
            Some(onion) => tokio::try_join!(clearnet, onion).map(|_| ()),
            None => clearnet.await,
        };
        trigger.abort();
        drop(stop.send(()));
        for (job, ended) in [
            ("housekeeping", housekeeping.await),
            ("notifier", notifier.await),
        ] {
            if let Err(err) = ended {
                tracing::warn!(job, error = %err, "a background job ended abnormally");
            }
        }
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

/// Periodic chores of a serving process: sweep rate-limit buckets and expired sessions.
async fn housekeeping(
    state: AppState,
    limiters: Limiters,
    mut stop: tokio::sync::broadcast::Receiver<()>,
) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
    let mut minutes = 0u32;
    let mut today = state.clock().today();
    loop {
        tokio::select! {
            _ = stop.recv() => {
                // What public requests logged today is written now rather than lost.
                web::trace::flush_public_day(today);
                return;
            }
            _ = tick.tick() => {
                if state.clock().today() != today {
                    web::trace::flush_public_day(today);
                    today = state.clock().today();
                }
                limiters.sweep();
                // Looked at once an hour (and at start), each queued once a day: the deadline
                // digests, and the alerts about the reports refused on the days before.
                if minutes.is_multiple_of(60)
                    && let Err(err) = crate::notify::reminders::queue_due(state.db(), state.clock().now()).await
                {
                    tracing::warn!(error = %err, "could not queue deadline reminders");
                }
                if minutes.is_multiple_of(60)
                    && let Err(err) = crate::notify::alerts::queue_refused(
                        state.db(),
                        state.clock().now(),
                        state.settings().operator_email.as_deref(),
                    )
                    .await
                {
                    tracing::warn!(error = %err, "could not queue the alerts about refused reports");
                }
                // Reporter audit entries of the days that ended join the chain, a day at a time
                // in random order.
                if minutes.is_multiple_of(60)
                    && let Err(err) = crate::audit::seal_reporter_days(state.db(), state.clock().today()).await
                {
                    tracing::warn!(error = %err, "could not append the reporter entries of past days to the audit chain");
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
                // Budgets whose window ended a day ago and that make nobody wait.
                let now = state.clock().now();
                if let Err(err) = store::sign_in_budgets::sweep(state.db().conn(), now - chrono::Days::new(1), now).await {
                    tracing::warn!(error = %err, "could not sweep sign-in budgets");
                }
            }
        }
    }
}

/// Assembles the router for one listener.
pub fn router(state: AppState, limiters: &Limiters, listener: Listener) -> Router {
    let settings = state.settings().clone();
    let security = SecurityHeaders::new(settings.is_https());
    let locales = state.locales();

    let assets = Router::new()
        .route("/static/kedja.css", get(web::pages::stylesheet))
        .layer(CompressionLayer::new());

    // A body announced larger than the route's limit is refused before it is read: the upload
    // routes set their own limit (in `intake`), every other route the ordinary one.
    let body_bytes = settings.limits.body_bytes;
    let oversized =
        || axum::middleware::from_fn_with_state(body_bytes, web::limits::refuse_oversized);
    // Every API route is registered together with its OpenAPI operation (utoipa-axum), so the
    // document at /api/openapi.json cannot drift from the routes.
    let (limited, limited_api) = crate::intake::router(&settings.limits).split_for_parts();
    // Everything anonymous that costs argon2 or creates records is rate-limited; signed-in
    // staff work is not (a team behind one NAT address must not throttle itself). Staff
    // sign-in has buckets of its own, apart from anonymous posts.
    let limited = limiters.apply(limited, listener);
    let (sign_in, sign_in_api) = crate::accounts::login_router()
        .layer(oversized())
        .split_for_parts();
    let sign_in = limiters.apply_staff(sign_in, listener);
    let (staff, mut api) = OpenApiRouter::with_openapi(openapi::ApiDoc::openapi())
        .merge(crate::intake::unlimited_router())
        .merge(crate::accounts::router())
        .merge(crate::stats::router())
        .merge(crate::cases::router())
        .merge(crate::escalation::router())
        .merge(crate::admin::router())
        .layer(oversized())
        .split_for_parts();
    // Sign-in answers 429 too: its own bucket, and the sign-in budgets.
    let mut rate_limited = operations(&limited_api);
    rate_limited.extend(operations(&sign_in_api));
    api.merge(limited_api);
    api.merge(sign_in_api);
    // Served as finished once: the shared layers' answers added to every operation.
    let api = std::sync::Arc::new(openapi::finish(&api, &rate_limited));

    let pages = Router::new()
        .route("/", get(web::pages::home))
        .route("/language/{code}", get(web::pages::pick_language))
        .route("/healthz", get(web::pages::healthz))
        .route("/readyz", get(web::pages::readyz))
        .route(
            OPENAPI_PATH,
            get(move || {
                let api = api.clone();
                async move { axum::Json(api.as_ref().clone()) }
            }),
        );

    Router::new()
        .merge(pages.layer(oversized()))
        .merge(assets)
        .merge(limited)
        .merge(sign_in)
        .merge(staff)
        .fallback(|| async { AppError::NotFound })
        .with_state(state)
        .layer(DefaultBodyLimit::max(settings.limits.body_bytes))
        .layer(axum::middleware::from_fn_with_state(
            web::limits::Timeouts::new(settings.limits.request_timeout),
            web::limits::timeout,
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
        // Every page's language is picked from these (`web::i18n::Lang`).
        .layer(axum::Extension(locales))
}

/// The `(method, path)` of every operation in `api`.
fn operations(api: &utoipa::openapi::OpenApi) -> Vec<(String, String)> {
    let Ok(serde_json::Value::Object(paths)) = serde_json::to_value(&api.paths.paths) else {
        return Vec::new();
    };
    paths
        .into_iter()
        .flat_map(|(path, item)| {
            item.as_object()
                .map(|ops| {
                    ops.keys()
                        .map(|method| (method.clone(), path.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
        .collect()
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

#[cfg(test)]
mod tests {
    /// Every API route is registered with `routes!` (and so described in the OpenAPI document):
    /// a plain `.route` to an `/api/` path would serve what the document does not show.
    #[test]
    fn no_api_route_bypasses_the_openapi_document() {
        fn scan(dir: &std::path::Path, found: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    scan(&path, found);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    let needle = [".route(", "\"/api/"].concat();
                    if text.replace(['\n', ' '], "").contains(&needle) {
                        found.push(path.display().to_string());
                    }
                }
            }
        }
        let mut found = Vec::new();
        scan(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut found,
        );
        assert!(
            found.is_empty(),
            "API routes outside the OpenAPI document in {found:?}"
        );
    }
}
