//! The command line of the design: `serve` (the default), `migrate`, `org`, `user`,
//! `supplier`, `audit` and `purge`.
//!
//! Passwords come from standard input only (never an argument, which `ps` shows); keys never
//! pass through the CLI except the recovery key, printed once when an organisation is made.

use std::collections::HashMap;
use std::io::Read;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use secrecy::SecretString;
use uuid::Uuid;

use crate::admin::provision::{self, ProvisionError};
use crate::audit::{self, Verdict};
use crate::clock::Clock;
use crate::config::Settings;
use crate::domain::accounts::{OrgKind, Role};
use crate::store::{self, Db};

/// kedja: anonymous grievance and tip reporting for supply chains.
#[derive(Debug, Parser)]
#[command(name = "kedja", version, about)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Migrate, then serve (the default).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Organisations.
    #[command(subcommand)]
    Org(OrgCommand),
    /// Staff members.
    #[command(subcommand)]
    User(UserCommand),
    /// The supplier directory.
    #[command(subcommand)]
    Supplier(SupplierCommand),
    /// Routing rules: which organisation receives which reports.
    #[command(subcommand)]
    Routing(RoutingCommand),
    /// The audit chain.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Escalation packages.
    #[command(subcommand)]
    Escalation(EscalationCommand),
    /// Languages.
    #[command(subcommand)]
    Locales(LocalesCommand),
    /// Print the public key that signs exported escalation packages (PEM), and its SHA-256
    /// on standard error, for authorities to pin.
    SigningKey,
    /// Apply retention: delete the content of cases closed longer ago than their organisation keeps them.
    Purge {
        /// List what would be deleted without deleting it.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Subcommand)]
enum OrgCommand {
    /// Create an organisation and its first admin; prints the org id, the admin id and the
    /// recovery key (once).
    Create(OrgCreate),
}

#[derive(Debug, Args)]
struct OrgCreate {
    #[arg(long)]
    name: String,
    /// buyer, coordinator or authority.
    #[arg(long)]
    kind: OrgKind,
    #[arg(long)]
    admin_email: String,
    /// Read the admin's password from standard input.
    #[arg(long, required = true)]
    password_stdin: bool,
    /// Enrol the admin in TOTP now and print the otpauth:// URI once.
    #[arg(long)]
    with_totp: bool,
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    /// Create a member, pending until an admin of the organisation confirms them.
    Create(UserCreate),
}

#[derive(Debug, Args)]
struct UserCreate {
    #[arg(long)]
    org: Uuid,
    #[arg(long)]
    email: String,
    /// handler, admin or authority.
    #[arg(long)]
    role: Role,
    /// Read the password from standard input.
    #[arg(long, required = true)]
    password_stdin: bool,
    /// Enrol in TOTP now and print the otpauth:// URI once.
    #[arg(long)]
    with_totp: bool,
}

#[derive(Debug, Subcommand)]
enum SupplierCommand {
    /// Add a supplier with a contract for the organisation; prints the supplier id and site code.
    Add(SupplierAdd),
    /// Link another buyer to an existing supplier.
    Link(SupplierLink),
}

#[derive(Debug, Args)]
struct SupplierAdd {
    #[arg(long)]
    org: Uuid,
    #[arg(long)]
    name: String,
    /// ISO 3166-1 alpha-2 code, e.g. SE.
    #[arg(long)]
    country: String,
    #[arg(long)]
    city: Option<String>,
    #[arg(long)]
    sector: Option<String>,
    /// The buyer's contract reference.
    #[arg(long)]
    contract: Option<String>,
    /// Other names workers know the supplier by, comma-separated (an older name, a brand, the
    /// name in another script); the report form's search finds it by these too.
    #[arg(long)]
    other_names: Option<String>,
}

#[derive(Debug, Args)]
struct SupplierLink {
    #[arg(long)]
    org: Uuid,
    #[arg(long)]
    supplier: Uuid,
    #[arg(long)]
    contract: Option<String>,
}

#[derive(Debug, Subcommand)]
enum RoutingCommand {
    /// Route reports matching every given field to an organisation; prints the rule id.
    Add(RuleAdd),
    /// List the rules in the order they are tried.
    List,
}

#[derive(Debug, Args)]
struct RuleAdd {
    #[arg(long)]
    org: Uuid,
    #[arg(long)]
    supplier: Option<Uuid>,
    /// ISO 3166-1 alpha-2 code.
    #[arg(long)]
    country: Option<String>,
    #[arg(long)]
    sector: Option<String>,
    /// Lower positions are tried first.
    #[arg(long, default_value_t = 100)]
    position: i32,
}

#[derive(Debug, Subcommand)]
enum EscalationCommand {
    /// Check an exported package offline: the signature, every file's SHA-256, the manifest's
    /// evidence list and the audit extract. Needs no database and no configuration.
    Verify {
        /// The .tar archive as downloaded.
        file: std::path::PathBuf,
        /// The signing key you pinned (PEM), as downloaded from the service.
        #[arg(long, required_unless_present = "unpinned")]
        key: Option<std::path::PathBuf>,
        /// Check against the key inside the package instead: proves the files were not changed
        /// since signing, not who signed them.
        #[arg(long, conflicts_with = "key")]
        unpinned: bool,
        /// The chain head you wrote down when the escalation arrived: the package must carry
        /// the same.
        #[arg(long)]
        chain_head: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
enum LocalesCommand {
    /// Check a folder of locales (one folder per language code, as KEDJA_LOCALES_DIR takes)
    /// against English: prints each missing, extra or malformed key and exits non-zero if any.
    Check {
        /// The folder, e.g. ./locales with ./locales/ti/main.ftl in it.
        dir: std::path::PathBuf,
    },
    /// List the languages kedja has, their direction, and whether a native speaker has
    /// reviewed them.
    List,
}

#[derive(Debug, Subcommand)]
enum AuditCommand {
    /// Check the chain: prints the head hash, or the first broken entry and exits non-zero.
    Verify {
        /// Also check that this hash (an escalation package's chain head) is an entry of the
        /// intact chain.
        #[arg(long)]
        contains: Option<String>,
    },
}

impl clap::ValueEnum for OrgKind {
    fn value_variants<'a>() -> &'a [Self] {
        &[OrgKind::Buyer, OrgKind::Coordinator, OrgKind::Authority]
    }
    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.as_code()))
    }
}

