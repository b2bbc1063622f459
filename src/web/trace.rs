//! Request tracing that records what happened and never who asked, nor when a reporter did.
//!
//! A staff request's span holds the method and the *matched route* (`/api/v1/cases/{id}`),
//! never the URI, so no query string (search terms, `?lang=`) and no id reach the log; never a
//! header, so no address (`X-Forwarded-For`), user agent or cookie; never a body.
//!
//! A public request (reporters, and anyone reading the public pages) leaves no line of its own:
//! a log shipper or a backup of the journal would otherwise hold the second of every
//! submission, receipt sign-in, reply and upload. Such requests are counted, and what they log
//! at warning level or above is held back; both are written once a day, for the day, with the
//! held-back lines in random order ([`flush_public_day`]). Staff and system lines keep their
//! times.

use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::extract::MatchedPath;
use axum::http::{Request, Response};
use tower_http::classify::{ServerErrorsAsFailures, ServerErrorsFailureClass, SharedClassifier};
use tower_http::trace::{MakeSpan, OnFailure, OnResponse, TraceLayer};
use tracing::field::{Field, Visit};
use tracing::{Level, Span, Subscriber};
use tracing_subscriber::Layer;
use tracing_subscriber::filter::DynFilterFn;
use tracing_subscriber::layer::Context;
use tracing_subscriber::registry::LookupSpan;

/// The span name of a public request: nothing inside it is written as it happens.
const PUBLIC: &str = "public_request";

/// Route prefixes that only staff, authorities and operators use; everything else is public.
const STAFF_ROUTES: &[&str] = &[
    "/staff",
    "/authority",
    "/api/v1/auth",
    "/api/v1/cases",
    "/api/v1/members",
    "/api/v1/escalations",
    "/api/v1/stats",
    "/api/v1/signing-key",
    "/api/openapi.json",
    "/healthz",
    "/readyz",
    "/static",
];

/// Whether a matched route is staff-only, and so logged per request with its time.
pub fn is_staff_route(route: &str) -> bool {
    STAFF_ROUTES.iter().any(|prefix| {
        route
            .strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/') || rest.starts_with('.'))
    })
}

/// Builds the span from the method and matched route only; public requests get a span with
/// nothing in it.
#[derive(Clone, Copy, Debug)]
pub struct RouteSpan;

impl<B> MakeSpan<B> for RouteSpan {
    fn make_span(&mut self, request: &Request<B>) -> Span {
        let route = request
            .extensions()
            .get::<MatchedPath>()
            .map_or("unmatched", MatchedPath::as_str);
        if is_staff_route(route) {
            tracing::info_span!("request", method = %request.method(), route = route)
        } else {
            tracing::info_span!(PUBLIC)
        }
    }
}

fn is_public(span: &Span) -> bool {
    span.metadata().is_some_and(|m| m.name() == PUBLIC)
}

/// Logs the status and latency of each staff response; counts public ones.
#[derive(Clone, Copy, Debug)]
pub struct LogStatus;

impl<B> OnResponse<B> for LogStatus {
    fn on_response(self, response: &Response<B>, latency: Duration, span: &Span) {
        let status = response.status().as_u16();
        if is_public(span) {
            TALLY.count(status);
            return;
        }
        tracing::info!(
            status,
            latency_ms = u64::try_from(latency.as_millis()).unwrap_or(u64::MAX),
            "response"
        );
    }
}

/// Logs a staff request's server error; a public one is already counted.
#[derive(Clone, Copy, Debug)]
pub struct LogFailure;

impl OnFailure<ServerErrorsFailureClass> for LogFailure {
    fn on_failure(&mut self, failure: ServerErrorsFailureClass, _latency: Duration, span: &Span) {
        if !is_public(span) {
            tracing::error!(classification = %failure, "response failed");
        }
    }
}

/// The tracing layer for the router.
pub fn layer() -> TraceLayer<
    SharedClassifier<ServerErrorsAsFailures>,
    RouteSpan,
    (),
    LogStatus,
    (),
    (),
    LogFailure,
> {
    TraceLayer::new_for_http()
        .make_span_with(RouteSpan)
        .on_request(())
        .on_response(LogStatus)
        .on_body_chunk(())
        .on_eos(())
        .on_failure(LogFailure)
}

/// Public requests of the day so far, by outcome.
struct Tally {
    requests: AtomicU64,
    client_errors: AtomicU64,
    server_errors: AtomicU64,
}

static TALLY: Tally = Tally {
    requests: AtomicU64::new(0),
    client_errors: AtomicU64::new(0),
    server_errors: AtomicU64::new(0),
};

impl Tally {
    fn count(&self, status: u16) {
        self.requests.fetch_add(1, Ordering::Relaxed);
        match status {
            400..=499 => self.client_errors.fetch_add(1, Ordering::Relaxed),
            500..=599 => self.server_errors.fetch_add(1, Ordering::Relaxed),
            _ => 0,
        };
    }

    fn take(&self) -> (u64, u64, u64) {
        (
            self.requests.swap(0, Ordering::Relaxed),
            self.client_errors.swap(0, Ordering::Relaxed),
            self.server_errors.swap(0, Ordering::Relaxed),
        )
    }
}

/// Warnings and errors logged inside public requests, held until the day's flush. Bounded: past
/// the limit only their number is kept.
static HELD: Mutex<Held> = Mutex::new(Held {
    lines: Vec::new(),
    dropped: 0,
});
const HELD_LIMIT: usize = 1000;

