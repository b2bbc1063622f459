# Organisation settings (/staff/settings), the daily deadline digest and the alert about
# reports nobody could receive.
settings-title = Organisation settings
settings-intro = These settings apply to your whole organisation. A new deadline applies to reports that arrive from now on; deadlines already set stay as they are.
settings-saved = The settings were saved.
settings-check-marked = Some settings could not be saved. Please check the marked fields.
settings-deadlines = Deadlines
settings-acknowledge-days = Days to acknowledge a report
settings-acknowledge-days-hint = From 1 to 7 days after the report arrives. The EU Whistleblowing Directive allows at most 7.
settings-feedback-months = Months to give feedback
settings-feedback-months-hint = From 1 to 3 months after acknowledging. The EU Whistleblowing Directive allows at most 3.
settings-data = Keeping and counting cases
settings-retention-months = Months to keep a closed case
settings-retention-months-hint = From 3 to 120 months after the case is closed. After that, its content and files are deleted; the case still counts in the statistics.
settings-suppression-k = Smallest count shown in the statistics
settings-suppression-k-hint = From 3 to 100. A smaller count is hidden, so that nobody can work out who reported.
settings-time-and-alerts = Time and alerts
settings-time-zone = Time zone
settings-time-zone-hint = The times on staff pages are shown in this zone. Write it as a place name, for example Europe/Stockholm or Asia/Bangkok.
settings-alert-email = E-mail address for alerts
settings-alert-email-hint = Optional. For a coordinating organisation, kedja writes here the day after reports could not be received because no organisation could take them. Leave empty for none.
settings-save = Save settings
settings-error-acknowledge-days = Enter a whole number of days from 1 to 7.
settings-error-feedback-months = Enter a whole number of months from 1 to 3.
settings-error-retention-months = Enter a whole number of months from 3 to 120.
settings-error-suppression-k = Enter a whole number from 3 to 100.
settings-error-time-zone = This is not a time zone kedja knows. Pick one from the list, for example Europe/Stockholm.
settings-error-alert-email = Enter an e-mail address like name@example.org, or leave the field empty.
code-action-org-settings_changed = changed the organisation settings

# E-mails. Like every kedja e-mail, they never say anything about a report itself.
notice-sign-in-deadlines = Sign in to see the cases:
notice-sign-in-kedja-deadlines = Sign in to kedja to see the cases.
notice-sign-in-directory = Sign in to check the supplier directory and its routing:
notice-sign-in-kedja-directory = Sign in to kedja to check the supplier directory and its routing.
notice-deadline_digest-subject = kedja: deadlines in your organisation today
notice-deadline_digest-opening = Cases your organisation handles need attention.
    Past their deadline: { $overdue }
    Due within two days: { $soon }
notice-refused_reports-subject = kedja: reports could not be received
notice-refused_reports-opening = { $days ->
        [one] On { $from } (UTC),
       *[other] From { $from } to { $to } (UTC),
    } { $count ->
        [one] one report could not be sent
       *[other] { $count } reports could not be sent
    } because no organisation can receive reports about the workplace the worker chose. Nothing of those reports was stored. Adding the workplace's buyers or a coordinating organisation to the supplier directory and its routing lets the next report through.
