//! The audit log: append-only, each entry hashed with the previous one.
//!
//! `hash = SHA-256(prev_hash || "\n" || canonical entry)`, where the canonical entry is the
//! JSON of sequence number, time (whole seconds, UTC), actor, organisation, action, subject and
//! details, in that order. Entries hold ids, codes and ciphertext hashes only: no content, no
//! address. Appends lock the single `audit_head` row inside the caller's transaction, so
//! concurrent appenders (threads or replicas) extend one chain in one order.
//!
//! A reporter's action is not appended when it happens: its place between staff entries, which
//! carry exact times, would give its time of day. [`defer`] keeps it in `audit_pending`, dated
//! to the day under a random id, and [`seal_reporter_days`] appends each finished day's entries
//! together, in random order, once the day is over. Until then a case's timeline shows them
//! from `audit_pending` ([`pending_for`]).

use chrono::{DateTime, NaiveDate, SubsecRound, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use serde::Serialize;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::store::Db;
use crate::store::entities::{audit_head, audit_log, audit_pending};

/// Who did something.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    /// The operator through the CLI.
    Operator,
    /// A staff member.
    Member(Uuid),
    /// An anonymous reporter (never identified further).
    Reporter,
    /// The service itself (scheduled jobs).
    System,
}

impl Actor {
    fn kind(self) -> &'static str {
        match self {
            Self::Operator => "operator",
            Self::Member(_) => "member",
            Self::Reporter => "reporter",
            Self::System => "system",
        }
    }

    fn id(self) -> Option<Uuid> {
        match self {
            Self::Member(id) => Some(id),
            _ => None,
        }
    }
}

/// The catalogue of audit actions: every entry's `action` is one of these codes. They are
/// stored and hashed into the chain, so a code never changes once written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AuditAction {
    AttachmentAdded,
    AttachmentDownloaded,
    CaseAssigned,
    CaseEscalated,
    CaseFeedbackExtended,
    CasePriorityOverride,
    CasePurged,
    CaseRead,
    CaseReceived,
    CaseRecused,
    CaseRetaliationRisk,
    CaseShared,
    CaseTransferred,
    CaseTransition,
    CaseUnshared,
    /// The case list as CSV (clear columns only).
    CasesExported,
    ConsentAnswered,
    ConsentRequested,
    EscalationEvidenceDownloaded,
    EscalationExported,
    EscalationRead,
    EscalationResponded,
    MemberConfirmed,
    MemberCreated,
    MemberDisabled,
    MemberEnabled,
    MemberInvited,
    MemberLogin,
    MemberPasswordChanged,
    MemberPasswordReset,
    MemberPasswordSet,
    MemberReset,
    MemberRoleChanged,
    MemberTotpEnrolled,
    MemberTotpReset,
    MessageFromReporter,
    MessageToReporter,
    NoteAdded,
    OrgCreated,
    OrgSettingsChanged,
    RoutingRuleAdded,
    RoutingRuleRemoved,
    SupplierAdded,
    SupplierLinked,
}

