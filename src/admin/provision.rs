//! Creating organisations, members and suppliers, each in one transaction with its audit
//! entry: either everything is written or nothing is.

use secrecy::{ExposeSecret, SecretString};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::audit::{self, Actor, AuditAction, Event};
use crate::clock::Clock;
use crate::crypto::Context;
use crate::crypto::{CryptoError, keys, member};
use crate::domain::UnknownValue;
use crate::domain::accounts::{self, CredentialError, Email, OrgKind, Role};
use crate::domain::countries::{self, UnknownCountry};
use crate::domain::site_code::SiteCode;
use crate::store::{self, Db, orgs, suppliers};

/// Why provisioning refused or failed. Messages never contain a password or key.
#[derive(Debug, thiserror::Error)]
pub enum ProvisionError {
    #[error("{0}")]
    Invalid(String),
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("{0}")]
    Conflict(String),
    #[error("database: {0}")]
    Db(sea_orm::DbErr),
    #[error("crypto: {0}")]
    Crypto(#[from] CryptoError),
}

impl From<sea_orm::DbErr> for ProvisionError {
    /// Checks come before inserts, but two at once can both pass them: the unique index then
    /// refuses the second, which is a conflict, not a failure.
    fn from(err: sea_orm::DbErr) -> Self {
        match err.sql_err() {
            Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => {
                Self::Conflict("already exists (made at the same moment by another request)".into())
            }
            _ => Self::Db(err),
        }
    }
}

impl From<CredentialError> for ProvisionError {
    fn from(e: CredentialError) -> Self {
        Self::Invalid(e.to_string())
    }
}

impl From<UnknownValue> for ProvisionError {
    fn from(e: UnknownValue) -> Self {
        Self::Invalid(e.to_string())
    }
}

impl From<UnknownCountry> for ProvisionError {
    fn from(e: UnknownCountry) -> Self {
        Self::Invalid(e.to_string())
    }
}

/// A new organisation and its first admin.
pub struct NewOrganisation {
    pub name: String,
    pub kind: OrgKind,
    pub admin_email: String,
    pub admin_password: SecretString,
    pub with_totp: bool,
}

/// What the operator is shown once.
pub struct CreatedOrganisation {
    pub org_id: Uuid,
    pub admin_id: Uuid,
    /// The offline recovery identity; printed once, never stored.
    pub recovery_key: Zeroizing<String>,
    pub otpauth_uri: Option<Zeroizing<String>>,
}

/// A new member, pending until an admin of the organisation confirms them.
pub struct NewMember {
    pub org_id: Uuid,
    pub email: String,
    pub role: Role,
    pub password: SecretString,
    pub with_totp: bool,
}

/// What the operator is shown once.
pub struct CreatedMember {
    pub member_id: Uuid,
    pub otpauth_uri: Option<Zeroizing<String>>,
}

fn clean_name(field: &str, raw: &str, max: usize) -> Result<String, ProvisionError> {
    let name = raw.trim();
    if name.is_empty() {
        return Err(ProvisionError::Invalid(format!(
            "{field}: must not be empty"
        )));
    }
    if name.chars().count() > max || name.chars().any(char::is_control) {
        return Err(ProvisionError::Invalid(format!(
            "{field}: must be at most {max} characters, without control characters"
        )));
    }
    Ok(name.to_string())
}

fn enrol_totp(
    member_id: Uuid,
    identity: &keys::Identity,
    email: &Email,
) -> Result<(Vec<u8>, Zeroizing<String>), ProvisionError> {
    let secret = member::new_totp_secret()?;
    let sealed = member::seal_totp(member_id, &identity.to_public(), &secret)?;
    let uri = member::totp(&secret, email.as_str())?
        .to_url()
        .map_err(|_| ProvisionError::Crypto(CryptoError::InvalidKey))?;
    Ok((sealed, Zeroizing::new(uri)))
}

