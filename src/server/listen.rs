//! The accept loops of both listeners, hardened against slow and hostile clients.
//!
//! `axum::serve` waits for a client as long as it likes: a connection that never sends a
//! request stays open for ever, and on the onion listener Tor's PROXY line was read inside the
//! accept loop, so a few silent connections held up every other client. Here:
//!
//! - each listener has at most `KEDJA_MAX_CONNECTIONS` connections open; further ones wait in
//!   the kernel's queue until one closes;
//! - a connection must deliver a request's complete header within `KEDJA_HEADER_TIMEOUT_MS` of
//!   the server waiting for it (of the connection opening, or of the first byte of a later
//!   request), and may sit idle between requests for `KEDJA_IDLE_TIMEOUT_MS`; past either it is
//!   closed. A request being handled is bounded by the request timeout instead;
//! - the onion listener reads the PROXY line in the connection's own task, bounded by the
//!   header timeout;
//! - on shutdown the listeners stop accepting, idle connections close and requests in flight
//!   finish.

use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto::Builder;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, watch};
use tokio::time::Instant;
use tower::ServiceExt as _;

use crate::config::Connections;
use crate::web::onion::{OnionPeer, read_proxy_line};

/// Which listener: what a connection says before HTTP, and what requests learn of the peer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Requests carry the TCP peer (`ConnectInfo<SocketAddr>`).
    Clearnet,
    /// Tor's PROXY line comes first; requests carry its circuit (`ConnectInfo<OnionPeer>`).
    Onion,
}

/// Serves `router` on `listener` until `stop` turns true, then waits for the connections'
/// requests in flight.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    kind: Kind,
    limits: Connections,
    mut stop: watch::Receiver<bool>,
) -> std::io::Result<()> {
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    // Every connection task holds a receiver; when all are gone, every connection is closed.
    let (open_tx, open_rx) = watch::channel(());
    loop {
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => slot,
            _ = stop.wait_for(|stop| *stop) => break,
        };
        // Never closed: the semaphore lives as long as this loop.
        let Ok(slot) = slot else { break };
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = stop.wait_for(|stop| *stop) => break,
        };
        let (stream, addr) = match accepted {
            Ok(accepted) => accepted,
            Err(_) => {
                // Out of file descriptors and the like: back off instead of spinning.
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        // Small answers go out at once rather than waiting for more to send.
        drop(stream.set_nodelay(true));
        let router = router.clone();
        let limits = limits.clone();
        let stop = stop.clone();
        let open = open_rx.clone();
        tokio::spawn(async move {
            match kind {
                Kind::Clearnet => {
                    connection(stream, ConnectInfo(addr), router, &limits, stop).await
                }
                Kind::Onion => {
                    let mut stream = stream;
                    // Tor writes the line at once; a peer that does not is not Tor. Read here,
                    // in the connection's task, so a silent peer holds up nobody else.
                    let peer =
                        tokio::time::timeout(limits.header_timeout, read_proxy_line(&mut stream))
                            .await;
                    if let Ok(Some(peer)) = peer {
                        connection(
                            stream,
                            ConnectInfo::<OnionPeer>(peer),
                            router,
                            &limits,
                            stop,
                        )
                        .await;
                    }
                }
            }
            drop(slot);
            drop(open);
        });
    }
    drop(listener);
    drop(open_rx);
    open_tx.closed().await;
    Ok(())
}

