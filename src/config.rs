//! Settings: loaded once at start-up from an optional TOML file and `KEDJA_*` environment
//! variables (the environment wins), validated with errors that name the variable at fault.
//!
//! The environment is passed in as a map so that tests never touch process state.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use secrecy::SecretString;
use serde::Deserialize;
use url::Url;

/// Everything the service needs to know about its surroundings.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Where the SQLite database (by default), the blobs and the secrets file live.
    pub data_dir: PathBuf,
    /// A `sqlite:` or `postgres:` URL.
    pub database_url: String,
    /// The clearnet listener.
    pub bind: SocketAddr,
    /// The address users reach the service at; `https` turns on HSTS.
    pub public_url: Option<Url>,
    /// `smtp://` or `smtps://` URL of the mail relay for notifications; none disables e-mail.
    pub smtp_url: Option<SecretString>,
    /// The operator's address (`KEDJA_OPERATOR_EMAIL`): told, the next day, how many reports
    /// no organisation could receive. Lower case; none tells only the coordinators.
    pub operator_email: Option<String>,
    /// An optional second listener for the Tor onion service.
    pub onion_bind: Option<SocketAddr>,
    /// The onion service's address, printed on posters (`KEDJA_ONION_URL`).
    pub onion_url: Option<Url>,
    /// Request size and time limits.
    pub limits: Limits,
    /// The bounded pool that runs argon2.
    pub kdf_pool: KdfPoolSettings,
    /// Limits on state-changing requests.
    pub rate_limit: RateLimit,
    /// Free failed sign-ins before each further one costs a growing wait.
    pub sign_in_budget: SignInBudget,
    /// `s3://bucket/prefix` for evidence in object storage; none keeps it in the data folder.
    pub blob_url: Option<String>,
    /// `tracing` filter, e.g. `info` or `kedja=debug`.
    pub log_filter: String,
    /// The languages offered, in order (`KEDJA_LANGUAGES=en,sv,ar`); none offers every one.
    pub languages: Option<Vec<String>>,
    /// A folder of locales that corrects or adds to the embedded ones (`KEDJA_LOCALES_DIR`).
    pub locales_dir: Option<PathBuf>,
    /// The emergency numbers the danger box shows.
    pub emergency: Emergency,
    /// Limits on connections, against slow and hostile clients.
    pub connections: Connections,
    /// How long a request waits for a database connection before it is answered 503
    /// (`KEDJA_DB_TIMEOUT_MS`); also SQLite's wait for a lock held by another process.
    pub db_timeout: Duration,
}

/// The emergency numbers shown to reporters: this deployment's, and one per country where
/// the workers it serves may be (`KEDJA_EMERGENCY_NUMBER=112`,
/// `KEDJA_EMERGENCY_NUMBERS=TH:191,BD:999`).
#[derive(Debug, Clone)]
pub struct Emergency {
    pub number: String,
    pub by_country: Vec<(String, String)>,
}

/// Request limits applied by the router.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest JSON or form body.
    pub body_bytes: usize,
    /// Largest single evidence file.
    pub upload_bytes: u64,
    /// Largest total of evidence per case.
    pub case_upload_bytes: u64,
    /// Time a request may take before it is answered 408.
    pub request_timeout: Duration,
}

/// Limits on each listener's connections (clearnet and onion alike).
#[derive(Debug, Clone)]
pub struct Connections {
    /// Time a client has to send a request's complete header, from the moment the server
    /// waits for it (`KEDJA_HEADER_TIMEOUT_MS`).
    pub header_timeout: Duration,
    /// Time a kept-alive connection may sit idle between requests (`KEDJA_IDLE_TIMEOUT_MS`).
    pub idle_timeout: Duration,
    /// Open connections per listener; more wait in the kernel's queue until one closes
    /// (`KEDJA_MAX_CONNECTIONS`).
    pub max_connections: usize,
}

