//! The hardening figures of issue 10, side by side in one run, on SQLite and on PostgreSQL:
//!
//! - argon2: one derivation on a fresh 19 MiB buffer against one on a reused buffer, and the
//!   bound: derivations per second on two threads, each reusing its buffer;
//! - submissions and receipt sign-ins per second through the real server (`kedja serve`, two
//!   KDF workers), as a share of that bound, and the server's RSS after the submissions;
//! - a signed-in handler's case list: p99 idle, and p99 under a flood of reports at ten times
//!   what the KDF pool can take;
//! - evidence: upload time against `age -r R1 -r R2` on the same file, download time against
//!   `age -d`, and how much the server's RSS grows during the download (sampled);
//! - start-up with many cases: from launch until the server's CPU time stops growing.
//!
//! The `age` command is used when it is installed (`apt-get install age`); otherwise the `age`
//! crate does the same work in this process, which the output says.
//!
//! ```text
//! cargo bench --bench hardening
//! KEDJA_BENCH_ONLY=sqlite            (or postgres)
//! KEDJA_BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres  (the bench creates
//!     and drops the database kedja_bench_hardening there)
//! KEDJA_BENCH_SUBMISSIONS=200        reports submitted (and signed in with) per database
//! KEDJA_BENCH_FILE_MIB=64            the evidence file (1024 for the issue's 1 GiB)
//! KEDJA_BENCH_CASES=100000           cases in the start-up database
//! KEDJA_BENCH_LIST_RUNS=200          case-list requests per p99
//! ```
//!
//! It is a bench, not a test: `cargo test` never runs it; CI only compiles it.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::too_many_lines)]

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use argon2::{Algorithm, Argon2, Block, Params, Version};
use kedja::admin::provision::{self, NewOrganisation, NewSupplier};
use kedja::clock::Clock;
use kedja::domain::accounts::OrgKind;
use kedja::store::Db;
use reqwest::header::{COOKIE, SET_COOKIE};
use sea_orm::{ConnectionTrait, DbBackend};
use secrecy::SecretString;
use serde_json::{Value, json};
use uuid::Uuid;

const PASSWORD: &str = "a long bench passphrase";

fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().map_or(default, |v| {
        v.replace('_', "")
            .parse()
            .unwrap_or_else(|_| panic!("{name} is a number"))
    })
}

#[tokio::main]
async fn main() {
    let submissions = setting("KEDJA_BENCH_SUBMISSIONS", 200);
    let file_mib = setting("KEDJA_BENCH_FILE_MIB", 64);
    let cases = setting("KEDJA_BENCH_CASES", 100_000);
    let list_runs = setting("KEDJA_BENCH_LIST_RUNS", 200);
    let only = std::env::var("KEDJA_BENCH_ONLY").unwrap_or_default();
    println!(
        "hardening benchmark: {submissions} submissions, a {file_mib} MiB file, {cases} cases \
         at start-up, {list_runs} list requests per p99"
    );

    let bound = argon2_bound();
    let folder = tempfile::tempdir().expect("a temporary folder");
    let file = folder.path().join("evidence.txt");
    write_evidence(&file, file_mib);
    let age = AgeBaseline::measure(folder.path(), &file);

    let backends: Vec<(&str, bool)> = [("SQLite", false), ("PostgreSQL", true)]
        .into_iter()
        .filter(|(name, _)| {
            only.is_empty() || name.to_lowercase().starts_with(&only.to_lowercase())
        })
        .collect();
    for (name, postgres) in backends {
        println!("\n== {name}");
        let database = BenchDatabase::create(postgres, folder.path(), "serve").await;
        let server = Server::start(&database, folder.path()).await;
        let org = provision_org(&database).await;
        let receipts = intake(&server, &org, submissions, bound).await;
        sign_ins(&server, &receipts, bound).await;
        let staff = list_under_flood(&server, &org, list_runs, bound).await;
        evidence(
            &server,
            &database,
            &staff,
            &receipts[0],
            &file,
            file_mib,
            &age,
        )
        .await;
        server.stop();
        database.drop_it().await;

        let database = BenchDatabase::create(postgres, folder.path(), "startup").await;
        start_up(&database, folder.path(), cases).await;
        database.drop_it().await;
    }
}

