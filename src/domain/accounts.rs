//! Rules about organisations and their members: kinds, roles, e-mail and password shape.

use super::code_enum;

/// What an organisation is to kedja.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OrgKind {
    /// Buys from suppliers; receives reports about them.
    Buyer,
    /// Receives reports that no buyer can (the routing fallback); one per instance is usual.
    Coordinator,
    /// A labour inspectorate, police or prosecutor: sees only what is escalated to it.
    Authority,
}

/// Roles a member can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Handler,
    Admin,
    Authority,
}

/// What a member is, as far as access decisions go: the one place roles and organisation kinds
/// are compared. `access` turns these answers into refusals with their status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub role: Role,
    pub org_kind: OrgKind,
    /// Not yet confirmed by an admin of the organisation: signs in, reads nothing.
    pub pending: bool,
}

impl Standing {
    /// Opens cases: a confirmed member of a buyer or coordinator. By organisation kind as well
    /// as role: an authority's own admin opens no case either.
    pub fn reads_cases(self) -> bool {
        !self.pending && self.role != Role::Authority && self.org_kind != OrgKind::Authority
    }

    /// Manages the organisation (members, suppliers, routing): a confirmed admin. A pending
    /// admin has not been vouched for.
    pub fn administers(self) -> bool {
        self.role == Role::Admin && !self.pending
    }

    /// Sets the instance's routing rules: a confirmed admin of a coordinator, the organisation
    /// that receives what no buyer can and so answers for where reports go.
    pub fn routes_reports(self) -> bool {
        self.administers() && self.org_kind == OrgKind::Coordinator
    }

    /// Belongs to an authority: sees the escalation portal instead of cases.
    pub fn is_authority(self) -> bool {
        self.org_kind == OrgKind::Authority
    }

    /// Reads what was escalated to its organisation: a confirmed member of an authority.
    pub fn receives_escalations(self) -> bool {
        self.is_authority() && !self.pending
    }
}

impl Role {
    /// May be assigned a case of its organisation (when confirmed and not disabled).
    pub fn handles_cases(self) -> bool {
        self != Role::Authority
    }
}

code_enum!(OrgKind, "kind", {
    Buyer => "buyer",
    Coordinator => "coordinator",
    Authority => "authority",
});

code_enum!(Role, "role", {
    Handler => "handler",
    Admin => "admin",
    Authority => "authority",
});

impl Role {
    /// Whether a member of an organisation of `kind` may hold this role: authority members
    /// belong to authorities, handlers to buyers and coordinators; any organisation has admins.
    pub fn fits(self, kind: OrgKind) -> bool {
        match self {
            Role::Admin => true,
            Role::Handler => kind != OrgKind::Authority,
            Role::Authority => kind == OrgKind::Authority,
        }
    }
}

/// Why a member is sent a single-use link to choose a password.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LinkPurpose {
    /// An admin invited them: they have never had a password.
    Invitation,
    /// An admin reset their password: they choose a new one (and a new key pair with it).
    PasswordReset,
}

code_enum!(LinkPurpose, "purpose", {
    Invitation => "invitation",
    PasswordReset => "password_reset",
});

/// How long a link works after the admin's action: long enough for a weekend and a slow
/// mailbox, short enough that a link found in an old mailbox is dead.
pub const LINK_VALID_DAYS: i64 = 7;

/// Where a member stands, as their organisation's admins see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MemberStatus {
    /// Invited or reset; has not chosen a password through their link yet.
    AwaitingPassword,
    /// Has a password, but no admin has confirmed their key yet: reads nothing.
    Pending,
    /// Signs in and works.
    Active,
    /// An admin ended their access; nothing of theirs works until re-enabled.
    Disabled,
}

code_enum!(MemberStatus, "status", {
    AwaitingPassword => "awaiting_password",
    Pending => "pending",
    Active => "active",
    Disabled => "disabled",
});

/// A member's role and access flags: what the rules about members look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Membership {
    pub role: Role,
    pub pending: bool,
    pub disabled: bool,
    pub awaiting_password: bool,
}

/// A change an admin makes to another member (or to themselves).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberChange {
    Role(Role),
    Disable,
    Enable,
    /// A new password through a link: pending again until an admin confirms the new key.
    ResetPassword,
    /// The authenticator is enrolled again at the next sign-in; the key stays.
    ResetTotp,
}

impl Membership {
    /// The status shown to admins; disabling outranks everything else.
    pub fn status(self) -> MemberStatus {
        if self.disabled {
            MemberStatus::Disabled
        } else if self.awaiting_password {
            MemberStatus::AwaitingPassword
        } else if self.pending {
            MemberStatus::Pending
        } else {
            MemberStatus::Active
        }
    }

    /// Can administer the organisation now: an enabled, confirmed admin who can sign in.
    pub fn is_acting_admin(self) -> bool {
        self.role == Role::Admin && self.status() == MemberStatus::Active
    }

    /// The membership after `change`.
    pub fn after(self, change: MemberChange) -> Self {
        match change {
            MemberChange::Role(role) => Self { role, ..self },
            MemberChange::Disable => Self {
                disabled: true,
                ..self
            },
            MemberChange::Enable => Self {
                disabled: false,
                ..self
            },
            MemberChange::ResetPassword => Self {
                pending: true,
                awaiting_password: true,
                ..self
            },
            MemberChange::ResetTotp => self,
        }
    }