/// Size of the argon2 pool: `workers` run at once, `queue` more may wait; past that, 503.
#[derive(Debug, Clone)]
pub struct KdfPoolSettings {
    pub workers: usize,
    pub queue: usize,
    /// Workers kept for staff (sign-in, passwords), which reporters' jobs never take
    /// (`KEDJA_KDF_STAFF_WORKERS`, default 1), with room for `staff_queue` more waiting.
    pub staff_workers: usize,
    pub staff_queue: usize,
}

/// Failed sign-ins that cost nothing before each further one earns a doubling wait
/// (`domain::admission`): per staff account, all staff sign-ins together, and receipt sign-ins
/// per process within a window and all processes together per day.
#[derive(Debug, Clone)]
pub struct SignInBudget {
    pub account: u32,
    pub global: u32,
    pub receipts: u32,
    pub receipts_daily: u32,
}

/// A token bucket: `burst` requests at once, one more every `period`. The onion listener's
/// single global bucket is `onion_factor` times larger and faster.
#[derive(Debug, Clone)]
pub struct RateLimit {
    pub burst: u32,
    pub period: Duration,
    pub onion_factor: u32,
    /// Reverse proxies whose `X-Forwarded-For` is believed (`KEDJA_TRUSTED_PROXIES`).
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

/// A setting that could not be used, with the variable that holds it.
#[derive(Debug, thiserror::Error)]
#[error("{variable}: {message}")]
pub struct ConfigError {
    pub variable: String,
    pub message: String,
}

impl ConfigError {
    fn new(variable: &str, message: impl Into<String>) -> Self {
        Self {
            variable: variable.to_string(),
            message: message.into(),
        }
    }
}

/// The optional file's shape: the same names as the variables, without `KEDJA_`, lower case.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSettings {
    data_dir: Option<PathBuf>,
    database_url: Option<String>,
    bind: Option<String>,
    public_url: Option<String>,
    smtp_url: Option<String>,
    operator_email: Option<String>,
    onion_bind: Option<String>,
    onion_url: Option<String>,
    body_limit_bytes: Option<String>,
    upload_limit_bytes: Option<String>,
    case_upload_limit_bytes: Option<String>,
    request_timeout_seconds: Option<String>,
    kdf_workers: Option<String>,
    kdf_queue: Option<String>,
    kdf_staff_workers: Option<String>,
    sign_in_budget_account: Option<String>,
    sign_in_budget_global: Option<String>,
    sign_in_budget_receipts: Option<String>,
    sign_in_budget_receipts_daily: Option<String>,
    rate_limit_burst: Option<String>,
    rate_limit_period_ms: Option<String>,
    trusted_proxies: Option<String>,
    blob_url: Option<String>,
    log: Option<String>,
    languages: Option<String>,
    locales_dir: Option<PathBuf>,
    emergency_number: Option<String>,
    emergency_numbers: Option<String>,
    header_timeout_ms: Option<String>,
    idle_timeout_ms: Option<String>,
    max_connections: Option<String>,
    db_timeout_ms: Option<String>,
}

