# Alat pada daftar kasus: pencarian, saringan, tindakan massal, dan ekspor CSV.

caselist-search = Cari
caselist-search-hint = Cari berdasarkan nomor referensi kasus (KJ-…) atau nama pemasok. Apa yang ditulis pekerja tersimpan terenkripsi, sehingga kata-kata dalam laporan tidak dapat dicari.
caselist-nobody = Tidak ada (belum ditugaskan)
caselist-other-organisation = seseorang di organisasi lain
caselist-csv = Unduh daftar ini sebagai lembar kerja (CSV)
caselist-choose = Pilih
caselist-bulk = Untuk kasus yang dipilih
caselist-bulk-hint = Centang kasus di atas, lalu tugaskan atau tutup semuanya dengan satu hasil penyelesaian (paling banyak 200 sekaligus). Setiap kasus diperiksa seolah-olah Anda mengubahnya di halamannya sendiri; saat ditutup, setiap pelapor menerima pesan penutupan yang biasa.
caselist-bulk-assign = Tugaskan kasus yang dipilih
caselist-bulk-close = Tutup kasus yang dipilih
caselist-bulk-assigned = { $count ->
   *[other] { $count } kasus sudah ditugaskan.
}
caselist-bulk-closed = { $count ->
   *[other] { $count } kasus sudah ditutup.
}
caselist-bulk-refused = Kasus berikut tidak diubah:
caselist-cases = Kasus
code-action-cases-exported = mengunduh daftar kasus sebagai lembar kerja