/// Creates an organisation with its identity, the recovery grant and the first admin, who is
/// granted the identity at once.
#[allow(
    clippy::too_many_lines,
    reason = "one transaction: the organisation, its keys, the recovery grant and the first admin with their grant, audited together"
)]
pub async fn create_organisation(
    db: &Db,
    clock: &Clock,
    input: NewOrganisation,
) -> Result<CreatedOrganisation, ProvisionError> {
    let name = clean_name("name", &input.name, 200)?;
    let email = Email::parse(&input.admin_email)?;
    accounts::check_new_password(input.admin_password.expose_secret())?;
    if orgs::org_name_taken(db.conn(), &name).await? {
        return Err(ProvisionError::Conflict(
            "name: an organisation with this name exists".into(),
        ));
    }
    if orgs::email_taken(db.conn(), email.as_str()).await? {
        return Err(ProvisionError::Conflict(
            "admin email: already a member".into(),
        ));
    }

    let org_id = Uuid::new_v4();
    let admin_id = Uuid::new_v4();
    let org_identity = keys::generate();
    let recovery = keys::generate();
    let admin = member::create(admin_id, input.admin_password.expose_secret().as_bytes())?;
    let admin_grant = keys::wrap_identity(
        &org_identity,
        &admin.identity.to_public(),
        &Context::MemberGrant {
            org: org_id,
            member: admin_id,
        },
    )?;
    let recovery_grant = keys::wrap_identity(
        &org_identity,
        &recovery.to_public(),
        &Context::RecoveryGrant { org: org_id },
    )?;
    let totp = input
        .with_totp
        .then(|| enrol_totp(admin_id, &admin.identity, &email))
        .transpose()?;
    let (totp_sealed, otpauth_uri) = totp.map_or((None, None), |(s, u)| (Some(s), Some(u)));

    let now = clock.now();
    let txn = db.begin().await?;
    orgs::insert_organisation(
        &*txn,
        orgs::NewOrganisation {
            id: org_id,
            name: &name,
            kind: input.kind.as_code(),
            recipient: org_identity.to_public().to_string(),
        },
        now,
    )
    .await?;
    orgs::insert_member(
        &*txn,
        orgs::NewMember {
            id: admin_id,
            org_id,
            email: email.as_str(),
            role: Role::Admin.as_code(),
            password_hash: admin.password_hash,
            key_salt: admin.key_salt,
            recipient: admin.recipient,
            sealed_identity: admin.sealed_identity,
            totp_sealed,
            pending: false,
            awaiting_password: false,
        },
        now,
    )
    .await?;
    orgs::insert_grant(
        &*txn,
        org_id,
        orgs::Grantee::Member(admin_id),
        admin_grant,
        None,
        now,
    )
    .await?;
    orgs::insert_grant(
        &*txn,
        org_id,
        orgs::Grantee::Recovery,
        recovery_grant,
        None,
        now,
    )
    .await?;
    audit::append(
        &*txn,
        now,
        Event::new(Actor::Operator, AuditAction::OrgCreated)
            .org(org_id)
            .subject("organisation", org_id)
            .details(serde_json::json!({ "kind": input.kind.as_code(), "admin_id": admin_id })),
    )
    .await?;
    txn.commit().await?;

    Ok(CreatedOrganisation {
        org_id,
        admin_id,
        recovery_key: keys::identity_to_secret_string(&recovery),
        otpauth_uri,
    })
}

/// Creates a member who can log in but reads nothing until an admin confirms them.
pub async fn create_member(
    db: &Db,
    clock: &Clock,
    input: NewMember,
) -> Result<CreatedMember, ProvisionError> {
    let email = Email::parse(&input.email)?;
    accounts::check_new_password(input.password.expose_secret())?;
    let org = orgs::find_org(db.conn(), input.org_id)
        .await?
        .ok_or(ProvisionError::NotFound("organisation"))?;
    let kind: OrgKind = org.kind.parse()?;
    if !input.role.fits(kind) {
        return Err(ProvisionError::Invalid(format!(
            "role: {} does not fit an organisation of kind {}",
            input.role, kind
        )));
    }
    if orgs::email_taken(db.conn(), email.as_str()).await? {
        return Err(ProvisionError::Conflict("email: already a member".into()));
    }

    let member_id = Uuid::new_v4();
    let keys = member::create(member_id, input.password.expose_secret().as_bytes())?;
    let totp = input
        .with_totp
        .then(|| enrol_totp(member_id, &keys.identity, &email))
        .transpose()?;
    let (totp_sealed, otpauth_uri) = totp.map_or((None, None), |(s, u)| (Some(s), Some(u)));

    let now = clock.now();
    let txn = db.begin().await?;
    orgs::insert_member(
        &*txn,
        orgs::NewMember {
            id: member_id,
            org_id: org.id,
            email: email.as_str(),
            role: input.role.as_code(),
            password_hash: keys.password_hash,
            key_salt: keys.key_salt,
            recipient: keys.recipient,
            sealed_identity: keys.sealed_identity,
            totp_sealed,
            pending: true,
            awaiting_password: false,
        },
        now,
    )
    .await?;
    audit::append(
        &*txn,
        now,
        Event::new(Actor::Operator, AuditAction::MemberCreated)
            .org(org.id)
            .subject("member", member_id)
            .details(serde_json::json!({ "role": input.role.as_code(), "pending": true })),
    )
    .await?;
    txn.commit().await?;
    Ok(CreatedMember {
        member_id,
        otpauth_uri,
    })
}