impl clap::ValueEnum for Role {
    fn value_variants<'a>() -> &'a [Self] {
        &[Role::Handler, Role::Admin, Role::Authority]
    }
    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.as_code()))
    }
}

fn locales(command: &LocalesCommand) -> ExitCode {
    match command {
        LocalesCommand::Check { dir } => match crate::locales::check_dir(dir) {
            Ok(findings) if findings.is_empty() => {
                println!("{}: every language is complete", dir.display());
                ExitCode::SUCCESS
            }
            Ok(findings) => {
                for finding in &findings {
                    println!("{finding}");
                }
                eprintln!("kedja: {} problems in {}", findings.len(), dir.display());
                ExitCode::FAILURE
            }
            Err(err) => {
                eprintln!("kedja: {err}");
                ExitCode::from(2)
            }
        },
        LocalesCommand::List => {
            let env: HashMap<String, String> = std::env::vars().collect();
            let loaded = Settings::load(&env)
                .map_err(|e| e.to_string())
                .and_then(|s| {
                    crate::locales::Locales::load(s.locales_dir.as_deref(), s.languages.as_deref())
                        .map_err(|e| e.to_string())
                });
            let locales = match loaded {
                Ok(locales) => locales,
                Err(err) => {
                    eprintln!("kedja: {err}");
                    return ExitCode::from(2);
                }
            };
            for language in locales.all() {
                let offered = locales.find(&language.code).is_some();
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    language.code,
                    if language.rtl { "rtl" } else { "ltr" },
                    if offered { "offered" } else { "not offered" },
                    if language.reviewed {
                        "reviewed"
                    } else {
                        "not reviewed"
                    },
                    language.native_name,
                    language.translation,
                );
            }
            ExitCode::SUCCESS
        }
    }
}