impl AuditAction {
    /// Every action, for documentation and tests.
    pub const ALL: &'static [AuditAction] = &[
        Self::AttachmentAdded,
        Self::AttachmentDownloaded,
        Self::CaseAssigned,
        Self::CaseEscalated,
        Self::CaseFeedbackExtended,
        Self::CasePriorityOverride,
        Self::CasePurged,
        Self::CaseRead,
        Self::CaseReceived,
        Self::CaseRecused,
        Self::CaseRetaliationRisk,
        Self::CaseShared,
        Self::CaseTransferred,
        Self::CaseTransition,
        Self::CaseUnshared,
        Self::CasesExported,
        Self::ConsentAnswered,
        Self::ConsentRequested,
        Self::EscalationEvidenceDownloaded,
        Self::EscalationExported,
        Self::EscalationRead,
        Self::EscalationResponded,
        Self::MemberConfirmed,
        Self::MemberCreated,
        Self::MemberDisabled,
        Self::MemberEnabled,
        Self::MemberInvited,
        Self::MemberLogin,
        Self::MemberPasswordChanged,
        Self::MemberPasswordReset,
        Self::MemberPasswordSet,
        Self::MemberReset,
        Self::MemberRoleChanged,
        Self::MemberTotpEnrolled,
        Self::MemberTotpReset,
        Self::MessageFromReporter,
        Self::MessageToReporter,
        Self::NoteAdded,
        Self::OrgCreated,
        Self::OrgSettingsChanged,
        Self::RoutingRuleAdded,
        Self::RoutingRuleRemoved,
        Self::SupplierAdded,
        Self::SupplierLinked,
    ];

    /// The stored code.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AttachmentAdded => "attachment.added",
            Self::AttachmentDownloaded => "attachment.downloaded",
            Self::CaseAssigned => "case.assigned",
            Self::CaseEscalated => "case.escalated",
            Self::CaseFeedbackExtended => "case.feedback_extended",
            Self::CasePriorityOverride => "case.priority_override",
            Self::CasePurged => "case.purged",
            Self::CaseRead => "case.read",
            Self::CaseReceived => "case.received",
            Self::CaseRecused => "case.recused",
            Self::CaseRetaliationRisk => "case.retaliation_risk",
            Self::CaseShared => "case.shared",
            Self::CaseTransferred => "case.transferred",
            Self::CaseTransition => "case.transition",
            Self::CaseUnshared => "case.unshared",
            Self::CasesExported => "cases.exported",
            Self::ConsentAnswered => "consent.answered",
            Self::ConsentRequested => "consent.requested",
            Self::EscalationEvidenceDownloaded => "escalation.evidence_downloaded",
            Self::EscalationExported => "escalation.exported",
            Self::EscalationRead => "escalation.read",
            Self::EscalationResponded => "escalation.responded",
            Self::MemberConfirmed => "member.confirmed",
            Self::MemberCreated => "member.created",
            Self::MemberLogin => "member.login",
            Self::MemberPasswordChanged => "member.password_changed",
            Self::MemberReset => "member.reset",
            Self::MemberTotpEnrolled => "member.totp_enrolled",
            Self::MemberDisabled => "member.disabled",
            Self::MemberEnabled => "member.enabled",
            Self::MemberInvited => "member.invited",
            Self::MemberPasswordReset => "member.password_reset",
            Self::MemberPasswordSet => "member.password_set",
            Self::MemberRoleChanged => "member.role_changed",
            Self::MemberTotpReset => "member.totp_reset",
            Self::MessageFromReporter => "message.from_reporter",
            Self::MessageToReporter => "message.to_reporter",
            Self::NoteAdded => "note.added",
            Self::OrgCreated => "org.created",
            Self::OrgSettingsChanged => "org.settings_changed",
            Self::RoutingRuleAdded => "routing.rule_added",
            Self::RoutingRuleRemoved => "routing.rule_removed",
            Self::SupplierAdded => "supplier.added",
            Self::SupplierLinked => "supplier.linked",
        }
    }
}

impl std::fmt::Display for AuditAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One thing that happened.
#[derive(Debug, Clone)]
pub struct Event {
    pub actor: Actor,
    pub org_id: Option<Uuid>,
    /// What happened, from the catalogue.
    pub action: AuditAction,
    pub subject: Option<(&'static str, Uuid)>,
    /// Ids, codes and hashes only.
    pub details: serde_json::Value,
}

impl Event {
    /// An event with no details.
    pub fn new(actor: Actor, action: AuditAction) -> Self {
        Self {
            actor,
            org_id: None,
            action,
            subject: None,
            details: serde_json::Value::Object(Default::default()),
        }
    }

    /// Sets the organisation the event belongs to.
    pub fn org(mut self, org_id: Uuid) -> Self {
        self.org_id = Some(org_id);
        self
    }

    /// Sets the subject.
    pub fn subject(mut self, kind: &'static str, id: Uuid) -> Self {
        self.subject = Some((kind, id));
        self
    }

    /// Sets the details.
    pub fn details(mut self, details: serde_json::Value) -> Self {
        self.details = details;
        self
    }
}

#[derive(Serialize)]
struct Canonical<'a> {
    seq: i64,
    at: String,
    actor_kind: &'a str,
    actor_id: Option<Uuid>,
    org_id: Option<Uuid>,
    action: &'a str,
    subject_kind: Option<&'a str>,
    subject_id: Option<Uuid>,
    details: &'a str,
}

