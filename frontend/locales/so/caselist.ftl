# Qalabka liiska kiisaska: raadinta, shaandhaynta, falalka wadajirka ah iyo soo saarista CSV.

caselist-search = Raadi
caselist-search-hint = Ku raadi tixraaca kiiska (KJ-…) ama magaca alaab-keenaha. Waxa ay shaqaaluhu qoreen waa la shaabadeeyay, sidaas darteed erayada warbixinta lagama raadin karo.
caselist-nobody = Qofna (lama xilsaarin)
caselist-other-organisation = qof ka tirsan hay'ad kale
caselist-csv = U soo deji liiskan sidii xaashi xisaabeed (CSV)
caselist-choose = Dooro
caselist-bulk = Kiisaska la doortay
caselist-bulk-hint = Calaamadee kiisaska kore, kadibna xilsaar ama ku xir hal go'aan (ugu badnaan 200 hal mar). Kiis kasta waxaa loo hubiyaa sidii adigoo ku beddelaya boggiisa gaarka ah; marka la xiro, qof kasta oo warbixin bixiyay wuxuu helaa fariinta xiritaanka ee caadiga ah.
caselist-bulk-assign = Xilsaar kiisaska la doortay
caselist-bulk-close = Xir kiisaska la doortay
caselist-bulk-assigned = { $count ->
    [one] Hal kiis ayaa la xilsaaray.
   *[other] { $count } kiis ayaa la xilsaaray.
}
caselist-bulk-closed = { $count ->
    [one] Hal kiis ayaa la xiray.
   *[other] { $count } kiis ayaa la xiray.
}
caselist-bulk-refused = Kiisaskan lama beddelin:
caselist-cases = Kiisaska
code-action-cases-exported = soo dejiyay liiska kiisaska sidii xaashi xisaabeed