impl Settings {
    /// Loads from the process environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::load(&std::env::vars().collect())
    }

    /// Loads from `env`: the file named by `KEDJA_CONFIG` if set, then the variables.
    #[allow(
        clippy::too_many_lines,
        reason = "one line per setting, read and checked in the order the README lists them"
    )]
    pub fn load(env: &HashMap<String, String>) -> Result<Self, ConfigError> {
        let file = match env.get("KEDJA_CONFIG") {
            Some(path) => read_file(Path::new(path))?,
            None => FileSettings::default(),
        };
        let pick = |name: &str, from_file: Option<String>| -> Option<String> {
            env.get(&format!("KEDJA_{name}"))
                .cloned()
                .or(from_file)
                .filter(|v| !v.trim().is_empty())
        };

        let data_dir = pick("DATA_DIR", file.data_dir.map(|p| p.display().to_string()))
            .map_or_else(|| PathBuf::from("./data"), PathBuf::from);
        let database_url = match pick("DATABASE_URL", file.database_url) {
            Some(url) => validate_database_url(&url)?,
            None => sqlite_url_in(&data_dir),
        };
        let bind = parse_addr("KEDJA_BIND", pick("BIND", file.bind))?
            .unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 8080)));
        let onion_bind = parse_addr("KEDJA_ONION_BIND", pick("ONION_BIND", file.onion_bind))?;
        let public_url = pick("PUBLIC_URL", file.public_url)
            .map(|raw| parse_public_url(&raw))
            .transpose()?;
        let onion_url = match pick("ONION_URL", file.onion_url) {
            Some(raw) => match Url::parse(&raw) {
                Ok(url) if url.host_str().is_some_and(|h| h.ends_with(".onion")) => Some(url),
                _ => {
                    return Err(ConfigError::new(
                        "KEDJA_ONION_URL",
                        "must be an address like http://abc…xyz.onion",
                    ));
                }
            },
            None => None,
        };
        let smtp_url = pick("SMTP_URL", file.smtp_url)
            .map(|raw| validate_smtp_url(&raw))
            .transpose()?;
        let operator_email = pick("OPERATOR_EMAIL", file.operator_email)
            .map(|raw| parse_email("KEDJA_OPERATOR_EMAIL", &raw))
            .transpose()?;

        let limits = Limits {
            body_bytes: parse_num(
                "KEDJA_BODY_LIMIT_BYTES",
                pick("BODY_LIMIT_BYTES", file.body_limit_bytes),
            )?
            .unwrap_or(256 * 1024),
            upload_bytes: parse_num(
                "KEDJA_UPLOAD_LIMIT_BYTES",
                pick("UPLOAD_LIMIT_BYTES", file.upload_limit_bytes),
            )?
            .unwrap_or(20 * 1024 * 1024),
            case_upload_bytes: parse_num(
                "KEDJA_CASE_UPLOAD_LIMIT_BYTES",
                pick("CASE_UPLOAD_LIMIT_BYTES", file.case_upload_limit_bytes),
            )?
            .unwrap_or(100 * 1024 * 1024),
            request_timeout: Duration::from_secs(
                parse_num(
                    "KEDJA_REQUEST_TIMEOUT_SECONDS",
                    pick("REQUEST_TIMEOUT_SECONDS", file.request_timeout_seconds),
                )?
                .unwrap_or(120),
            ),
        };
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        let kdf_pool = KdfPoolSettings {
            workers: parse_num("KEDJA_KDF_WORKERS", pick("KDF_WORKERS", file.kdf_workers))?
                .unwrap_or(cores),
            queue: parse_num("KEDJA_KDF_QUEUE", pick("KDF_QUEUE", file.kdf_queue))?.unwrap_or(64),
            staff_workers: parse_num(
                "KEDJA_KDF_STAFF_WORKERS",
                pick("KDF_STAFF_WORKERS", file.kdf_staff_workers),
            )?
            .unwrap_or(1),
            staff_queue: 16,
        };
        let sign_in_budget = SignInBudget {
            account: parse_num(
                "KEDJA_SIGN_IN_BUDGET_ACCOUNT",
                pick("SIGN_IN_BUDGET_ACCOUNT", file.sign_in_budget_account),
            )?
            .unwrap_or(10),
            global: parse_num(
                "KEDJA_SIGN_IN_BUDGET_GLOBAL",
                pick("SIGN_IN_BUDGET_GLOBAL", file.sign_in_budget_global),
            )?
            .unwrap_or(300),
            receipts: parse_num(
                "KEDJA_SIGN_IN_BUDGET_RECEIPTS",
                pick("SIGN_IN_BUDGET_RECEIPTS", file.sign_in_budget_receipts),
            )?
            .unwrap_or(200),
            receipts_daily: parse_num(
                "KEDJA_SIGN_IN_BUDGET_RECEIPTS_DAILY",
                pick(
                    "SIGN_IN_BUDGET_RECEIPTS_DAILY",
                    file.sign_in_budget_receipts_daily,
                ),
            )?
            .unwrap_or(5000),
        };
        let rate_limit = RateLimit {
            burst: parse_num(
                "KEDJA_RATE_LIMIT_BURST",
                pick("RATE_LIMIT_BURST", file.rate_limit_burst),
            )?
            .unwrap_or(20),
            period: Duration::from_millis(
                parse_num(
                    "KEDJA_RATE_LIMIT_PERIOD_MS",
                    pick("RATE_LIMIT_PERIOD_MS", file.rate_limit_period_ms),
                )?
                .unwrap_or(3000),
            ),
            onion_factor: 10,
            trusted_proxies: parse_ips(
                "KEDJA_TRUSTED_PROXIES",
                pick("TRUSTED_PROXIES", file.trusted_proxies),
            )?,
        };
        let blob_url = pick("BLOB_URL", file.blob_url);
        if blob_url.as_deref().is_some_and(|u| !u.starts_with("s3://")) {
            return Err(ConfigError::new(
                "KEDJA_BLOB_URL",
                "must look like s3://bucket/prefix",
            ));
        }
        let log_filter = pick("LOG", file.log).unwrap_or_else(|| "info".to_string());
        let languages = pick("LANGUAGES", file.languages).map(|raw| {
            raw.split(',')
                .map(|code| code.trim().to_string())
                .filter(|code| !code.is_empty())
                .collect()
        });
        let locales_dir = pick(
            "LOCALES_DIR",
            file.locales_dir.map(|p| p.display().to_string()),
        )
        .map(PathBuf::from);
        let emergency = Emergency {
            number: parse_phone(
                "KEDJA_EMERGENCY_NUMBER",
                &pick("EMERGENCY_NUMBER", file.emergency_number).unwrap_or_else(|| "112".into()),
            )?,
            by_country: parse_numbers(pick("EMERGENCY_NUMBERS", file.emergency_numbers))?,
        };

        let connections = Connections {
            header_timeout: Duration::from_millis(
                parse_num(
                    "KEDJA_HEADER_TIMEOUT_MS",
                    pick("HEADER_TIMEOUT_MS", file.header_timeout_ms),
                )?
                .unwrap_or(10_000),
            ),
            idle_timeout: Duration::from_millis(
                parse_num(
                    "KEDJA_IDLE_TIMEOUT_MS",
                    pick("IDLE_TIMEOUT_MS", file.idle_timeout_ms),
                )?
                .unwrap_or(60_000),
            ),
            max_connections: parse_num(
                "KEDJA_MAX_CONNECTIONS",
                pick("MAX_CONNECTIONS", file.max_connections),
            )?
            .unwrap_or(1024),
        };
        let db_timeout = Duration::from_millis(
            parse_num(
                "KEDJA_DB_TIMEOUT_MS",
                pick("DB_TIMEOUT_MS", file.db_timeout_ms),
            )?
            .unwrap_or(1500),
        );

        let settings = Self {
            data_dir,
            database_url,
            bind,
            public_url,
            smtp_url,
            operator_email,
            onion_bind,
            onion_url,
            limits,
            kdf_pool,
            rate_limit,
            sign_in_budget,
            blob_url,
            log_filter,
            languages,
            locales_dir,
            emergency,
            connections,
            db_timeout,
        };
        settings.validate()?;
        Ok(settings)
    }

    fn validate(&self) -> Result<(), ConfigError> {
        if self.limits.body_bytes < 1024 {
            return Err(ConfigError::new(
                "KEDJA_BODY_LIMIT_BYTES",
                "must be at least 1024",
            ));
        }
        if self.limits.upload_bytes > self.limits.case_upload_bytes {
            return Err(ConfigError::new(
                "KEDJA_UPLOAD_LIMIT_BYTES",
                "must not exceed KEDJA_CASE_UPLOAD_LIMIT_BYTES",
            ));
        }
        if self.limits.request_timeout.is_zero() {
            return Err(ConfigError::new(
                "KEDJA_REQUEST_TIMEOUT_SECONDS",
                "must be above 0",
            ));
        }
        if self.connections.header_timeout.is_zero() || self.connections.idle_timeout.is_zero() {
            return Err(ConfigError::new(
                "KEDJA_HEADER_TIMEOUT_MS",
                "it and KEDJA_IDLE_TIMEOUT_MS must be above 0",
            ));
        }
        if self.connections.max_connections == 0 {
            return Err(ConfigError::new(
                "KEDJA_MAX_CONNECTIONS",
                "must be at least 1",
            ));
        }
        if self.db_timeout.is_zero() {
            return Err(ConfigError::new("KEDJA_DB_TIMEOUT_MS", "must be above 0"));
        }
        if self.kdf_pool.workers == 0 {
            return Err(ConfigError::new("KEDJA_KDF_WORKERS", "must be at least 1"));
        }
        if self.kdf_pool.staff_workers == 0 {
            return Err(ConfigError::new(
                "KEDJA_KDF_STAFF_WORKERS",
                "must be at least 1: staff sign-in needs argon2 capacity of its own",
            ));
        }
        if self.rate_limit.burst == 0 || self.rate_limit.period.is_zero() {
            return Err(ConfigError::new(
                "KEDJA_RATE_LIMIT_BURST",
                "the burst and KEDJA_RATE_LIMIT_PERIOD_MS must be above 0",
            ));
        }
        if Some(self.bind) == self.onion_bind {
            return Err(ConfigError::new(
                "KEDJA_ONION_BIND",
                "must differ from KEDJA_BIND: the onion listener has its own rate limits",
            ));
        }
        Ok(())
    }

    /// Whether browsers reach the service over TLS, which decides HSTS.
    pub fn is_https(&self) -> bool {
        self.public_url
            .as_ref()
            .is_some_and(|u| u.scheme() == "https")
    }

    /// Whether the database is PostgreSQL.
    pub fn is_postgres(&self) -> bool {
        self.database_url.starts_with("postgres")
    }
}