fn entry_hash(prev_hash: &str, entry: &Canonical<'_>) -> String {
    let mut hasher = Sha256::new();
    hasher.update(prev_hash.as_bytes());
    hasher.update(b"\n");
    // Serialising a struct of strings, ids and integers cannot fail.
    hasher.update(serde_json::to_vec(entry).unwrap_or_default());
    hex::encode(hasher.finalize())
}

fn canonical_time(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Appends `event` at `at` inside the caller's transaction and returns the new head hash.
/// A reporter's event is refused: it goes through [`defer`].
pub async fn append<C: ConnectionTrait>(
    txn: &C,
    at: DateTime<Utc>,
    event: Event,
) -> Result<String, sea_orm::DbErr> {
    if event.actor == Actor::Reporter {
        return Err(sea_orm::DbErr::Custom(
            "a reporter's audit entry waits for the day's batch (audit::defer)".into(),
        ));
    }
    link(txn, at, event).await
}

/// Keeps a reporter's `event` for the batch of `day`, inside the caller's transaction: no time
/// finer than the day, and a random id, so that neither the row nor its place in the chain
/// gives the time of the action.
pub async fn defer<C: ConnectionTrait>(
    txn: &C,
    day: NaiveDate,
    event: Event,
) -> Result<(), sea_orm::DbErr> {
    debug_assert_eq!(event.actor, Actor::Reporter, "only reporter entries wait");
    audit_pending::Entity::insert(audit_pending::ActiveModel {
        id: Set(Uuid::new_v4()),
        day: Set(day),
        org_id: Set(event.org_id),
        action: Set(event.action.as_str().to_string()),
        subject_kind: Set(event.subject.map(|(kind, _)| kind.to_string())),
        subject_id: Set(event.subject.map(|(_, id)| id)),
        details: Set(event.details.to_string()),
    })
    .exec_without_returning(txn)
    .await?;
    Ok(())
}

/// Appends the reporter entries of every day before `today` to the chain: each day's entries
/// together, in random order (a case's receipt before the rest of its day), dated to the day.
/// One transaction per day, so that a day joins the chain whole or not at all; replicas doing
/// this at once append each entry once. Returns how many entries joined.
pub async fn seal_reporter_days(db: &Db, today: NaiveDate) -> Result<u64, sea_orm::DbErr> {
    let mut sealed = 0u64;
    loop {
        let txn = db.begin().await?;
        // The head is locked before the day is read (SQLite: the write lock taken by `begin`;
        // PostgreSQL: the row lock, after which each statement sees what a replica that held it
        // committed), so a day's entries are appended once.
        lock_head(&*txn).await?;
        let Some(day) = audit_pending::Entity::find()
            .filter(audit_pending::Column::Day.lt(today))
            .order_by_asc(audit_pending::Column::Day)
            .one(&*txn)
            .await?
            .map(|row| row.day)
        else {
            txn.commit().await?;
            return Ok(sealed);
        };
        let mut entries = audit_pending::Entity::find()
            .filter(audit_pending::Column::Day.eq(day))
            .all(&*txn)
            .await?;
        crate::crypto::random::shuffle(&mut entries)
            .map_err(|e| sea_orm::DbErr::Custom(e.to_string()))?;
        // Stable: the rest stays shuffled.
        entries.sort_by_key(|e| e.action != AuditAction::CaseReceived.as_str());
        let midnight = day.and_time(chrono::NaiveTime::MIN).and_utc();
        audit_pending::Entity::delete_many()
            .filter(audit_pending::Column::Day.eq(day))
            .exec(&*txn)
            .await?;
        for entry in &entries {
            link_row(
                &*txn,
                midnight,
                Actor::Reporter,
                entry.org_id,
                &entry.action,
                entry.subject_kind.as_deref().zip(entry.subject_id),
                &entry.details,
            )
            .await?;
        }
        txn.commit().await?;
        sealed += entries.len() as u64;
    }
}

/// The reporter entries about `subject_id` still waiting for their day's batch, by day.
pub async fn pending_for<C: ConnectionTrait>(
    db: &C,
    subject_id: Uuid,
) -> Result<Vec<audit_pending::Model>, sea_orm::DbErr> {
    let mut rows = audit_pending::Entity::find()
        .filter(audit_pending::Column::SubjectId.eq(subject_id))
        .all(db)
        .await?;
    rows.sort_by(|a, b| {
        (
            a.day,
            a.action != AuditAction::CaseReceived.as_str(),
            &a.action,
        )
            .cmp(&(
                b.day,
                b.action != AuditAction::CaseReceived.as_str(),
                &b.action,
            ))
    });
    Ok(rows)
}

/// How many reporter entries wait for their day's batch.
pub async fn pending_count<C: ConnectionTrait>(db: &C) -> Result<u64, sea_orm::DbErr> {
    use sea_orm::PaginatorTrait;
    audit_pending::Entity::find().count(db).await
}

async fn lock_head<C: ConnectionTrait>(txn: &C) -> Result<audit_head::Model, sea_orm::DbErr> {
    let mut head_query = audit_head::Entity::find_by_id(1);
    if matches!(txn.get_database_backend(), sea_orm::DbBackend::Postgres) {
        // Serialises appenders across replicas; released at commit.
        head_query = head_query.lock_exclusive();
    }
    head_query
        .one(txn)
        .await?
        .ok_or_else(|| sea_orm::DbErr::RecordNotFound("audit_head".into()))
}

async fn link<C: ConnectionTrait>(
    txn: &C,
    at: DateTime<Utc>,
    event: Event,
) -> Result<String, sea_orm::DbErr> {
    let details = event.details.to_string();
    link_row(
        txn,
        at,
        event.actor,
        event.org_id,
        event.action.as_str(),
        event.subject,
        &details,
    )
    .await
}

/// Appends one entry, as stored, after the head.
async fn link_row<C: ConnectionTrait>(
    txn: &C,
    at: DateTime<Utc>,
    actor: Actor,
    org_id: Option<Uuid>,
    action: &str,
    subject: Option<(&str, Uuid)>,
    details: &str,
) -> Result<String, sea_orm::DbErr> {
    let head = lock_head(txn).await?;
    // Reporter entries are dated to the day, everything else to the second.
    let at = match actor {
        Actor::Reporter => at
            .date_naive()
            .and_hms_opt(0, 0, 0)
            .map_or(at, |midnight| midnight.and_utc()),
        _ => at.trunc_subsecs(0),
    };
    let seq = head.seq + 1;
    let canonical = Canonical {
        seq,
        at: canonical_time(at),
        actor_kind: actor.kind(),
        actor_id: actor.id(),
        org_id,
        action,
        subject_kind: subject.map(|(kind, _)| kind),
        subject_id: subject.map(|(_, id)| id),
        details,
    };
    let hash = entry_hash(&head.hash, &canonical);
    audit_log::Entity::insert(audit_log::ActiveModel {
        seq: Set(seq),
        at: Set(at),
        actor_kind: Set(canonical.actor_kind.to_string()),
        actor_id: Set(canonical.actor_id),
        org_id: Set(canonical.org_id),
        action: Set(canonical.action.to_string()),
        subject_kind: Set(canonical.subject_kind.map(str::to_string)),
        subject_id: Set(canonical.subject_id),
        details: Set(details.to_string()),
        prev_hash: Set(head.hash.clone()),
        hash: Set(hash.clone()),
    })
    .exec_without_returning(txn)
    .await?;
    audit_head::Entity::update(audit_head::ActiveModel {
        id: Set(1),
        seq: Set(seq),
        hash: Set(hash.clone()),
    })
    .exec(txn)
    .await?;
    Ok(hash)
}

/// The outcome of checking the chain.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Every entry links to the previous one and hashes to what it says.
    Intact { entries: i64, head: String },
    /// The first entry that does not hold, and why.
    Broken { seq: i64, reason: &'static str },
}

/// Walks the whole chain in order, in pages, and checks every link.
pub async fn verify(db: &DatabaseConnection) -> Result<Verdict, sea_orm::DbErr> {
    const PAGE: u64 = 1000;
    let mut prev_hash = "0".repeat(64);
    let mut expected_seq = 1i64;
    loop {
        let page = audit_log::Entity::find()
            .filter(audit_log::Column::Seq.gte(expected_seq))
            .order_by_asc(audit_log::Column::Seq)
            .limit(PAGE)
            .all(db)
            .await?;
        let done = (page.len() as u64) < PAGE;
        for row in page {
            if row.seq != expected_seq {
                return Ok(Verdict::Broken {
                    seq: expected_seq,
                    reason: "entry missing",
                });
            }
            if row.prev_hash != prev_hash {
                return Ok(Verdict::Broken {
                    seq: row.seq,
                    reason: "does not link to the previous entry",
                });
            }
            let canonical = Canonical {
                seq: row.seq,
                at: canonical_time(row.at),
                actor_kind: &row.actor_kind,
                actor_id: row.actor_id,
                org_id: row.org_id,
                action: &row.action,
                subject_kind: row.subject_kind.as_deref(),
                subject_id: row.subject_id,
                details: &row.details,
            };
            if entry_hash(&prev_hash, &canonical) != row.hash {
                return Ok(Verdict::Broken {
                    seq: row.seq,
                    reason: "content does not match its hash",
                });
            }
            prev_hash = row.hash;
            expected_seq += 1;
        }
        if done {
            break;
        }
    }
    let head = audit_head::Entity::find_by_id(1)
        .one(db)
        .await?
        .ok_or_else(|| sea_orm::DbErr::RecordNotFound("audit_head".into()))?;
    let entries = expected_seq - 1;
    if head.seq != entries {
        return Ok(Verdict::Broken {
            seq: entries + 1,
            reason: "entries after this one are missing",
        });
    }
    if head.hash != prev_hash {
        return Ok(Verdict::Broken {
            seq: entries,
            reason: "the head does not match the last entry",
        });
    }
    Ok(Verdict::Intact {
        entries,
        head: prev_hash,
    })
}

/// An entry as exported in an escalation package: everything its hash covers, plus the link
/// and the hash, so that a recipient can recompute it offline with [`ChainEntry::recompute`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct ChainEntry {
    pub seq: i64,
    /// RFC 3339, whole seconds, UTC: exactly the string that was hashed.
    pub at: String,
    pub actor_kind: String,
    pub actor_id: Option<Uuid>,
    pub org_id: Option<Uuid>,
    pub action: String,
    pub subject_kind: Option<String>,
    pub subject_id: Option<Uuid>,
    /// The details as the JSON text that was hashed.
    pub details: String,
    pub prev_hash: String,
    pub hash: String,
}

