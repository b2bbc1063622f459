//! Rate limits on the requests that cost argon2 work or create records.
//!
//! Clearnet: one bucket per peer address (the TCP peer, never `X-Forwarded-For`, which the
//! client controls). Onion listener: every client is 127.0.0.1, so one bucket per Tor circuit
//! (see `onion`) under one global cap, behind Tor's own proof-of-work defence (deploy/torrc). Buckets are swept every minute so the
//! key map cannot grow without bound. The limiter keeps peer addresses in memory only, for the
//! length of a bucket's life; they are never logged or stored.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::http::Method;
use axum::response::{IntoResponse, Response};
use governor::middleware::NoOpMiddleware;
use tower_governor::GovernorError;
use tower_governor::GovernorLayer;
use tower_governor::governor::{GovernorConfig, GovernorConfigBuilder};
use tower_governor::key_extractor::{GlobalKeyExtractor, PeerIpKeyExtractor};

use crate::app::AppState;
use crate::config::RateLimit;
use crate::error::AppError;
use crate::web::onion::CircuitKeyExtractor;

/// Which listener a router serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listener {
    Clearnet,
    Onion,
}

/// The limiters of one process.
#[derive(Clone)]
pub struct Limiters {
    per_peer: Arc<GovernorConfig<PeerIpKeyExtractor, NoOpMiddleware>>,
    per_circuit: Arc<GovernorConfig<CircuitKeyExtractor, NoOpMiddleware>>,
    global: Arc<GovernorConfig<GlobalKeyExtractor, NoOpMiddleware>>,
}

fn refused(error: GovernorError) -> Response<Body> {
    match error {
        GovernorError::TooManyRequests { wait_time, .. } => AppError::TooManyRequests {
            retry_after: Duration::from_secs(wait_time.max(1)),
        }
        .into_response(),
        // No peer address (never the case with connect info): refuse rather than let it by.
        _ => AppError::TooManyRequests {
            retry_after: Duration::from_secs(1),
        }
        .into_response(),
    }
}

impl Limiters {
    /// Builds both limiters from the settings.
    pub fn new(limit: &RateLimit) -> anyhow::Result<Self> {
        let methods = vec![Method::POST, Method::PUT, Method::DELETE, Method::PATCH];
        let per_peer = GovernorConfigBuilder::default()
            .period(limit.period)
            .burst_size(limit.burst)
            .methods(methods.clone())
            .finish()
            .ok_or_else(|| {
                anyhow::anyhow!("KEDJA_RATE_LIMIT_BURST: the rate limit is not valid")
            })?;
        let per_circuit = GovernorConfigBuilder::default()
            .key_extractor(CircuitKeyExtractor)
            .period(limit.period)
            .burst_size(limit.burst)
            .methods(methods.clone())
            .finish()
            .ok_or_else(|| {
                anyhow::anyhow!("KEDJA_RATE_LIMIT_BURST: the circuit rate limit is not valid")
            })?;
        let global = GovernorConfigBuilder::default()
            .key_extractor(GlobalKeyExtractor)
            .period(limit.period / limit.onion_factor.max(1))
            .burst_size(limit.burst.saturating_mul(limit.onion_factor.max(1)))
            .methods(methods)
            .finish()
            .ok_or_else(|| {
                anyhow::anyhow!("KEDJA_RATE_LIMIT_BURST: the onion rate limit is not valid")
            })?;
        Ok(Self {
            per_peer: Arc::new(per_peer),
            per_circuit: Arc::new(per_circuit),
            global: Arc::new(global),
        })
    }

    /// Applies the listener's limiter to `router`.
    pub fn apply(&self, router: Router<AppState>, listener: Listener) -> Router<AppState> {
        match listener {
            Listener::Clearnet => {
                router.layer(GovernorLayer::new(self.per_peer.clone()).error_handler(refused))
            }
            // Each circuit has its own bucket; all of them together share a global cap.
            Listener::Onion => router
                .layer(GovernorLayer::new(self.per_circuit.clone()).error_handler(refused))
                .layer(GovernorLayer::new(self.global.clone()).error_handler(refused)),
        }
    }

    /// Forgets buckets that are full again; call periodically.
    pub fn sweep(&self) {
        self.per_peer.limiter().retain_recent();
        self.per_circuit.limiter().retain_recent();
        self.global.limiter().retain_recent();
    }
}