fn read_file(path: &Path) -> Result<FileSettings, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        ConfigError::new(
            "KEDJA_CONFIG",
            format!("cannot read {}: {e}", path.display()),
        )
    })?;
    toml::from_str(&text).map_err(|e| {
        ConfigError::new(
            "KEDJA_CONFIG",
            format!("{} is not valid: {e}", path.display()),
        )
    })
}

/// The default database: a SQLite file in the data folder, created if missing.
fn sqlite_url_in(data_dir: &Path) -> String {
    format!(
        "sqlite://{}?mode=rwc",
        data_dir.join("kedja.sqlite").display()
    )
}

fn validate_database_url(url: &str) -> Result<String, ConfigError> {
    let known = ["sqlite:", "postgres://", "postgresql://"];
    if known.iter().any(|scheme| url.starts_with(scheme)) {
        Ok(url.to_string())
    } else {
        // The URL may hold a password: do not repeat it.
        Err(ConfigError::new(
            "KEDJA_DATABASE_URL",
            "must start with sqlite:, postgres:// or postgresql://",
        ))
    }
}

fn validate_smtp_url(raw: &str) -> Result<SecretString, ConfigError> {
    match Url::parse(raw) {
        Ok(url) if matches!(url.scheme(), "smtp" | "smtps") && url.host().is_some() => {
            Ok(SecretString::from(raw.to_string()))
        }
        _ => Err(ConfigError::new(
            "KEDJA_SMTP_URL",
            "must look like smtp://user:pass@host:587 or smtps://host:465",
        )),
    }
}

