# E-mails to staff. They never say anything about a report itself.
notice-footer = Dla bezpieczeństwa osób zgłaszających ten e-mail nigdy nie mówi
    niczego o treści zgłoszenia.
notice-sign-in-read = Zaloguj się, aby przeczytać:
notice-sign-in-acknowledge = Zaloguj się, aby potwierdzić odbiór:
notice-sign-in-feedback = Zaloguj się, aby przekazać informację zwrotną:
notice-sign-in-kedja-read = Zaloguj się do kedja, aby przeczytać.
notice-sign-in-kedja-acknowledge = Zaloguj się do kedja, aby potwierdzić odbiór.
notice-sign-in-kedja-feedback = Zaloguj się do kedja, aby przekazać informację zwrotną.
notice-new_report-subject = kedja: nowe zgłoszenie czeka na wstępną ocenę
notice-new_report-opening = Do twojej organizacji trafiło nowe zgłoszenie.
notice-reporter_reply-subject = kedja: osoba zgłaszająca wysłała wiadomość
notice-reporter_reply-opening = Osoba zgłaszająca dodała wiadomość w sprawie, którą prowadzi twoja organizacja.
notice-acknowledgement_due-subject = kedja: zgłoszenie czeka na potwierdzenie odbioru
notice-acknowledgement_due-opening = Zbliża się termin potwierdzenia odbioru w sprawie, którą prowadzi twoja organizacja.
notice-feedback_due-subject = kedja: czas na informację zwrotną dla osoby zgłaszającej
notice-feedback_due-opening = Zbliża się termin informacji zwrotnej w sprawie, którą prowadzi twoja organizacja.
notice-case_shared-subject = kedja: udostępniono sprawę twojej organizacji
notice-case_shared-opening = Inna organizacja udostępniła sprawę twojej organizacji.
notice-escalated-subject = kedja: przekazano sprawę twojej organizacji
notice-escalated-opening = Organizacja kupująca przekazała sprawę twojej organizacji.
notice-escalation_answered-subject = kedja: urząd odpowiedział na przekazaną sprawę
notice-escalation_answered-opening = Urząd odpowiedział na sprawę przekazaną przez twoją organizację.
notice-consent_answered-subject = kedja: osoba zgłaszająca odpowiedziała w sprawie przekazania
notice-consent_answered-opening = Osoba zgłaszająca odpowiedziała, czy jej sprawa może trafić do urzędów.
