//! Slow and hostile clients, over raw TCP on both listeners: a silent or dawdling connection is
//! closed within the header timeout, an idle kept-alive one within the idle timeout; a body
//! announced larger than the route's limit is refused at once; the connection cap holds
//! further connections until one closes; silent connections on the onion listener delay
//! no one else.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::helpers::{Options, UnservedApp, each_unserved_app_with};

/// Both listeners of one app, served until the returned sender is used.
struct Served {
    clearnet: SocketAddr,
    onion: SocketAddr,
    stop: tokio::sync::oneshot::Sender<()>,
    server: tokio::task::JoinHandle<anyhow::Result<()>>,
}

async fn serve(built: UnservedApp) -> Served {
    let clearnet = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let onion = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let (clear_addr, onion_addr) = (clearnet.local_addr().unwrap(), onion.local_addr().unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(built.app.serve_all(clearnet, Some(onion), async move {
        stopped.await.ok();
    }));
    Served {
        clearnet: clear_addr,
        onion: onion_addr,
        stop,
        server,
    }
}

impl Served {
    async fn stop(self) {
        self.stop.send(()).unwrap();
        self.server.await.unwrap().unwrap();
    }
}

fn options(env: &[(&str, &str)]) -> Options {
    Options {
        env: env
            .iter()
            .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
            .collect(),
    }
}

/// Tor's PROXY line for `circuit`.
fn proxy_line(circuit: u32) -> String {
    let (high, low) = (circuit >> 16, circuit & 0xffff);
    format!("PROXY TCP6 fc00:dead:beef:4dad::{high:x}:{low:x} ::1 65535 80\r\n")
}

/// How long until the server closes `stream` (reading and discarding what it sends), or
/// `None` if it is still open after `patience`.
async fn closed_after(stream: &mut TcpStream, patience: Duration) -> Option<Duration> {
    let started = Instant::now();
    let mut buf = [0u8; 4096];
    loop {
        match tokio::time::timeout_at(
            tokio::time::Instant::from_std(started + patience),
            stream.read(&mut buf),
        )
        .await
        {
            Err(_) => return None,
            Ok(Ok(0) | Err(_)) => return Some(started.elapsed()),
            Ok(Ok(_)) => {}
        }
    }
}

/// Reads until the end of a response's header; returns it, or `None` if none came in time.
async fn response_head(stream: &mut TcpStream, patience: Duration) -> Option<String> {
    let deadline = tokio::time::Instant::now() + patience;
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        match tokio::time::timeout_at(deadline, stream.read(&mut buf)).await {
            Ok(Ok(n)) if n > 0 => head.extend_from_slice(&buf[..n]),
            _ => return None,
        }
    }
    Some(String::from_utf8_lossy(&head).into_owned())
}

/// Reads one whole response with a `Content-Length` body; returns its head.
async fn whole_response(stream: &mut TcpStream, patience: Duration) -> Option<String> {
    let head = response_head(stream, patience).await?;
    let (top, already) = head.split_once("\r\n\r\n")?;
    let length: usize = top
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("content-length:")
                .map(|v| v.trim().parse().unwrap())
        })
        .unwrap_or(0);
    let mut rest = vec![0u8; length.saturating_sub(already.len())];
    tokio::time::timeout(patience, stream.read_exact(&mut rest))
        .await
        .ok()?
        .ok()?;
    Some(top.to_string())
}

const HEALTHZ: &str = "GET /healthz HTTP/1.1\r\nHost: kedja.test\r\n\r\n";