// ---- argon2 -------------------------------------------------------------------------------

/// kedja's parameters (crypto::kdf): 19 MiB, two passes, one lane, 64 bytes out.
fn argon2() -> Argon2<'static> {
    Argon2::new(
        Algorithm::Argon2id,
        Version::V0x13,
        Params::new(19 * 1024, 2, 1, Some(64)).unwrap(),
    )
}

/// Prints one derivation fresh and reused, and returns the bound: derivations per second on two
/// threads that each reuse a buffer.
fn argon2_bound() -> f64 {
    let runs = 20;
    let mut out = [0u8; 64];
    let started = Instant::now();
    for i in 0..runs {
        argon2()
            .hash_password_into(&[i as u8; 16], b"bench salt 16 by", &mut out)
            .unwrap();
    }
    let fresh = started.elapsed() / runs;
    let mut memory = vec![Block::default(); 19 * 1024];
    let started = Instant::now();
    for i in 0..runs {
        argon2()
            .hash_password_into_with_memory(
                &[i as u8; 16],
                b"bench salt 16 by",
                &mut out,
                &mut memory,
            )
            .unwrap();
    }
    let reused = started.elapsed() / runs;
    let window = Duration::from_secs(3);
    let started = Instant::now();
    let done: u64 = std::thread::scope(|scope| {
        let threads: Vec<_> = (0..2)
            .map(|_| {
                scope.spawn(move || {
                    let mut memory = vec![Block::default(); 19 * 1024];
                    let mut out = [0u8; 64];
                    let mut n = 0u64;
                    while started.elapsed() < window {
                        argon2()
                            .hash_password_into_with_memory(
                                b"pw",
                                b"bench salt 16 by",
                                &mut out,
                                &mut memory,
                            )
                            .unwrap();
                        n += 1;
                    }
                    n
                })
            })
            .collect();
        threads.into_iter().map(|t| t.join().unwrap()).sum()
    });
    let bound = done as f64 / started.elapsed().as_secs_f64();
    println!(
        "argon2 (19 MiB, t=2): fresh buffer {:.1} ms, reused buffer {:.1} ms ({:.2}x); \
         bound on 2 threads {bound:.1}/s",
        ms(fresh),
        ms(reused),
        fresh.as_secs_f64() / reused.as_secs_f64()
    );
    bound
}

// ---- databases and the server -------------------------------------------------------------

struct BenchDatabase {
    url: String,
    /// The server and database to drop the database from afterwards (PostgreSQL).
    admin: Option<(String, String)>,
}

impl BenchDatabase {
    async fn create(postgres: bool, folder: &Path, label: &str) -> Self {
        if !postgres {
            let path = folder.join(format!("{label}.sqlite"));
            return Self {
                url: format!("sqlite://{}?mode=rwc", path.display()),
                admin: None,
            };
        }
        let admin = std::env::var("KEDJA_BENCH_POSTGRES_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
        let name = format!("kedja_bench_hardening_{label}");
        let server = sea_orm::Database::connect(&admin)
            .await
            .expect("PostgreSQL answers at KEDJA_BENCH_POSTGRES_URL");
        server
            .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}"))
            .await
            .unwrap();
        server
            .execute_unprepared(&format!("CREATE DATABASE {name}"))
            .await
            .unwrap();
        let mut url = url::Url::parse(&admin).expect("a URL");
        url.set_path(&name);
        Self {
            url: url.to_string(),
            admin: Some((admin, name)),
        }
    }

    async fn connect(&self) -> Db {
        let db = kedja::store::connect_url(&self.url).await.unwrap();
        kedja::store::migrate(&db).await.unwrap();
        Db::new(db)
    }

    async fn drop_it(self) {
        if let Some((admin, name)) = self.admin {
            let server = sea_orm::Database::connect(&admin).await.unwrap();
            server
                .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .await
                .unwrap();
        }
    }
}

/// A running `kedja serve` with two KDF workers, generous limits (the bench is one address)
/// and a warn-level log.
struct Server {
    child: Child,
    base: String,
    client: reqwest::Client,
}

