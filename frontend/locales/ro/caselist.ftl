# Instrumentele listei de cazuri: căutare, filtre, acțiuni în bloc și exportul CSV.

caselist-search = Căutați
caselist-search-hint = Căutați după referința cazului (KJ-…) sau după numele furnizorului. Ce au scris lucrătorii este sigilat, deci nu se poate căuta în cuvintele unei sesizări.
caselist-nobody = Nimeni (neatribuit)
caselist-other-organisation = cineva dintr-o altă organizație
caselist-csv = Descărcați această listă ca foaie de calcul (CSV)
caselist-choose = Alegeți
caselist-bulk = Cu cazurile alese
caselist-bulk-hint = Bifați cazurile de mai sus, apoi atribuiți-le sau închideți-le cu aceeași soluționare (cel mult 200 odată). Fiecare caz este verificat ca și cum l-ați modifica pe propria lui pagină; la închidere, fiecare autor de sesizare primește mesajul obișnuit de închidere.
caselist-bulk-assign = Atribuiți cazurile alese
caselist-bulk-close = Închideți cazurile alese
caselist-bulk-assigned = { $count ->
    [one] { $count } caz atribuit.
    [few] { $count } cazuri atribuite.
   *[other] { $count } de cazuri atribuite.
}
caselist-bulk-closed = { $count ->
    [one] { $count } caz închis.
    [few] { $count } cazuri închise.
   *[other] { $count } de cazuri închise.
}
caselist-bulk-refused = Aceste cazuri nu au fost modificate:
caselist-cases = Cazuri
code-action-cases-exported = a descărcat lista de cazuri ca foaie de calcul
