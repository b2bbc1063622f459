//! sea-orm entities mirroring the migrations.
//!
//! Columns named `sealed*` hold age ciphertexts, never plaintext. States and codes are stored as
//! their domain codes (strings) and converted at the store boundary, so `domain` stays free of
//! sea-orm.
//!
//! Each foreign key of the migrations is declared as a `belongs_to` relation, with the reverse
//! `has_many` (or `has_one`) on the parent. `Related` is implemented only where the relation is
//! the one obvious path between two tables: an escalation names two organisations and a case's
//! assignee is only one of several ways a member touches a case, so those relations are declared
//! without `Related` and are joined by naming the relation.

pub mod attachments;
pub mod audit_head;
pub mod audit_log;
pub mod audit_pending;
pub mod case_contents;
pub mod case_indicators;
pub mod case_shares;
pub mod cases;
pub mod contracts;
pub mod escalation_evidence;
pub mod escalation_responses;
pub mod escalations;
pub mod instance;
pub mod member_links;
pub mod members;
pub mod messages;
pub mod notes;
pub mod org_grants;
pub mod organisations;
pub mod outbox;
pub mod recusals;
pub mod refused_reports;
pub mod remediation_actions;
pub mod routing_rules;
pub mod sessions;
pub mod sign_in_budgets;
pub mod spent_forms;
pub mod suppliers;

/// Every entity under its table's name, e.g. `Cases`, `Members`.
pub mod prelude {
    pub use super::attachments::Entity as Attachments;
    pub use super::audit_head::Entity as AuditHead;
    pub use super::audit_log::Entity as AuditLog;
    pub use super::audit_pending::Entity as AuditPending;
    pub use super::case_contents::Entity as CaseContents;
    pub use super::case_indicators::Entity as CaseIndicators;
    pub use super::case_shares::Entity as CaseShares;
    pub use super::cases::Entity as Cases;
    pub use super::contracts::Entity as Contracts;
    pub use super::escalation_evidence::Entity as EscalationEvidence;
    pub use super::escalation_responses::Entity as EscalationResponses;
    pub use super::escalations::Entity as Escalations;
    pub use super::instance::Entity as Instance;
    pub use super::member_links::Entity as MemberLinks;
    pub use super::members::Entity as Members;
    pub use super::messages::Entity as Messages;
    pub use super::notes::Entity as Notes;
    pub use super::org_grants::Entity as OrgGrants;
    pub use super::organisations::Entity as Organisations;
    pub use super::outbox::Entity as Outbox;
    pub use super::recusals::Entity as Recusals;
    pub use super::refused_reports::Entity as RefusedReports;
    pub use super::remediation_actions::Entity as RemediationActions;
    pub use super::routing_rules::Entity as RoutingRules;
    pub use super::sessions::Entity as Sessions;
    pub use super::suppliers::Entity as Suppliers;
}
