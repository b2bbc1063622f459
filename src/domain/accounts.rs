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