/// An address mail can be sent to, lower case (the same address however it was typed).
fn parse_email(variable: &str, raw: &str) -> Result<String, ConfigError> {
    let address = raw.trim().to_lowercase();
    address
        .parse::<lettre::Address>()
        .map(|_| address)
        .map_err(|_| ConfigError::new(variable, "must be an e-mail address like ops@example.org"))
}

fn parse_public_url(raw: &str) -> Result<Url, ConfigError> {
    let url = Url::parse(raw).map_err(|e| ConfigError::new("KEDJA_PUBLIC_URL", e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err(ConfigError::new(
            "KEDJA_PUBLIC_URL",
            "must be an http:// or https:// address, e.g. https://report.example.org",
        ));
    }
    Ok(url)
}

/// A telephone number as people dial it: digits, spaces, `+` and `-`.
fn parse_phone(variable: &str, raw: &str) -> Result<String, ConfigError> {
    let raw = raw.trim();
    let ok = !raw.is_empty()
        && raw.len() <= 20
        && raw.chars().any(|c| c.is_ascii_digit())
        && raw
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-'));
    if ok {
        Ok(raw.to_string())
    } else {
        Err(ConfigError::new(
            variable,
            format!("`{raw}` is not a telephone number like 112 or +46 112"),
        ))
    }
}

/// `TH:191,BD:999`: a country code and its emergency number, comma-separated.
fn parse_numbers(raw: Option<String>) -> Result<Vec<(String, String)>, ConfigError> {
    const VARIABLE: &str = "KEDJA_EMERGENCY_NUMBERS";
    let Some(raw) = raw else {
        return Ok(Vec::new());
    };
    raw.split(',')
        .map(str::trim)
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (country, number) = pair.split_once(':').ok_or_else(|| {
                ConfigError::new(
                    VARIABLE,
                    format!("`{pair}` is not COUNTRY:NUMBER, e.g. TH:191"),
                )
            })?;
            let country = country.trim().to_ascii_uppercase();
            // The shape only: `config` sits below `domain`'s country list, and an unknown
            // code is harmless (no reporter names it).
            if country.len() != 2 || !country.chars().all(|c| c.is_ascii_uppercase()) {
                return Err(ConfigError::new(
                    VARIABLE,
                    format!("`{country}` is not a two-letter country code"),
                ));
            }
            Ok((country, parse_phone(VARIABLE, number)?))
        })
        .collect()
}