/// Runs the command and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    // Checking a package is for an authority's own machine: no settings, no database.
    if let Some(Command::Escalation(EscalationCommand::Verify {
        file,
        key,
        chain_head,
        ..
    })) = &cli.command
    {
        return verify_package(file, key.as_deref(), chain_head.as_deref());
    }
    // Locales are checked before they are deployed: no settings, no database.
    if let Some(Command::Locales(command)) = &cli.command {
        return locales(command);
    }
    let env: HashMap<String, String> = std::env::vars().collect();
    let settings = match Settings::load(&env) {
        Ok(settings) => settings,
        Err(err) => {
            eprintln!("kedja: configuration: {err}");
            return ExitCode::from(2);
        }
    };
    init_tracing(&settings.log_filter);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("kedja: cannot start the runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(dispatch(
        cli.command.unwrap_or(Command::Serve),
        settings,
        env,
    )) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("kedja: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn verify_package(
    file: &std::path::Path,
    key: Option<&std::path::Path>,
    chain_head: Option<&str>,
) -> ExitCode {
    use crate::crypto::signing;
    use crate::escalation::package;
    let pinned = match key.map(std::fs::read_to_string).transpose() {
        Ok(pem) => match pem.map(|pem| signing::parse_public_pem(&pem)).transpose() {
            Ok(key) => key,
            Err(_) => {
                eprintln!("kedja: --key is not an Ed25519 public key in PEM form");
                return ExitCode::from(2);
            }
        },
        Err(err) => {
            eprintln!("kedja: --key cannot be read: {err}");
            return ExitCode::from(2);
        }
    };
    let archive = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(err) => {
            eprintln!("kedja: {} cannot be read: {err}", file.display());
            return ExitCode::from(2);
        }
    };
    match package::verify(&archive, pinned.as_ref(), chain_head) {
        Ok(verified) => {
            println!("verified escalation {}", verified.escalation_id);
            println!("signing key sha256 {}", verified.signing_key_sha256);
            println!("chain head {}", verified.chain_head);
            println!("evidence files {}", verified.evidence_files);
            if pinned.is_none() {
                println!(
                    "UNPINNED: checked against the key inside the package, which proves the files \
                     were not changed, not who signed them; pass --key with the key you saved \
                     from the service"
                );
            }
            ExitCode::SUCCESS
        }
        Err(err) => {
            println!("NOT VERIFIED: {err}");
            ExitCode::FAILURE
        }
    }
}

fn init_tracing(filter: &str) {
    let filter = tracing_subscriber::EnvFilter::try_new(filter)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    // Public requests (reporters) leave no line of their own; what they log is held back for the
    // day's flush (see web::trace). A second subscriber (in tests) is refused; the first stays.
    use std::io::IsTerminal as _;
    use tracing_subscriber::Layer as _;
    use tracing_subscriber::layer::SubscriberExt as _;
    use tracing_subscriber::util::SubscriberInitExt as _;
    drop(
        tracing_subscriber::registry()
            .with(
                tracing_subscriber::fmt::layer()
                    .with_writer(std::io::stderr)
                    // Colour codes only for a person at a terminal: a journal or a log file
                    // gets plain text that a search for `route=` finds.
                    .with_ansi(std::io::stderr().is_terminal())
                    .with_target(false)
                    .with_filter(crate::web::trace::outside_public_requests())
                    .with_filter(filter),
            )
            .with(crate::web::trace::HoldPublic)
            .try_init(),
    );
}

