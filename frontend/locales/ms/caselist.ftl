# Alat senarai kes: carian, penapis, tindakan pukal dan eksport CSV.

caselist-search = Cari
caselist-search-hint = Cari mengikut rujukan kes (KJ-…) atau nama pembekal. Apa yang ditulis oleh pekerja disimpan dalam bentuk tersulit, jadi perkataan dalam laporan tidak boleh dicari.
caselist-nobody = Tiada sesiapa (belum ditugaskan)
caselist-other-organisation = seseorang dalam organisasi lain
caselist-csv = Muat turun senarai ini sebagai hamparan (CSV)
caselist-choose = Pilih
caselist-bulk = Untuk kes yang dipilih
caselist-bulk-hint = Tandakan kes di atas, kemudian tugaskan atau tutup kes-kes itu dengan satu keputusan (paling banyak 200 pada satu masa). Setiap kes disemak seolah-olah anda menukarnya pada halamannya sendiri; apabila ditutup, setiap pelapor menerima mesej penutupan yang biasa.
caselist-bulk-assign = Tugaskan kes yang dipilih
caselist-bulk-close = Tutup kes yang dipilih
caselist-bulk-assigned = { $count ->
   *[other] { $count } kes telah ditugaskan.
}
caselist-bulk-closed = { $count ->
   *[other] { $count } kes telah ditutup.
}
caselist-bulk-refused = Kes-kes ini tidak diubah:
caselist-cases = Kes
code-action-cases-exported = memuat turun senarai kes sebagai hamparan
