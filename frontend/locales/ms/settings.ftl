# Tetapan organisasi (/staff/settings), ringkasan harian tarikh akhir, dan amaran tentang
# laporan yang tidak dapat diterima oleh sesiapa.
settings-title = Tetapan organisasi
settings-intro = Tetapan ini terpakai kepada seluruh organisasi anda. Tarikh akhir yang baharu terpakai kepada laporan yang diterima mulai sekarang; tarikh akhir yang sudah ditetapkan kekal seperti sedia ada.
settings-saved = Tetapan telah disimpan.
settings-check-marked = Sebahagian tetapan tidak dapat disimpan. Sila semak medan yang ditandakan.
settings-deadlines = Tarikh akhir
settings-acknowledge-days = Bilangan hari untuk mengesahkan penerimaan laporan
settings-acknowledge-days-hint = Dari 1 hingga 7 hari selepas laporan diterima. Arahan Kesatuan Eropah tentang Pemberi Maklumat membenarkan paling lama 7 hari.
settings-feedback-months = Bilangan bulan untuk memberi maklum balas
settings-feedback-months-hint = Dari 1 hingga 3 bulan selepas pengesahan penerimaan. Arahan Kesatuan Eropah tentang Pemberi Maklumat membenarkan paling lama 3 bulan.
settings-data = Penyimpanan dan pengiraan kes
settings-retention-months = Bilangan bulan untuk menyimpan kes yang telah ditutup
settings-retention-months-hint = Dari 3 hingga 120 bulan selepas kes ditutup. Selepas itu, kandungan dan fail kes dipadam; kes itu masih dikira dalam statistik.
settings-suppression-k = Bilangan terkecil yang ditunjukkan dalam statistik
settings-suppression-k-hint = Dari 3 hingga 100. Bilangan yang lebih kecil disembunyikan, supaya tiada sesiapa dapat meneka siapa yang melapor.
settings-time-and-alerts = Masa dan amaran
settings-time-zone = Zon waktu
settings-time-zone-hint = Masa pada halaman kakitangan ditunjukkan dalam zon ini. Tuliskannya sebagai nama tempat, contohnya Europe/Stockholm atau Asia/Bangkok.
settings-alert-email = Alamat e-mel untuk amaran
settings-alert-email-hint = Pilihan. Bagi organisasi penyelaras, kedja menulis ke alamat ini pada hari berikutnya jika ada laporan yang tidak dapat diterima kerana tiada organisasi yang boleh menerimanya. Biarkan kosong jika tidak diperlukan.
settings-save = Simpan tetapan
settings-error-acknowledge-days = Masukkan bilangan hari dalam nombor bulat dari 1 hingga 7.
settings-error-feedback-months = Masukkan bilangan bulan dalam nombor bulat dari 1 hingga 3.
settings-error-retention-months = Masukkan bilangan bulan dalam nombor bulat dari 3 hingga 120.
settings-error-suppression-k = Masukkan nombor bulat dari 3 hingga 100.
settings-error-time-zone = Zon waktu ini tidak dikenali oleh kedja. Pilih satu daripada senarai, contohnya Europe/Stockholm.
settings-error-alert-email = Masukkan alamat e-mel seperti name@example.org, atau biarkan medan ini kosong.
code-action-org-settings_changed = menukar tetapan organisasi

# E-mel. Seperti semua e-mel kedja, e-mel ini tidak pernah menyebut apa-apa tentang kandungan laporan.
notice-sign-in-deadlines = Log masuk untuk melihat kes-kes itu:
notice-sign-in-kedja-deadlines = Log masuk ke kedja untuk melihat kes-kes itu.
notice-sign-in-directory = Log masuk untuk menyemak direktori pembekal dan peraturan penghalaannya:
notice-sign-in-kedja-directory = Log masuk ke kedja untuk menyemak direktori pembekal dan peraturan penghalaannya.
notice-deadline_digest-subject = kedja: tarikh akhir dalam organisasi anda hari ini
notice-deadline_digest-opening = Ada kes yang dikendalikan oleh organisasi anda yang memerlukan perhatian.
    Sudah melepasi tarikh akhir: { $overdue }
    Tarikh akhir dalam masa dua hari: { $soon }
notice-refused_reports-subject = kedja: ada laporan yang tidak dapat diterima
notice-refused_reports-opening = { $days ->
        [1] Pada { $from } (UTC),
       *[other] Dari { $from } hingga { $to } (UTC),
    } { $count ->
        [1] satu laporan tidak dapat dihantar
       *[other] { $count } laporan tidak dapat dihantar
    } kerana tiada organisasi yang boleh menerima laporan tentang tempat kerja yang dipilih oleh pekerja. Tiada apa-apa daripada laporan itu disimpan. Menambah pembeli tempat kerja itu atau organisasi penyelaras ke dalam direktori pembekal dan peraturan penghalaannya akan membolehkan laporan seterusnya diterima.
