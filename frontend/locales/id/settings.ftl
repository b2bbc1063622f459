# Pengaturan organisasi (/staff/settings), ringkasan batas waktu harian, dan peringatan tentang
# laporan yang tidak dapat diterima oleh siapa pun.
settings-title = Pengaturan organisasi
settings-intro = Pengaturan ini berlaku untuk seluruh organisasi Anda. Batas waktu yang baru berlaku untuk laporan yang masuk mulai sekarang; batas waktu yang sudah ditetapkan tetap seperti semula.
settings-saved = Pengaturan sudah disimpan.
settings-check-marked = Beberapa pengaturan tidak dapat disimpan. Silakan periksa kolom yang ditandai.
settings-deadlines = Batas waktu
settings-acknowledge-days = Jumlah hari untuk mengonfirmasi penerimaan laporan
settings-acknowledge-days-hint = Dari 1 sampai 7 hari setelah laporan masuk. Direktif Uni Eropa tentang Perlindungan Pelapor Pelanggaran mengizinkan paling lama 7 hari.
settings-feedback-months = Jumlah bulan untuk memberi tanggapan
settings-feedback-months-hint = Dari 1 sampai 3 bulan setelah konfirmasi penerimaan. Direktif Uni Eropa tentang Perlindungan Pelapor Pelanggaran mengizinkan paling lama 3 bulan.
settings-data = Penyimpanan dan penghitungan kasus
settings-retention-months = Jumlah bulan menyimpan kasus yang sudah ditutup
settings-retention-months-hint = Dari 3 sampai 120 bulan setelah kasus ditutup. Setelah itu, isi dan file kasus dihapus; kasus tetap dihitung dalam statistik.
settings-suppression-k = Jumlah terkecil yang ditampilkan dalam statistik
settings-suppression-k-hint = Dari 3 sampai 100. Jumlah yang lebih kecil disembunyikan, agar tidak ada yang dapat menebak siapa yang melapor.
settings-time-and-alerts = Waktu dan peringatan
settings-time-zone = Zona waktu
settings-time-zone-hint = Waktu di halaman staf ditampilkan dalam zona ini. Tuliskan sebagai nama tempat, misalnya Europe/Stockholm atau Asia/Bangkok.
settings-alert-email = Alamat e-mail untuk peringatan
settings-alert-email-hint = Tidak wajib. Untuk organisasi koordinator, kedja menulis ke alamat ini sehari setelah ada laporan yang tidak dapat diterima karena tidak ada organisasi yang dapat menerimanya. Biarkan kosong jika tidak diperlukan.
settings-save = Simpan pengaturan
settings-error-acknowledge-days = Masukkan jumlah hari berupa bilangan bulat dari 1 sampai 7.
settings-error-feedback-months = Masukkan jumlah bulan berupa bilangan bulat dari 1 sampai 3.
settings-error-retention-months = Masukkan jumlah bulan berupa bilangan bulat dari 3 sampai 120.
settings-error-suppression-k = Masukkan bilangan bulat dari 3 sampai 100.
settings-error-time-zone = kedja tidak mengenal zona waktu ini. Pilih salah satu dari daftar, misalnya Europe/Stockholm.
settings-error-alert-email = Masukkan alamat e-mail seperti name@example.org, atau biarkan kolom ini kosong.
code-action-org-settings_changed = mengubah pengaturan organisasi

# E-mail. Seperti semua e-mail dari kedja, e-mail ini tidak pernah menyebutkan apa pun tentang isi laporan.
notice-sign-in-deadlines = Masuk untuk melihat kasus-kasusnya:
notice-sign-in-kedja-deadlines = Masuk ke kedja untuk melihat kasus-kasusnya.
notice-sign-in-directory = Masuk untuk memeriksa direktori pemasok dan aturan peruteannya:
notice-sign-in-kedja-directory = Masuk ke kedja untuk memeriksa direktori pemasok dan aturan peruteannya.
notice-deadline_digest-subject = kedja: batas waktu di organisasi Anda hari ini
notice-deadline_digest-opening = Ada kasus yang ditangani organisasi Anda yang perlu diperhatikan.
    Sudah lewat batas waktu: { $overdue }
    Jatuh tempo dalam dua hari: { $soon }
notice-refused_reports-subject = kedja: ada laporan yang tidak dapat diterima
notice-refused_reports-opening = { $days ->
        [1] Pada { $from } (UTC),
       *[other] Dari { $from } sampai { $to } (UTC),
    } { $count ->
        [1] satu laporan tidak dapat dikirim
       *[other] { $count } laporan tidak dapat dikirim
    } karena tidak ada organisasi yang dapat menerima laporan tentang tempat kerja yang dipilih pekerja. Tidak ada isi laporan tersebut yang disimpan. Menambahkan pembeli dari tempat kerja itu atau organisasi koordinator ke direktori pemasok dan aturan peruteannya akan membuat laporan berikutnya dapat diterima.
