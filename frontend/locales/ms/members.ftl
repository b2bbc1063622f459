# Ahli: pentadbir organisasi menjemput ahli, menukar peranan, menyahaktifkan dan mengaktifkan semula mereka,
# serta menetapkan semula kata laluan dan aplikasi pengesah (/staff/members); ahli memilih kata laluan melalui
# pautan sekali guna yang dihantar kepada mereka melalui e-mel (/staff/invite/...).

members-actions = Tindakan
members-you = anda
members-change-role = Tukar peranan
members-no-authenticator = Aplikasi pengesah belum disediakan
members-disable = Nyahaktifkan
members-enable = Aktifkan semula
members-reset-password = Tetapkan semula kata laluan
members-send-new-link = Hantar pautan baharu
members-reset-totp = Tetapkan semula pengesah
members-actions-hint = Menyahaktifkan menamatkan sesi ahli dengan serta-merta; mereka tidak boleh log masuk sehingga diaktifkan semula. Menetapkan semula kata laluan menghantar pautan kepada mereka melalui e-mel untuk memilih kata laluan baharu; selepas itu mereka perlu disahkan semula. Menetapkan semula pengesah menyebabkan mereka perlu menyediakan aplikasi mereka semula pada log masuk seterusnya. Anda tidak pernah melihat kata laluan atau pautan mereka.
members-invite = Jemput seorang ahli
members-invite-hint = kedja menghantar pautan kepada mereka melalui e-mel untuk memilih kata laluan. Pautan itu hanya boleh digunakan sekali, dalam tempoh 7 hari. Selepas itu mereka menyediakan aplikasi pengesah, dan seorang pentadbir mengesahkan mereka di sini sebelum mereka boleh membaca apa-apa.
members-invite-submit = Hantar jemputan

members-status-awaiting-password = Dijemput: belum memilih kata laluan
members-status-pending = Menunggu pengesahan pentadbir
members-status-active = Aktif
members-status-disabled = Dinyahaktifkan

members-done-invited = Jemputan sedang dihantar.
members-done-role = Peranan telah ditukar.
members-done-confirmed = Ahli telah disahkan.
members-done-disabled = Ahli telah dinyahaktifkan dan dilog keluar di semua tempat.
members-done-enabled = Ahli boleh log masuk semula.
members-done-password-reset = Ahli telah dihantar pautan untuk memilih kata laluan baharu.
members-done-totp-reset = Ahli akan menyediakan aplikasi pengesah pada log masuk seterusnya.

members-error-last-admin = Tidak dilakukan: organisasi anda tidak akan mempunyai pentadbir lagi yang boleh bertindak. Jadikan ahli lain pentadbir terlebih dahulu.
members-error-own-account = Anda tidak boleh menetapkan semula akaun anda sendiri di sini. Tukar kata laluan anda di halaman kata laluan.
members-error-no-public-url = Jemputan dan tetapan semula kata laluan memerlukan alamat perkhidmatan ini (KEDJA_PUBLIC_URL). Minta pengendali perkhidmatan untuk menetapkannya.
members-error-mail-off = E-mel dimatikan pada perkhidmatan ini (KEDJA_SMTP_URL), jadi pautan tidak dapat sampai kepada ahli. Minta pengendali perkhidmatan untuk menghidupkannya.
members-error-awaiting-password = Ahli ini belum memilih kata laluan. Sahkan mereka selepas mereka memilihnya.
members-error-disabled = Ahli ini telah dinyahaktifkan. Aktifkan mereka semula terlebih dahulu.
members-error-email-taken = Ahli dengan alamat e-mel ini sudah wujud.
members-error-not-pending = Ahli ini sudah disahkan.

members-link-invitation-title = Sertai organisasi anda di kedja
members-link-reset-title = Pilih kata laluan baharu
members-link-intro = Pilih kata laluan untuk akaun ini:
members-link-password-again = Kata laluan yang sama sekali lagi
members-link-submit = Simpan kata laluan
members-link-next = Seterusnya anda menyediakan aplikasi pengesah. Kemudian seorang pentadbir organisasi anda mengesahkan anda sebelum anda boleh membaca apa-apa.
members-link-mismatch = Kedua-dua kata laluan tidak sama.
members-link-gone-title = Pautan ini tidak berfungsi
members-link-gone = Pautan ini sudah digunakan, sudah tamat tempoh, atau sudah diganti dengan pautan yang lebih baharu. Minta pentadbir organisasi anda menghantar pautan baharu kepada anda.

# E-mel yang mengandungi pautan. E-mel ini tidak menyebut apa-apa tentang organisasi atau kes-kesnya.
notice-invitation-subject = kedja: pilih kata laluan anda
notice-invitation-opening = Seorang pentadbir organisasi anda telah menjemput anda ke kedja. Pilih kata laluan anda dengan pautan ini. Pautan ini hanya boleh digunakan sekali, dalam tempoh { $days } hari:
notice-password-reset-subject = kedja: pilih kata laluan baharu
notice-password-reset-opening = Seorang pentadbir organisasi anda telah menetapkan semula kata laluan kedja anda. Pilih kata laluan baharu dengan pautan ini. Pautan ini hanya boleh digunakan sekali, dalam tempoh { $days } hari:
notice-link-next = Selepas itu anda menyediakan aplikasi pengesah, dan seorang pentadbir mengesahkan anda sebelum anda boleh membaca apa-apa.
notice-link-unexpected = Jika anda tidak menjangkakan e-mel ini, jangan buka pautan itu, dan beritahu organisasi anda.

code-action-member-disabled = menyahaktifkan seorang ahli
code-action-member-enabled = mengaktifkan semula seorang ahli
code-action-member-invited = menjemput seorang ahli
code-action-member-password_reset = menetapkan semula kata laluan seorang ahli
code-action-member-password_set = memilih kata laluan melalui pautan
code-action-member-role_changed = menukar peranan seorang ahli
code-action-member-totp_reset = menetapkan semula pengesah seorang ahli
