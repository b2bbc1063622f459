# Shared
site-name = kedja
quick-exit = Leave this site quickly
language-picker = Language
footer-privacy = kedja does not record your IP address, your browser or when exactly you visited. Nothing you write is stored unencrypted.

# Home
home-title = Report forced labour safely and anonymously
home-lead = If you work for a supplier of a public buyer — in a factory, on a farm, on a building site or in cleaning — and you or others are forced to work, cheated or threatened, you can tell the buyers here. You do not need to give your name.
home-danger-heading = In immediate danger?
home-emergency = If you or someone else is in danger right now, call the emergency number { $number } or the local police first. This service is not watched around the clock.
home-report = Make a report
home-status = Check a report and read replies
home-safety-heading = Before you start
home-safety-device = Use a phone or computer that your employer does not own or check, and not the workplace Wi-Fi.
home-safety-tor = Tor Browser gives the most protection: this site works in it with JavaScript turned off.
home-safety-private = Otherwise open a private or incognito window, and close it when you are done.
home-safety-exit = The button at the top leaves this site at once.
home-safety-receipt = After you report you get a receipt code. Write it down and keep it hidden: it is the only way to read replies, and nobody can recover it for you.
home-what-heading = What happens with your report
home-what = Your report goes to the organisation that buys from the workplace you name. Case handlers there must confirm receipt within 7 days and tell you what they are doing within 3 months. They can ask you questions, which you read and answer with your receipt code.
home-anonymous = Your report is encrypted as soon as it arrives. Only the case handlers responsible and you, with your receipt code, can read it.

# Report form
report-title = Make a report
report-safety = You do not need to give your name, and we do not record who you are. Do not write your own name or details that only you could know unless you want the case handlers to know them.
report-find-heading = Find the workplace
report-find-label = Name of the company, farm or site
report-find-button = Search
report-where = Where is it happening?
report-pick-hint = Pick the workplace if it is in this list:
report-site-code = Site code (if you have one)
report-site-code-hint = Six letters and digits from a poster or card at the workplace.
report-supplier-text = Or describe the workplace
report-supplier-text-hint = Name, town, and what is done there.
report-country = Country
report-country-choose = Choose a country
report-what = What is happening?
report-what-hint = Tick everything that is true for you or the people you are reporting about.
report-danger = Someone is in danger right now.
report-people = How many people are affected?
report-relationship = Who are you?
report-narrative = Tell us what happened
report-narrative-hint = What happened, where, since when, and who is responsible. Write in any language.
report-evidence-later = After you send the report you can add photos and documents (up to { $limit } MB each) with your receipt code.
report-submit = Send the report
error-form-expired = This form has expired. Please check your answers and send it again.
error-busy = The service is busy. Please wait a moment and try again.
error-receipt-session = Your report was closed after some time without activity, or from another device. Enter your receipt code again.
error-title = Something went wrong
error-back = Go back
error-receipt = We could not find a report with this receipt code. Check the digits and try again.

# Indicators as questions
indicator-vulnerability = Did someone take advantage of a difficult situation, for example your visa, debts, illness or not knowing the language?
indicator-deception = Were you lied to about the job, the pay, the hours or where you would live?
indicator-movement = Are you stopped from leaving the workplace or the housing when you want to?
indicator-isolation = Are you kept away from other people, without a phone, or in a place you cannot leave?
indicator-violence = Has anyone been hit, hurt or sexually abused?
indicator-threats = Has anyone been threatened, for example with violence, the police, losing the job or being sent home?
indicator-documents = Does the employer or someone else keep your passport or ID card?
indicator-wages = Are wages held back, paid late or not paid at all?
indicator-debt = Do you owe money to the employer or recruiter that you cannot pay back?
indicator-conditions = Are the working or living conditions dangerous or degrading?
indicator-overtime = Do you have to work much longer hours than agreed or allowed?
indicator-child-labour = Are children working there?
indicator-recruitment-fees = Did you have to pay a fee to get the job?

people-one = Only me
people-two-to-five = 2 to 5 people
people-six-to-twenty = 6 to 20 people
people-more-than-twenty = More than 20 people

relationship-worker = I work there
relationship-relative = I am family of someone who works there
relationship-co-worker = I work with the people affected
relationship-recruiter = I recruit or place workers
relationship-other = Other

# Receipt
receipt-title = Your report was sent
receipt-thanks = Thank you. Your report has been received and encrypted.
receipt-your-code = Your receipt code:
receipt-write-down = Write this code down now.
receipt-once = We show it only this once, and nobody can find it again for you.
receipt-hide = Keep it somewhere your employer cannot see it.
receipt-come-back = Come back in a few days with the code to read replies and answer questions.

