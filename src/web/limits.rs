//! Rate limits on the requests that cost argon2 work or create records.
//!
//! Clearnet: one bucket per client address: the TCP peer, or behind a configured reverse proxy
//! the address that proxy saw (never what the client itself claims); IPv6 per /64. Onion listener: every client is 127.0.0.1, so one bucket per Tor circuit
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
use std::net::IpAddr;
use tower_governor::GovernorError;
use tower_governor::GovernorLayer;
use tower_governor::governor::{GovernorConfig, GovernorConfigBuilder};

use tower_governor::key_extractor::{GlobalKeyExtractor, KeyExtractor};

use crate::config::RateLimit;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::onion::CircuitKeyExtractor;

/// The client a clearnet request counts against: the TCP peer, or, when the peer is one of the
/// configured reverse proxies, the right-most `X-Forwarded-For` entry (the one that proxy
/// added; entries further left are whatever the client claimed). IPv6 addresses count per /64,
/// the block one subscriber is given.
#[derive(Clone, Debug)]
pub struct ClientKeyExtractor {
    trusted_proxies: Arc<Vec<IpAddr>>,
}

/// Reduces an address to what one client controls.
pub fn client_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(v4) => IpAddr::V4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let mut segments = v6.segments();
                segments[4..].fill(0);
                IpAddr::V6(std::net::Ipv6Addr::from(segments))
            }
        },
    }
}

impl KeyExtractor for ClientKeyExtractor {
    type Key = IpAddr;

    fn extract<T>(&self, request: &axum::http::Request<T>) -> Result<Self::Key, GovernorError> {
        let peer = request
            .extensions()
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|info| info.0.ip())
            .ok_or(GovernorError::UnableToExtractKey)?;
        if !self.trusted_proxies.contains(&peer) {
            return Ok(client_key(peer));
        }
        let forwarded = request
            .headers()
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .filter_map(|entry| entry.trim().parse::<IpAddr>().ok())
            .next_back();
        Ok(client_key(forwarded.unwrap_or(peer)))
    }
}

/// Which listener a router serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listener {
    Clearnet,
    Onion,
}

/// The limiters of one process.
#[derive(Clone)]
pub struct Limiters {
    anonymous: Buckets,
    staff: Buckets,
}

/// One set of buckets: per address on clearnet, per circuit under a global cap on onion.
#[derive(Clone)]
struct Buckets {
    per_peer: Arc<GovernorConfig<ClientKeyExtractor, NoOpMiddleware>>,
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
    /// Builds the limiters from the settings: one set for anonymous posts, and one of the same
    /// size for staff sign-in and password forms, so that a handler behind an office address
    /// that also sends reports is not refused for the reports' sake.
    pub fn new(limit: &RateLimit) -> anyhow::Result<Self> {
        Ok(Self {
            anonymous: Buckets::new(limit)?,
            staff: Buckets::new(limit)?,
        })
    }

    /// Applies the listener's limiter for anonymous posts to `router`.
    pub fn apply(&self, router: Router<AppState>, listener: Listener) -> Router<AppState> {
        self.anonymous.apply(router, listener)
    }

    /// Applies the listener's limiter for staff sign-in to `router`.
    pub fn apply_staff(&self, router: Router<AppState>, listener: Listener) -> Router<AppState> {
        self.staff.apply(router, listener)
    }

    /// Forgets buckets that are full again; call periodically.
    pub fn sweep(&self) {
        self.anonymous.sweep();
        self.staff.sweep();
    }
}

