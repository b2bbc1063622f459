# Members: an organisation's admins invite members, change roles, disable and re-enable them,
# and reset passwords and authenticators (/staff/members); a member chooses a password through
# the single-use link e-mailed to them (/staff/invite/...).

members-actions = Actions
members-you = you
members-change-role = Change role
members-no-authenticator = No authenticator app set up yet
members-disable = Disable
members-enable = Enable again
members-reset-password = Reset password
members-send-new-link = Send a new link
members-reset-totp = Reset authenticator
members-actions-hint = Disabling ends the member's sessions at once; they cannot sign in until enabled again. A password reset e-mails them a link to choose a new password; they must then be confirmed again. An authenticator reset makes them set up their app again at their next sign-in. You never see their password or the link.
members-invite = Invite a member
members-invite-hint = kedja e-mails them a link to choose a password. It works once, for 7 days. After that they set up an authenticator app, and an admin confirms them here before they can read anything.
members-invite-submit = Send the invitation

members-status-awaiting-password = Invited: has not chosen a password yet
members-status-pending = Waiting for an admin to confirm
members-status-active = Active
members-status-disabled = Disabled

members-done-invited = The invitation is on its way.
members-done-role = The role was changed.
members-done-confirmed = The member was confirmed.
members-done-disabled = The member was disabled and signed out everywhere.
members-done-enabled = The member can sign in again.
members-done-password-reset = The member was sent a link to choose a new password.
members-done-totp-reset = The member will set up an authenticator app at their next sign-in.

members-error-last-admin = Not done: your organisation would have no admin left who can act. Make another member an admin first.
members-error-own-account = You cannot reset your own account here. Change your password on the password page.
members-error-no-public-url = Invitations and password resets need the address of this service (KEDJA_PUBLIC_URL). Ask the operator to set it.
members-error-mail-off = E-mail is switched off on this service (KEDJA_SMTP_URL), so the link could not reach the member. Ask the operator to switch it on.
members-error-awaiting-password = This member has not chosen a password yet. Confirm them after they have.
members-error-disabled = This member is disabled. Enable them first.
members-error-email-taken = A member with this e-mail address already exists.
members-error-not-pending = This member is already confirmed.

members-link-invitation-title = Join your organisation on kedja
members-link-reset-title = Choose a new password
members-link-intro = Choose a password for this account:
members-link-password-again = The same password again
members-link-submit = Save the password
members-link-next = Next you set up an authenticator app. An admin of your organisation then confirms you before you can read anything.
members-link-mismatch = The two passwords are not the same.
members-link-gone-title = This link does not work
members-link-gone = It was used already, it has expired, or a newer link replaced it. Ask an admin of your organisation to send you a new one.

# The e-mail with the link. It says nothing about the organisation or its cases.
notice-invitation-subject = kedja: choose your password
notice-invitation-opening = An admin of your organisation invited you to kedja. Choose your password with this link. It works once, for { $days } days:
notice-password-reset-subject = kedja: choose a new password
notice-password-reset-opening = An admin of your organisation reset your kedja password. Choose a new one with this link. It works once, for { $days } days:
notice-link-next = After that you set up an authenticator app, and an admin confirms you before you can read anything.
notice-link-unexpected = If you did not expect this e-mail, do not open the link, and tell your organisation.

code-action-member-disabled = disabled a member
code-action-member-enabled = enabled a member again
code-action-member-invited = invited a member
code-action-member-password_reset = reset a member's password
code-action-member-password_set = chose a password through a link
code-action-member-role_changed = changed a member's role
code-action-member-totp_reset = reset a member's authenticator