    /// Whether the organisation still has an acting admin after `change`, given how many
    /// acting admins it has besides this member. An organisation without one could never
    /// confirm, reset or re-enable anyone again: only the operator could help.
    pub fn keeps_an_admin(self, change: MemberChange, other_acting_admins: u64) -> bool {
        other_acting_admins > 0 || !self.is_acting_admin() || self.after(change).is_acting_admin()
    }
}

/// A normalised e-mail address (trimmed, lower case).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

/// Why an e-mail address or password was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CredentialError {
    #[error("email: must look like name@example.org")]
    Email,
    #[error("password: must be at least {MIN_PASSWORD_CHARS} characters")]
    PasswordTooShort,
    #[error("password: must be at most {MAX_PASSWORD_BYTES} bytes")]
    PasswordTooLong,
}

impl Email {
    /// Parses and normalises an address. Deliberately loose: the mailbox decides the rest.
    pub fn parse(raw: &str) -> Result<Self, CredentialError> {
        let email = raw.trim().to_lowercase();
        let Some((local, domain)) = email.split_once('@') else {
            return Err(CredentialError::Email);
        };
        let well_formed = !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
            && email.len() <= 254
            && !email.chars().any(|c| c.is_whitespace() || c.is_control());
        if well_formed {
            Ok(Self(email))
        } else {
            Err(CredentialError::Email)
        }
    }

    /// The normalised address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Staff passwords guard keys to reports about trafficking: long passphrases, no composition
/// rules (NIST SP 800-63B).
pub const MIN_PASSWORD_CHARS: usize = 12;
/// argon2 accepts more, but nobody types this much and it bounds the work per attempt.
pub const MAX_PASSWORD_BYTES: usize = 1024;

/// Checks a new password's length.
pub fn check_new_password(password: &str) -> Result<(), CredentialError> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(CredentialError::PasswordTooShort);
    }
    if password.len() > MAX_PASSWORD_BYTES {
        return Err(CredentialError::PasswordTooLong);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for kind in [OrgKind::Buyer, OrgKind::Coordinator, OrgKind::Authority] {
            assert_eq!(kind.as_code().parse::<OrgKind>().unwrap(), kind);
        }
        for role in [Role::Handler, Role::Admin, Role::Authority] {
            assert_eq!(role.as_code().parse::<Role>().unwrap(), role);
        }
        let err = "buyers".parse::<OrgKind>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "kind: must be one of buyer, coordinator, authority"
        );
    }

    #[test]
    fn roles_fit_their_organisations() {
        assert!(Role::Handler.fits(OrgKind::Buyer));
        assert!(!Role::Handler.fits(OrgKind::Authority));
        assert!(Role::Authority.fits(OrgKind::Authority));
        assert!(!Role::Authority.fits(OrgKind::Coordinator));
        assert!(Role::Admin.fits(OrgKind::Authority));
    }

    fn admin() -> Membership {
        Membership {
            role: Role::Admin,
            pending: false,
            disabled: false,
            awaiting_password: false,
        }
    }

    #[test]
    fn disabling_outranks_every_other_status() {
        let both = Membership {
            disabled: true,
            awaiting_password: true,
            pending: true,
            ..admin()
        };
        assert_eq!(both.status(), MemberStatus::Disabled);
        assert_eq!(
            admin().after(MemberChange::ResetPassword).status(),
            MemberStatus::AwaitingPassword
        );
        assert_eq!(
            admin()
                .after(MemberChange::Disable)
                .after(MemberChange::Enable)
                .status(),
            MemberStatus::Active
        );
        for status in MemberStatus::ALL {
            assert_eq!(status.as_code().parse::<MemberStatus>().unwrap(), *status);
        }
    }

    #[test]
    fn the_last_acting_admin_cannot_leave_the_organisation_without_one() {
        let demote = MemberChange::Role(Role::Handler);
        for change in [demote, MemberChange::Disable, MemberChange::ResetPassword] {
            assert!(!admin().keeps_an_admin(change, 0), "{change:?}");
            assert!(admin().keeps_an_admin(change, 1), "{change:?}");
        }
        for change in [
            MemberChange::Role(Role::Admin),
            MemberChange::Enable,
            MemberChange::ResetTotp,
        ] {
            assert!(admin().keeps_an_admin(change, 0), "{change:?}");
        }
        let handler = Membership {
            role: Role::Handler,
            ..admin()
        };
        assert!(handler.keeps_an_admin(MemberChange::Disable, 0));
        let pending_admin = Membership {
            pending: true,
            ..admin()
        };
        assert!(!pending_admin.is_acting_admin());
        assert!(pending_admin.keeps_an_admin(demote, 0));
    }

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(
            Email::parse("  Ana@Example.ORG ").unwrap().as_str(),
            "ana@example.org"
        );
        for bad in [
            "",
            "ana",
            "ana@",
            "@example.org",
            "ana@example",
            "a b@example.org",
            "a@b@c.org",
            "ana@.org",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn passwords_need_length() {
        assert_eq!(
            check_new_password("short"),
            Err(CredentialError::PasswordTooShort)
        );
        assert!(check_new_password("twelve chars").is_ok());
        assert!(
            check_new_password("ååååååååååå").is_err(),
            "counts characters, not bytes"
        );
        assert_eq!(
            check_new_password(&"x".repeat(2000)),
            Err(CredentialError::PasswordTooLong)
        );
    }
}
