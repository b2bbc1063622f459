# Limity logowania, dodatkowe potwierdzenie i siła hasła (issue 10, "Brute force and admission").

# Strona logowania personelu po zbyt wielu nieudanych próbach na tym koncie lub ogólnie.
admission-sign-in-wait = Zbyt wiele nieudanych prób logowania. Poczekaj { $seconds ->
        [one] { $seconds } sekundę
        [few] { $seconds } sekundy
        [many] { $seconds } sekund
       *[other] { $seconds } sekundy
    } i spróbuj ponownie.

# Strona, która prosi o kod TOTP przed eskalacją, eksportem, przekazaniem lub zresetowaniem członka.
admission-step-up-title = Potwierdź kodem
admission-step-up-intro = Ta czynność wymaga kodu z aplikacji uwierzytelniającej, wpisanego w ciągu ostatnich 5 minut. Wpisz aktualny kod. Potem wrócisz tam, gdzie byłeś, i możesz to zrobić.
admission-step-up-confirm = Potwierdź
admission-step-up-wrong = Kod się nie zgadza albo został już użyty. Poczekaj na następny kod i spróbuj ponownie.
