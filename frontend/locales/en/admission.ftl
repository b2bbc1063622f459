# Sign-in budgets, step-up and password strength (issue 10, "Brute force and admission").

# The staff sign-in page, after too many failed attempts on this account or overall.
admission-sign-in-wait = Too many failed sign-in attempts. Please wait { $seconds } seconds and try again.

# The page that asks for a TOTP code before escalating, exporting, transferring or resetting a member.
admission-step-up-title = Confirm with a code
admission-step-up-intro = This action needs a code from your authenticator app, entered in the last 5 minutes. Enter the current code, then you return to where you were and can do it.
admission-step-up-confirm = Confirm
admission-step-up-wrong = The code does not match, or was used already. Wait for the next code and try again.
