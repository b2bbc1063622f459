# Vaka listesinin araçları: arama, filtreler, toplu işlemler ve CSV dışa aktarma.

caselist-search = Ara
caselist-search-hint = Vaka referansına (KJ-…) veya tedarikçi adına göre arayın. İşçilerin yazdıkları mühürlüdür; bu yüzden bir bildirimin içindeki kelimelerle arama yapılamaz.
caselist-nobody = Hiç kimse (atanmamış)
caselist-other-organisation = başka bir kuruluştan biri
caselist-csv = Bu listeyi elektronik tablo olarak indir (CSV)
caselist-choose = Seç
caselist-bulk = Seçilen vakalarla
caselist-bulk-hint = Yukarıdaki vakaları işaretleyin, ardından bunları atayın veya tek bir sonuçla kapatın (bir seferde en fazla 200). Her vaka, kendi sayfasında değiştirilmiş gibi kontrol edilir; kapatıldığında bildirimi yapan her kişi olağan kapanış mesajını alır.
caselist-bulk-assign = Seçilen vakaları ata
caselist-bulk-close = Seçilen vakaları kapat
caselist-bulk-assigned = { $count ->
   *[other] { $count } vaka atandı.
}
caselist-bulk-closed = { $count ->
   *[other] { $count } vaka kapatıldı.
}
caselist-bulk-refused = Bu vakalar değiştirilmedi:
caselist-cases = Vakalar
code-action-cases-exported = vaka listesini elektronik tablo olarak indirdi