# Status
status-title = Check your report
status-intro = Enter the receipt code you got when you sent your report.
status-receipt = Receipt code (16 digits)
status-open = Open my report

status-received = Received. The case handlers have not confirmed it yet.
status-acknowledged = Confirmed. The case handlers have read your report.
status-awaiting-reporter = The case handlers are waiting for your answer. Please read their message.
status-assessing = Being assessed: the case handlers are looking at what you reported.
status-investigating = Being investigated.
status-remediation = Remedy under way: the case handlers are working to put things right.
status-closed = Closed. Read the last message for the outcome.

# Case page
case-title = Your report
case-status = Status
case-submitted-on = Sent on
case-acknowledge-by = Confirmation due by
case-messages = Messages
case-no-messages = No messages yet.
case-from-you = You
case-from-handler = Case handler
case-reply = Write a message or answer a question
case-send = Send
case-evidence = Photos and documents
case-metadata-removed = hidden details (such as location) removed
case-metadata-kept = hidden details were not removed
case-evidence-warning = Photos (JPEG, PNG, WebP) lose hidden details such as the place, the time and the phone model before they are stored. Other files (PDF, documents, videos) are kept exactly as you send them, with any hidden details they contain.
case-file = File (up to { $limit } MB)
case-upload = Add the file
case-logout = Close my report
notice-message-sent = Your message was sent.
notice-file-added = Your file was added.

# Messages the reporter receives when the case moves
reporter-notice-acknowledged = Your report has been received and read by the case handlers. They will tell you what they are doing within three months. Check back here for questions.
reporter-notice-closed = Your case has been closed. Thank you for reporting. The case handlers' last message explains the outcome.

# Staff
staff-title = Case handling
staff-cases = Cases
staff-members = Members
staff-logout = Sign out
staff-login = Sign in
staff-email = E-mail
staff-password = Password
staff-totp = Code from your authenticator app
staff-totp-hint = Leave empty only if you have not set up a second factor yet; you will be asked to.
staff-sign-in = Sign in
staff-login-failed = The e-mail, password or code is not right.
staff-totp-title = Set up your second factor
staff-totp-intro = Add this key to an authenticator app (by pasting the link or typing the secret), then enter the code it shows.
staff-totp-confirm = Confirm
staff-error = Something is not right
staff-back = Back
staff-state = State
staff-any = Any
staff-priority = Priority
staff-indicator = Indicator
staff-overdue = Overdue
staff-yes = Yes
staff-no = No
staff-filter = Filter
staff-no-cases = No cases match.
staff-reference = Reference
staff-supplier = Supplier
staff-received = Received
staff-acknowledge-by = Acknowledge by
staff-feedback-by = Feedback by
staff-indicators = Indicators
staff-danger = Immediate danger
staff-people = People affected
staff-relationship = Reporter is
staff-resolution = Resolution
staff-report = Report
staff-workflow = Workflow
staff-move-to = Move to
staff-message-to-reporter = Message to the reporter
staff-reason = Reason (internal)
staff-duplicate-of = Duplicate of (case id, only when closing as duplicate)
staff-apply = Apply
staff-assignee = Assigned to
staff-assign = Assign
staff-thread = Messages with the reporter
staff-send = Send to the reporter
staff-notes = Internal notes
staff-notes-hint = The reporter never sees these.
staff-add-note = Add a note
staff-save-note = Save note
staff-evidence = Evidence
staff-metadata-not-removed = metadata not removed
staff-timeline = Timeline
staff-role = Role
staff-confirm = Confirm and grant access
staff-confirmed = Confirmed
staff-suppliers = Suppliers
staff-site-code = Site code
staff-site-code-hint = Print the site code on posters and cards at the workplace: typed into the report form, it picks the supplier without searching by name.
staff-add-supplier = Add a supplier
staff-city = City
staff-sector = Sector
staff-contract = Contract reference
staff-stats = Statistics
staff-stats-hint = Reports about your organisation's suppliers, including cases shared with you. Counts under { $k } are hidden so that no figure points at a single worker.
staff-count = Reports
staff-confirm-hint = Confirming gives the member the organisation's key, so they can read its reports.
staff-password-title = Change your password
staff-password-intro = Changing your password signs you out everywhere, on this device too. Sign in again with the new password and a code from your authenticator app.
staff-password-current = Current password
staff-password-new = New password
staff-password-new-hint = At least { $min } characters. A few unrelated words are easy to remember and hard to guess.
staff-password-submit = Change password
staff-password-wrong = The current password is not right.
staff-password-too-short = The new password must be at least { $min } characters long.
staff-password-too-long = The new password is too long.
