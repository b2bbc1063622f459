# E-mails to staff. They never say anything about a report itself.
notice-footer = Pentru siguranța celor care fac sesizări, acest e-mail nu spune niciodată
    nimic despre conținutul sesizării.
notice-sign-in-read = Autentificați-vă pentru a citi:
notice-sign-in-acknowledge = Autentificați-vă pentru a confirma primirea:
notice-sign-in-feedback = Autentificați-vă pentru a da un răspuns:
notice-sign-in-kedja-read = Autentificați-vă în kedja pentru a citi.
notice-sign-in-kedja-acknowledge = Autentificați-vă în kedja pentru a confirma primirea.
notice-sign-in-kedja-feedback = Autentificați-vă în kedja pentru a da un răspuns.
notice-new_report-subject = kedja: o sesizare nouă trebuie evaluată inițial
notice-new_report-opening = O sesizare nouă a fost trimisă organizației dumneavoastră.
notice-reporter_reply-subject = kedja: autorul unei sesizări a trimis un mesaj
notice-reporter_reply-opening = Autorul unei sesizări a adăugat un mesaj la un caz gestionat de organizația dumneavoastră.
notice-acknowledgement_due-subject = kedja: o sesizare așteaptă confirmarea primirii
notice-acknowledgement_due-opening = Termenul de confirmare a primirii se apropie pentru un caz gestionat de organizația dumneavoastră.
notice-feedback_due-subject = kedja: trebuie dat un răspuns autorului unei sesizări
notice-feedback_due-opening = Termenul de răspuns se apropie pentru un caz gestionat de organizația dumneavoastră.
notice-case_shared-subject = kedja: un caz a fost partajat cu organizația dumneavoastră
notice-case_shared-opening = O altă organizație a partajat un caz cu organizația dumneavoastră.
notice-escalated-subject = kedja: un caz a fost transmis organizației dumneavoastră
notice-escalated-opening = O organizație cumpărătoare a transmis un caz organizației dumneavoastră.
notice-escalation_answered-subject = kedja: o autoritate a răspuns la un caz transmis
notice-escalation_answered-opening = O autoritate a răspuns la un caz transmis de organizația dumneavoastră.
notice-consent_answered-subject = kedja: autorul unei sesizări a răspuns despre transmitere
notice-consent_answered-opening = Autorul unei sesizări a răspuns dacă sesizarea sa poate ajunge la autorități.
