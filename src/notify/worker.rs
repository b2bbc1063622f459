//! The worker that mails queued notices through the configured SMTP relay.
//!
//! It logs counts and failure classes only: no outbox id, no address, no case. The request log
//! already notes when reports arrive, and an id logged at sending time would tie one of those
//! moments to one case. Failure texts go to the row's `last_error`, scrubbed of the relay
//! password.

use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::{Mailbox, Message};
use lettre::{Address, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use secrecy::{ExposeSecret, SecretString};
use tokio::sync::broadcast;
use tokio::task::JoinHandle;
use url::Url;

use chrono::{DateTime, Utc};
use zeroize::Zeroizing;

use super::outbox::{self, Recipients, Undeliverable};
use super::{Notice, NoticeKind, Payload};
use crate::clock::Clock;
use crate::config::Settings;
use crate::crypto::links::LinkToken;
use crate::domain::accounts::LinkPurpose;
use crate::locales::Language;
use crate::state::AppState;
use crate::store::{Db, member_links};

/// How often a serving process looks for due notices.
pub const INTERVAL: Duration = Duration::from_secs(15);
/// How long one SMTP command may take; a batch stops at the first relay failure, so this
/// bounds a run well inside the claim's lease.
const SMTP_TIMEOUT: Duration = Duration::from_secs(30);

/// The mail relay could not be set up.
#[derive(Debug, thiserror::Error)]
#[error("KEDJA_SMTP_URL: {0}")]
pub struct MailerError(String);

/// A connection (pool) to the relay and the sender address.
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// The relay password as written in the URL and decoded, kept only to scrub it out of
    /// error texts, should a relay ever echo it.
    passwords: Vec<SecretString>,
}

impl Mailer {
    /// The mailer the settings ask for, or none when e-mail is off.
    pub fn from_settings(settings: &Settings) -> Result<Option<Self>, MailerError> {
        settings
            .smtp_url
            .as_ref()
            .map(|url| Self::new(url, settings.public_url.as_ref()))
            .transpose()
    }

    /// A mailer for `smtp_url` (`smtp://user:pass@host:587`, `smtp://host:25?tls=required`,
    /// `smtps://host:465`), sending as `kedja@<host of the public address>` or
    /// `kedja@localhost`. Must be called inside the Tokio runtime (the pool starts a task).
    pub fn new(smtp_url: &SecretString, public_url: Option<&Url>) -> Result<Self, MailerError> {
        let raw = smtp_url.expose_secret();
        // url and lettre errors describe the problem without quoting the URL.
        let parsed = Url::parse(raw).map_err(|e| MailerError(e.to_string()))?;
        let passwords: Vec<SecretString> = parsed
            .password()
            .map(|p| [p.to_string(), percent_decode(p)])
            .into_iter()
            .flatten()
            .map(SecretString::from)
            .collect();
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(raw)
            .map_err(|e| MailerError(scrub_passwords(e.to_string(), &passwords)))?
            .timeout(Some(SMTP_TIMEOUT))
            .build();
        Ok(Self {
            transport,
            from: sender(public_url),
            passwords,
        })
    }

    async fn send(&self, to: &str, notice: Notice) -> Result<(), Failure> {
        let to: Address = to.parse().map_err(|_| Failure::Address)?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(Mailbox::new(None, to))
            .subject(notice.subject)
            .header(ContentType::TEXT_PLAIN)
            .body(notice.body)
            .map_err(|_| Failure::Address)?;
        self.transport
            .send(message)
            .await
            .map(drop)
            .map_err(|err| Failure::Smtp {
                relay_down: !(err.is_permanent() || err.is_transient()),
                class: class_of(&err),
                text: scrub_passwords(err.to_string(), &self.passwords),
            })
    }
}

/// `kedja@<public host>`, falling back to `kedja@localhost` when there is no public address or
/// its host is not a domain an address can use (an IP address, say).
fn sender(public_url: Option<&Url>) -> Mailbox {
    let domain = public_url.and_then(|u| u.domain()).unwrap_or("localhost");
    let address = Address::new("kedja", domain)
        .unwrap_or_else(|_| Address::new_dangerous("kedja", "localhost"));
    Mailbox::new(Some("kedja".to_string()), address)
}

