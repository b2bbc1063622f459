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
/// through a share. A co-buyer reads the case and adds notes; everything else is the owner's:
/// the worker hears one voice, so only the owner writes to them, moves or closes the case,
/// assigns, re-prioritises, extends a deadline, assesses retaliation risk, shares, transfers
/// and escalates.
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

/// Who may see the routing rules: admins of buyers and coordinators. Answers whether the caller
/// also changes them (a coordinator's admin); a buyer's admin sees the rules that concern its
/// organisation only.
pub fn routing_reader(member: &StaffSession) -> Result<bool, AppError> {
    let standing = member.standing();
    if !standing.administers() || standing.is_authority() {
        return Err(AppError::Forbidden);
    }
    Ok(standing.routes_reports())
}

/// A coordinator's admin, who changes the routing rules; everyone else `403`.
pub fn routing_admin(member: &StaffSession) -> Result<(), AppError> {
    if routing_reader(member)? {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// The organisation whose settings the caller may read and change: its confirmed admins only,
/// every other member gets 403.
pub fn organisation_settings(member: &StaffSession) -> Result<Uuid, AppError> {
    organisation_admin(member)?;
    Ok(member.org_id)
}

/// A member of the admin's organisation, for an admin to manage: 403 for a caller who is not
/// an admin, 404 for a member of another organisation (the same as one that does not exist).
/// Read on `db`, which may be the transaction of the change.
pub async fn administered_member<C: sea_orm::ConnectionTrait>(
    db: &C,
    admin: &StaffSession,
    id: Uuid,
) -> Result<entities::members::Model, AppError> {
    organisation_admin(admin)?;
    crate::store::orgs::member(db, id)
        .await?
        .filter(|m| m.org_id == admin.org_id)
        .ok_or(AppError::NotFound)
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
