//! What case handlers do, one function per action (and the list's bulk actions and export,
//! which call the same functions case by case). Each opens the case through
//! `store::cases::get_for`, the one place access is decided, and writes in one transaction
//! with its audit entry. Decrypted content exists only in the value returned to the caller.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::ActiveValue::Set;
use sea_orm::IntoActiveModel;
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::access::{open_case, open_for_owner};
use crate::audit::{self, AuditAction, Event};
use crate::crypto;
use crate::crypto::records::{AttachmentMeta, CaseContent, Context};
use crate::domain::deadlines::{self, DeadlinePolicy, Overdue};
use crate::domain::text::MAX_MESSAGE;
use crate::domain::{CaseState, Priority, Resolution};
use crate::error::AppError;
use crate::evidence::StreamedDownload;
use crate::state::AppState;
use crate::store::cases::{self, ListFilter};
use crate::store::entities;
use crate::store::queue;
use crate::web::i18n::Lang;
use crate::web::session::Member;

mod bulk;
mod export;
mod read;
mod write;

pub use self::bulk::*;
pub use self::export::*;
pub use self::read::*;
pub use self::write::*;

/// A case in the list: clear columns only.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct CaseSummary {
    pub id: Uuid,
    pub reference: String,
    pub state: String,
    pub priority: String,
    pub received_on: NaiveDate,
    pub acknowledge_by: NaiveDate,
    pub feedback_by: Option<NaiveDate>,
    pub supplier: Option<String>,
    pub country: String,
    pub indicators: Vec<String>,
    pub assignee: Option<Uuid>,
    /// `acknowledgement` or `feedback` when a deadline has passed.
    pub overdue: Option<std::borrow::Cow<'static, str>>,
}

/// A message of the thread as staff see it.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct StaffMessage {
    pub id: Uuid,
    pub from: String,
    /// The handler who wrote it, when a handler did.
    pub author_id: Option<Uuid>,
    pub body: String,
    pub sent_on: NaiveDate,
}

/// An internal note.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct StaffNote {
    pub id: Uuid,
    pub author: Uuid,
    pub body: String,
    pub created_at: DateTime<Utc>,
}

/// Evidence as staff see it.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct StaffAttachment {
    pub id: Uuid,
    pub name: String,
    pub content_type: String,
    pub size: i64,
    pub metadata_removed: bool,
    pub sha256: String,
}

/// One audit entry about the case.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct TimelineEntry {
    pub at: DateTime<Utc>,
    pub action: String,
    /// `member`, `reporter`, `system` or `operator`.
    pub actor: String,
    /// The member, when a member acted.
    pub actor_id: Option<Uuid>,
    /// For a state change: the states it went from and to.
    pub from: Option<String>,
    pub to: Option<String>,
}

/// An organisation as a case names it.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct OrgRef {
    pub id: Uuid,
    pub name: String,
}

/// Another case, by the reference handlers see.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct CaseLink {
    pub id: Uuid,
    pub reference: String,
}

/// A case opened by a handler.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct CaseDetail {
    #[serde(flatten)]
    pub summary: CaseSummary,
    pub narrative: String,
    pub supplier_text: Option<String>,
    pub relationship: String,
    pub people_affected: String,
    pub immediate_danger: bool,
    pub resolution: Option<String>,
    pub retaliation_risk: Option<String>,
    /// The priority the report's answers gave, before any override.
    pub assessed_priority: String,
    /// The organisation that owns the case: only it writes to the reporter and moves the case.
    pub owner: OrgRef,
    /// The other buyers it is shared with: they read it and add notes.
    pub shared_with: Vec<OrgRef>,
    /// With the resolution `duplicate`: the case this one repeats, when the caller sees it.
    pub duplicate_of: Option<CaseLink>,
    /// The cases closed as repeats of this one that the caller sees (at most 20).
    pub duplicated_by: Vec<CaseLink>,
    /// The reporter's consent to escalation: `requested`, `given`, `refused` or absent.
    pub consent: Option<String>,
    /// The day the reporter answered.
    pub consent_on: Option<NaiveDate>,
    pub messages: Vec<StaffMessage>,
    pub notes: Vec<StaffNote>,
    pub attachments: Vec<StaffAttachment>,
    pub timeline: Vec<TimelineEntry>,
}