/// A new supplier in the public directory, bought from by `org_id`.
pub struct NewSupplier {
    pub org_id: Uuid,
    pub name: String,
    pub country: String,
    pub city: Option<String>,
    pub sector: Option<String>,
    pub contract: Option<String>,
    /// Other names workers know it by, comma-separated (an older name, a brand, the name in
    /// another script): the report form's search finds the supplier by these too.
    pub other_names: Option<String>,
}

/// At most this many other names per supplier.
const MAX_OTHER_NAMES: usize = 20;

/// The other names, split on commas and each checked like a name.
fn other_names(raw: Option<String>) -> Result<Vec<String>, ProvisionError> {
    let names = crate::domain::search::split_other_names(raw.as_deref().unwrap_or_default());
    if names.len() > MAX_OTHER_NAMES {
        return Err(ProvisionError::Invalid(format!(
            "other_names: at most {MAX_OTHER_NAMES} names"
        )));
    }
    names
        .iter()
        .map(|name| clean_name("other_names", name, 300))
        .collect()
}

/// What `supplier add` prints.
pub struct CreatedSupplier {
    pub supplier_id: Uuid,
    pub site_code: String,
}

fn optional(
    field: &str,
    raw: Option<String>,
    max: usize,
) -> Result<Option<String>, ProvisionError> {
    raw.filter(|v| !v.trim().is_empty())
        .map(|v| clean_name(field, &v, max))
        .transpose()
}

async fn buyer_org(db: &Db, org_id: Uuid) -> Result<(), ProvisionError> {
    let org = orgs::find_org(db.conn(), org_id)
        .await?
        .ok_or(ProvisionError::NotFound("organisation"))?;
    if org.kind.parse::<OrgKind>()? == OrgKind::Authority {
        return Err(ProvisionError::Invalid(
            "org: an authority does not buy from suppliers".into(),
        ));
    }
    Ok(())
}

async fn new_site_code(db: &Db) -> Result<String, ProvisionError> {
    // Collisions are rare (31^6 ≈ 887 million codes); a few tries settle them.
    for _ in 0..16 {
        let mut bytes = [0u8; 32];
        crate::crypto::random::fill(&mut bytes)?;
        let code = SiteCode::from_random_bytes(bytes).to_string();
        if !suppliers::site_code_taken(db.conn(), &code).await? {
            return Ok(code);
        }
    }
    Err(ProvisionError::Conflict(
        "site code: no free code found; try again".into(),
    ))
}

/// Adds a supplier and the first buyer's contract (the operator, through the CLI).
pub async fn add_supplier(
    db: &Db,
    clock: &Clock,
    input: NewSupplier,
) -> Result<CreatedSupplier, ProvisionError> {
    add_supplier_by(db, clock, input, Actor::Operator).await
}

/// Adds a supplier and the first buyer's contract, audited as done by `actor`.
pub async fn add_supplier_by(
    db: &Db,
    clock: &Clock,
    input: NewSupplier,
    actor: Actor,
) -> Result<CreatedSupplier, ProvisionError> {
    let name = clean_name("name", &input.name, 300)?;
    let country = countries::parse(&input.country)?;
    let city = optional("city", input.city, 200)?;
    let sector = optional("sector", input.sector, 100)?;
    let contract = optional("contract", input.contract, 200)?;
    let other_names = other_names(input.other_names)?;
    buyer_org(db, input.org_id).await?;
    let site_code = new_site_code(db).await?;

    let supplier_id = Uuid::new_v4();
    let now = clock.now();
    let txn = db.begin().await?;
    suppliers::insert_supplier(
        &*txn,
        suppliers::NewSupplier {
            id: supplier_id,
            name: &name,
            country,
            city: city.as_deref(),
            sector: sector.as_deref(),
            site_code: site_code.clone(),
            other_names: &other_names,
        },
        now,
    )
    .await?;
    let contract_id =
        suppliers::insert_contract(&*txn, input.org_id, supplier_id, contract.as_deref(), now)
            .await?;
    audit::append(
        &*txn,
        now,
        Event::new(actor, AuditAction::SupplierAdded)
            .org(input.org_id)
            .subject("supplier", supplier_id)
            .details(serde_json::json!({ "contract_id": contract_id })),
    )
    .await?;
    txn.commit().await?;
    Ok(CreatedSupplier {
        supplier_id,
        site_code,
    })
}

