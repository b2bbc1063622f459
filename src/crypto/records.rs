//! The catalogue of sealed records: every context an envelope can be bound to, and the payload
//! types sealed as JSON.
//!
//! A context names the row and the field a ciphertext belongs to; it is written inside the
//! encrypted payload and checked on opening (see [`super::envelope`]), so a ciphertext moved to
//! another row does not open there. The strings are part of the stored data: changing one makes
//! every record of that kind unreadable, so they are written out here once and tested.

use std::fmt;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::{PeopleAffected, Relationship};

/// Which record an envelope belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// A case's report: narrative, free text and answers ([`CaseContent`]).
    CaseContent { case: Uuid },
    /// A message in a case's thread, either direction.
    Message { case: Uuid, message: Uuid },
    /// An internal note (sealed to organisations only).
    Note { case: Uuid, note: Uuid },
    /// An evidence file's description ([`AttachmentMeta`]).
    AttachmentMeta { case: Uuid, attachment: Uuid },
    /// An evidence file's bytes.
    AttachmentBlob { case: Uuid, attachment: Uuid },
    /// An organisation identity sealed to one member.
    MemberGrant { org: Uuid, member: Uuid },
    /// An organisation identity sealed to its offline recovery key.
    RecoveryGrant { org: Uuid },
    /// A member's own identity, sealed to their password.
    MemberIdentity { member: Uuid },
    /// A member's TOTP secret.
    MemberTotp { member: Uuid },
    /// What a staff session keeps sealed to its token.
    StaffSession { member: Uuid },
    /// What a reporter session keeps sealed to its token (no case id: the row must not name it).
    ReporterSession,
    /// An escalation package: summary and case facts.
    EscalationPackage { escalation: Uuid },
    /// The legal reason recorded for escalating without the reporter's yes.
    LegalReason { escalation: Uuid },
    /// The description of an evidence file copied for an authority.
    EvidenceMeta { escalation: Uuid, evidence: Uuid },
    /// The bytes of an evidence file copied for an authority.
    EvidenceBlob { escalation: Uuid, evidence: Uuid },
    /// An authority's answer to an escalation.
    Response { escalation: Uuid, response: Uuid },
}

impl fmt::Display for Context {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::CaseContent { case } => write!(f, "case:{case}:content"),
            Self::Message { case, message } => write!(f, "case:{case}:message:{message}"),
            Self::Note { case, note } => write!(f, "case:{case}:note:{note}"),
            Self::AttachmentMeta { case, attachment } => {
                write!(f, "case:{case}:attachment:{attachment}:meta")
            }
            Self::AttachmentBlob { case, attachment } => {
                write!(f, "case:{case}:attachment:{attachment}")
            }
            Self::MemberGrant { org, member } => write!(f, "org:{org}:grant:{member}"),
            Self::RecoveryGrant { org } => write!(f, "org:{org}:grant:recovery"),
            Self::MemberIdentity { member } => write!(f, "member:{member}:identity"),
            Self::MemberTotp { member } => write!(f, "member:{member}:totp"),
            Self::StaffSession { member } => write!(f, "session:staff:{member}"),
            Self::ReporterSession => f.write_str("session:reporter"),
            Self::EscalationPackage { escalation } => write!(f, "escalation:{escalation}:package"),
            Self::LegalReason { escalation } => write!(f, "escalation:{escalation}:legal_reason"),
            Self::EvidenceMeta {
                escalation,
                evidence,
            } => write!(f, "escalation:{escalation}:evidence:{evidence}:meta"),
            Self::EvidenceBlob {
                escalation,
                evidence,
            } => write!(f, "escalation:{escalation}:evidence:{evidence}"),
            Self::Response {
                escalation,
                response,
            } => write!(f, "escalation:{escalation}:response:{response}"),
        }
    }
}

/// What is sealed as a case's content.
#[derive(Serialize, Deserialize)]
pub struct CaseContent {
    /// The language the reporter wrote in, for messages sent to them.
    pub language: String,
    pub narrative: String,
    pub supplier_text: Option<String>,
    pub relationship: Relationship,
    pub people_affected: PeopleAffected,
    pub immediate_danger: bool,
}

/// What is sealed about an evidence file besides its bytes.
#[derive(Serialize, Deserialize)]
pub struct AttachmentMeta {
    pub name: String,
    pub content_type: String,
    /// SHA-256 of the file as stored (after metadata removal), for chains of custody.
    pub sha256: String,
    /// What metadata was found and removed (codes such as `photo_details`,
    /// `document_properties`, `xmp`; empty when the file was checked and held none). Absent
    /// for files stored before kedja said what it removed, and for files kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub removed: Option<Vec<String>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The strings are stored inside every ciphertext: these are the ones kedja has always
    /// written, and a change here would make existing records unreadable.
    #[test]
    #[allow(clippy::too_many_lines, reason = "one line per context kind")]
    fn contexts_keep_their_stored_spelling() {
        let a = Uuid::from_u128(1);
        let b = Uuid::from_u128(2);
        let cases = [
            (
                Context::CaseContent { case: a },
                format!("case:{a}:content"),
            ),
            (
                Context::Message {
                    case: a,
                    message: b,
                },
                format!("case:{a}:message:{b}"),
            ),
            (
                Context::Note { case: a, note: b },
                format!("case:{a}:note:{b}"),
            ),
            (
                Context::AttachmentMeta {
                    case: a,
                    attachment: b,
                },
                format!("case:{a}:attachment:{b}:meta"),
            ),
            (
                Context::AttachmentBlob {
                    case: a,
                    attachment: b,
                },
                format!("case:{a}:attachment:{b}"),
            ),
            (
                Context::MemberGrant { org: a, member: b },
                format!("org:{a}:grant:{b}"),
            ),
            (
                Context::RecoveryGrant { org: a },
                format!("org:{a}:grant:recovery"),
            ),
            (
                Context::MemberIdentity { member: a },
                format!("member:{a}:identity"),
            ),
            (
                Context::MemberTotp { member: a },
                format!("member:{a}:totp"),
            ),
            (
                Context::StaffSession { member: a },
                format!("session:staff:{a}"),
            ),
            (Context::ReporterSession, "session:reporter".to_string()),
            (
                Context::EscalationPackage { escalation: a },
                format!("escalation:{a}:package"),
            ),
            (
                Context::LegalReason { escalation: a },
                format!("escalation:{a}:legal_reason"),
            ),
            (
                Context::EvidenceMeta {
                    escalation: a,
                    evidence: b,
                },
                format!("escalation:{a}:evidence:{b}:meta"),
            ),
            (
                Context::EvidenceBlob {
                    escalation: a,
                    evidence: b,
                },
                format!("escalation:{a}:evidence:{b}"),
            ),
            (
                Context::Response {
                    escalation: a,
                    response: b,
                },
                format!("escalation:{a}:response:{b}"),
            ),
        ];
        for (context, spelled) in cases {
            assert_eq!(context.to_string(), spelled);
        }
    }
}