/// Serves one connection, closing it when a header or an idle spell lasts too long.
async fn connection<P: Clone + Send + Sync + 'static>(
    stream: TcpStream,
    peer: ConnectInfo<P>,
    router: Router,
    limits: &Connections,
    mut stop: watch::Receiver<bool>,
) {
    let activity = Arc::new(Activity::new());
    let io = TokioIo::new(Watched {
        inner: stream,
        activity: activity.clone(),
    });
    let service = {
        let activity = activity.clone();
        hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
            request.extensions_mut().insert(peer.clone());
            let busy = Busy::start(activity.clone());
            let router = router.clone();
            async move {
                let response = router.oneshot(request.map(axum::body::Body::new)).await;
                drop(busy);
                response
            }
        })
    };
    let builder = Builder::new(TokioExecutor::new());
    let conn = builder.serve_connection_with_upgrades(io, service);
    tokio::pin!(conn);
    let mut stopping = false;
    loop {
        let check = match activity.deadline(limits) {
            Some(deadline) => deadline,
            // A request is being handled: look again later.
            None => Instant::now() + limits.header_timeout.min(limits.idle_timeout),
        };
        tokio::select! {
            _ = conn.as_mut() => return,
            _ = stop.wait_for(|stop| *stop), if !stopping => {
                stopping = true;
                conn.as_mut().graceful_shutdown();
            }
            () = tokio::time::sleep_until(check) => {
                if activity.deadline(limits).is_some_and(|deadline| deadline <= Instant::now()) {
                    // Dropping the connection closes the socket.
                    return;
                }
            }
        }
    }
}

/// What a connection has been doing, for its deadlines. Times are milliseconds since `start`.
struct Activity {
    start: Instant,
    /// Requests being handled.
    in_flight: AtomicUsize,
    /// Whether a request was answered on this connection.
    served: AtomicBool,
    /// The last time bytes moved either way, or a request ended.
    last: AtomicU64,
    /// When the first byte of the next request arrived; `u64::MAX` while none has.
    head_started: AtomicU64,
}

impl Activity {
    fn new() -> Self {
        Self {
            start: Instant::now(),
            in_flight: AtomicUsize::new(0),
            served: AtomicBool::new(false),
            last: AtomicU64::new(0),
            head_started: AtomicU64::new(u64::MAX),
        }
    }

    fn now(&self) -> u64 {
        u64::try_from(self.start.elapsed().as_millis()).unwrap_or(u64::MAX - 1)
    }

    fn at(&self, millis: u64) -> Instant {
        self.start + Duration::from_millis(millis)
    }

    /// When the connection is to be closed if nothing changes; none while a request is being
    /// handled.
    fn deadline(&self, limits: &Connections) -> Option<Instant> {
        if self.in_flight.load(Ordering::Acquire) > 0 {
            return None;
        }
        let head = self.head_started.load(Ordering::Acquire);
        Some(if head != u64::MAX {
            self.at(head) + limits.header_timeout
        } else if !self.served.load(Ordering::Acquire) {
            self.start + limits.header_timeout
        } else {
            self.at(self.last.load(Ordering::Acquire)) + limits.idle_timeout
        })
    }

    fn read(&self) {
        let now = self.now();
        self.last.store(now, Ordering::Release);
        // Only the first byte of a header starts its clock.
        if self.in_flight.load(Ordering::Acquire) == 0
            && self.head_started.load(Ordering::Acquire) == u64::MAX
        {
            self.head_started.store(now, Ordering::Release);
        }
    }

    fn wrote(&self) {
        self.last.store(self.now(), Ordering::Release);
    }
}

/// Marks a request as being handled for as long as it lives.
struct Busy(Arc<Activity>);

impl Busy {
    fn start(activity: Arc<Activity>) -> Self {
        activity.in_flight.fetch_add(1, Ordering::AcqRel);
        activity.head_started.store(u64::MAX, Ordering::Release);
        Self(activity)
    }
}

impl Drop for Busy {
    fn drop(&mut self) {
        let activity = &self.0;
        activity.served.store(true, Ordering::Release);
        activity.last.store(activity.now(), Ordering::Release);
        activity.in_flight.fetch_sub(1, Ordering::AcqRel);
    }
}

/// A stream that notes when bytes move.
struct Watched {
    inner: TcpStream,
    activity: Arc<Activity>,
}

impl AsyncRead for Watched {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.inner).poll_read(cx, buf);
        if matches!(polled, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            self.activity.read();
        }
        polled
    }
}

impl AsyncWrite for Watched {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        let polled = Pin::new(&mut self.inner).poll_write(cx, buf);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.wrote();
        }
        polled
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        let polled = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.wrote();
        }
        polled
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}
