//! The case list at a million cases: how long one page takes, on SQLite and on PostgreSQL.
//!
//! It creates a fresh SQLite file and a fresh PostgreSQL database, runs kedja's migrations,
//! inserts the cases directly in SQL (a million by default: three years of reports about
//! 2,000 suppliers, most of them closed, one or two indicators each, most of one buyer's cases
//! assigned, 200 of other buyers' cases shared with it), then times the list's own queries, `store::queue::page` with the indicator and
//! supplier-name lookups that `cases::service::list` makes, for the first page, each filter,
//! both searches and a page deep in the list: 200 runs each after a warm-up, as p50, p95 and
//! max in milliseconds. The goal is a p95 of at most 50 ms on both databases.
//!
//! ```text
//! cargo bench --bench case_list
//! KEDJA_BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres  (the default; the
//!     bench creates and drops the database kedja_bench_case_list on that server)
//! KEDJA_BENCH_CASES=100000     (fewer cases, for a quick look)
//! KEDJA_BENCH_ONLY=sqlite      (or postgres: one database only)
//! KEDJA_BENCH_KEEP=1           (keep the databases to look at the plans: the SQLite file as
//!     kedja-bench-case-list.sqlite in the temporary folder, the PostgreSQL database as is)
//! KEDJA_BENCH_REUSE=1          (time the databases a KEEP run left, without loading again)
//! ```
//!
//! It is a bench, not a test: `cargo test` never runs it; CI only compiles it (clippy
//! `--all-targets`).

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::too_many_lines)]

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use kedja::clock::Clock;
use kedja::domain::search::{CaseSearch, search_key};
use kedja::store::cases::{AssigneeFilter, Caller, ListFilter};
use kedja::store::entities::{members, organisations, suppliers};
use kedja::store::queue::{self, QueueKey};
use sea_orm::{
    ActiveValue::Set, ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait, Statement,
};
use uuid::Uuid;

const RUNS: usize = 200;
const WARM_UP: usize = 20;
/// The list's default page, and one more to learn whether another follows.
const PAGE: u64 = 51;
const SUPPLIERS: usize = 2_000;
const MEMBERS: usize = 20;
const OTHER_ORGS: usize = 9;
const NAME_FIRST: [&str; 40] = [
    "Solbär",
    "Nordic",
    "Delta",
    "Golden",
    "Green",
    "Sun",
    "Blue",
    "Anka",
    "Mekong",
    "Sahel",
    "Çukurova",
    "Łódź",
    "Dhaka",
    "Tana",
    "Kalmar",
    "Pacific",
    "Atlas",
    "Orion",
    "Lotus",
    "Cedar",
    "Amber",
    "Harbor",
    "Summit",
    "Valley",
    "River",
    "Coastal",
    "Highland",
    "Prairie",
    "Eastern",
    "Western",
    "Northern",
    "Southern",
    "Royal",
    "United",
    "Global",
    "Pioneer",
    "Crescent",
    "Полярная",
    "Evergreen",
    "Meridian",
];
const NAME_SECOND: [&str; 50] = [
    "Textil",
    "Berries",
    "Garments",
    "Electronics",
    "Farms",
    "Fisheries",
    "Timber",
    "Leather",
    "Cotton",
    "Seafood",
    "Tea",
    "Coffee",
    "Cocoa",
    "Rubber",
    "Palm",
    "Sugar",
    "Apparel",
    "Footwear",
    "Toys",
    "Furniture",
    "Ceramics",
    "Glass",
    "Steel",
    "Mining",
    "Poultry",
    "Dairy",
    "Grain",
    "Spices",
    "Nuts",
    "Fruit",
    "Flowers",
    "Packaging",
    "Paper",
    "Plastics",
    "Chemicals",
    "Logistics",
    "Construction",
    "Cleaning",
    "Security",
    "Catering",
    "Shipyard",
    "Knitwear",
    "Denim",
    "Silk",
    "Wool",
    "Solar",
    "Batteries",
    "Components",
    "Assembly",
    "Hardware",
];
const CITIES: [&str; 25] = [
    "Kalmar",
    "Izmir",
    "Adana",
    "Ho Chi Minh",
    "Dhaka",
    "Tiruppur",
    "Penang",
    "Bangkok",
    "Łódź",
    "Iași",
    "Addis Ababa",
    "Umeå",
    "Chittagong",
    "Hanoi",
    "Chennai",
    "Johor",
    "Chiang Mai",
    "Gdańsk",
    "Cluj",
    "Hawassa",
    "Bursa",
    "Da Nang",
    "Surat",
    "Ipoh",
    "Gazipur",
];
const COUNTRIES: [&str; 10] = ["SE", "TR", "VN", "BD", "IN", "MY", "TH", "PL", "RO", "ET"];

