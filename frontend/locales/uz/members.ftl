# Aʼzolar: tashkilot administratorlari aʼzolarni taklif qiladi, rollarini oʻzgartiradi, ularni faolsizlantiradi va qayta faollashtiradi,
# parollar va autentifikatorlarni qayta oʻrnatadi (/staff/members); aʼzo parolni oʻziga elektron pochta orqali yuborilgan
# bir martalik havola orqali tanlaydi (/staff/invite/...).

members-actions = Amallar
members-you = siz
members-change-role = Rolni oʻzgartirish
members-no-authenticator = Autentifikator ilovasi hali sozlanmagan
members-disable = Faolsizlantirish
members-enable = Qayta faollashtirish
members-reset-password = Parolni qayta oʻrnatish
members-send-new-link = Yangi havola yuborish
members-reset-totp = Autentifikatorni qayta oʻrnatish
members-actions-hint = Faolsizlantirish aʼzoning seanslarini darhol tugatadi; u qayta faollashtirilmaguncha tizimga kira olmaydi. Parolni qayta oʻrnatganda, unga yangi parol tanlash uchun elektron pochta orqali havola yuboriladi; shundan keyin u yana tasdiqlanishi kerak. Autentifikatorni qayta oʻrnatganda, u keyingi kirishida ilovasini qaytadan sozlashi kerak boʻladi. Siz hech qachon uning parolini yoki havolani koʻrmaysiz.
members-invite = Aʼzoni taklif qilish
members-invite-hint = kedja unga parol tanlash uchun elektron pochta orqali havola yuboradi. Havola bir marta, 7 kun davomida ishlaydi. Shundan keyin u autentifikator ilovasini sozlaydi va biror narsani oʻqiy olishidan oldin administrator uni shu yerda tasdiqlaydi.
members-invite-submit = Taklifnomani yuborish

members-status-awaiting-password = Taklif qilingan: hali parol tanlamagan
members-status-pending = Administrator tasdigʻini kutmoqda
members-status-active = Faol
members-status-disabled = Faolsizlantirilgan

members-done-invited = Taklifnoma yuborilmoqda.
members-done-role = Rol oʻzgartirildi.
members-done-confirmed = Aʼzo tasdiqlandi.
members-done-disabled = Aʼzo faolsizlantirildi va hamma joyda tizimdan chiqarildi.
members-done-enabled = Aʼzo yana tizimga kira oladi.
members-done-password-reset = Aʼzoga yangi parol tanlash uchun havola yuborildi.
members-done-totp-reset = Aʼzo keyingi kirishida autentifikator ilovasini sozlaydi.

members-error-last-admin = Bajarilmadi: tashkilotingizda amal qila oladigan birorta ham administrator qolmaydi. Avval boshqa aʼzoni administrator qiling.
members-error-own-account = Bu yerda oʻz hisobingizni qayta oʻrnata olmaysiz. Parolingizni parol sahifasida oʻzgartiring.
members-error-no-public-url = Taklifnomalar va parolni qayta oʻrnatish uchun ushbu xizmatning manzili (KEDJA_PUBLIC_URL) kerak. Xizmat operatoridan uni sozlashni soʻrang.
members-error-mail-off = Ushbu xizmatda elektron pochta oʻchirilgan (KEDJA_SMTP_URL), shuning uchun havola aʼzoga yetib bormadi. Xizmat operatoridan uni yoqishni soʻrang.
members-error-awaiting-password = Bu aʼzo hali parol tanlamagan. U parol tanlagandan keyin uni tasdiqlang.
members-error-disabled = Bu aʼzo faolsizlantirilgan. Avval uni qayta faollashtiring.
members-error-email-taken = Bu elektron pochta manziliga ega aʼzo allaqachon mavjud.
members-error-not-pending = Bu aʼzo allaqachon tasdiqlangan.

members-link-invitation-title = kedja tizimida tashkilotingizga qoʻshiling
members-link-reset-title = Yangi parol tanlang
members-link-intro = Ushbu hisob uchun parol tanlang:
members-link-password-again = Oʻsha parolni yana bir marta
members-link-submit = Parolni saqlash
members-link-next = Keyin autentifikator ilovasini sozlaysiz. Shundan soʻng, biror narsani oʻqiy olishingizdan oldin tashkilotingiz administratori sizni tasdiqlaydi.
members-link-mismatch = Ikki parol bir xil emas.
members-link-gone-title = Bu havola ishlamaydi
members-link-gone = U allaqachon ishlatilgan, muddati tugagan yoki uning oʻrniga yangiroq havola yuborilgan. Tashkilotingiz administratoridan sizga yangisini yuborishni soʻrang.

# Havola bor elektron xat. Unda tashkilot yoki uning ishlari haqida hech narsa aytilmaydi.
notice-invitation-subject = kedja: parolingizni tanlang
notice-invitation-opening = Tashkilotingiz administratori sizni kedja tizimiga taklif qildi. Ushbu havola orqali parolingizni tanlang. Havola bir marta, { $days } kun davomida ishlaydi:
notice-password-reset-subject = kedja: yangi parol tanlang
notice-password-reset-opening = Tashkilotingiz administratori kedja parolingizni qayta oʻrnatdi. Ushbu havola orqali yangi parol tanlang. Havola bir marta, { $days } kun davomida ishlaydi:
notice-link-next = Shundan keyin autentifikator ilovasini sozlaysiz va biror narsani oʻqiy olishingizdan oldin administrator sizni tasdiqlaydi.
notice-link-unexpected = Agar bu elektron xatni kutmagan boʻlsangiz, havolani ochmang va tashkilotingizga xabar bering.

code-action-member-disabled = aʼzoni faolsizlantirdi
code-action-member-enabled = aʼzoni qayta faollashtirdi
code-action-member-invited = aʼzoni taklif qildi
code-action-member-password_reset = aʼzoning parolini qayta oʻrnatdi
code-action-member-password_set = havola orqali parol tanladi
code-action-member-role_changed = aʼzoning rolini oʻzgartirdi
code-action-member-totp_reset = aʼzoning autentifikatorini qayta oʻrnatdi
