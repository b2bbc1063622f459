# E-mails to staff. They never say anything about a report itself.
notice-footer = Pour la sécurité des personnes qui signalent, cet e-mail ne dit jamais
    rien du contenu du signalement.
notice-sign-in-read = Connectez-vous pour le lire :
notice-sign-in-acknowledge = Connectez-vous pour en accuser réception :
notice-sign-in-feedback = Connectez-vous pour faire un retour :
notice-sign-in-kedja-read = Connectez-vous à kedja pour le lire.
notice-sign-in-kedja-acknowledge = Connectez-vous à kedja pour en accuser réception.
notice-sign-in-kedja-feedback = Connectez-vous à kedja pour faire un retour.
notice-new_report-subject = kedja: un nouveau signalement doit être trié
notice-new_report-opening = Un nouveau signalement a été adressé à votre organisation.
notice-reporter_reply-subject = kedja: l’auteur d’un signalement a envoyé un message
notice-reporter_reply-opening = L’auteur d’un signalement a ajouté un message à un dossier suivi par votre organisation.
notice-acknowledgement_due-subject = kedja: un signalement attend un accusé de réception
notice-acknowledgement_due-opening = Un dossier suivi par votre organisation approche de son délai d’accusé de réception.
notice-feedback_due-subject = kedja: un retour à l’auteur d’un signalement est attendu
notice-feedback_due-opening = Un dossier suivi par votre organisation approche de son délai de retour.
notice-case_shared-subject = kedja: un dossier a été partagé avec votre organisation
notice-case_shared-opening = Une autre organisation a partagé un dossier avec la vôtre.
notice-escalated-subject = kedja: un dossier a été transmis à votre organisation
notice-escalated-opening = Une organisation acheteuse a transmis un dossier à la vôtre.
notice-escalation_answered-subject = kedja: une autorité a répondu à une transmission
notice-escalation_answered-opening = Une autorité a répondu à une transmission de votre organisation.
notice-consent_answered-subject = kedja: l’auteur d’un signalement a répondu au sujet de la transmission
notice-consent_answered-opening = L’auteur d’un signalement a dit si son dossier peut être transmis aux autorités.