/// What was set up: whom the pages are read as, and values the filters pick.
struct Fixture {
    caller: Caller,
    suppliers: Vec<Uuid>,
    members: Vec<Uuid>,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cases: u64 = std::env::var("KEDJA_BENCH_CASES")
        .ok()
        .map(|n| {
            n.replace('_', "")
                .parse()
                .expect("KEDJA_BENCH_CASES is a number")
        })
        .unwrap_or(1_000_000);
    let only = std::env::var("KEDJA_BENCH_ONLY").unwrap_or_default();
    let reuse = std::env::var_os("KEDJA_BENCH_REUSE").is_some();
    let keep = reuse || std::env::var_os("KEDJA_BENCH_KEEP").is_some();
    let today = Clock::system().today();
    println!("case list benchmark: {cases} cases, {RUNS} runs per query, today {today}");

    if only.is_empty() || only == "sqlite" {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = if keep {
            std::env::temp_dir().join("kedja-bench-case-list.sqlite")
        } else {
            folder.path().join("bench.sqlite")
        };
        let load = !(reuse && path.exists());
        if load {
            for suffix in ["", "-wal", "-shm"] {
                std::fs::remove_file(format!("{}{suffix}", path.display())).ok();
            }
        }
        let url = format!("sqlite://{}?mode=rwc", path.display());
        run("SQLite", &url, load.then_some(cases), today).await;
        if keep {
            println!("kept: {}", path.display());
        }
    }
    if only.is_empty() || only == "postgres" {
        let admin = std::env::var("KEDJA_BENCH_POSTGRES_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
        let name = "kedja_bench_case_list";
        let server = sea_orm::Database::connect(&admin)
            .await
            .expect("PostgreSQL answers at KEDJA_BENCH_POSTGRES_URL");
        let exists = server
            .query_one_raw(Statement::from_string(
                DbBackend::Postgres,
                format!("SELECT 1 AS one FROM pg_database WHERE datname = '{name}'"),
            ))
            .await
            .expect("the list of databases")
            .is_some();
        let load = !(reuse && exists);
        if load {
            server
                .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}"))
                .await
                .expect("drop an old bench database");
            server
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .expect("create the bench database");
        }
        let mut url = url::Url::parse(&admin).expect("KEDJA_BENCH_POSTGRES_URL is a URL");
        url.set_path(name);
        run("PostgreSQL", url.as_str(), load.then_some(cases), today).await;
        if keep {
            println!("kept: {url}");
        } else {
            server
                .execute_unprepared(&format!("DROP DATABASE {name}"))
                .await
                .expect("drop the bench database");
        }
    }
}

/// Loads the database (unless `load` is `None`: a kept one) through one connection tuned for a
/// bulk load, then times the pages through a pool opened exactly as the service opens it.
async fn run(name: &str, url: &str, load: Option<u64>, today: NaiveDate) {
    println!("\n== {name}");
    if let Some(cases) = load {
        self::load(url, cases, today).await;
    }
    let db = kedja::store::connect_url(url)
        .await
        .expect("the database opens");
    let db = &db;
    // A kept database gets the migrations made since it was loaded.
    kedja::store::migrate(db).await.expect("migrations run");
    let (fixture, cases) = fixture(db).await;
    println!("{cases} cases");
    time_all(db, &fixture, cases, today).await;
}