impl Server {
    async fn start(database: &BenchDatabase, folder: &Path) -> Self {
        let data = folder.join(format!("data-{}", Uuid::new_v4().simple()));
        let (child, base) = spawn_server(&database.url, &data);
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(120);
        loop {
            if let Ok(r) = client.get(format!("{base}/readyz")).send().await
                && r.status().is_success()
            {
                break;
            }
            assert!(Instant::now() < deadline, "the server never became ready");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Self {
            child,
            base,
            client,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    fn rss_mib(&self) -> f64 {
        rss_kib(self.child.id()) as f64 / 1024.0
    }

    fn stop(mut self) {
        self.child.kill().ok();
        self.child.wait().ok();
    }
}

fn spawn_server(database_url: &str, data: &Path) -> (Child, String) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new(env!("CARGO_BIN_EXE_kedja"))
        .arg("serve")
        .env("KEDJA_DATA_DIR", data)
        .env("KEDJA_DATABASE_URL", database_url)
        .env("KEDJA_BIND", format!("127.0.0.1:{port}"))
        .env("KEDJA_LOG", "warn")
        .env("KEDJA_KDF_WORKERS", "2")
        .env("KEDJA_RATE_LIMIT_BURST", "1000000")
        .env("KEDJA_RATE_LIMIT_PERIOD_MS", "1")
        .env("KEDJA_UPLOAD_LIMIT_BYTES", (8u64 << 30).to_string())
        .env("KEDJA_CASE_UPLOAD_LIMIT_BYTES", (8u64 << 30).to_string())
        .env("KEDJA_REQUEST_TIMEOUT_SECONDS", "3600")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the kedja binary starts");
    (child, format!("http://127.0.0.1:{port}"))
}

/// A field of /proc/<pid>/status in KiB.
fn rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// User plus system CPU time of a process, in clock ticks.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    // After the command: state is field 3, utime 14 and stime 15 (1-based, /proc(5)).
    let field = |n: usize| {
        fields
            .get(n - 3)
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0)
    };
    field(14) + field(15)
}

// ---- an organisation to report to ---------------------------------------------------------

struct Org {
    org_id: Uuid,
    supplier_id: Uuid,
    admin_email: String,
    otpauth: String,
}

async fn provision_org(database: &BenchDatabase) -> Org {
    let db = database.connect().await;
    let clock = Clock::system();
    let org = provision::create_organisation(
        &db,
        &clock,
        NewOrganisation {
            name: "Bench Region".into(),
            kind: OrgKind::Buyer,
            admin_email: "admin@bench.example".into(),
            admin_password: SecretString::from(PASSWORD),
            with_totp: true,
        },
    )
    .await
    .unwrap();
    let supplier = provision::add_supplier(
        &db,
        &clock,
        NewSupplier {
            org_id: org.org_id,
            name: "Bench Berry Farm".into(),
            country: "SE".into(),
            city: None,
            sector: None,
            contract: None,
            other_names: None,
        },
    )
    .await
    .unwrap();
    Org {
        org_id: org.org_id,
        supplier_id: supplier.supplier_id,
        admin_email: "admin@bench.example".into(),
        otpauth: org.otpauth_uri.unwrap().to_string(),
    }
}

fn report(org: &Org) -> Value {
    json!({
        "language": "en",
        "supplier_id": org.supplier_id,
        "country": "SE",
        "indicators": ["documents", "deception"],
        "immediate_danger": false,
        "people_affected": "six_to_twenty",
        "relationship": "worker",
        "narrative": "The agent keeps our passports and we work fourteen hours a day",
    })
}

// ---- intake and sign-ins ------------------------------------------------------------------

/// Submits `n` reports four at a time; prints the rate against the bound and the server's RSS.
async fn intake(server: &Server, org: &Org, n: u64, bound: f64) -> Vec<String> {
    let body = report(org);
    let started = Instant::now();
    let receipts = run_concurrently(n, 4, |_| {
        let request = server
            .client
            .post(server.url("/api/v1/reports"))
            .json(&body);
        async move {
            let response = request.send().await.unwrap();
            if response.status() != reqwest::StatusCode::CREATED {
                return None;
            }
            let body: Value = response.json().await.unwrap();
            body["receipt"].as_str().map(str::to_string)
        }
    })
    .await;
    let rate = receipts.len() as f64 / started.elapsed().as_secs_f64();
    println!(
        "submissions: {rate:.1}/s = {:.2} of the bound ({} of {n} accepted); server RSS after \
         them {:.0} MiB",
        rate / bound,
        receipts.len(),
        server.rss_mib()
    );
    receipts
}

