# E-mails to staff. They never say anything about a report itself.
notice-footer = За безопасността на подателите на сигнали този имейл никога не казва
    нищо за съдържанието на сигнала.
notice-sign-in-read = Влезте, за да прочетете:
notice-sign-in-acknowledge = Влезте, за да потвърдите получаването:
notice-sign-in-feedback = Влезте, за да дадете обратна информация:
notice-sign-in-kedja-read = Влезте в kedja, за да прочетете.
notice-sign-in-kedja-acknowledge = Влезте в kedja, за да потвърдите получаването.
notice-sign-in-kedja-feedback = Влезте в kedja, за да дадете обратна информация.
notice-new_report-subject = kedja: нов сигнал чака първоначална оценка
notice-new_report-opening = Нов сигнал беше насочен към Вашата организация.
notice-reporter_reply-subject = kedja: подател на сигнал изпрати съобщение
notice-reporter_reply-opening = Подател на сигнал добави съобщение по случай, който Вашата организация води.
notice-acknowledgement_due-subject = kedja: сигнал чака потвърждение за получаване
notice-acknowledgement_due-opening = Срокът за потвърждение на получаването по случай на Вашата организация наближава.
notice-feedback_due-subject = kedja: време е за обратна информация до подателя на сигнала
notice-feedback_due-opening = Срокът за обратна информация по случай на Вашата организация наближава.
notice-case_shared-subject = kedja: случай беше споделен с Вашата организация
notice-case_shared-opening = Друга организация сподели случай с Вашата организация.
notice-escalated-subject = kedja: случай беше предаден на Вашата организация
notice-escalated-opening = Купуваща организация предаде случай на Вашата организация.
notice-escalation_answered-subject = kedja: институция отговори на предаден случай
notice-escalation_answered-opening = Институция отговори на случай, предаден от Вашата организация.
notice-consent_answered-subject = kedja: подател на сигнал отговори относно предаването
notice-consent_answered-opening = Подател на сигнал отговори дали случаят му може да бъде предаден на институциите.
