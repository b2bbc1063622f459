# Anggota: administrator organisasi mengundang anggota, mengubah peran, menonaktifkan dan mengaktifkan kembali mereka,
# serta mengatur ulang kata sandi dan aplikasi autentikator (/staff/members); anggota memilih kata sandi melalui
# tautan sekali pakai yang dikirim kepada mereka lewat e-mail (/staff/invite/...).

members-actions = Tindakan
members-you = Anda
members-change-role = Ubah peran
members-no-authenticator = Aplikasi autentikator belum disiapkan
members-disable = Nonaktifkan
members-enable = Aktifkan kembali
members-reset-password = Atur ulang kata sandi
members-send-new-link = Kirim tautan baru
members-reset-totp = Atur ulang autentikator
members-actions-hint = Menonaktifkan langsung mengakhiri sesi anggota; mereka tidak dapat masuk sampai diaktifkan kembali. Mengatur ulang kata sandi mengirimi mereka tautan lewat e-mail untuk memilih kata sandi baru; setelah itu mereka harus dikonfirmasi lagi. Mengatur ulang autentikator membuat mereka harus menyiapkan aplikasinya lagi saat masuk berikutnya. Anda tidak pernah melihat kata sandi atau tautan mereka.
members-invite = Undang anggota
members-invite-hint = kedja mengirimi mereka tautan lewat e-mail untuk memilih kata sandi. Tautan itu hanya berlaku sekali, selama 7 hari. Setelah itu mereka menyiapkan aplikasi autentikator, dan seorang administrator mengonfirmasi mereka di sini sebelum mereka dapat membaca apa pun.
members-invite-submit = Kirim undangan

members-status-awaiting-password = Diundang: belum memilih kata sandi
members-status-pending = Menunggu konfirmasi administrator
members-status-active = Aktif
members-status-disabled = Dinonaktifkan

members-done-invited = Undangan sedang dikirim.
members-done-role = Peran telah diubah.
members-done-confirmed = Anggota telah dikonfirmasi.
members-done-disabled = Anggota telah dinonaktifkan dan dikeluarkan dari semua perangkat.
members-done-enabled = Anggota dapat masuk lagi.
members-done-password-reset = Anggota telah dikirimi tautan untuk memilih kata sandi baru.
members-done-totp-reset = Anggota akan menyiapkan aplikasi autentikator saat masuk berikutnya.

members-error-last-admin = Tidak dilakukan: organisasi Anda tidak akan punya administrator lagi yang dapat bertindak. Jadikan anggota lain administrator terlebih dahulu.
members-error-own-account = Anda tidak dapat mengatur ulang akun Anda sendiri di sini. Ubah kata sandi Anda di halaman kata sandi.
members-error-no-public-url = Undangan dan pengaturan ulang kata sandi memerlukan alamat layanan ini (KEDJA_PUBLIC_URL). Minta operator layanan untuk mengaturnya.
members-error-mail-off = E-mail dimatikan di layanan ini (KEDJA_SMTP_URL), sehingga tautan tidak dapat sampai ke anggota. Minta operator layanan untuk menyalakannya.
members-error-awaiting-password = Anggota ini belum memilih kata sandi. Konfirmasi mereka setelah mereka memilihnya.
members-error-disabled = Anggota ini dinonaktifkan. Aktifkan kembali terlebih dahulu.
members-error-email-taken = Sudah ada anggota dengan alamat e-mail ini.
members-error-not-pending = Anggota ini sudah dikonfirmasi.

members-link-invitation-title = Bergabung dengan organisasi Anda di kedja
members-link-reset-title = Pilih kata sandi baru
members-link-intro = Pilih kata sandi untuk akun ini:
members-link-password-again = Kata sandi yang sama sekali lagi
members-link-submit = Simpan kata sandi
members-link-next = Berikutnya Anda menyiapkan aplikasi autentikator. Lalu seorang administrator organisasi Anda mengonfirmasi Anda sebelum Anda dapat membaca apa pun.
members-link-mismatch = Kedua kata sandi tidak sama.
members-link-gone-title = Tautan ini tidak berlaku
members-link-gone = Tautan ini sudah dipakai, sudah kedaluwarsa, atau sudah diganti dengan tautan yang lebih baru. Minta administrator organisasi Anda untuk mengirimkan tautan baru.

# E-mail berisi tautan. E-mail ini tidak menyebutkan apa pun tentang organisasi atau kasus-kasusnya.
notice-invitation-subject = kedja: pilih kata sandi Anda
notice-invitation-opening = Seorang administrator organisasi Anda mengundang Anda ke kedja. Pilih kata sandi Anda dengan tautan ini. Tautan ini hanya berlaku sekali, selama { $days } hari:
notice-password-reset-subject = kedja: pilih kata sandi baru
notice-password-reset-opening = Seorang administrator organisasi Anda mengatur ulang kata sandi kedja Anda. Pilih kata sandi baru dengan tautan ini. Tautan ini hanya berlaku sekali, selama { $days } hari:
notice-link-next = Setelah itu Anda menyiapkan aplikasi autentikator, dan seorang administrator mengonfirmasi Anda sebelum Anda dapat membaca apa pun.
notice-link-unexpected = Jika Anda tidak mengharapkan e-mail ini, jangan buka tautannya, dan beri tahu organisasi Anda.

code-action-member-disabled = menonaktifkan seorang anggota
code-action-member-enabled = mengaktifkan kembali seorang anggota
code-action-member-invited = mengundang seorang anggota
code-action-member-password_reset = mengatur ulang kata sandi seorang anggota
code-action-member-password_set = memilih kata sandi melalui tautan
code-action-member-role_changed = mengubah peran seorang anggota
code-action-member-totp_reset = mengatur ulang autentikator seorang anggota
