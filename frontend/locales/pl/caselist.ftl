# Narzędzia listy spraw: wyszukiwanie, filtry, działania zbiorcze i eksport do CSV.

caselist-search = Szukaj
caselist-search-hint = Szukaj po sygnaturze sprawy (KJ-…) albo po nazwie dostawcy. To, co napisali pracownicy, jest zapieczętowane, więc nie da się wyszukiwać słów ze zgłoszenia.
caselist-nobody = Nikt (nieprzypisane)
caselist-other-organisation = ktoś z innej organizacji
caselist-csv = Pobierz tę listę jako arkusz kalkulacyjny (CSV)
caselist-choose = Wybierz
caselist-bulk = Z wybranymi sprawami
caselist-bulk-hint = Zaznacz sprawy powyżej, a potem przypisz je albo zamknij z jednym rozstrzygnięciem (najwyżej 200 naraz). Każda sprawa jest sprawdzana tak, jakby była zmieniana na swojej własnej stronie; przy zamykaniu każda osoba zgłaszająca dostaje zwykłą wiadomość o zamknięciu.
caselist-bulk-assign = Przypisz wybrane sprawy
caselist-bulk-close = Zamknij wybrane sprawy
caselist-bulk-assigned = { $count ->
    [one] Przypisano { $count } sprawę.
    [few] Przypisano { $count } sprawy.
    [many] Przypisano { $count } spraw.
   *[other] Przypisano { $count } sprawy.
}
caselist-bulk-closed = { $count ->
    [one] Zamknięto { $count } sprawę.
    [few] Zamknięto { $count } sprawy.
    [many] Zamknięto { $count } spraw.
   *[other] Zamknięto { $count } sprawy.
}
caselist-bulk-refused = Te sprawy nie zostały zmienione:
caselist-cases = Sprawy
code-action-cases-exported = pobranie listy spraw jako arkusza kalkulacyjnego
