# E-mails to staff. They never say anything about a report itself.
notice-footer = För att skydda dem som anmäler säger det här e-postmeddelandet aldrig
    något om själva anmälan.
notice-sign-in-read = Logga in för att läsa:
notice-sign-in-acknowledge = Logga in för att bekräfta mottagandet:
notice-sign-in-feedback = Logga in för att ge återkoppling:
notice-sign-in-kedja-read = Logga in i kedja för att läsa.
notice-sign-in-kedja-acknowledge = Logga in i kedja för att bekräfta mottagandet.
notice-sign-in-kedja-feedback = Logga in i kedja för att ge återkoppling.
notice-new_report-subject = kedja: en ny anmälan behöver bedömas
notice-new_report-opening = En ny anmälan har skickats till er organisation.
notice-reporter_reply-subject = kedja: en anmälare har skickat ett meddelande
notice-reporter_reply-opening = En anmälare har skrivit i ett ärende som er organisation handlägger.
notice-acknowledgement_due-subject = kedja: en anmälan väntar på bekräftelse
notice-acknowledgement_due-opening = Ett ärende som er organisation handlägger närmar sig sista dag för att bekräfta mottagandet.
notice-feedback_due-subject = kedja: återkoppling till en anmälare ska ges
notice-feedback_due-opening = Ett ärende som er organisation handlägger närmar sig sista dag för återkoppling.
notice-case_shared-subject = kedja: ett ärende har delats med er organisation
notice-case_shared-opening = En annan organisation har delat ett ärende med er.
notice-escalated-subject = kedja: ett ärende har lämnats över till er organisation
notice-escalated-opening = En inköpande organisation har lämnat över ett ärende till er.
notice-escalation_answered-subject = kedja: en myndighet har svarat på ett överlämnande
notice-escalation_answered-opening = En myndighet har svarat på ett överlämnande från er organisation.
notice-consent_answered-subject = kedja: en anmälare har svarat om överlämnande
notice-consent_answered-opening = En anmälare har svarat på om ärendet får gå till myndigheterna.
