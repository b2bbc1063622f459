# Kirish cheklovlari, qoʻshimcha tasdiqlash va parol mustahkamligi (issue 10, "Brute force and admission").

# Xodimlar kirish sahifasi, bu hisobda yoki umuman juda koʻp muvaffaqiyatsiz urinishlardan keyin.
admission-sign-in-wait = Kirish uchun juda koʻp muvaffaqiyatsiz urinishlar boʻldi. { $seconds } soniya kuting va qaytadan urinib koʻring.

# Yuqoriga yuborish, eksport qilish, topshirish yoki aʼzoni qayta oʻrnatishdan oldin TOTP kodini soʻraydigan sahifa.
admission-step-up-title = Kod bilan tasdiqlang
admission-step-up-intro = Bu amal uchun autentifikator ilovangizdan kod kerak, u oxirgi 5 daqiqa ichida kiritilgan boʻlishi kerak. Hozirgi kodni kiriting, keyin avvalgi joyingizga qaytasiz va amalni bajara olasiz.
admission-step-up-confirm = Tasdiqlash
admission-step-up-wrong = Kod mos kelmadi yoki allaqachon ishlatilgan. Keyingi kodni kuting va qaytadan urinib koʻring.