/// Decodes `%XX` escapes the way lettre reads the password from the URL.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .filter(|h| h.iter().all(u8::is_ascii_hexdigit))
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn scrub_passwords(mut text: String, passwords: &[SecretString]) -> String {
    for password in passwords.iter().map(ExposeSecret::expose_secret) {
        if !password.is_empty() && text.contains(password) {
            text = text.replace(password, "[redacted]");
        }
    }
    text
}

/// Why one message was not delivered.
enum Failure {
    /// The member's address does not parse; retrying will not help.
    Address,
    /// The relay refused or could not be reached.
    Smtp {
        /// No SMTP answer at all (connection, TLS, timeout): the rest of the batch would fail
        /// the same way, so it waits for its lease instead of each row waiting for a timeout.
        relay_down: bool,
        class: &'static str,
        text: String,
    },
}

fn class_of(err: &lettre::transport::smtp::Error) -> &'static str {
    if err.is_permanent() {
        "permanent"
    } else if err.is_transient() {
        "transient"
    } else if err.is_timeout() {
        "timeout"
    } else if err.is_tls() {
        "tls"
    } else {
        "connection"
    }
}

/// Mails the notices that are due and returns how many were sent. `operator` is
/// `KEDJA_OPERATOR_EMAIL`, for the notices addressed to the operator.
///
/// Each notice is recorded right after its attempt, so a crash between sending and recording
/// can repeat at most one message. Undeliverable notices (member gone, disabled or recused, an
/// address removed) are closed with the reason as `last_error`; failed ones are retried with
/// backoff.
pub async fn run_once(
    db: &Db,
    mailer: &Mailer,
    clock: &Clock,
    public_url: Option<&Url>,
    operator: Option<&str>,
    locales: &crate::locales::Locales,
) -> anyhow::Result<usize> {
    let now = clock.now();
    let claimed = outbox::claim_due(db, now).await?;
    if claimed.is_empty() {
        return Ok(0);
    }
    let recipients = Recipients::load(db.conn(), &claimed, operator).await?;
    let mut sent = 0;
    for row in &claimed {
        let address = match recipients.address_for(row) {
            Ok(address) => address,
            Err(reason) => {
                outbox::mark_undeliverable(db, row.id, now, reason).await?;
                continue;
            }
        };
        let language = recipients
            .language_for(row)
            .and_then(|code| locales.find(code))
            .unwrap_or_else(|| locales.default_language());
        let notice = match compose(db, row, public_url, language, locales.reference(), now).await? {
            Ok(notice) => notice,
            Err(reason) => {
                outbox::mark_undeliverable(db, row.id, now, reason).await?;
                continue;
            }
        };
        match mailer.send(address, notice).await {
            Ok(()) => {
                outbox::mark_sent(db, row.id, now).await?;
                sent += 1;
            }
            Err(Failure::Address) => {
                outbox::mark_undeliverable(db, row.id, now, Undeliverable::BadAddress).await?;
            }
            Err(Failure::Smtp {
                relay_down,
                class,
                text,
            }) => {
                outbox::mark_failed(db, row, now, text).await?;
                if row.attempts + 1 >= outbox::MAX_ATTEMPTS {
                    tracing::error!(
                        class,
                        "a notification failed for the last time and will not be retried"
                    );
                } else {
                    tracing::warn!(
                        class,
                        "a notification could not be sent; it will be retried"
                    );
                }
                if relay_down {
                    // The rest of the batch comes back when its lease runs out.
                    break;
                }
            }
        }
    }
    Ok(sent)
}

