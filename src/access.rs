//! Every role gate: who may do what, decided in one place.
//!
//! The rules themselves are pure (`domain::accounts::Standing`); this module turns them
//! into refusals. One status per kind of refusal:
//! - a **resource** the caller may not see (a case, an escalation) answers 404, the same as one
//!   that does not exist, so that ids cannot be probed;
//! - a **function** the caller's role does not have (statistics, administration, the authority
//!   portal) answers 403: there is nothing to hide about a function existing.
//!
//! Which rows a caller reaches is decided in `store` (`cases::get_for`,
//! `escalations::get_for_authority`), which take the caller; nothing fetches first and checks
//! after.

use uuid::Uuid;

use crate::domain::accounts::Role;
use crate::error::AppError;
use crate::state::AppState;
use crate::store::cases::{self, Caller};
use crate::store::entities;
use crate::web::session::StaffSession;

/// The caller for case access: a confirmed handler or admin of a buyer or coordinator.
/// Authority members and pending members get the same 404 as for a case that does not exist.
pub fn case_reader(member: &StaffSession) -> Result<Caller, AppError> {
    if !member.standing().reads_cases() {
        return Err(AppError::NotFound);
    }
    member.org_identity()?;
    Ok(Caller {
        member_id: member.member_id,
        org_id: member.org_id,
    })
}

/// The case list's tools (bulk actions, the CSV export) are a function, so a member whose role
/// does not read cases (an authority, a pending member) is refused them with 403. Each case a
/// bulk action touches is then opened through [`open_case`] like any single action.
pub fn case_list_tools(member: &StaffSession) -> Result<Caller, AppError> {
    if !member.standing().reads_cases() {
        return Err(AppError::Forbidden);
    }
    case_reader(member)
}

/// A case the caller may read, or 404.
pub async fn open_case(
    state: &AppState,
    member: &StaffSession,
    id: Uuid,
) -> Result<entities::cases::Model, AppError> {
    let caller = case_reader(member)?;
    cases::get_for(state.db().conn(), caller, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// A case the caller's organisation owns: 404 if it may not read it, 403 if it reads it only
/// through a share (shared organisations may not transfer, escalate or unshare it).
pub async fn open_for_owner(
    state: &AppState,
    member: &StaffSession,
    id: Uuid,
) -> Result<entities::cases::Model, AppError> {
    let case = open_case(state, member, id).await?;
    if case.owner_org_id != member.org_id {
        return Err(AppError::Forbidden);
    }
    Ok(case)
}

/// The statistics of the caller's organisation: 403 for pending members and authorities.
pub fn statistics_reader(member: &StaffSession) -> Result<Caller, AppError> {
    if !member.standing().reads_cases() {
        return Err(AppError::Forbidden);
    }
    Ok(Caller {
        member_id: member.member_id,
        org_id: member.org_id,
    })
}

/// An admin of the caller's organisation: members, suppliers, routing, password resets.
pub fn organisation_admin(member: &StaffSession) -> Result<(), AppError> {
    if member.standing().administers() {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// The authority organisation of a signed-in member: only confirmed members of an authority
/// get one; everyone else is refused every escalation route with 403.
pub fn authority_org(member: &StaffSession) -> Result<Uuid, AppError> {
    if !member.standing().receives_escalations() {
        return Err(AppError::Forbidden);
    }
    member.org_identity()?;
    Ok(member.org_id)
}

/// Whether a member row may be assigned a case of its organisation.
pub fn assignable(member: &entities::members::Model) -> bool {
    let role: Result<Role, _> = member.role.parse();
    !member.disabled && !member.pending && role.is_ok_and(Role::handles_cases)
}