impl Buckets {
    fn new(limit: &RateLimit) -> anyhow::Result<Self> {
        let methods = vec![Method::POST, Method::PUT, Method::DELETE, Method::PATCH];
        let per_peer = GovernorConfigBuilder::default()
            .key_extractor(ClientKeyExtractor {
                trusted_proxies: Arc::new(limit.trusted_proxies.clone()),
            })
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

    fn apply(&self, router: Router<AppState>, listener: Listener) -> Router<AppState> {
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

    fn sweep(&self) {
        self.per_peer.limiter().retain_recent();
        self.per_circuit.limiter().retain_recent();
        self.global.limiter().retain_recent();
    }
}

/// Refuses at once, with 413, a request whose `Content-Length` announces more than `max` bytes
/// (the route's body limit), before a byte of the body is read: a client announcing 10 GB is
/// not waited on. A body without a length (chunked) is still cut at `max` by
/// `DefaultBodyLimit` as it arrives. Applied next to each `DefaultBodyLimit`.
pub async fn refuse_oversized(
    axum::extract::State(max): axum::extract::State<usize>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let announced = request
        .headers()
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    match announced {
        Some(length) if length > u64::try_from(max).unwrap_or(u64::MAX) => {
            let mut response = AppError::PayloadTooLarge.into_response();
            // The unread body is not drained: the connection closes after this answer.
            response.headers_mut().insert(
                axum::http::header::CONNECTION,
                axum::http::HeaderValue::from_static("close"),
            );
            response
        }
        _ => next.run(request).await,
    }
}

/// How long a request may take: the configured time, and ten times that for uploads
/// (`multipart/form-data`), which over Tor or a weak phone link take longer. A report sent with
/// photos is stored before its files arrive: cut off halfway, the worker would never see the
/// receipt of a report that exists.
#[derive(Debug, Clone, Copy)]
pub struct Timeouts {
    request: std::time::Duration,
    upload: std::time::Duration,
}

impl Timeouts {
    pub fn new(request: std::time::Duration) -> Self {
        Self {
            request,
            upload: request.saturating_mul(10),
        }
    }
}

/// Answers 408 when a request takes longer than its time (see [`Timeouts`]).
pub async fn timeout(
    axum::extract::State(limits): axum::extract::State<Timeouts>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let upload = request.method() == axum::http::Method::POST
        && request
            .headers()
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("multipart/form-data"));
    let limit = if upload {
        limits.upload
    } else {
        limits.request
    };
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => axum::http::StatusCode::REQUEST_TIMEOUT.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::extract::ConnectInfo;

    fn request(peer: &str, forwarded: Option<&str>) -> axum::http::Request<()> {
        let mut request = axum::http::Request::builder().uri("/api/v1/reports");
        if let Some(forwarded) = forwarded {
            request = request.header("x-forwarded-for", forwarded);
        }
        let mut request = request.body(()).unwrap();
        request
            .extensions_mut()
            .insert(ConnectInfo(peer.parse::<std::net::SocketAddr>().unwrap()));
        request
    }

    #[test]
    fn clients_are_keyed_by_address_and_ipv6_by_64() {
        let direct = ClientKeyExtractor {
            trusted_proxies: Arc::new(vec![]),
        };
        let a = direct
            .extract(&request("[2001:db8:1:2:aaaa::1]:5000", None))
            .unwrap();
        let b = direct
            .extract(&request("[2001:db8:1:2:bbbb::9]:5001", None))
            .unwrap();
        assert_eq!(a, b, "one /64 is one subscriber");
        let c = direct
            .extract(&request("[2001:db8:1:3::1]:5000", None))
            .unwrap();
        assert_ne!(a, c);
        // Without a trusted proxy, the client's own claims are ignored.
        let spoofed = direct
            .extract(&request("203.0.113.5:4000", Some("198.51.100.1")))
            .unwrap();
        assert_eq!(spoofed, "203.0.113.5".parse::<IpAddr>().unwrap());
    }

    #[test]
    fn behind_a_trusted_proxy_the_address_it_saw_counts() {
        let proxied = ClientKeyExtractor {
            trusted_proxies: Arc::new(vec!["10.0.0.2".parse().unwrap()]),
        };
        let key = proxied
            .extract(&request("10.0.0.2:4000", Some("1.2.3.4, 198.51.100.7")))
            .unwrap();
        assert_eq!(
            key,
            "198.51.100.7".parse::<IpAddr>().unwrap(),
            "the right-most entry, added by the proxy"
        );
        let no_header = proxied.extract(&request("10.0.0.2:4000", None)).unwrap();
        assert_eq!(no_header, "10.0.0.2".parse::<IpAddr>().unwrap());
    }
}
