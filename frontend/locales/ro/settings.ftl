# Setările organizației (/staff/settings), rezumatul zilnic al termenelor și alerta despre
# sesizările pe care nu le-a putut primi nimeni.
settings-title = Setările organizației
settings-intro = Aceste setări se aplică întregii organizații. Un termen nou se aplică sesizărilor care sosesc de acum înainte; termenele deja stabilite rămân neschimbate.
settings-saved = Setările au fost salvate.
settings-check-marked = Unele setări nu au putut fi salvate. Verificați câmpurile marcate.
settings-deadlines = Termene
settings-acknowledge-days = Zile pentru confirmarea primirii unei sesizări
settings-acknowledge-days-hint = Între 1 și 7 zile de la sosirea sesizării. Directiva UE privind avertizorii în interes public permite cel mult 7.
settings-feedback-months = Luni pentru a da un răspuns
settings-feedback-months-hint = Între 1 și 3 luni de la confirmarea primirii. Directiva UE privind avertizorii în interes public permite cel mult 3.
settings-data = Păstrarea și numărarea cazurilor
settings-retention-months = Luni de păstrare a unui caz închis
settings-retention-months-hint = Între 3 și 120 de luni de la închiderea cazului. După aceea, conținutul și fișierele lui sunt șterse; cazul se numără în continuare în statistici.
settings-suppression-k = Cel mai mic număr afișat în statistici
settings-suppression-k-hint = Între 3 și 100. Un număr mai mic este ascuns, ca nimeni să nu poată deduce cine a făcut sesizarea.
settings-time-and-alerts = Ora și alertele
settings-time-zone = Fus orar
settings-time-zone-hint = Orele din paginile personalului sunt afișate în acest fus orar. Scrieți-l ca nume de loc, de exemplu Europe/Stockholm sau Asia/Bangkok.
settings-alert-email = Adresa de e-mail pentru alerte
settings-alert-email-hint = Opțional. Pentru o organizație de coordonare, kedja scrie la această adresă a doua zi după ce unele sesizări nu au putut fi primite pentru că nicio organizație nu le putea prelua. Lăsați gol dacă nu doriți alerte.
settings-save = Salvați setările
settings-error-acknowledge-days = Introduceți un număr întreg de zile între 1 și 7.
settings-error-feedback-months = Introduceți un număr întreg de luni între 1 și 3.
settings-error-retention-months = Introduceți un număr întreg de luni între 3 și 120.
settings-error-suppression-k = Introduceți un număr întreg între 3 și 100.
settings-error-time-zone = kedja nu cunoaște acest fus orar. Alegeți unul din listă, de exemplu Europe/Stockholm.
settings-error-alert-email = Introduceți o adresă de e-mail de forma name@example.org sau lăsați câmpul gol.
code-action-org-settings_changed = a schimbat setările organizației

# E-mailuri. Ca toate e-mailurile kedja, ele nu spun niciodată nimic despre conținutul unei sesizări.
notice-sign-in-deadlines = Autentificați-vă pentru a vedea cazurile:
notice-sign-in-kedja-deadlines = Autentificați-vă în kedja pentru a vedea cazurile.
notice-sign-in-directory = Autentificați-vă pentru a verifica registrul furnizorilor și direcționarea:
notice-sign-in-kedja-directory = Autentificați-vă în kedja pentru a verifica registrul furnizorilor și direcționarea.
notice-deadline_digest-subject = kedja: termenele de astăzi din organizația dumneavoastră
notice-deadline_digest-opening = Unele cazuri gestionate de organizația dumneavoastră au nevoie de atenție.
    Cu termenul depășit: { $overdue }
    Cu termenul în următoarele două zile: { $soon }
notice-refused_reports-subject = kedja: unele sesizări nu au putut fi primite
notice-refused_reports-opening = { $days ->
        [1] Pe { $from } (UTC),
       *[other] Între { $from } și { $to } (UTC),
    } { $count ->
        [one] { $count } sesizare nu a putut fi trimisă
        [few] { $count } sesizări nu au putut fi trimise
       *[other] { $count } de sesizări nu au putut fi trimise
    } pentru că nicio organizație nu poate primi sesizări despre locul de muncă ales de lucrător. Nimic din aceste sesizări nu a fost păstrat. Dacă adăugați cumpărătorii acelui loc de muncă sau o organizație de coordonare în registrul furnizorilor și în direcționare, următoarea sesizare va putea ajunge.