#[tokio::test]
async fn silent_slow_and_idle_connections_are_closed_in_time() {
    let options = options(&[
        ("KEDJA_HEADER_TIMEOUT_MS", "400"),
        ("KEDJA_IDLE_TIMEOUT_MS", "800"),
    ]);
    each_unserved_app_with(options, |built| async move {
        let served = serve(built).await;
        let patience = Duration::from_secs(4);
        for (listener, addr, preamble) in [
            ("clearnet", served.clearnet, String::new()),
            ("onion", served.onion, proxy_line(7)),
        ] {
            // Connects and says nothing (on the onion listener, not even the PROXY line).
            let mut silent = TcpStream::connect(addr).await.unwrap();
            let took = closed_after(&mut silent, patience).await;
            assert!(
                took.is_some_and(|t| t >= Duration::from_millis(300)),
                "{listener}: a silent connection is closed at the header timeout: {took:?}"
            );

            // Starts a request, then stalls before the header ends.
            let mut slow = TcpStream::connect(addr).await.unwrap();
            slow.write_all(format!("{preamble}GET /healthz HTTP/1.1\r\nHost: k").as_bytes())
                .await
                .unwrap();
            let took = closed_after(&mut slow, patience).await;
            assert!(
                took.is_some_and(|t| t < Duration::from_millis(2000)),
                "{listener}: an unfinished header is cut off: {took:?}"
            );

            // A request answered, the connection kept alive, then silence: closed after the
            // idle timeout, not the header timeout, and not before.
            let mut idle = TcpStream::connect(addr).await.unwrap();
            idle.write_all(format!("{preamble}{HEALTHZ}").as_bytes())
                .await
                .unwrap();
            let head = whole_response(&mut idle, patience).await.unwrap();
            assert!(head.starts_with("HTTP/1.1 200"), "{listener}: {head}");
            // A second request on the same connection within the idle time is served.
            tokio::time::sleep(Duration::from_millis(500)).await;
            idle.write_all(HEALTHZ.as_bytes()).await.unwrap();
            let head = whole_response(&mut idle, patience).await.unwrap();
            assert!(head.starts_with("HTTP/1.1 200"), "{listener}: {head}");
            let took = closed_after(&mut idle, patience).await;
            assert!(
                took.is_some_and(
                    |t| t >= Duration::from_millis(700) && t < Duration::from_millis(2500)
                ),
                "{listener}: an idle kept-alive connection is closed at the idle timeout: {took:?}"
            );
        }
        served.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_body_announced_over_the_routes_limit_is_refused_before_it_is_sent() {
    let options = options(&[
        ("KEDJA_BODY_LIMIT_BYTES", "4096"),
        ("KEDJA_UPLOAD_LIMIT_BYTES", "1048576"),
    ]);
    each_unserved_app_with(options, |built| async move {
        let served = serve(built).await;
        let ten_gb = 10u64 * 1024 * 1024 * 1024;
        for (path, content_type, length) in [
            ("/api/v1/reports", "application/json", ten_gb),
            // Just over the ordinary limit.
            ("/api/v1/reports", "application/json", 4097),
            ("/staff/login", "application/x-www-form-urlencoded", ten_gb),
            // The upload route's own, larger limit is checked too.
            (
                "/api/v1/reporter/attachments",
                "multipart/form-data; boundary=x",
                2 * 1024 * 1024,
            ),
        ] {
            let mut stream = TcpStream::connect(served.clearnet).await.unwrap();
            let started = Instant::now();
            stream
                .write_all(
                    format!(
                        "POST {path} HTTP/1.1\r\nHost: kedja.test\r\nOrigin: http://kedja.test\r\n\
                         Content-Type: {content_type}\r\nContent-Length: {length}\r\n\r\n"
                    )
                    .as_bytes(),
                )
                .await
                .unwrap();
            // Not a byte of the body is sent.
            let head = response_head(&mut stream, Duration::from_secs(3))
                .await
                .unwrap_or_else(|| panic!("{path} ({length} bytes): no answer in 3 s"));
            assert!(
                head.starts_with("HTTP/1.1 413"),
                "{path} ({length} bytes): {head}"
            );
            assert!(started.elapsed() < Duration::from_secs(1), "{path}");
        }
        // Within the limit, the same route reads the body as before.
        let mut stream = TcpStream::connect(served.clearnet).await.unwrap();
        stream
            .write_all(
                b"POST /api/v1/reports HTTP/1.1\r\nHost: kedja.test\r\n\
                  Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}",
            )
            .await
            .unwrap();
        let head = response_head(&mut stream, Duration::from_secs(3))
            .await
            .unwrap();
        assert!(head.starts_with("HTTP/1.1 400"), "{head}");
        served.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_connection_cap_holds_further_connections_until_one_closes() {
    let options = options(&[
        ("KEDJA_MAX_CONNECTIONS", "2"),
        ("KEDJA_HEADER_TIMEOUT_MS", "20000"),
    ]);
    each_unserved_app_with(options, |built| async move {
        let served = serve(built).await;
        for addr in [served.clearnet, served.onion] {
            let first = TcpStream::connect(addr).await.unwrap();
            let _second = TcpStream::connect(addr).await.unwrap();
            // Both accepted before the third arrives.
            tokio::time::sleep(Duration::from_millis(200)).await;
            let mut third = TcpStream::connect(addr).await.unwrap();
            let preamble = if addr == served.onion {
                proxy_line(9)
            } else {
                String::new()
            };
            third
                .write_all(format!("{preamble}{HEALTHZ}").as_bytes())
                .await
                .unwrap();
            assert_eq!(
                response_head(&mut third, Duration::from_millis(800)).await,
                None,
                "a third connection waits while two are open"
            );
            drop(first);
            let head = response_head(&mut third, Duration::from_secs(3))
                .await
                .expect("served once a slot is free");
            assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        }
        served.stop().await;
    })
    .await;
}

#[tokio::test]
async fn silent_connections_on_the_onion_listener_delay_no_one_else() {
    // The default header timeout, which a Tor client's PROXY line is also given.
    each_unserved_app_with(Options::default(), |built| async move {
        let served = serve(built).await;
        let mut silent = Vec::new();
        for _ in 0..5 {
            silent.push(TcpStream::connect(served.onion).await.unwrap());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        let started = Instant::now();
        let mut real = TcpStream::connect(served.onion).await.unwrap();
        real.write_all(format!("{}{HEALTHZ}", proxy_line(3)).as_bytes())
            .await
            .unwrap();
        let head = response_head(&mut real, Duration::from_secs(15))
            .await
            .unwrap();
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        assert!(
            started.elapsed() < Duration::from_millis(500),
            "a real client waited {:?} behind silent ones",
            started.elapsed()
        );
        drop(silent);
        served.stop().await;
    })
    .await;
}

#[tokio::test]
async fn shutdown_closes_idle_connections_and_finishes() {
    each_unserved_app_with(Options::default(), |built| async move {
        let served = serve(built).await;
        // An idle kept-alive connection does not hold the shutdown up.
        let mut idle = TcpStream::connect(served.clearnet).await.unwrap();
        idle.write_all(HEALTHZ.as_bytes()).await.unwrap();
        whole_response(&mut idle, Duration::from_secs(3))
            .await
            .unwrap();
        let started = Instant::now();
        served.stop().await;
        assert!(started.elapsed() < Duration::from_secs(3));
        assert!(
            closed_after(&mut idle, Duration::from_secs(1))
                .await
                .is_some()
        );
    })
    .await;
}
