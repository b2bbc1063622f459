# Sign-in budgets, step-up and password strength (issue 10, "Brute force and admission").

# The staff sign-in page, after too many failed attempts on this account or overall.
admission-sign-in-wait = Too many failed sign-in attempts. Please wait { $seconds } seconds and try again.
