//! sea-orm entities mirroring the migrations.
//!
//! Columns named `sealed*` hold age ciphertexts, never plaintext. States and codes are stored as
//! their domain codes (strings) and converted at the store boundary, so `domain` stays free of
//! sea-orm. Relations are expressed in queries rather than derived, which keeps each entity a
//! plain mirror of its table.

pub mod attachments;
pub mod audit_head;
pub mod audit_log;
pub mod case_contents;
pub mod case_indicators;
pub mod case_shares;
pub mod cases;
pub mod contracts;
pub mod escalation_evidence;
pub mod escalation_responses;
pub mod escalations;
pub mod instance;
pub mod members;
pub mod messages;
pub mod notes;
pub mod org_grants;
pub mod organisations;
pub mod outbox;
pub mod recusals;
pub mod remediation_actions;
pub mod routing_rules;
pub mod sessions;
pub mod suppliers;