/// The e-mail for one outbox row: a notice, or a member's link with a token drawn now.
async fn compose(
    db: &Db,
    row: &crate::store::entities::outbox::Model,
    public_url: Option<&Url>,
    language: &Language,
    english: &Language,
    now: DateTime<Utc>,
) -> anyhow::Result<Result<Notice, Undeliverable>> {
    if let Ok(kind) = row.kind.parse::<NoticeKind>() {
        return Ok(Ok(Notice::render_with(
            kind,
            row.case_id,
            &Payload::parse(&row.payload),
            public_url,
            language,
            english,
        )));
    }
    let Ok(purpose) = row.kind.parse::<LinkPurpose>() else {
        return Ok(Err(Undeliverable::UnknownKind));
    };
    let (Some(base), Some(member_id)) = (public_url, row.member_id) else {
        return Ok(Err(Undeliverable::NoPublicAddress));
    };
    let token = LinkToken::generate()?;
    // Stored before sending: a link in a mailbox always has its hash in the database. Should
    // the sending fail, the next attempt draws another token and this one never works.
    if !member_links::attach_token(db.conn(), member_id, token.lookup(), now).await? {
        return Ok(Err(Undeliverable::LinkGone));
    }
    let link = Zeroizing::new(super::member_link(base, &token.to_link_value()));
    Ok(Ok(Notice::render_link(purpose, &link, language, english)))
}

/// Starts the worker of a serving process: every [`INTERVAL`] it mails what is due, until
/// `stop` fires. Without `KEDJA_SMTP_URL` the task ends at once and notices stay queued.
pub fn spawn(state: AppState, mut stop: broadcast::Receiver<()>) -> JoinHandle<()> {
    tokio::spawn(async move {
        let mailer = match Mailer::from_settings(state.settings()) {
            Ok(Some(mailer)) => mailer,
            Ok(None) => {
                tracing::info!("e-mail notifications are off: KEDJA_SMTP_URL is not set");
                return;
            }
            Err(err) => {
                tracing::error!(error = %err, "e-mail notifications are off");
                return;
            }
        };
        let mut tick = tokio::time::interval(INTERVAL);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = stop.recv() => return,
                _ = tick.tick() => {
                    let settings = state.settings();
                    let public_url = settings.public_url.as_ref();
                    let operator = settings.operator_email.as_deref();
                    match run_once(state.db(), &mailer, state.clock(), public_url, operator, state.locales()).await {
                        Ok(0) => {}
                        Ok(sent) => tracing::info!(sent, "sent notifications"),
                        Err(err) => tracing::warn!(error = %err, "the notification run failed"),
                    }
                }
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sender_follows_the_public_address() {
        let url = Url::parse("https://report.example.org/x").unwrap();
        assert_eq!(
            sender(Some(&url)).email.to_string(),
            "kedja@report.example.org"
        );
        let ip = Url::parse("http://127.0.0.1:8080").unwrap();
        assert_eq!(sender(Some(&ip)).email.to_string(), "kedja@localhost");
        assert_eq!(sender(None).email.to_string(), "kedja@localhost");
    }

    #[test]
    fn passwords_are_decoded_like_lettre_does() {
        assert_eq!(percent_decode("p%40ss%20w+rd%"), "p@ss w+rd%");
        assert_eq!(percent_decode("%zz%4%+1"), "%zz%4%+1");
    }

    #[test]
    fn passwords_are_scrubbed_from_error_texts() {
        let passwords = ["p%40ss%20word", "p@ss word"].map(|p| SecretString::from(p.to_string()));
        let text = scrub_passwords("535 bad p@ss word / p%40ss%20word".to_string(), &passwords);
        assert_eq!(text, "535 bad [redacted] / [redacted]");
    }

    #[tokio::test]
    async fn a_mailer_is_built_from_smtp_urls_without_repeating_them() {
        for url in [
            "smtp://user:hunter2@127.0.0.1:2525",
            "smtp://127.0.0.1:2525?tls=required",
            "smtps://mail.example.org",
        ] {
            let secret = SecretString::from(url.to_string());
            assert!(Mailer::new(&secret, None).is_ok(), "{url}");
        }
        let secret = SecretString::from("smtp://user:hunter2@host?tls=bogus".to_string());
        let err = Mailer::new(&secret, None).err().unwrap().to_string();
        assert!(!err.contains("hunter2"), "{err}");
        assert!(err.starts_with("KEDJA_SMTP_URL"), "{err}");
    }
}
