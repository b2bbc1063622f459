//! An organisation's members, managed by its admins: the list, invitations, confirmation,
//! roles, disabling and re-enabling, and resets of a password or an authenticator.
//!
//! Invariants:
//! - the admin never sees a password, a TOTP secret or a link's token. An invited member, or
//!   one whose password is reset, gets a single-use link by e-mail (drawn when it is sent, see
//!   `notify`) and chooses the password themselves; their key pair is made from it;
//! - a new key is useless until an admin confirms it: confirmation wraps the organisation
//!   identity for the member from the admin's own session, so a stolen link reads no case;
//! - every change is audited in its own transaction, and none leaves the organisation without
//!   an admin who can act (`409 last_admin`).

use serde::{Deserialize, Serialize};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::audit::{self, AuditAction, Event};
use crate::crypto::Context;
use crate::crypto::{keys, member};
use crate::domain::accounts::{
    Email, LINK_VALID_DAYS, LinkPurpose, MemberChange, MemberStatus, Membership, Role,
};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::store::entities::members;
use crate::store::{member_links, orgs, sessions};
use crate::web::session::Member;

/// A member as admins see them.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct MemberView {
    pub id: Uuid,
    pub email: String,
    pub role: String,
    /// Not confirmed by an admin yet: reads nothing.
    pub pending: bool,
    /// `awaiting_password`, `pending`, `active` or `disabled`.
    #[schema(value_type = String)]
    pub status: MemberStatus,
    /// Whether an authenticator app is set up.
    pub totp_enrolled: bool,
}

impl MemberView {
    fn of(m: members::Model) -> Self {
        let status = membership(&m).map_or(MemberStatus::Disabled, Membership::status);
        Self {
            id: m.id,
            status,
            totp_enrolled: m.totp_sealed.is_some(),
            email: m.email,
            role: m.role,
            pending: m.pending,
        }
    }
}

fn membership(m: &members::Model) -> AppResult<Membership> {
    Ok(Membership {
        role: m.role.parse()?,
        pending: m.pending,
        disabled: m.disabled,
        awaiting_password: m.awaiting_password,
    })
}

/// The caller's organisation's members (admins only).
pub async fn list(state: &AppState, admin: &Member) -> AppResult<Vec<MemberView>> {
    crate::access::organisation_admin(admin)?;
    Ok(orgs::members_of(state.db().conn(), admin.org_id)
        .await?
        .into_iter()
        .map(MemberView::of)
        .collect())
}

/// The roles a member of the admin's organisation can hold.
pub fn roles_for(admin: &Member) -> Vec<Role> {
    Role::ALL
        .iter()
        .copied()
        .filter(|role| role.fits(admin.org_kind))
        .collect()
}

fn conflict(code: &'static str, message: &str) -> AppError {
    AppError::Conflict {
        code,
        message: message.into(),
    }
}

/// Links reach members only by e-mail, built on the public address: without both, an
/// invitation or a reset would wait forever for a link nobody can send.
fn links_can_be_mailed(state: &AppState) -> AppResult<()> {
    let settings = state.settings();
    if settings.public_url.is_none() {
        return Err(conflict(
            "no_public_url",
            "Set KEDJA_PUBLIC_URL: the link in the e-mail is built from it.",
        ));
    }
    if settings.smtp_url.is_none() {
        return Err(conflict(
            "mail_off",
            "E-mail is off (KEDJA_SMTP_URL is not set): the link could not reach the member.",
        ));
    }
    Ok(())
}

fn parse_role(admin: &Member, raw: &str) -> AppResult<Role> {
    let role: Role = raw
        .parse()
        .map_err(|_| AppError::invalid("role", "must be one of handler, admin, authority"))?;
    if !role.fits(admin.org_kind) {
        return Err(AppError::invalid(
            "role",
            format!(
                "{role} does not fit an organisation of kind {}",
                admin.org_kind
            ),
        ));
    }
    Ok(role)
}

