//! Staff sessions: signing in, the sealed payload, and the [`StaffSession`] extractor.

use axum::http::request::Parts;
use chrono::Duration;
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::audit::{self, Actor, AuditAction, Event};
use crate::crypto::Context;
use crate::crypto::session::SessionToken;
use crate::crypto::{self, keys, member};
use crate::domain::accounts::{Email, MAX_PASSWORD_BYTES, OrgKind, Role, Standing};
use crate::domain::settings::Zone;
use crate::error::AppError;
use crate::state::AppState;
use crate::store::{orgs, sessions};

/// The staff session cookie.
pub const COOKIE: &str = "__Host-kedja-staff";
/// A staff session ends after this long without a request.
pub const IDLE: Duration = Duration::minutes(30);
/// And after a working day in any case.
pub const ABSOLUTE: Duration = Duration::hours(12);

/// What a staff session keeps sealed to its token.
#[derive(Serialize, Deserialize, Default)]
struct Sealed {
    /// The organisation identity, absent while the member is pending.
    org_identity: Option<String>,
    /// A TOTP secret being enrolled, until the member confirms a code.
    pending_totp: Option<Vec<u8>>,
    /// The member's TOTP secret, to check a step-up code (see [`StaffSession::step_up`]).
    #[serde(default)]
    totp: Option<Vec<u8>>,
}

impl Drop for Sealed {
    fn drop(&mut self) {
        use zeroize::Zeroize;
        if let Some(s) = self.org_identity.as_mut() {
            s.zeroize();
        }
        if let Some(s) = self.pending_totp.as_mut() {
            s.zeroize();
        }
        if let Some(s) = self.totp.as_mut() {
            s.zeroize();
        }
    }
}

fn seal(token: &SessionToken, member_id: Uuid, sealed: &Sealed) -> Result<Vec<u8>, AppError> {
    let plain = Zeroizing::new(serde_json::to_vec(sealed)?);
    token
        .seal(&Context::StaffSession { member: member_id }, &plain)
        .map_err(AppError::internal)
}