async fn sign_ins(server: &Server, receipts: &[String], bound: f64) {
    let started = Instant::now();
    let receipts = Arc::new(receipts.to_vec());
    let done = run_concurrently(receipts.len() as u64, 4, |i| {
        let request = server
            .client
            .post(server.url("/api/v1/reporter/session"))
            .json(&json!({ "receipt": receipts[i as usize] }));
        async move {
            let response = request.send().await.unwrap();
            (response.status() == reqwest::StatusCode::NO_CONTENT).then_some(())
        }
    })
    .await;
    let rate = done.len() as f64 / started.elapsed().as_secs_f64();
    println!(
        "receipt sign-ins: {rate:.1}/s = {:.2} of the bound ({} of {})",
        rate / bound,
        done.len(),
        receipts.len()
    );
}

/// Runs `make(i)` for i in 0..n, `width` at a time; keeps the `Some`s.
async fn run_concurrently<T, F, Fut>(n: u64, width: u64, make: F) -> Vec<T>
where
    F: Fn(u64) -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    use futures_util::StreamExt;
    futures_util::stream::iter(0..n)
        .map(make)
        .buffer_unordered(width as usize)
        .filter_map(|x| async move { x })
        .collect()
        .await
}

// ---- the case list under a reporter flood -------------------------------------------------

async fn staff_cookie(server: &Server, org: &Org) -> String {
    let totp = totp_rs::Totp::from_url(&org.otpauth).unwrap();
    let response = server
        .client
        .post(server.url("/api/v1/auth/login"))
        .json(&json!({
            "email": org.admin_email,
            "password": PASSWORD,
            "totp": totp.generate_current().to_string(),
        }))
        .send()
        .await
        .unwrap();
    assert!(response.status().is_success(), "{}", response.status());
    response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("__Host-kedja-staff="))
        .map(|v| v.split(';').next().unwrap().to_string())
        .expect("a staff cookie")
}

async fn list_p99(server: &Server, cookie: &str, runs: u64) -> Duration {
    let mut times = Vec::new();
    for _ in 0..runs {
        let started = Instant::now();
        let response = server
            .client
            .get(server.url("/api/v1/cases"))
            .header(COOKIE, cookie)
            .send()
            .await
            .unwrap();
        // A refused request (503 when the database pool is drained) counts with its time.
        if !response.status().is_success() {
            println!("  case list answered {}", response.status());
        }
        response.bytes().await.ok();
        times.push(started.elapsed());
    }
    percentile(&mut times, 0.99)
}

fn percentile(times: &mut [Duration], p: f64) -> Duration {
    times.sort();
    let at = ((times.len() as f64 * p).ceil() as usize).clamp(1, times.len()) - 1;
    times[at]
}

/// p99 idle, then p99 while reports arrive at ten times the bound (open loop: each is sent on
/// its schedule whatever the answers; most get 503 from a full KDF pool).
async fn list_under_flood(server: &Server, org: &Org, runs: u64, bound: f64) -> String {
    let cookie = staff_cookie(server, org).await;
    list_p99(server, &cookie, runs / 10 + 1).await;
    let idle = list_p99(server, &cookie, runs).await;
    let stop = Arc::new(AtomicBool::new(false));
    let sent = Arc::new(AtomicU64::new(0));
    let refused = Arc::new(AtomicU64::new(0));
    let flood = {
        let (stop, sent, refused) = (stop.clone(), sent.clone(), refused.clone());
        let client = server.client.clone();
        let url = server.url("/api/v1/reports");
        let body = report(org);
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs_f64(1.0 / (10.0 * bound)));
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
            while !stop.load(Ordering::Relaxed) {
                tick.tick().await;
                let (client, url, body, sent, refused) = (
                    client.clone(),
                    url.clone(),
                    body.clone(),
                    sent.clone(),
                    refused.clone(),
                );
                tokio::spawn(async move {
                    sent.fetch_add(1, Ordering::Relaxed);
                    if let Ok(r) = client.post(url).json(&body).send().await
                        && r.status() == reqwest::StatusCode::SERVICE_UNAVAILABLE
                    {
                        refused.fetch_add(1, Ordering::Relaxed);
                    }
                });
            }
        })
    };
    // Let the flood fill the pool first.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let flooded = list_p99(server, &cookie, runs).await;
    stop.store(true, Ordering::Relaxed);
    flood.await.unwrap();
    println!(
        "handler case list p99: idle {:.1} ms, under a flood at 10x the bound {:.1} ms = {:.2}x \
         ({} reports sent, {} answered 503)",
        ms(idle),
        ms(flooded),
        flooded.as_secs_f64() / idle.as_secs_f64(),
        sent.load(Ordering::Relaxed),
        refused.load(Ordering::Relaxed),
    );
    cookie
}