fn parse_ips(variable: &str, raw: Option<String>) -> Result<Vec<std::net::IpAddr>, ConfigError> {
    raw.map_or(Ok(Vec::new()), |raw| {
        raw.split(',')
            .map(str::trim)
            .filter(|ip| !ip.is_empty())
            .map(|ip| {
                ip.parse()
                    .map_err(|_| ConfigError::new(variable, format!("`{ip}` is not an IP address")))
            })
            .collect()
    })
}

fn parse_addr(variable: &str, raw: Option<String>) -> Result<Option<SocketAddr>, ConfigError> {
    raw.map(|raw| {
        raw.trim().parse().map_err(|_| {
            ConfigError::new(
                variable,
                format!("`{raw}` is not an address like 127.0.0.1:8080"),
            )
        })
    })
    .transpose()
}

fn parse_num<T: std::str::FromStr>(
    variable: &str,
    raw: Option<String>,
) -> Result<Option<T>, ConfigError> {
    raw.map(|raw| {
        raw.trim()
            .parse()
            .map_err(|_| ConfigError::new(variable, format!("`{raw}` is not a whole number")))
    })
    .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn defaults_follow_the_design() {
        let s = Settings::load(&env(&[])).unwrap();
        assert_eq!(s.data_dir, PathBuf::from("./data"));
        assert_eq!(s.database_url, "sqlite://./data/kedja.sqlite?mode=rwc");
        assert_eq!(s.bind.to_string(), "127.0.0.1:8080");
        assert!(s.public_url.is_none() && s.onion_bind.is_none() && s.smtp_url.is_none());
        assert!(s.operator_email.is_none());
        let s = Settings::load(&env(&[("KEDJA_OPERATOR_EMAIL", " Ops@Example.ORG ")])).unwrap();
        assert_eq!(s.operator_email.as_deref(), Some("ops@example.org"));
        assert!(!s.is_https());
    }

    #[test]
    fn languages_and_emergency_numbers_are_read_and_checked() {
        let s = Settings::load(&env(&[
            ("KEDJA_LANGUAGES", " sv, ar ,,"),
            ("KEDJA_EMERGENCY_NUMBER", "+46 112"),
            ("KEDJA_EMERGENCY_NUMBERS", "th:191, BD:999"),
        ]))
        .unwrap();
        assert_eq!(s.languages.unwrap(), ["sv", "ar"]);
        assert_eq!(s.emergency.number, "+46 112");
        assert_eq!(
            s.emergency.by_country,
            [
                ("TH".to_string(), "191".to_string()),
                ("BD".into(), "999".into())
            ]
        );
        assert_eq!(Settings::load(&env(&[])).unwrap().emergency.number, "112");
        for (variable, value) in [
            ("KEDJA_EMERGENCY_NUMBER", "call us"),
            ("KEDJA_EMERGENCY_NUMBERS", "TH=191"),
            ("KEDJA_EMERGENCY_NUMBERS", "THA:191"),
        ] {
            let error = Settings::load(&env(&[(variable, value)])).unwrap_err();
            assert_eq!(error.variable, variable, "{value}");
        }
    }

    #[test]
    fn the_database_follows_the_data_folder() {
        let s = Settings::load(&env(&[("KEDJA_DATA_DIR", "/srv/kedja")])).unwrap();
        assert_eq!(s.database_url, "sqlite:///srv/kedja/kedja.sqlite?mode=rwc");
    }

    #[test]
    fn bad_values_name_their_variable() {
        let cases = [
            ("KEDJA_BIND", "localhost"),
            ("KEDJA_ONION_BIND", "nope"),
            ("KEDJA_PUBLIC_URL", "ftp://x"),
            ("KEDJA_DATABASE_URL", "mysql://root:hunter2@db/kedja"),
            ("KEDJA_SMTP_URL", "mail.example.org"),
            ("KEDJA_OPERATOR_EMAIL", "ops at example.org"),
            ("KEDJA_KDF_WORKERS", "many"),
            ("KEDJA_KDF_WORKERS", "0"),
            ("KEDJA_BODY_LIMIT_BYTES", "10"),
            ("KEDJA_RATE_LIMIT_BURST", "0"),
            ("KEDJA_BLOB_URL", "/var/blobs"),
            ("KEDJA_TRUSTED_PROXIES", "127.0.0.1, proxy.local"),
        ];
        for (variable, value) in cases {
            let err = Settings::load(&env(&[(variable, value)])).unwrap_err();
            assert_eq!(err.variable, variable, "{value}");
        }
    }

    #[test]
    fn database_passwords_are_not_repeated_in_errors() {
        let err = Settings::load(&env(&[("KEDJA_DATABASE_URL", "mysql://root:hunter2@db/k")]))
            .unwrap_err();
        assert!(!err.to_string().contains("hunter2"));
    }

    #[test]
    fn https_public_url_means_hsts() {
        let s =
            Settings::load(&env(&[("KEDJA_PUBLIC_URL", "https://report.example.org")])).unwrap();
        assert!(s.is_https());
    }

    #[test]
    fn the_file_is_read_and_the_environment_wins() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kedja.toml");
        std::fs::write(&path, "bind = \"127.0.0.1:9000\"\nlog = \"debug\"\n").unwrap();
        let path = path.display().to_string();
        let s = Settings::load(&env(&[("KEDJA_CONFIG", &path)])).unwrap();
        assert_eq!(s.bind.port(), 9000);
        assert_eq!(s.log_filter, "debug");
        let s = Settings::load(&env(&[
            ("KEDJA_CONFIG", &path),
            ("KEDJA_BIND", "127.0.0.1:9001"),
        ]))
        .unwrap();
        assert_eq!(s.bind.port(), 9001);
    }

    #[test]
    fn unknown_keys_in_the_file_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kedja.toml");
        std::fs::write(&path, "bnd = \"127.0.0.1:9000\"\n").unwrap();
        let err =
            Settings::load(&env(&[("KEDJA_CONFIG", &path.display().to_string())])).unwrap_err();
        assert_eq!(err.variable, "KEDJA_CONFIG");
        assert!(err.message.contains("bnd"), "{err}");
    }

    #[test]
    fn a_missing_file_is_an_error() {
        let err = Settings::load(&env(&[("KEDJA_CONFIG", "/nonexistent/kedja.toml")])).unwrap_err();
        assert_eq!(err.variable, "KEDJA_CONFIG");
    }
}
