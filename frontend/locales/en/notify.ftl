# E-mails to staff. They never say anything about a report itself.
notice-footer = For the safety of the people who report, this e-mail never says
    anything about the report itself.
notice-sign-in-read = Sign in to read it:
notice-sign-in-acknowledge = Sign in to acknowledge it:
notice-sign-in-feedback = Sign in to give feedback:
notice-sign-in-kedja-read = Sign in to kedja to read it.
notice-sign-in-kedja-acknowledge = Sign in to kedja to acknowledge it.
notice-sign-in-kedja-feedback = Sign in to kedja to give feedback.
notice-new_report-subject = kedja: a new report needs triage
notice-new_report-opening = A new report was routed to your organisation.
notice-reporter_reply-subject = kedja: a reporter sent a message
notice-reporter_reply-opening = A reporter added a message to a case your organisation handles.
notice-acknowledgement_due-subject = kedja: a report is waiting for acknowledgement
notice-acknowledgement_due-opening = A case your organisation handles is near its acknowledgement deadline.
notice-feedback_due-subject = kedja: feedback to a reporter is due
notice-feedback_due-opening = A case your organisation handles is near its feedback deadline.
notice-case_shared-subject = kedja: a case was shared with your organisation
notice-case_shared-opening = Another organisation shared a case with yours.
notice-escalated-subject = kedja: a case was escalated to your organisation
notice-escalated-opening = A buying organisation escalated a case to yours.
notice-escalation_answered-subject = kedja: an authority answered an escalation
notice-escalation_answered-opening = An authority answered an escalation from your organisation.
notice-consent_answered-subject = kedja: a reporter answered about escalation
notice-consent_answered-opening = A reporter answered whether their case may go to the authorities.