// ---- evidence -----------------------------------------------------------------------------

/// A text file of `mib` MiB (the kind of file every allow-list accepts).
fn write_evidence(path: &Path, mib: u64) {
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let line = b"Shift log: 14 hours, no break, passports still held by the agent. 0123456789\n";
    let mut left = mib << 20;
    while left > 0 {
        let n = left.min(line.len() as u64) as usize;
        file.write_all(&line[..n]).unwrap();
        left -= n as u64;
    }
    file.flush().unwrap();
}

/// The same work done by age itself: encrypting the file to two recipients and decrypting it.
struct AgeBaseline {
    how: &'static str,
    encrypt: Duration,
    decrypt: Duration,
}

impl AgeBaseline {
    fn measure(folder: &Path, file: &Path) -> Self {
        let one = age::x25519::Identity::generate();
        let two = age::x25519::Identity::generate();
        let sealed = folder.join("evidence.age");
        let key = folder.join("key.txt");
        std::fs::write(
            &key,
            format!(
                "{}\n",
                secrecy::ExposeSecret::expose_secret(&one.to_string())
            ),
        )
        .unwrap();
        let cli = Command::new("age")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
        if cli {
            let started = Instant::now();
            let status = Command::new("age")
                .args([
                    "-r",
                    &one.to_public().to_string(),
                    "-r",
                    &two.to_public().to_string(),
                ])
                .arg("-o")
                .arg(&sealed)
                .arg(file)
                .status()
                .unwrap();
            assert!(status.success());
            let encrypt = started.elapsed();
            let started = Instant::now();
            let status = Command::new("age")
                .arg("-d")
                .arg("-i")
                .arg(&key)
                .arg("-o")
                .arg("/dev/null")
                .arg(&sealed)
                .status()
                .unwrap();
            assert!(status.success());
            let decrypt = started.elapsed();
            println!(
                "age CLI on the file: encrypt to two recipients {:.2} s, decrypt {:.2} s",
                encrypt.as_secs_f64(),
                decrypt.as_secs_f64()
            );
            return Self {
                how: "the age CLI",
                encrypt,
                decrypt,
            };
        }
        let recipients = [one.to_public(), two.to_public()];
        let started = Instant::now();
        {
            let encryptor = age::Encryptor::with_recipients(
                recipients.iter().map(|r| r as &dyn age::Recipient),
            )
            .unwrap();
            let mut out = encryptor
                .wrap_output(std::io::BufWriter::new(
                    std::fs::File::create(&sealed).unwrap(),
                ))
                .unwrap();
            std::io::copy(&mut std::fs::File::open(file).unwrap(), &mut out).unwrap();
            out.finish().unwrap().flush().unwrap();
        }
        let encrypt = started.elapsed();
        let started = Instant::now();
        {
            let decryptor = age::Decryptor::new(std::io::BufReader::new(
                std::fs::File::open(&sealed).unwrap(),
            ))
            .unwrap();
            let mut reader = decryptor
                .decrypt(std::iter::once(&one as &dyn age::Identity))
                .unwrap();
            std::io::copy(&mut reader, &mut std::io::sink()).unwrap();
        }
        let decrypt = started.elapsed();
        println!(
            "age crate on the file (no age CLI installed): encrypt {:.2} s, decrypt {:.2} s",
            encrypt.as_secs_f64(),
            decrypt.as_secs_f64()
        );
        Self {
            how: "the age crate",
            encrypt,
            decrypt,
        }
    }
}

