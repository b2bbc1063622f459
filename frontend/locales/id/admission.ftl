# Batas upaya masuk, konfirmasi tambahan, dan kekuatan kata sandi (issue 10, "Brute force and admission").

# Halaman masuk staf, setelah terlalu banyak upaya masuk gagal pada akun ini atau secara keseluruhan.
admission-sign-in-wait = Terlalu banyak upaya masuk yang gagal. Silakan tunggu { $seconds } detik dan coba lagi.

# Halaman yang meminta kode TOTP sebelum meneruskan ke tingkat atas, mengekspor, memindahkan, atau mengatur ulang anggota.
admission-step-up-title = Konfirmasi dengan kode
admission-step-up-intro = Tindakan ini memerlukan kode dari aplikasi autentikator Anda, yang dimasukkan dalam 5 menit terakhir. Masukkan kode saat ini, lalu Anda kembali ke tempat semula dan bisa melakukannya.
admission-step-up-confirm = Konfirmasi
admission-step-up-wrong = Kode tidak cocok, atau sudah pernah dipakai. Tunggu kode berikutnya dan coba lagi.