/// Invites a member: a row with keys for a random password nobody knows (so that every column
/// holds what it always holds, and signing in fails like any wrong password), pending and
/// awaiting a password, and the e-mail with their link queued.
#[tracing::instrument(skip_all)]
pub async fn invite(
    state: &AppState,
    admin: &Member,
    email: &str,
    role: &str,
) -> AppResult<MemberView> {
    crate::access::organisation_admin(admin)?;
    let email = if email.trim().is_empty() {
        return Err(AppError::missing("email", "is required"));
    } else {
        Email::parse(email)
            .map_err(|_| AppError::invalid("email", "must look like name@example.org"))?
    };
    let role = parse_role(admin, role)?;
    links_can_be_mailed(state)?;
    let db = state.db();
    if orgs::email_taken(db.conn(), email.as_str()).await? {
        return Err(conflict(
            "already_exists",
            "A member with this e-mail address exists.",
        ));
    }
    let id = Uuid::new_v4();
    let unknown = Zeroizing::new(crate::crypto::random::bytes::<32>()?);
    let keys = state
        .kdf()
        .run(crate::crypto::kdf::Lane::Staff, move || {
            member::create(id, unknown.as_slice())
        })
        .await
        .map_err(|_| AppError::Busy {
            retry_after: std::time::Duration::from_secs(2),
        })??;

    let now = state.clock().now();
    let txn = db.begin().await?;
    orgs::insert_member(
        &*txn,
        orgs::NewMember {
            id,
            org_id: admin.org_id,
            email: email.as_str(),
            role: role.as_code(),
            password_hash: keys.password_hash,
            key_salt: keys.key_salt,
            recipient: keys.recipient,
            sealed_identity: keys.sealed_identity,
            totp_sealed: None,
            pending: true,
            awaiting_password: true,
        },
        now,
    )
    .await?;
    issue_link(&*txn, id, LinkPurpose::Invitation, now).await?;
    audit::append(
        &*txn,
        now,
        Event::new(admin.actor(), AuditAction::MemberInvited)
            .org(admin.org_id)
            .subject("member", id)
            .details(serde_json::json!({ "role": role.as_code() })),
    )
    .await?;
    txn.commit().await?;
    let invited = orgs::member(db.conn(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(MemberView::of(invited))
}

/// A new link for the member, replacing any earlier one, and the e-mail that will carry it.
async fn issue_link<C: sea_orm::ConnectionTrait>(
    db: &C,
    member_id: Uuid,
    purpose: LinkPurpose,
    now: chrono::DateTime<chrono::Utc>,
) -> AppResult<()> {
    let expires_at = now + chrono::Duration::days(LINK_VALID_DAYS);
    member_links::replace(db, member_id, purpose, now, expires_at).await?;
    crate::notify::enqueue_for_link(db, now, purpose, member_id).await?;
    Ok(())
}

/// Grants the organisation identity to a pending member of the admin's organisation.
pub async fn confirm(state: &AppState, admin: &Member, id: Uuid) -> AppResult<()> {
    crate::access::organisation_admin(admin)?;
    let identity = admin.org_identity()?;
    let db = state.db();
    let pending = crate::access::administered_member(db.conn(), admin, id).await?;
    if !pending.pending {
        return Err(conflict("not_pending", "This member is already confirmed."));
    }
    if pending.awaiting_password {
        // Their key is still the placeholder (or the one being replaced): a grant to it would
        // be lost when they choose their password.
        return Err(conflict(
            "awaiting_password",
            "This member has not chosen a password through their link yet.",
        ));
    }
    if pending.disabled {
        return Err(conflict(
            "member_disabled",
            "This member is disabled. Enable them before you confirm them.",
        ));
    }
    let recipient = keys::parse_recipient(&pending.recipient)?;
    let sealed = keys::wrap_identity(
        identity,
        &recipient,
        &Context::MemberGrant {
            org: admin.org_id,
            member: pending.id,
        },
    )?;
    let now = state.clock().now();
    let txn = db.begin().await?;
    // A password reset or a disabling may have come in since the member was read: the grant
    // would then be sealed to a key they no longer hold, or open a disabled account.
    if !orgs::confirm_member(&*txn, pending.id, &pending.recipient).await? {
        return Err(conflict(
            "member_changed",
            "This member changed while you confirmed them (a new password, or disabled). Look again.",
        ));
    }
    orgs::insert_grant(
        &*txn,
        admin.org_id,
        orgs::Grantee::Member(pending.id),
        sealed,
        Some(admin.member_id),
        now,
    )
    .await?;
    audit::append(
        &*txn,
        now,
        Event::new(admin.actor(), AuditAction::MemberConfirmed)
            .org(admin.org_id)
            .subject("member", pending.id),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Gives a member of the admin's organisation another role; it takes effect on their next
/// request. Answers the member as changed.
pub async fn change_role(
    state: &AppState,
    admin: &Member,
    id: Uuid,
    role: &str,
) -> AppResult<MemberView> {
    crate::access::organisation_admin(admin)?;
    let role = parse_role(admin, role)?;
    change(state, admin, id, MemberChange::Role(role)).await?;
    let changed = orgs::member(state.db().conn(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(MemberView::of(changed))
}

/// Disables a member: every session of theirs ends at once, their link (if any) stops
/// working, and they cannot sign in until an admin re-enables them.
pub async fn disable(state: &AppState, admin: &Member, id: Uuid) -> AppResult<()> {
    change(state, admin, id, MemberChange::Disable).await
}

/// Re-enables a disabled member: their password, key and authenticator work again.
pub async fn enable(state: &AppState, admin: &Member, id: Uuid) -> AppResult<()> {
    change(state, admin, id, MemberChange::Enable).await
}

/// Resets a member's password: they cannot sign in until they choose a new one through the
/// link mailed to them, and they are pending until an admin confirms the new key.
pub async fn reset_password(state: &AppState, admin: &Member, id: Uuid) -> AppResult<()> {
    crate::access::organisation_admin(admin)?;
    admin.require_step_up(state)?;
    links_can_be_mailed(state)?;
    change(state, admin, id, MemberChange::ResetPassword).await
}

/// Resets a member's authenticator: they enrol one again at their next sign-in.
pub async fn reset_totp(state: &AppState, admin: &Member, id: Uuid) -> AppResult<()> {
    crate::access::organisation_admin(admin)?;
    admin.require_step_up(state)?;
    change(state, admin, id, MemberChange::ResetTotp).await
}

/// One change to a member, in one transaction with its audit entry. The organisation's row is
/// locked first, so that the check that an admin remains sees every change made before it.
async fn change(state: &AppState, admin: &Member, id: Uuid, change: MemberChange) -> AppResult<()> {
    crate::access::organisation_admin(admin)?;
    let db = state.db();
    let now = state.clock().now();
    let txn = db.begin().await?;
    orgs::lock_organisation(&*txn, admin.org_id).await?;
    let target = crate::access::administered_member(&*txn, admin, id).await?;
    let own = target.id == admin.member_id;
    if own
        && matches!(
            change,
            MemberChange::ResetPassword | MemberChange::ResetTotp
        )
    {
        // An admin who could reset themselves would need no current password to take over a
        // session left open; they change their password like everyone else.
        return Err(conflict(
            "own_account",
            "Change your own password instead; admins reset other members only.",
        ));
    }
    let before = membership(&target)?;
    let others = orgs::acting_admins_besides(&*txn, admin.org_id, target.id).await?;
    if !before.keeps_an_admin(change, others) {
        return Err(conflict(
            "last_admin",
            "The organisation would have no admin left who can act: make another member an admin first.",
        ));
    }
    let Some((action, details)) = apply(&*txn, &target, before, change, now).await? else {
        // Nothing changed (the role it has, enabling an enabled member): nothing to audit.
        return Ok(());
    };
    audit::append(
        &*txn,
        now,
        Event::new(admin.actor(), action)
            .org(admin.org_id)
            .subject("member", target.id)
            .details(details),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Writes `change` and says what to audit, or `None` when it changes nothing.
async fn apply<C: sea_orm::ConnectionTrait>(
    db: &C,
    target: &members::Model,
    before: Membership,
    change: MemberChange,
    now: chrono::DateTime<chrono::Utc>,
) -> AppResult<Option<(AuditAction, serde_json::Value)>> {
    let id = target.id;
    Ok(match change {
        MemberChange::Role(role) if role == before.role => None,
        MemberChange::Role(role) => {
            orgs::set_role(db, id, role.as_code()).await?;
            Some((
                AuditAction::MemberRoleChanged,
                serde_json::json!({ "from": before.role.as_code(), "to": role.as_code() }),
            ))
        }
        MemberChange::Disable if before.disabled => None,
        MemberChange::Disable => {
            orgs::set_disabled(db, id, true).await?;
            member_links::delete_for_member(db, id).await?;
            let ended = sessions::delete_for_member(db, id).await?;
            Some((
                AuditAction::MemberDisabled,
                serde_json::json!({ "sessions_ended": ended }),
            ))
        }
        MemberChange::Enable if !before.disabled => None,
        MemberChange::Enable => {
            orgs::set_disabled(db, id, false).await?;
            Some((AuditAction::MemberEnabled, serde_json::json!({})))
        }
        MemberChange::ResetPassword => {
            if before.disabled {
                return Err(conflict(
                    "member_disabled",
                    "This member is disabled: enable them first.",
                ));
            }
            // Someone who never chose a password is invited again rather than told of a reset.
            let purpose = match member_links::for_member(db, id).await? {
                Some(link) if link.purpose == LinkPurpose::Invitation.as_code() => {
                    LinkPurpose::Invitation
                }
                _ => LinkPurpose::PasswordReset,
            };
            orgs::await_new_password(db, id).await?;
            orgs::delete_member_grants(db, id).await?;
            let ended = sessions::delete_for_member(db, id).await?;
            issue_link(db, id, purpose, now).await?;
            Some((
                AuditAction::MemberPasswordReset,
                serde_json::json!({
                    "sessions_ended": ended,
                    "totp_cleared": target.totp_sealed.is_some(),
                    "link": purpose.as_code(),
                }),
            ))
        }
        MemberChange::ResetTotp => {
            orgs::clear_totp(db, id).await?;
            let ended = sessions::delete_for_member(db, id).await?;
            Some((
                AuditAction::MemberTotpReset,
                serde_json::json!({
                    "sessions_ended": ended,
                    "totp_cleared": target.totp_sealed.is_some(),
                }),
            ))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_shows_the_status_the_rules_give() {
        let now = chrono::DateTime::UNIX_EPOCH;
        let row = members::Model {
            id: Uuid::nil(),
            org_id: Uuid::nil(),
            email: "ana@example.org".into(),
            role: "handler".into(),
            password_hash: String::new(),
            key_salt: Vec::new(),
            recipient: String::new(),
            sealed_identity: Vec::new(),
            totp_sealed: None,
            totp_last_step: None,
            pending: true,
            disabled: false,
            awaiting_password: true,
            language: None,
            password_changed_at: now,
            created_at: now,
        };
        let view = MemberView::of(row.clone());
        assert_eq!(view.status, MemberStatus::AwaitingPassword);
        assert!(!view.totp_enrolled);
        let view = MemberView::of(members::Model {
            disabled: true,
            ..row
        });
        assert_eq!(view.status, MemberStatus::Disabled);
    }
}