/// A signed-in member.
pub struct StaffSession {
    pub member_id: Uuid,
    pub org_id: Uuid,
    pub role: Role,
    pub org_kind: OrgKind,
    /// The organisation's time zone, in which the member reads times.
    pub zone: Zone,
    pub email: String,
    pub pending: bool,
    /// Whether the second factor was given (false only until a member without TOTP enrols).
    pub second_factor_done: bool,
    lookup: Vec<u8>,
    token: SessionToken,
    org_identity: Option<keys::Identity>,
    pending_totp: Option<Zeroizing<Vec<u8>>>,
    totp: Option<Zeroizing<Vec<u8>>>,
    /// When the member last entered a TOTP code (signing in counts).
    pub stepped_up_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl StaffSession {
    /// What the member is, for access decisions (see `access`).
    pub fn standing(&self) -> Standing {
        Standing {
            role: self.role,
            org_kind: self.org_kind,
            pending: self.pending,
        }
    }

    /// The organisation identity; a pending member has none and reads nothing.
    pub fn org_identity(&self) -> Result<&keys::Identity, AppError> {
        self.org_identity.as_ref().ok_or(AppError::Forbidden)
    }

    /// The CSRF token of this session's forms.
    pub fn csrf(&self, state: &AppState) -> String {
        super::csrf_token(state, &self.lookup)
    }

    /// The audit actor.
    pub fn actor(&self) -> Actor {
        Actor::Member(self.member_id)
    }

    /// Ends this session.
    pub async fn end(&self, state: &AppState) -> Result<(), AppError> {
        sessions::delete(state.db().conn(), &self.lookup).await?;
        Ok(())
    }

    /// Starts TOTP enrolment: a new secret, kept sealed in the session until confirmed.
    /// Returns the otpauth URI to show once.
    pub async fn begin_totp(&mut self, state: &AppState) -> Result<Zeroizing<String>, AppError> {
        let secret = member::new_totp_secret()?;
        let uri = member::totp(&secret, &self.email)
            .and_then(|t| t.to_url().map_err(|_| crypto::CryptoError::InvalidKey))?;
        let sealed = Sealed {
            org_identity: self
                .org_identity
                .as_ref()
                .map(|i| keys::identity_to_secret_string(i).to_string()),
            pending_totp: Some(secret.to_vec()),
            totp: self.totp.as_ref().map(|t| t.to_vec()),
        };
        let sealed = seal(&self.token, self.member_id, &sealed)?;
        sessions::reseal(
            state.db().conn(),
            &self.lookup,
            sealed,
            self.second_factor_done,
        )
        .await?;
        self.pending_totp = Some(secret);
        Ok(Zeroizing::new(uri))
    }

    /// Confirms enrolment with a code from the app: stores the secret sealed to the member.
    pub async fn confirm_totp(&mut self, state: &AppState, code: &str) -> Result<(), AppError> {
        let secret = self
            .pending_totp
            .clone()
            .ok_or_else(|| AppError::Conflict {
                code: "no_enrolment",
                message: "Start TOTP enrolment first.".into(),
            })?;
        let now = u64::try_from(state.clock().now().timestamp()).unwrap_or(0);
        let verifier = member::totp(&secret, &self.email)?;
        if verifier.check(code.trim(), now).is_none() {
            return Err(AppError::invalid(
                "code",
                "does not match; check the app's clock and try the next code",
            ));
        }
        let db = state.db();
        let member = orgs::member(db.conn(), self.member_id)
            .await?
            .ok_or(AppError::Unauthorized)?;
        let recipient = keys::parse_recipient(&member.recipient)?;
        let sealed_totp = member::seal_totp(self.member_id, &recipient, &secret)?;
        let sealed = Sealed {
            org_identity: self
                .org_identity
                .as_ref()
                .map(|i| keys::identity_to_secret_string(i).to_string()),
            pending_totp: None,
            totp: Some(secret.to_vec()),
        };
        let sealed = seal(&self.token, self.member_id, &sealed)?;
        let txn = db.begin().await?;
        orgs::set_totp(&*txn, self.member_id, sealed_totp).await?;
        sessions::reseal(&*txn, &self.lookup, sealed, true).await?;
        audit::append(
            &*txn,
            state.clock().now(),
            Event::new(self.actor(), AuditAction::MemberTotpEnrolled)
                .org(self.org_id)
                .subject("member", self.member_id),
        )
        .await?;
        txn.commit().await?;
        self.second_factor_done = true;
        self.totp = Some(secret);
        self.pending_totp = None;
        Ok(())
    }

    /// Refuses an action that needs a TOTP code entered in the last five minutes
    /// (escalating, exporting, transferring, resetting a member) when there is none.
    pub fn require_step_up(&self, state: &AppState) -> Result<(), AppError> {
        if crate::domain::admission::step_up_fresh(self.stepped_up_at, state.clock().now()) {
            Ok(())
        } else {
            Err(AppError::StepUpRequired)
        }
    }

    /// Checks a current TOTP code (each code works once) and records the step-up.
    pub async fn step_up(&mut self, state: &AppState, code: &str) -> Result<(), AppError> {
        let Some(secret) = self.totp.clone() else {
            // A session from before step-up existed: signing in again gives one.
            return Err(AppError::Conflict {
                code: "sign_in_again",
                message: "This session cannot check a code; sign in again.".into(),
            });
        };
        let now = state.clock().now();
        let verifier = member::totp(&secret, &self.email)?;
        let unix = u64::try_from(now.timestamp()).unwrap_or(0);
        let step = verifier
            .check(code.trim(), unix)
            .and_then(|step| i64::try_from(step).ok())
            .ok_or_else(|| {
                AppError::invalid(
                    "code",
                    "does not match a current code from the authenticator app",
                )
            })?;
        let txn = state.db().begin().await?;
        if !orgs::use_totp_step(&*txn, self.member_id, step).await? {
            return Err(AppError::invalid(
                "code",
                "was used already; wait for the next code",
            ));
        }
        sessions::stamp_step_up(&*txn, &self.lookup, now).await?;
        txn.commit().await?;
        self.stepped_up_at = Some(now);
        Ok(())
    }
}

/// Credentials as sent.
pub struct Credentials {
    pub email: String,
    pub password: SecretString,
    pub totp: Option<String>,
}

/// Signs a member in. Every failure is [`AppError::Unauthorized`], after the same argon2 work,
/// and counts against the account's and everyone's sign-in budget; a sign-in whose budget is
/// spent waits (429 with `Retry-After`, see `admission`) before any argon2 work.
pub async fn sign_in(state: &AppState, credentials: Credentials) -> Result<SessionToken, AppError> {
    let account = super::admission::account_key(state, &credentials.email);
    super::admission::staff_check(state, &account).await?;
    match check_credentials(state, credentials).await {
        Ok(token) => {
            super::admission::staff_succeeded(state, &account).await?;
            Ok(token)
        }
        Err(AppError::Unauthorized) => {
            super::admission::staff_failed(state, &account).await?;
            Err(AppError::Unauthorized)
        }
        Err(other) => Err(other),
    }
}

#[allow(
    clippy::too_many_lines,
    reason = "both factors, the key unwrap and the session insert, with equal work on every failure"
)]
async fn check_credentials(
    state: &AppState,
    credentials: Credentials,
) -> Result<SessionToken, AppError> {
    let db = state.db();
    let email = Email::parse(&credentials.email).ok();
    let member = match &email {
        Some(email) => orgs::member_by_email(db.conn(), email.as_str()).await?,
        None => None,
    };
    let password = Zeroizing::new(credentials.password.expose_secret().as_bytes().to_vec());
    if password.len() > MAX_PASSWORD_BYTES {
        return Err(AppError::Unauthorized);
    }
    let stored = member.as_ref().map(|m| {
        (
            m.id,
            m.password_hash.clone(),
            m.key_salt.clone(),
            m.sealed_identity.clone(),
        )
    });
    // One pool job: verify (against a dummy hash when there is no such member), then open the
    // member identity with the password.
    let identity = state
        .kdf()
        .run(crate::crypto::kdf::Lane::Staff, move || {
            let phc = stored.as_ref().map(|(_, phc, _, _)| phc.as_str());
            if !crypto::kdf::verify_password(&password, phc) {
                // The same second argon2 run as a right password pays for opening the
                // identity: the time taken never tells a right password from a wrong one,
                // whatever the second factor.
                drop(crypto::kdf::derive_seed(&password, b"kedja dummy salt"));
                return None;
            }
            let (id, _, salt, sealed) = stored?;
            member::open_identity(id, &password, &salt, &sealed).ok()
        })
        .await
        .map_err(|_| AppError::Busy {
            retry_after: std::time::Duration::from_secs(2),
        })?;
    let (Some(member), Some(identity)) = (member, identity) else {
        return Err(AppError::Unauthorized);
    };
    // A disabled member, and one whose password an admin reset (the old one still opens the
    // old key), is refused after the same work as everyone else.
    if member.disabled || member.awaiting_password {
        return Err(AppError::Unauthorized);
    }
    // The step of the code given, recorded as used in the login transaction below.
    let totp_step = match &member.totp_sealed {
        Some(sealed) => {
            let code = credentials
                .totp
                .as_deref()
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .ok_or(AppError::Unauthorized)?;
            let secret = member::open_totp(member.id, &identity, sealed)?;
            let now = u64::try_from(state.clock().now().timestamp()).unwrap_or(0);
            let verifier = member::totp(&secret, &member.email)?;
            let step = verifier.check(code, now).ok_or(AppError::Unauthorized)?;
            Some((i64::try_from(step)?, secret))
        }
        // No second factor yet: the session may do nothing but enrol.
        None => None,
    };
    let second_factor_done = totp_step.is_some();
    let (totp_step, totp_secret) = match totp_step {
        Some((step, secret)) => (Some(step), Some(secret)),
        None => (None, None),
    };
    let org_identity = match orgs::grant_for(db.conn(), member.org_id, member.id).await? {
        Some(grant) if !member.pending => Some(keys::unwrap_identity(
            &grant.sealed_identity,
            &identity,
            &Context::MemberGrant {
                org: member.org_id,
                member: member.id,
            },
        )?),
        _ => None,
    };

    let token = SessionToken::generate()?;
    let sealed = Sealed {
        org_identity: org_identity
            .as_ref()
            .map(|i| keys::identity_to_secret_string(i).to_string()),
        pending_totp: None,
        totp: totp_secret.as_ref().map(|t| t.to_vec()),
    };
    let sealed = seal(&token, member.id, &sealed)?;
    let now = state.clock().now();
    let txn = db.begin().await?;
    // Each code works once: a replay (or a racing second login with the same code) is refused.
    if let Some(step) = totp_step
        && !orgs::use_totp_step(&*txn, member.id, step).await?
    {
        return Err(AppError::Unauthorized);
    }
    sessions::insert(
        &*txn,
        token.lookup(),
        sessions::Holder::Member {
            member_id: member.id,
            second_factor_done,
        },
        sealed,
        now,
        now + IDLE,
    )
    .await?;
    audit::append(
        &*txn,
        now,
        Event::new(Actor::Member(member.id), AuditAction::MemberLogin)
            .org(member.org_id)
            .subject("member", member.id)
            .details(serde_json::json!({ "second_factor": second_factor_done })),
    )
    .await?;
    txn.commit().await?;
    Ok(token)
}