async fn evidence(
    server: &Server,
    database: &BenchDatabase,
    cookie: &str,
    receipt: &str,
    file: &PathBuf,
    mib: u64,
    age: &AgeBaseline,
) {
    let reporter = {
        // The flood before may still hold the KDF pool (503): try again until it is free.
        let deadline = Instant::now() + Duration::from_secs(60);
        let response = loop {
            let response = server
                .client
                .post(server.url("/api/v1/reporter/session"))
                .json(&json!({ "receipt": receipt }))
                .send()
                .await
                .unwrap();
            if response.status().is_success() || Instant::now() > deadline {
                break response;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        };
        response
            .headers()
            .get_all(SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with("__Host-kedja-reporter="))
            .map(|v| v.split(';').next().unwrap().to_string())
            .expect("a reporter cookie")
    };
    let len = std::fs::metadata(file).unwrap().len();
    let stream = tokio_util::io::ReaderStream::new(tokio::fs::File::open(file).await.unwrap());
    let part =
        reqwest::multipart::Part::stream_with_length(reqwest::Body::wrap_stream(stream), len)
            .file_name("shifts.txt")
            .mime_str("text/plain")
            .unwrap();
    let started = Instant::now();
    let uploaded = server
        .client
        .post(server.url("/api/v1/reporter/attachments"))
        .header(COOKIE, &reporter)
        .multipart(reqwest::multipart::Form::new().part("file", part))
        .send()
        .await
        .unwrap();
    let upload = started.elapsed();
    assert!(
        uploaded.status().is_success(),
        "upload: {}",
        uploaded.status()
    );
    println!(
        "upload of {mib} MiB: {:.2} s = {:.2} of {}'s speed (age -r R1 -r R2)",
        upload.as_secs_f64(),
        age.encrypt.as_secs_f64() / upload.as_secs_f64(),
        age.how
    );

    let row = {
        use sea_orm::EntityTrait;
        let db = kedja::store::connect_url(&database.url).await.unwrap();
        kedja::store::entities::attachments::Entity::find()
            .one(&db)
            .await
            .unwrap()
            .expect("the uploaded file")
    };
    let (id, attachment) = (row.case_id, row.id);
    let before = rss_kib(server.child.id());
    let peak = Arc::new(AtomicU64::new(before));
    let sampling = Arc::new(AtomicBool::new(true));
    let sampler = {
        let (peak, sampling, pid) = (peak.clone(), sampling.clone(), server.child.id());
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_millis(10));
            while sampling.load(Ordering::Relaxed) {
                tick.tick().await;
                peak.fetch_max(rss_kib(pid), Ordering::Relaxed);
            }
        })
    };
    let started = Instant::now();
    let mut response = server
        .client
        .get(server.url(&format!("/api/v1/cases/{id}/attachments/{attachment}")))
        .header(COOKIE, cookie)
        .send()
        .await
        .unwrap();
    assert!(response.status().is_success());
    let mut received = 0u64;
    while let Some(chunk) = response.chunk().await.unwrap() {
        received += chunk.len() as u64;
    }
    let download = started.elapsed();
    sampling.store(false, Ordering::Relaxed);
    sampler.await.unwrap();
    assert_eq!(received, len, "the whole file came back");
    let growth = peak.load(Ordering::Relaxed).saturating_sub(before) as f64 / 1024.0;
    println!(
        "download of {mib} MiB: {:.2} s = {:.2} of {}'s speed (age -d); server RSS grew by \
         {growth:.1} MiB (from {:.0} MiB)",
        download.as_secs_f64(),
        age.decrypt.as_secs_f64() / download.as_secs_f64(),
        age.how,
        before as f64 / 1024.0
    );
}

// ---- start-up with many cases -------------------------------------------------------------

