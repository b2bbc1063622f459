# Członkowie: administratorzy organizacji zapraszają członków, zmieniają ich role, wyłączają ich
# i włączają ponownie oraz resetują hasła i aplikacje uwierzytelniające (/staff/members); członek
# wybiera hasło przez jednorazowy link wysłany mu e-mailem (/staff/invite/...).

members-actions = Działania
members-you = ty
members-change-role = Zmień rolę
members-no-authenticator = Aplikacja uwierzytelniająca nie jest jeszcze skonfigurowana
members-disable = Wyłącz
members-enable = Włącz ponownie
members-reset-password = Zresetuj hasło
members-send-new-link = Wyślij nowy link
members-reset-totp = Zresetuj aplikację uwierzytelniającą
members-actions-hint = Wyłączenie od razu kończy wszystkie sesje członka; nie może się on zalogować, dopóki nie zostanie ponownie włączony. Po zresetowaniu hasła członek dostaje e-mailem link do wyboru nowego hasła; potem trzeba go ponownie potwierdzić. Po zresetowaniu aplikacji uwierzytelniającej członek przy następnym logowaniu konfiguruje ją od nowa. Nigdy nie widzisz jego hasła ani linku.
members-invite = Zaproś członka
members-invite-hint = kedja wysyła mu e-mailem link do wyboru hasła. Link działa jeden raz, przez 7 dni. Potem członek konfiguruje aplikację uwierzytelniającą, a administrator musi go tu potwierdzić, zanim będzie mógł cokolwiek czytać.
members-invite-submit = Wyślij zaproszenie

members-status-awaiting-password = Zaproszony: nie wybrał jeszcze hasła
members-status-pending = Czeka na potwierdzenie przez administratora
members-status-active = Aktywny
members-status-disabled = Wyłączony

members-done-invited = Zaproszenie zostało wysłane.
members-done-role = Rola została zmieniona.
members-done-confirmed = Członek został potwierdzony.
members-done-disabled = Członek został wyłączony i wylogowany wszędzie.
members-done-enabled = Członek może znowu się logować.
members-done-password-reset = Członkowi wysłano link do wyboru nowego hasła.
members-done-totp-reset = Członek skonfiguruje aplikację uwierzytelniającą przy następnym logowaniu.

members-error-last-admin = Nie wykonano: w twojej organizacji nie zostałby żaden administrator, który może działać. Najpierw nadaj rolę administratora innemu członkowi.
members-error-own-account = Nie możesz tu zresetować własnego konta. Zmień hasło na stronie zmiany hasła.
members-error-no-public-url = Zaproszenia i resetowanie haseł wymagają adresu tego serwisu (KEDJA_PUBLIC_URL). Poproś operatora serwisu o jego ustawienie.
members-error-mail-off = E-mail jest wyłączony w tym serwisie (KEDJA_SMTP_URL), więc link nie mógł dotrzeć do członka. Poproś operatora serwisu o jego włączenie.
members-error-awaiting-password = Ten członek nie wybrał jeszcze hasła. Potwierdź go, gdy to zrobi.
members-error-disabled = Ten członek jest wyłączony. Najpierw go włącz.
members-error-email-taken = Członek z tym adresem e-mail już istnieje.
members-error-not-pending = Ten członek jest już potwierdzony.

members-link-invitation-title = Dołącz do swojej organizacji w kedja
members-link-reset-title = Wybierz nowe hasło
members-link-intro = Wybierz hasło do tego konta:
members-link-password-again = To samo hasło jeszcze raz
members-link-submit = Zapisz hasło
members-link-next = Następnie skonfigurujesz aplikację uwierzytelniającą. Potem administrator twojej organizacji musi cię potwierdzić, zanim będziesz mógł cokolwiek czytać.
members-link-mismatch = Te dwa hasła nie są takie same.
members-link-gone-title = Ten link nie działa
members-link-gone = Został już użyty, wygasł albo zastąpił go nowszy link. Poproś administratora swojej organizacji o wysłanie nowego.

# E-mail z linkiem. Nie mówi nic o organizacji ani o jej sprawach.
notice-invitation-subject = kedja: wybierz hasło
notice-invitation-opening = Administrator twojej organizacji zaprosił cię do kedja. Wybierz hasło przez ten link. Działa on jeden raz, przez { $days } { $days ->
        [one] dzień
       *[other] dni
    }:
notice-password-reset-subject = kedja: wybierz nowe hasło
notice-password-reset-opening = Administrator twojej organizacji zresetował twoje hasło w kedja. Wybierz nowe przez ten link. Działa on jeden raz, przez { $days } { $days ->
        [one] dzień
       *[other] dni
    }:
notice-link-next = Następnie skonfigurujesz aplikację uwierzytelniającą, a administrator potwierdzi cię, zanim będziesz mógł cokolwiek czytać.
notice-link-unexpected = Jeśli nie spodziewałeś się tego e-maila, nie otwieraj linku i powiadom swoją organizację.

code-action-member-disabled = wyłączenie członka
code-action-member-enabled = ponowne włączenie członka
code-action-member-invited = zaproszenie członka
code-action-member-password_reset = zresetowanie hasła członka
code-action-member-password_set = wybór hasła przez link
code-action-member-role_changed = zmiana roli członka
code-action-member-totp_reset = zresetowanie aplikacji uwierzytelniającej członka