async fn staff_session(parts: &mut Parts, state: &AppState) -> Result<StaffSession, AppError> {
    let now = state.clock().now();
    let super::Live {
        token,
        lookup,
        row: session,
    } = super::live(parts, state, COOKIE, "staff", now).await?;
    let db = state.db().conn();
    let member_id = session.member_id.ok_or(AppError::Unauthorized)?;
    let member = orgs::member(db, member_id)
        .await?
        .filter(|m| !m.disabled && !m.awaiting_password)
        .ok_or(AppError::Unauthorized)?;
    let org = orgs::find_org(db, member.org_id)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let sealed: Sealed = {
        let plain = token
            .open(
                &Context::StaffSession { member: member_id },
                &session.sealed,
            )
            .map_err(|_| AppError::Unauthorized)?;
        serde_json::from_slice(&plain).map_err(|_| AppError::Unauthorized)?
    };
    let org_identity = match &sealed.org_identity {
        Some(text) => Some(keys::parse_identity(text).map_err(|_| AppError::Unauthorized)?),
        None => None,
    };
    let extended = (now + IDLE).min(session.created_at + ABSOLUTE);
    if super::worth_writing(session.expires_at, extended) {
        sessions::touch(db, &lookup, now, extended).await?;
    }
    Ok(StaffSession {
        member_id,
        org_id: member.org_id,
        role: member.role.parse()?,
        org_kind: org.kind.parse()?,
        // A zone this build does not know (the database is newer) shows UTC rather than fail.
        zone: Zone::parse(&org.time_zone).unwrap_or_default(),
        email: member.email,
        pending: member.pending,
        second_factor_done: session.second_factor_done,
        lookup,
        token,
        org_identity,
        pending_totp: sealed.pending_totp.clone().map(Zeroizing::new),
        totp: sealed.totp.clone().map(Zeroizing::new),
        stepped_up_at: session.stepped_up_at,
    })
}

session_extractor!(StaffSession, staff_session);

/// A member who has given both factors: what every staff route except enrolment takes.
pub struct Member(pub StaffSession);

async fn member(parts: &mut Parts, state: &AppState) -> Result<Member, AppError> {
    let session = staff_session(parts, state).await?;
    if !session.second_factor_done {
        return Err(AppError::Conflict {
            code: "totp_enrolment_required",
            message: "Enrol a second factor (TOTP) before anything else.".into(),
        });
    }
    Ok(Member(session))
}

session_extractor!(Member, member);

impl std::ops::Deref for Member {
    type Target = StaffSession;
    fn deref(&self) -> &StaffSession {
        &self.0
    }
}
