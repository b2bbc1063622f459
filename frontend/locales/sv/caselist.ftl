# Ärendelistans verktyg: sökning, filter, åtgärder för flera ärenden och export till CSV.

caselist-search = Sök
caselist-search-hint = Sök på ärendets referens (KJ-…) eller på leverantörens namn. Det som arbetarna har skrivit är förseglat, så orden i en anmälan går inte att söka på.
caselist-nobody = Ingen (inte tilldelat)
caselist-other-organisation = någon i en annan organisation
caselist-csv = Ladda ner listan som kalkylark (CSV)
caselist-choose = Välj
caselist-bulk = Med de valda ärendena
caselist-bulk-hint = Kryssa i ärendena ovan och tilldela dem eller avsluta dem med samma utfall (högst 200 åt gången). Varje ärende kontrolleras som om du ändrade det på dess egen sida; när ärendena avslutas får varje anmälare det vanliga beskedet om avslut.
caselist-bulk-assign = Tilldela de valda ärendena
caselist-bulk-close = Avsluta de valda ärendena
caselist-bulk-assigned = { $count ->
    [one] 1 ärende tilldelades.
   *[other] { $count } ärenden tilldelades.
}
caselist-bulk-closed = { $count ->
    [one] 1 ärende avslutades.
   *[other] { $count } ärenden avslutades.
}
caselist-bulk-refused = De här ärendena ändrades inte:
caselist-cases = Ärenden
code-action-cases-exported = laddade ner ärendelistan som kalkylark