/// Whom the pages are read as, and values the filters pick, from the handle tables `populate`
/// left; and how many cases there are.
async fn fixture(db: &DatabaseConnection) -> (Fixture, u64) {
    let backend = db.get_database_backend();
    let ids = |table: &'static str| async move {
        let rows = db
            .query_all_raw(Statement::from_string(
                backend,
                format!("SELECT id FROM {table} ORDER BY k"),
            ))
            .await
            .expect("the handles of a loaded bench database");
        rows.iter()
            .map(|row| row.try_get::<Uuid>("", "id").expect("an id"))
            .collect::<Vec<_>>()
    };
    let orgs = ids("bench_orgs").await;
    let members = ids("bench_members").await;
    let suppliers = ids("bench_suppliers").await;
    let count = db
        .query_one_raw(Statement::from_string(
            backend,
            "SELECT COUNT(*) AS n FROM cases",
        ))
        .await
        .expect("a count")
        .expect("a row");
    let cases: i64 = count.try_get("", "n").expect("a number");
    (
        Fixture {
            caller: Caller {
                member_id: members[0],
                org_id: orgs[0],
            },
            suppliers,
            members,
        },
        u64::try_from(cases).unwrap_or(0),
    )
}

/// Loads `cases` cases through one connection tuned for a bulk load.
async fn load(url: &str, cases: u64, today: NaiveDate) {
    let loader = sea_orm::Database::connect(
        sea_orm::ConnectOptions::new(url.to_string())
            .max_connections(1)
            .sqlx_logging(false)
            .to_owned(),
    )
    .await
    .expect("the database opens");
    let sqlite = loader.get_database_backend() == DbBackend::Sqlite;
    if sqlite {
        // A big page cache and no fsync while loading: a million rows into seven indexes.
        for pragma in [
            "PRAGMA journal_mode = WAL",
            "PRAGMA foreign_keys = ON",
            "PRAGMA synchronous = OFF",
            "PRAGMA cache_size = -1000000",
            "PRAGMA temp_store = MEMORY",
        ] {
            loader.execute_unprepared(pragma).await.expect(pragma);
        }
    }
    kedja::store::migrate(&loader)
        .await
        .expect("migrations run");
    let started = Instant::now();
    populate(&loader, cases, today).await;
    if sqlite {
        // As a running service's checkpoints would leave it: the pages in the database file.
        loader
            .execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)")
            .await
            .expect("checkpoint");
    }
    loader.close().await.ok();
    println!(
        "inserted {cases} cases in {:.0} s",
        started.elapsed().as_secs_f64()
    );
}