/// Loads `cases` open cases with deadlines around today, then starts the server and measures
/// how long until its CPU time stops growing (no more than 20 ms of CPU in 500 ms).
async fn start_up(database: &BenchDatabase, folder: &Path, cases: u64) {
    let db = database.connect().await;
    let org = provision_org(database).await;
    let started = Instant::now();
    load_cases(&db, &org, cases).await;
    println!(
        "start-up: loaded {cases} cases in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    drop(db);
    let data = folder.join(format!("data-{}", Uuid::new_v4().simple()));
    let launched = Instant::now();
    let (mut child, _) = spawn_server(&database.url, &data);
    let ticks_per_s = 100.0; // USER_HZ on Linux
    let quiet = 0.02 * ticks_per_s;
    let mut history: Vec<(Instant, u64)> = Vec::new();
    let idle_at = loop {
        let now = Instant::now();
        history.push((now, cpu_ticks(child.id())));
        if let Some((_, then)) = history
            .iter()
            .rev()
            .find(|(at, _)| now.duration_since(*at) >= Duration::from_millis(500))
            && (history.last().unwrap().1 - then) as f64 <= quiet
            && now.duration_since(launched) > Duration::from_millis(500)
        {
            break now.duration_since(launched) - Duration::from_millis(500);
        }
        assert!(
            now.duration_since(launched) < Duration::from_secs(600),
            "still busy after 10 minutes"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let cpu = cpu_ticks(child.id()) as f64 / ticks_per_s;
    child.kill().ok();
    child.wait().ok();
    println!(
        "start-up with {cases} cases: idle {:.2} s after launch ({cpu:.2} s of CPU)",
        idle_at.as_secs_f64()
    );
}

/// Open cases of the bench organisation, received over the last two weeks, a few already past
/// their acknowledgement deadline: what the deadline digest reads at start-up.
async fn load_cases(db: &Db, org: &Org, cases: u64) {
    let conn = db.conn();
    let pg = conn.get_database_backend() == DbBackend::Postgres;
    let last = cases - 1;
    let today = Clock::system().today();
    let (series, id, lookup) = if pg {
        (
            format!("SELECT n::bigint AS n FROM generate_series(0, {last}) AS n"),
            "md5(n::text || 'case')::uuid",
            "decode(md5(n::text || 'receipt'), 'hex')",
        )
    } else {
        (
            format!(
                "WITH RECURSIVE g(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM g WHERE n < {last}) \
                 SELECT n FROM g"
            ),
            "randomblob(16)",
            "randomblob(32)",
        )
    };
    // A UUID as each database stores it: PostgreSQL's type, SQLite's 16-byte blob.
    let uuid = |id: Uuid| {
        if pg {
            format!("'{id}'::uuid")
        } else {
            format!("x'{}'", id.simple())
        }
    };
    let (org_value, supplier_value) = (uuid(org.org_id), uuid(org.supplier_id));
    let day = |offset: &str| {
        if pg {
            format!("(DATE '{today}' - ({offset})::int)")
        } else {
            format!("date('{today}', printf('%+d days', -({offset})))")
        }
    };
    let reference = if pg {
        "'KJ-' || upper(lpad(to_hex(n), 8, '0'))"
    } else {
        "printf('KJ-%08X', n)"
    };
    let statement = format!(
        "INSERT INTO cases (id, reference, owner_org_id, supplier_id, country, sector, state, \
           resolution, priority, assessed_priority, retaliation_risk, receipt_lookup, \
           reporter_recipient, received_on, acknowledge_by, acknowledged_on, feedback_by, \
           closed_on, assignee_id, duplicate_of, purged_on, consent, consent_on) \
         SELECT {id}, {reference}, {org_value}, {supplier_value}, 'SE', NULL, 'received', NULL, \
           'medium', 'medium', NULL, {lookup}, 'age1bench', {received}, {due}, NULL, NULL, NULL, \
           NULL, NULL, NULL, NULL, NULL \
         FROM ({series}) AS s",
        received = day("n % 14"),
        due = day("n % 14 - 7"),
    );
    conn.execute_unprepared(&statement)
        .await
        .unwrap_or_else(|e| panic!("{e}: {statement}"));
    if pg {
        conn.execute_unprepared("VACUUM ANALYZE").await.unwrap();
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