/// Links another buyer to an existing supplier through a contract (the operator's CLI).
pub async fn link_supplier(
    db: &Db,
    clock: &Clock,
    org_id: Uuid,
    supplier_id: Uuid,
    contract: Option<String>,
) -> Result<Uuid, ProvisionError> {
    link_supplier_by(db, clock, org_id, supplier_id, contract, Actor::Operator).await
}

/// Links a buyer to an existing directory record instead of creating a second one, which would
/// split the supplier's reports between two records; audited as `actor`.
pub async fn link_supplier_by(
    db: &Db,
    clock: &Clock,
    org_id: Uuid,
    supplier_id: Uuid,
    contract: Option<String>,
    actor: Actor,
) -> Result<Uuid, ProvisionError> {
    let contract = optional("contract", contract, 200)?;
    buyer_org(db, org_id).await?;
    if store::suppliers::find(db.conn(), supplier_id)
        .await?
        .is_none()
    {
        return Err(ProvisionError::NotFound("supplier"));
    }
    if suppliers::has_active_contract(db.conn(), org_id, supplier_id).await? {
        return Err(ProvisionError::Conflict(
            "contract: this organisation already has an active contract with this supplier".into(),
        ));
    }
    let now = clock.now();
    let txn = db.begin().await?;
    let contract_id =
        suppliers::insert_contract(&*txn, org_id, supplier_id, contract.as_deref(), now).await?;
    audit::append(
        &*txn,
        now,
        Event::new(actor, AuditAction::SupplierLinked)
            .org(org_id)
            .subject("supplier", supplier_id)
            .details(serde_json::json!({ "contract_id": contract_id })),
    )
    .await?;
    txn.commit().await?;
    Ok(contract_id)
}

/// A routing rule: reports matching every given field go to `org_id`.
pub struct NewRule {
    pub org_id: Uuid,
    pub supplier_id: Option<Uuid>,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub position: i32,
}

/// Adds a routing rule (the operator's CLI).
pub async fn add_rule(db: &Db, clock: &Clock, input: NewRule) -> Result<Uuid, ProvisionError> {
    add_rule_by(db, clock, input, Actor::Operator).await
}

/// Adds a routing rule; a rule must name at least one of supplier, country and sector, and
/// route to an organisation that can receive reports. Audited as `actor`.
pub async fn add_rule_by(
    db: &Db,
    clock: &Clock,
    input: NewRule,
    actor: Actor,
) -> Result<Uuid, ProvisionError> {
    let country = input.country.as_deref().map(countries::parse).transpose()?;
    let sector = optional("sector", input.sector, 100)?;
    if input.supplier_id.is_none() && country.is_none() && sector.is_none() {
        return Err(ProvisionError::Invalid(
            "rule: name a supplier, a country or a sector; a rule matching everything would take every report".into(),
        ));
    }
    buyer_org(db, input.org_id).await?;
    if let Some(supplier) = input.supplier_id
        && suppliers::find(db.conn(), supplier).await?.is_none()
    {
        return Err(ProvisionError::NotFound("supplier"));
    }
    let now = clock.now();
    let txn = db.begin().await?;
    let id = store::routing::insert_rule(
        &*txn,
        input.org_id,
        input.supplier_id,
        country,
        sector.as_deref(),
        input.position,
        now,
    )
    .await?;
    audit::append(
        &*txn,
        now,
        Event::new(actor, AuditAction::RoutingRuleAdded)
            .org(input.org_id)
            .subject("routing_rule", id)
            .details(serde_json::json!({
                "supplier_id": input.supplier_id, "country": country, "sector": sector, "position": input.position,
            })),
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}

/// Removes a routing rule; reports it matched go by contract or to the coordinator again.
pub async fn remove_rule(
    db: &Db,
    clock: &Clock,
    rule_id: Uuid,
    actor: Actor,
) -> Result<(), ProvisionError> {
    let now = clock.now();
    let txn = db.begin().await?;
    let rule = store::routing::delete_rule(&*txn, rule_id)
        .await?
        .ok_or(ProvisionError::NotFound("routing rule"))?;
    audit::append(
        &*txn,
        now,
        Event::new(actor, AuditAction::RoutingRuleRemoved)
            .org(rule.org_id)
            .subject("routing_rule", rule.id)
            .details(serde_json::json!({
                "supplier_id": rule.supplier_id, "country": rule.country, "sector": rule.sector,
            })),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
