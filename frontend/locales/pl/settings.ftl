# Ustawienia organizacji (/staff/settings), codzienne zestawienie terminów i alert o zgłoszeniach,
# których nikt nie mógł odebrać.
settings-title = Ustawienia organizacji
settings-intro = Te ustawienia dotyczą całej twojej organizacji. Nowy termin obowiązuje dla zgłoszeń, które wpłyną od teraz; terminy już ustalone pozostają bez zmian.
settings-saved = Ustawienia zostały zapisane.
settings-check-marked = Części ustawień nie udało się zapisać. Sprawdź zaznaczone pola.
settings-deadlines = Terminy
settings-acknowledge-days = Liczba dni na potwierdzenie odbioru zgłoszenia
settings-acknowledge-days-hint = Od 1 do 7 dni od wpłynięcia zgłoszenia. Unijna dyrektywa o ochronie sygnalistów pozwala najwyżej na 7 dni.
settings-feedback-months = Liczba miesięcy na przekazanie informacji zwrotnej
settings-feedback-months-hint = Od 1 do 3 miesięcy od potwierdzenia odbioru. Unijna dyrektywa o ochronie sygnalistów pozwala najwyżej na 3 miesiące.
settings-data = Przechowywanie i liczenie spraw
settings-retention-months = Liczba miesięcy przechowywania zamkniętej sprawy
settings-retention-months-hint = Od 3 do 120 miesięcy od zamknięcia sprawy. Potem jej treść i pliki są usuwane; sprawa nadal jest liczona w statystykach.
settings-suppression-k = Najmniejsza liczba pokazywana w statystykach
settings-suppression-k-hint = Od 3 do 100. Mniejsza liczba jest ukrywana, żeby nikt nie mógł ustalić, kto złożył zgłoszenie.
settings-time-and-alerts = Czas i alerty
settings-time-zone = Strefa czasowa
settings-time-zone-hint = Godziny na stronach dla pracowników organizacji są pokazywane w tej strefie. Wpisz ją jako nazwę miejsca, na przykład Europe/Stockholm lub Asia/Bangkok.
settings-alert-email = Adres e-mail do alertów
settings-alert-email-hint = Nieobowiązkowo. W przypadku organizacji koordynującej kedja pisze na ten adres dzień po tym, jak zgłoszenia nie mogły zostać odebrane, bo żadna organizacja nie mogła ich przyjąć. Zostaw puste, jeśli nie chcesz alertów.
settings-save = Zapisz ustawienia
settings-error-acknowledge-days = Wpisz liczbę całkowitą dni od 1 do 7.
settings-error-feedback-months = Wpisz liczbę całkowitą miesięcy od 1 do 3.
settings-error-retention-months = Wpisz liczbę całkowitą miesięcy od 3 do 120.
settings-error-suppression-k = Wpisz liczbę całkowitą od 3 do 100.
settings-error-time-zone = kedja nie zna tej strefy czasowej. Wybierz jedną z listy, na przykład Europe/Stockholm.
settings-error-alert-email = Wpisz adres e-mail w postaci name@example.org albo zostaw pole puste.
code-action-org-settings_changed = zmiana ustawień organizacji

# E-maile. Jak każdy e-mail z kedja, nigdy nie mówią niczego o treści zgłoszenia.
notice-sign-in-deadlines = Zaloguj się, aby zobaczyć sprawy:
notice-sign-in-kedja-deadlines = Zaloguj się do kedja, aby zobaczyć sprawy.
notice-sign-in-directory = Zaloguj się, aby sprawdzić katalog dostawców i kierowanie zgłoszeń:
notice-sign-in-kedja-directory = Zaloguj się do kedja, aby sprawdzić katalog dostawców i kierowanie zgłoszeń.
notice-deadline_digest-subject = kedja: dzisiejsze terminy w twojej organizacji
notice-deadline_digest-opening = Sprawy prowadzone przez twoją organizację wymagają uwagi.
    Po terminie: { $overdue }
    Termin w ciągu dwóch dni: { $soon }
notice-refused_reports-subject = kedja: nie udało się odebrać zgłoszeń
notice-refused_reports-opening = { $days ->
        [1] Dnia { $from } (UTC)
       *[other] Od { $from } do { $to } (UTC)
    } { $count ->
        [one] nie udało się wysłać jednego zgłoszenia,
       *[other] nie udało się wysłać { $count } zgłoszeń,
    } ponieważ żadna organizacja nie może odbierać zgłoszeń o miejscu pracy wybranym przez pracownika. Żadne dane z tych zgłoszeń nie zostały zapisane. Dodanie nabywców tego miejsca pracy lub organizacji koordynującej do katalogu dostawców i kierowania zgłoszeń pozwoli, by kolejne zgłoszenie dotarło.