async fn open_db(settings: &Settings) -> anyhow::Result<Db> {
    let conn = store::connect(settings).await?;
    store::migrate(&conn).await?;
    Ok(Db::new(conn))
}

fn read_password() -> anyhow::Result<SecretString> {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    // One line: the password, without its line ending.
    let password = text.lines().next().unwrap_or_default().to_string();
    text.clear();
    Ok(SecretString::from(password))
}

fn refused(err: ProvisionError) -> anyhow::Result<ExitCode> {
    eprintln!("kedja: {err}");
    Ok(ExitCode::from(match err {
        ProvisionError::Db(_) | ProvisionError::Crypto(_) => 1,
        _ => 2,
    }))
}

#[allow(
    clippy::too_many_lines,
    reason = "one arm per command, each a call into a service"
)]
async fn dispatch(
    command: Command,
    settings: Settings,
    env: HashMap<String, String>,
) -> anyhow::Result<ExitCode> {
    let clock = Clock::system();
    match command {
        Command::Serve => serve(settings, env, clock).await,
        Command::Migrate => {
            open_db(&settings).await?;
            println!("migrations applied");
            Ok(ExitCode::SUCCESS)
        }
        Command::Org(OrgCommand::Create(args)) => {
            let password = read_password()?;
            let db = open_db(&settings).await?;
            let input = provision::NewOrganisation {
                name: args.name,
                kind: args.kind,
                admin_email: args.admin_email,
                admin_password: password,
                with_totp: args.with_totp,
            };
            match provision::create_organisation(&db, &clock, input).await {
                Ok(created) => {
                    println!("{}", created.org_id);
                    println!("{}", created.admin_id);
                    println!("{}", created.recovery_key.as_str());
                    if let Some(uri) = created.otpauth_uri {
                        println!("{}", uri.as_str());
                    }
                    eprintln!(
                        "kedja: the third line is the organisation's recovery key. Print it, store it offline, \
                         and delete it from this terminal: it is shown only now."
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(err) => refused(err),
            }
        }
        Command::User(UserCommand::Create(args)) => {
            let password = read_password()?;
            let db = open_db(&settings).await?;
            let input = provision::NewMember {
                org_id: args.org,
                email: args.email,
                role: args.role,
                password,
                with_totp: args.with_totp,
            };
            match provision::create_member(&db, &clock, input).await {
                Ok(created) => {
                    println!("{}", created.member_id);
                    if let Some(uri) = created.otpauth_uri {
                        println!("{}", uri.as_str());
                    }
                    eprintln!(
                        "kedja: the member is pending until an admin of the organisation confirms them."
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(err) => refused(err),
            }
        }
        Command::Supplier(SupplierCommand::Add(args)) => {
            let db = open_db(&settings).await?;
            let input = provision::NewSupplier {
                org_id: args.org,
                name: args.name,
                country: args.country,
                city: args.city,
                sector: args.sector,
                contract: args.contract,
                other_names: args.other_names,
            };
            match provision::add_supplier(&db, &clock, input).await {
                Ok(created) => {
                    println!("{}", created.supplier_id);
                    eprintln!("kedja: site code {}", created.site_code);
                    Ok(ExitCode::SUCCESS)
                }
                Err(err) => refused(err),
            }
        }
        Command::Supplier(SupplierCommand::Link(args)) => {
            let db = open_db(&settings).await?;
            match provision::link_supplier(&db, &clock, args.org, args.supplier, args.contract)
                .await
            {
                Ok(contract_id) => {
                    println!("{contract_id}");
                    Ok(ExitCode::SUCCESS)
                }
                Err(err) => refused(err),
            }
        }
        Command::Routing(RoutingCommand::Add(args)) => {
            let db = open_db(&settings).await?;
            let input = provision::NewRule {
                org_id: args.org,
                supplier_id: args.supplier,
                country: args.country,
                sector: args.sector,
                position: args.position,
            };
            match provision::add_rule(&db, &clock, input).await {
                Ok(id) => {
                    println!("{id}");
                    Ok(ExitCode::SUCCESS)
                }
                Err(err) => refused(err),
            }
        }
        Command::Routing(RoutingCommand::List) => {
            let db = open_db(&settings).await?;
            for rule in crate::store::routing::rules(db.conn()).await? {
                let any = || "*".to_string();
                println!(
                    "{}\t{}\tsupplier={}\tcountry={}\tsector={}\t-> {}",
                    rule.id,
                    rule.position,
                    rule.supplier_id.map_or_else(any, |s| s.to_string()),
                    rule.country.unwrap_or_else(any),
                    rule.sector.unwrap_or_else(any),
                    rule.org_id
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Audit(AuditCommand::Verify { contains }) => {
            let db = open_db(&settings).await?;
            match audit::verify(db.conn()).await? {
                Verdict::Intact { entries, head } => {
                    println!("{head}");
                    eprintln!("kedja: audit chain intact ({entries} entries)");
                    let waiting = audit::pending_count(db.conn()).await?;
                    if waiting > 0 {
                        eprintln!(
                            "kedja: {waiting} reporter entries wait for their day's batch \
                             (they join the chain the first hour after their day ends)"
                        );
                    }
                    if let Some(hash) = contains {
                        match audit::seq_of(db.conn(), hash.trim()).await? {
                            Some(seq) => println!("contains {} at entry {seq}", hash.trim()),
                            None => {
                                println!("does not contain {}", hash.trim());
                                return Ok(ExitCode::FAILURE);
                            }
                        }
                    }
                    Ok(ExitCode::SUCCESS)
                }
                Verdict::Broken { seq, reason } => {
                    println!("broken at entry {seq}: {reason}");
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        Command::Escalation(EscalationCommand::Verify {
            file,
            key,
            chain_head,
            ..
        }) => Ok(verify_package(&file, key.as_deref(), chain_head.as_deref())),
        Command::Locales(command) => Ok(locales(&command)),
        Command::SigningKey => {
            use crate::crypto::{secrets, signing};
            let (secrets, origin) = secrets::InstanceSecrets::load(&settings.data_dir, &env)?;
            if origin == secrets::Origin::Generated {
                anyhow::bail!(
                    "this instance has no secrets yet ({} in {}): start kedja once first",
                    secrets::FILE_NAME,
                    settings.data_dir.display()
                );
            }
            let key = signing::signing_key(&secrets).verifying_key();
            print!("{}", signing::public_pem(&key)?);
            eprintln!("kedja: key sha256 {}", signing::fingerprint(&key));
            Ok(ExitCode::SUCCESS)
        }
        Command::Purge { dry_run } => {
            let db = open_db(&settings).await?;
            let blobs = crate::store::blobs::BlobStore::from_settings(&settings)?;
            let report = crate::retention::purge(&db, &blobs, &clock, dry_run).await?;
            println!("{report}");
            Ok(ExitCode::SUCCESS)
        }
    }
}

async fn serve(
    settings: Settings,
    env: HashMap<String, String>,
    clock: Clock,
) -> anyhow::Result<ExitCode> {
    let bind = settings.bind;
    let onion = settings.onion_bind;
    let app = crate::App::build(settings, &env, clock).await?;
    let listener = tokio::net::TcpListener::bind(bind)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {bind} (KEDJA_BIND): {e}"))?;
    tracing::info!(%bind, "kedja listening");
    let onion = match onion {
        Some(addr) => {
            let onion = tokio::net::TcpListener::bind(addr)
                .await
                .map_err(|e| anyhow::anyhow!("cannot listen on {addr} (KEDJA_ONION_BIND): {e}"))?;
            tracing::info!(%addr, "onion listener");
            Some(onion)
        }
        None => None,
    };
    app.serve_all(listener, onion, crate::server::shutdown_signal())
        .await?;
    Ok(ExitCode::SUCCESS)
}