async fn time_all(db: &DatabaseConnection, fixture: &Fixture, cases: u64, today: NaiveDate) {
    println!(
        "{:<44} {:>8} {:>8} {:>8} {:>6}",
        "query", "p50 ms", "p95 ms", "max ms", "rows"
    );
    let mut worst = Duration::ZERO;
    for (label, filter, overdue, after, limit) in scenarios(db, fixture, cases, today).await {
        let (p50, p95, max, rows) =
            time(db, fixture.caller, &filter, overdue, after.as_ref(), limit).await;
        worst = worst.max(p95);
        println!(
            "{label:<44} {:>8.2} {:>8.2} {:>8.2} {rows:>6}",
            ms(p50),
            ms(p95),
            ms(max)
        );
    }
    println!(
        "worst p95: {:.2} ms ({})",
        ms(worst),
        if worst <= Duration::from_millis(50) {
            "within 50 ms"
        } else {
            "OVER 50 ms"
        }
    );
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

type Scenario = (
    String,
    ListFilter,
    Option<(bool, NaiveDate)>,
    Option<QueueKey>,
    u64,
);

async fn scenarios(
    db: &DatabaseConnection,
    fixture: &Fixture,
    cases: u64,
    today: NaiveDate,
) -> Vec<Scenario> {
    let f = ListFilter::default;
    // The middle of the caller's list: a page link from deep inside it.
    let middle = deep_key(db, fixture.caller, cases).await;
    let some_reference = reference_of(db, fixture.caller).await;
    vec![
        ("first page".into(), f(), None, None, PAGE),
        ("first page of 200".into(), f(), None, None, 201),
        (
            "state=received".into(),
            ListFilter {
                state: Some("received".into()),
                ..f()
            },
            None,
            None,
            PAGE,
        ),
        (
            "state=investigating".into(),
            ListFilter {
                state: Some("investigating".into()),
                ..f()
            },
            None,
            None,
            PAGE,
        ),
        (
            "state=closed".into(),
            ListFilter {
                state: Some("closed".into()),
                ..f()
            },
            None,
            None,
            PAGE,
        ),
        (
            "priority=critical".into(),
            ListFilter {
                priority: Some("critical".into()),
                ..f()
            },
            None,
            None,
            PAGE,
        ),
        (
            "priority=low".into(),
            ListFilter {
                priority: Some("low".into()),
                ..f()
            },
            None,
            None,
            PAGE,
        ),
        ("overdue=true".into(), f(), Some((true, today)), None, PAGE),
        (
            "overdue=false".into(),
            f(),
            Some((false, today)),
            None,
            PAGE,
        ),
        (
            "supplier (the largest)".into(),
            ListFilter {
                supplier_id: Some(fixture.suppliers[0]),
                ..f()
            },
            None,
            None,
            PAGE,
        ),
        (
            "supplier (a small one)".into(),
            ListFilter {
                supplier_id: Some(fixture.suppliers[100]),
                ..f()
            },
            None,
            None,
            PAGE,
        ),
        (
            "assignee".into(),
            ListFilter {
                assignee: Some(AssigneeFilter::Member(fixture.members[1])),
                ..f()
            },
            None,
            None,
            PAGE,
        ),
        (
            "assignee=none".into(),
            ListFilter {
                assignee: Some(AssigneeFilter::Nobody),
                ..f()
            },
            None,
            None,
            PAGE,
        ),
        (
            "indicator=child_labour".into(),
            ListFilter {
                indicator: Some("child_labour".into()),
                ..f()
            },
            None,
            None,
            PAGE,
        ),
        (
            format!("q={some_reference}"),
            ListFilter {
                search: CaseSearch::parse(&some_reference),
                ..f()
            },
            None,
            None,
            PAGE,
        ),
        (
            "q=textil (one supplier in 50)".into(),
            ListFilter {
                search: CaseSearch::parse("textil"),
                ..f()
            },
            None,
            None,
            PAGE,
        ),
        (
            "q=Solbar Berries (one supplier)".into(),
            ListFilter {
                search: CaseSearch::parse("Solbar Berries"),
                ..f()
            },
            None,
            None,
            PAGE,
        ),
        (
            "q=kalmar (a city: one supplier in 25)".into(),
            ListFilter {
                search: CaseSearch::parse("kalmar"),
                ..f()
            },
            None,
            None,
            PAGE,
        ),
        (
            "state=investigating, overdue=true".into(),
            ListFilter {
                state: Some("investigating".into()),
                ..f()
            },
            Some((true, today)),
            None,
            PAGE,
        ),
        (
            "deep page (after the middle)".into(),
            f(),
            None,
            Some(middle),
            PAGE,
        ),
        (
            "deep page of 200, state=closed".into(),
            ListFilter {
                state: Some("closed".into()),
                ..f()
            },
            None,
            Some(middle),
            201,
        ),
    ]
}

/// Times one page as the service reads it: the page, then its indicators and supplier names.
async fn time(
    db: &DatabaseConnection,
    caller: Caller,
    filter: &ListFilter,
    overdue: Option<(bool, NaiveDate)>,
    after: Option<&QueueKey>,
    limit: u64,
) -> (Duration, Duration, Duration, usize) {
    let mut times = Vec::with_capacity(RUNS);
    let mut rows = 0;
    for run in 0..WARM_UP + RUNS {
        let started = Instant::now();
        let page = queue::page(db, caller, filter, overdue, after, limit)
            .await
            .expect("a page");
        let ids: Vec<Uuid> = page.iter().map(|c| c.id).collect();
        let supplier_ids: Vec<Uuid> = page.iter().filter_map(|c| c.supplier_id).collect();
        kedja::store::cases::indicators_of(db, &ids)
            .await
            .expect("indicators");
        kedja::store::suppliers::names_of(db, &supplier_ids)
            .await
            .expect("names");
        if run >= WARM_UP {
            times.push(started.elapsed());
        }
        rows = page.len();
    }
    times.sort();
    let at = |q: f64| times[((times.len() as f64 * q).ceil() as usize).saturating_sub(1)];
    (at(0.50), at(0.95), times[times.len() - 1], rows)
}

async fn deep_key(db: &DatabaseConnection, caller: Caller, cases: u64) -> QueueKey {
    // Any case's key is a valid link; take one from the middle of the owner's cases by id.
    let row = db
        .query_one_raw(Statement::from_sql_and_values(
            db.get_database_backend(),
            match db.get_database_backend() {
                DbBackend::Postgres => {
                    "SELECT id FROM cases WHERE owner_org_id = $1 AND state <> 'closed' \
                     ORDER BY id LIMIT 1 OFFSET $2"
                }
                _ => {
                    "SELECT id FROM cases WHERE owner_org_id = ? AND state <> 'closed' \
                     ORDER BY id LIMIT 1 OFFSET ?"
                }
            },
            // About the middle of the open cases (a fifth of all, most of them the caller's).
            [
                caller.org_id.into(),
                i64::try_from(cases / 20).unwrap_or(0).into(),
            ],
        ))
        .await
        .expect("a case")
        .expect("enough cases");
    let id: Uuid = row.try_get("", "id").expect("an id");
    let case = kedja::store::cases::find(db, id)
        .await
        .expect("the case")
        .expect("it exists");
    QueueKey::of(&case)
}

async fn reference_of(db: &DatabaseConnection, caller: Caller) -> String {
    let page = queue::page(db, caller, &ListFilter::default(), None, None, 100)
        .await
        .expect("a page");
    page.last().expect("cases").reference.clone()
}

/// Organisations, members and suppliers through the entities; the cases, their indicators,
/// shares and recusals in SQL.
async fn populate(db: &DatabaseConnection, cases: u64, today: NaiveDate) {
    let now = Clock::system().now();
    let orgs: Vec<Uuid> = (0..=OTHER_ORGS).map(|_| Uuid::new_v4()).collect();
    organisations::Entity::insert_many(orgs.iter().enumerate().map(|(k, id)| {
        organisations::ActiveModel {
            id: Set(*id),
            name: Set(format!("Bench buyer {k}")),
            kind: Set("buyer".into()),
            recipient: Set("age1bench".into()),
            acknowledge_days: Set(7),
            feedback_months: Set(3),
            retention_months: Set(24),
            suppression_k: Set(5),
            time_zone: Set("UTC".into()),
            alert_email: Set(None),
            created_at: Set(now),
        }
    }))
    .exec_without_returning(db)
    .await
    .expect("organisations");
    let members: Vec<Uuid> = (0..MEMBERS).map(|_| Uuid::new_v4()).collect();
    members::Entity::insert_many(
        members
            .iter()
            .enumerate()
            .map(|(k, id)| members::ActiveModel {
                id: Set(*id),
                org_id: Set(orgs[0]),
                email: Set(format!("handler{k}@bench.example")),
                role: Set("handler".into()),
                password_hash: Set("-".into()),
                key_salt: Set(vec![0; 16]),
                recipient: Set("age1bench".into()),
                sealed_identity: Set(vec![0; 64]),
                totp_sealed: Set(None),
                totp_last_step: Set(None),
                pending: Set(false),
                disabled: Set(false),
                awaiting_password: Set(false),
                language: Set(None),
                password_changed_at: Set(now),
                created_at: Set(now),
            }),
    )
    .exec_without_returning(db)
    .await
    .expect("members");
    let supplier_ids: Vec<Uuid> = (0..SUPPLIERS).map(|_| Uuid::new_v4()).collect();
    for chunk in supplier_ids.chunks(500).enumerate() {
        let (c, ids) = chunk;
        suppliers::Entity::insert_many(ids.iter().enumerate().map(|(i, id)| {
            let k = c * 500 + i;
            let name = format!("{} {}", NAME_FIRST[k % 40], NAME_SECOND[k / 40]);
            let city = CITIES[k % CITIES.len()];
            suppliers::ActiveModel {
                id: Set(*id),
                search_key: Set(search_key(&name, Some(city), [])),
                name: Set(name),
                country: Set(COUNTRIES[k % COUNTRIES.len()].into()),
                city: Set(Some(city.into())),
                sector: Set(None),
                identifiers: Set(None),
                site_code: Set(format!("B{k:07}")),
                created_at: Set(now),
                other_names: Set(None),
            }
        }))
        .exec_without_returning(db)
        .await
        .expect("suppliers");
    }

    // Numbered handles for the SQL below.
    let backend = db.get_database_backend();
    for (table, ids) in [
        ("bench_orgs", &orgs),
        ("bench_members", &members),
        ("bench_suppliers", &supplier_ids),
    ] {
        let uuid_type = if backend == DbBackend::Postgres {
            "uuid"
        } else {
            "blob"
        };
        db.execute_unprepared(&format!(
            "CREATE TABLE {table} (k integer PRIMARY KEY, id {uuid_type} NOT NULL)"
        ))
        .await
        .expect("a handle table");
        for (k, id) in ids.iter().enumerate() {
            db.execute_raw(Statement::from_sql_and_values(
                backend,
                if backend == DbBackend::Postgres {
                    format!("INSERT INTO {table} (k, id) VALUES ($1, $2)")
                } else {
                    format!("INSERT INTO {table} (k, id) VALUES (?, ?)")
                },
                [(k as i64).into(), (*id).into()],
            ))
            .await
            .expect("a handle");
        }
    }
    for statement in case_sql(backend, cases, today) {
        db.execute_unprepared(&statement)
            .await
            .unwrap_or_else(|e| panic!("{e}: {statement}"));
    }
}

/// The statements that insert `cases` cases. Everything about case `n` follows from `n`
/// through a few multiplicative hashes, so both databases get the same spread.
fn case_sql(backend: DbBackend, cases: u64, today: NaiveDate) -> Vec<String> {
    let pg = backend == DbBackend::Postgres;
    let last = cases - 1;
    // A date `days` (an SQL expression) before today.
    let before = |days: &str| {
        if pg {
            format!("(DATE '{today}' - ({days})::int)")
        } else {
            format!("date('{today}', printf('%+d days', -({days})))")
        }
    };
    let series = if pg {
        format!("SELECT n::bigint AS n FROM generate_series(0, {last}) AS n")
    } else {
        format!(
            "WITH RECURSIVE g(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM g WHERE n < {last}) \
             SELECT n FROM g"
        )
    };
    let new_id = if pg {
        "md5(n::text || 'case')::uuid"
    } else {
        "randomblob(16)"
    };
    let indicator = |expr: &str| {
        let arms: String = kedja::domain::Indicator::ALL
            .iter()
            .enumerate()
            .map(|(i, code)| format!(" WHEN {i} THEN '{}'", code.as_code()))
            .collect();
        format!("CASE {expr}{arms} END")
    };
    let seed = format!(
        "CREATE TABLE bench_seed AS \
         SELECT n, {new_id} AS id, age, ha, \
           CASE \
             WHEN age < 7 THEN CASE WHEN ha < 700 THEN 'received' ELSE 'acknowledged' END \
             WHEN age < 30 THEN CASE WHEN ha < 50 THEN 'received' WHEN ha < 400 THEN 'acknowledged' \
               WHEN ha < 700 THEN 'assessing' WHEN ha < 900 THEN 'investigating' ELSE 'awaiting_reporter' END \
             WHEN age < 120 THEN CASE WHEN ha < 50 THEN 'acknowledged' WHEN ha < 200 THEN 'assessing' \
               WHEN ha < 500 THEN 'investigating' WHEN ha < 650 THEN 'remediation' \
               WHEN ha < 700 THEN 'awaiting_reporter' ELSE 'closed' END \
             ELSE CASE WHEN ha < 40 THEN 'investigating' WHEN ha < 80 THEN 'remediation' \
               WHEN ha < 100 THEN 'awaiting_reporter' ELSE 'closed' END \
           END AS state \
         FROM (SELECT n, (n * 7919) % 1095 AS age, (n * 2654435761) % 1000 AS ha FROM ({series}) AS s) AS t"
    );
    // The product of two spreads: a few suppliers with many cases, many with a few.
    let supplier_k =
        format!("((n * 31337) % {SUPPLIERS}) * (((n * 7 + 3) / 13) % {SUPPLIERS}) / {SUPPLIERS}");
    let insert_cases = format!(
        "INSERT INTO cases (id, reference, owner_org_id, supplier_id, country, sector, state, \
           resolution, priority, assessed_priority, retaliation_risk, receipt_lookup, \
           reporter_recipient, received_on, acknowledge_by, acknowledged_on, feedback_by, \
           closed_on, assignee_id, duplicate_of, purged_on, consent, consent_on) \
         SELECT s.id, {reference}, o.id, \
           CASE WHEN (n * 13) % 10 = 0 THEN NULL ELSE sup.id END, \
           CASE (n * 3) % 10 {countries} END, \
           CASE n % 3 WHEN 0 THEN 'agriculture' WHEN 1 THEN 'textiles' ELSE 'electronics' END, \
           state, \
           CASE WHEN state = 'closed' THEN CASE ha % 5 WHEN 0 THEN 'substantiated' \
             WHEN 1 THEN 'partly_substantiated' WHEN 2 THEN 'unsubstantiated' \
             WHEN 3 THEN 'out_of_scope' ELSE 'withdrawn' END END, \
           {priority}, {priority}, \
           CASE (n * 29) % 10 WHEN 0 THEN 'high' WHEN 1 THEN 'medium' WHEN 2 THEN 'low' \
             WHEN 3 THEN 'low' END, \
           {lookup}, 'age1bench', \
           {received_on}, {acknowledge_by}, \
           CASE WHEN state <> 'received' THEN {acknowledged_on} END, \
           CASE WHEN state <> 'received' THEN {feedback_by} END, \
           CASE WHEN state = 'closed' THEN {closed_on} END, \
           CASE WHEN o.k = 0 AND (n * 11) % 100 >= 15 THEN m.id END, \
           NULL, \
           CASE WHEN state = 'closed' AND age > 730 AND n % 10 = 0 THEN {purged_on} END, \
           NULL, NULL \
         FROM bench_seed s \
         JOIN bench_orgs o ON o.k = CASE WHEN n % 10 < 8 THEN 0 ELSE 1 + (n / 10) % {OTHER_ORGS} END \
         JOIN bench_suppliers sup ON sup.k = {supplier_k} \
         JOIN bench_members m ON m.k = (n * 17) % {MEMBERS} \
         ORDER BY s.id",
        reference = if pg {
            "'KJ-' || upper(lpad(to_hex(n), 8, '0'))"
        } else {
            "printf('KJ-%08X', n)"
        },
        countries = COUNTRIES
            .iter()
            .enumerate()
            .map(|(i, c)| format!(" WHEN {i} THEN '{c}'"))
            .collect::<String>(),
        priority = "CASE WHEN (n * 40503 + 17) % 100 < 5 THEN 'critical' \
                    WHEN (n * 40503 + 17) % 100 < 25 THEN 'high' \
                    WHEN (n * 40503 + 17) % 100 < 60 THEN 'medium' ELSE 'low' END",
        lookup = if pg {
            "decode(md5(n::text || 'receipt'), 'hex')"
        } else {
            "randomblob(32)"
        },
        received_on = before("age"),
        acknowledge_by = before("age - 7"),
        acknowledged_on = before("age - (n * 3) % 7"),
        feedback_by = before("age - (n * 3) % 7 - 90 - CASE WHEN n % 3 = 0 THEN 90 ELSE 0 END"),
        closed_on = before("CASE WHEN age > 60 THEN age - 60 ELSE 0 END"),
        purged_on = before("age - 730"),
    );
    let first_indicator = format!(
        "INSERT INTO case_indicators (case_id, indicator) SELECT id, {} FROM bench_seed",
        indicator("(n * 17) % 13")
    );
    let second_indicator = format!(
        "INSERT INTO case_indicators (case_id, indicator) SELECT id, {} FROM bench_seed \
         WHERE n % 3 = 0",
        indicator("((n * 17) % 13 + 1 + n % 12) % 13")
    );
    let (share_id, stamp) = if pg {
        ("md5(s.n::text || 'share')::uuid", "now()")
    } else {
        ("randomblob(16)", "datetime('now')")
    };
    let shares = format!(
        "INSERT INTO case_shares (id, case_id, org_id, shared_by, created_at, revoked_at) \
         SELECT {share_id}, s.id, o.id, NULL, {stamp}, NULL FROM bench_seed s \
         JOIN bench_orgs o ON o.k = 0 WHERE s.n % 5000 = 8"
    );
    let recusals = format!(
        "INSERT INTO recusals (case_id, member_id, created_at) \
         SELECT s.id, m.id, {stamp} FROM bench_seed s JOIN bench_members m ON m.k = 0 \
         WHERE s.n % 10000 = 1"
    );
    let mut statements = vec![
        seed,
        insert_cases,
        first_indicator,
        second_indicator,
        shares,
        recusals,
        "DROP TABLE bench_seed".into(),
    ];
    if pg {
        // autovacuum would do the same a little later; the bench should not depend on when.
        statements.push("VACUUM ANALYZE".into());
    }
    statements
}