impl ChainEntry {
    /// The hash this entry must have, given its content and its link.
    pub fn recompute(&self) -> String {
        entry_hash(
            &self.prev_hash,
            &Canonical {
                seq: self.seq,
                at: self.at.clone(),
                actor_kind: &self.actor_kind,
                actor_id: self.actor_id,
                org_id: self.org_id,
                action: &self.action,
                subject_kind: self.subject_kind.as_deref(),
                subject_id: self.subject_id,
                details: &self.details,
            },
        )
    }
}

impl From<audit_log::Model> for ChainEntry {
    fn from(row: audit_log::Model) -> Self {
        Self {
            seq: row.seq,
            at: canonical_time(row.at),
            actor_kind: row.actor_kind,
            actor_id: row.actor_id,
            org_id: row.org_id,
            action: row.action,
            subject_kind: row.subject_kind,
            subject_id: row.subject_id,
            details: row.details,
            prev_hash: row.prev_hash,
            hash: row.hash,
        }
    }
}

/// The entry with this hash, if the chain has one.
pub async fn find_by_hash<C: ConnectionTrait>(
    db: &C,
    hash: &str,
) -> Result<Option<audit_log::Model>, sea_orm::DbErr> {
    audit_log::Entity::find()
        .filter(audit_log::Column::Hash.eq(hash))
        .one(db)
        .await
}

/// The sequence number of the entry with this hash, if the chain has one.
pub async fn seq_of<C: ConnectionTrait>(db: &C, hash: &str) -> Result<Option<i64>, sea_orm::DbErr> {
    Ok(audit_log::Entity::find()
        .filter(audit_log::Column::Hash.eq(hash))
        .one(db)
        .await?
        .map(|e| e.seq))
}

/// The current head hash, for escalation packages.
pub async fn head<C: ConnectionTrait>(db: &C) -> Result<String, sea_orm::DbErr> {
    Ok(audit_head::Entity::find_by_id(1)
        .one(db)
        .await?
        .map(|h| h.hash)
        .unwrap_or_default())
}