struct Held {
    lines: Vec<String>,
    dropped: u64,
}

/// Writes the day's public requests as counts, and the lines held back from them in random
/// order, then starts the next day. `day` names the day they belong to. Called by the server
/// when the day turns and when it stops.
pub fn flush_public_day(day: chrono::NaiveDate) {
    let (requests, client_errors, server_errors) = TALLY.take();
    let (mut lines, dropped) = {
        let mut held = HELD
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let dropped = std::mem::take(&mut held.dropped);
        (std::mem::take(&mut held.lines), dropped)
    };
    shuffle(&mut lines);
    tracing::info!(
        %day,
        requests,
        client_errors,
        server_errors,
        held_back = lines.len() as u64 + dropped,
        "public requests of the day"
    );
    for line in lines {
        tracing::warn!(%day, "held back from a public request: {line}");
    }
}

/// Fisher–Yates with the operating system's randomness: the order of the held-back lines must
/// not be the order they happened in.
fn shuffle(lines: &mut [String]) {
    if crate::crypto::random::shuffle(lines).is_err() {
        // Without randomness, sorting still removes the order they happened in.
        lines.sort();
    }
}

/// For the log writer: lets through everything except what happens inside a public request.
pub fn outside_public_requests<S>() -> DynFilterFn<S>
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    DynFilterFn::new(|metadata, cx| {
        // Spans stay enabled (a public one prints nothing by itself), so that an event can be
        // seen to be inside one.
        metadata.is_span()
            || !cx
                .lookup_current()
                .is_some_and(|span| span.scope().any(|s| s.name() == PUBLIC))
    })
}

/// A layer that holds back the warnings and errors logged inside a public request, for the
/// day's flush.
pub struct HoldPublic;

impl<S> Layer<S> for HoldPublic
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    fn on_event(&self, event: &tracing::Event<'_>, cx: Context<'_, S>) {
        if *event.metadata().level() > Level::WARN {
            return;
        }
        let inside = cx
            .event_scope(event)
            .is_some_and(|mut scope| scope.any(|s| s.name() == PUBLIC));
        if !inside {
            return;
        }
        let mut text = Text(String::new());
        event.record(&mut text);
        let mut held = HELD
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if held.lines.len() < HELD_LIMIT {
            held.lines.push(text.0);
        } else {
            held.dropped += 1;
        }
    }
}

/// An event's fields as `message key=value …`.
struct Text(String);

impl Visit for Text {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        use std::fmt::Write;
        if field.name() == "message" {
            let _written = write!(self.0, "{value:?}");
        } else {
            let _written = write!(self.0, " {}={value:?}", field.name());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use tracing_subscriber::layer::SubscriberExt;

    #[test]
    fn staff_routes_are_told_from_public_ones() {
        for staff in [
            "/staff",
            "/staff/cases/{id}",
            "/authority/escalations/{id}",
            "/api/v1/cases/{id}/notes",
            "/api/v1/auth/login",
            "/static/kedja.css",
            "/healthz",
        ] {
            assert!(is_staff_route(staff), "{staff}");
        }
        for public in [
            "/",
            "/report",
            "/report/search",
            "/status",
            "/status/case/messages",
            "/exit",
            "/api/v1/reports",
            "/api/v1/reporter/session",
            "/api/v1/intake",
            "/api/v1/suppliers",
            "/language/{code}",
            "/staffing",
            "unmatched",
        ] {
            assert!(!is_staff_route(public), "{public}");
        }
    }

    #[derive(Clone, Default)]
    struct Buffer(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Buffer {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn lines_from_public_requests_wait_for_the_day_and_lose_their_order() {
        let written = Buffer::default();
        let writer = written.clone();
        let subscriber = tracing_subscriber::registry()
            .with(
                tracing_subscriber::fmt::layer()
                    .with_ansi(false)
                    .with_writer(move || writer.clone())
                    .with_filter(outside_public_requests()),
            )
            .with(HoldPublic);
        tracing::subscriber::with_default(subscriber, || {
            tracing::info_span!("request", route = "/staff").in_scope(|| {
                tracing::warn!("a staff warning");
            });
            for n in 0..20 {
                tracing::info_span!(PUBLIC).in_scope(|| {
                    tracing::error!(n, "a reporter's request failed");
                    tracing::info!("an info line that is simply not written");
                });
            }
            LogStatus.on_response(
                &Response::builder().status(201).body(()).unwrap(),
                Duration::from_millis(3),
                &tracing::info_span!(PUBLIC),
            );
            let so_far = String::from_utf8(written.0.lock().unwrap().clone()).unwrap();
            assert!(so_far.contains("a staff warning"), "{so_far}");
            assert!(!so_far.contains("reporter"), "{so_far}");
            assert!(!so_far.contains("simply not written"), "{so_far}");

            flush_public_day(chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap());
        });
        let all = String::from_utf8(written.0.lock().unwrap().clone()).unwrap();
        assert!(all.contains("public requests of the day"), "{all}");
        assert!(all.contains("day=2026-12-03"), "{all}");
        let held: Vec<u32> = all
            .lines()
            .filter(|l| l.contains("a reporter's request failed"))
            .filter_map(|l| {
                let after = l.split("failed n=").nth(1)?;
                after.split_whitespace().next()?.parse().ok()
            })
            .collect();
        assert_eq!(held.len(), 20, "{all}");
        assert_ne!(
            held,
            (0..20).collect::<Vec<_>>(),
            "the held lines keep their order"
        );
        assert!(!all.contains("simply not written"));
    }
}
