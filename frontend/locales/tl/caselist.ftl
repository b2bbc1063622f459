# Mga tool ng listahan ng mga kaso: paghahanap, mga filter, sabay-sabay na aksyon at ang pag-export sa CSV.

caselist-search = Hanapin
caselist-search-hint = Maghanap ayon sa sanggunian ng kaso (KJ-…) o sa pangalan ng supplier. Naka-encrypt ang isinulat ng mga manggagawa, kaya hindi mahahanap ang mga salita sa loob ng ulat.
caselist-nobody = Walang nakatalaga
caselist-other-organisation = isang tao sa ibang organisasyon
caselist-csv = I-download ang listahang ito bilang spreadsheet (CSV)
caselist-choose = Pumili
caselist-bulk = Sa mga napiling kaso
caselist-bulk-hint = Lagyan ng tsek ang mga kaso sa itaas, pagkatapos ay italaga ang mga ito o isara nang may iisang resolusyon (hanggang 200 bawat beses). Sinusuri ang bawat kaso na parang binago mo ito sa sarili nitong pahina; kapag isinara, matatanggap ng bawat nag-uulat ang karaniwang mensahe ng pagsasara.
caselist-bulk-assign = Italaga ang mga napiling kaso
caselist-bulk-close = Isara ang mga napiling kaso
caselist-bulk-assigned = { $count ->
   *[other] Naitalaga ang { $count } kaso.
}
caselist-bulk-closed = { $count ->
   *[other] Naisara ang { $count } kaso.
}
caselist-bulk-refused = Hindi binago ang mga kasong ito:
caselist-cases = Mga kaso
code-action-cases-exported = in-download ang listahan ng mga kaso bilang spreadsheet
