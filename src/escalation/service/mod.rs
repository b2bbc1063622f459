//! Escalation, one function per action.
//!
//! Handlers escalate through a case they own (`access::open_for_owner`, which goes
//! through `store::cases::get_for`). Authorities reach escalations only through
//! [`authority_org`] and `store::escalations::get_for_authority`: there is no path from an
//! authority session to a case.
//!
//! A package is sealed to the authority and the sending organisation; the evidence copies to
//! the authority alone. Each copy's SHA-256 is computed from the decrypted file and must equal
//! the one recorded when the reporter uploaded it, and the escalation's audit entry (whose hash
//! becomes the package's chain head) lists those hashes.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use zeroize::Zeroizing;

use super::package::{self, EvidenceFile, Manifest, ManifestEvidence, ManifestResponse, Package};
use crate::access::{authority_org, open_case, open_for_owner};
use crate::audit::{self, Actor, AuditAction, Event};
use crate::crypto::Context;
use crate::crypto::records::AttachmentMeta;
use crate::crypto::{self, keys, signing};
use crate::domain::accounts::OrgKind;
use crate::domain::escalation::{self as rules, Consent, ResponseStatus};
use crate::error::AppError;
use crate::state::AppState;
use crate::store::blobs::Stored;
use crate::store::entities::{self, escalation_responses, escalations};
use crate::store::{cases, escalations as store, orgs, suppliers};
use crate::web::session::Member;
use crate::web::session::ReporterSession;

mod consent;
mod export;
mod read;
mod respond;
mod send;

pub use self::consent::*;
pub use self::export::*;
pub use self::read::*;
pub use self::respond::*;
pub use self::send::*;

/// Longest summary, in characters.
pub const MAX_SUMMARY: usize = 20_000;
/// Longest legal reason or response, in characters.
pub const MAX_TEXT: usize = 10_000;
/// Most evidence files in one escalation.
pub const MAX_EVIDENCE: usize = 50;

pub(super) fn text_field(
    field: &'static str,
    value: Option<&str>,
    max: usize,
) -> Result<Option<Zeroizing<String>>, AppError> {
    let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    if value.chars().count() > max {
        return Err(AppError::too_long(
            field,
            format!("must be at most {max} characters"),
        ));
    }
    Ok(Some(Zeroizing::new(value.to_string())))
}

pub(super) fn open_text(
    context: &Context,
    identity: &keys::Identity,
    sealed: &[u8],
) -> Result<String, AppError> {
    let plain = crypto::open(context, std::slice::from_ref(identity), sealed)?;
    Ok(String::from_utf8_lossy(&plain).into_owned())
}

pub(super) fn consent_of(case: &entities::cases::Model) -> Result<Option<Consent>, AppError> {
    case.consent
        .as_deref()
        .map(str::parse)
        .transpose()
        .map_err(AppError::internal)
}
