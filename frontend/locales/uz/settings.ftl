# Tashkilot sozlamalari (/staff/settings), muddatlar haqidagi kunlik xabarnoma va hech bir tashkilot
# qabul qila olmagan murojaatlar haqidagi ogohlantirish.
settings-title = Tashkilot sozlamalari
settings-intro = Bu sozlamalar butun tashkilotingizga tegishli. Yangi muddat bundan buyon keladigan murojaatlarga qoʻllanadi; allaqachon belgilangan muddatlar oʻzgarmaydi.
settings-saved = Sozlamalar saqlandi.
settings-check-marked = Baʼzi sozlamalarni saqlab boʻlmadi. Belgilangan maydonlarni tekshiring.
settings-deadlines = Muddatlar
settings-acknowledge-days = Murojaatni tasdiqlash uchun kunlar soni
settings-acknowledge-days-hint = Murojaat kelganidan keyin 1 kundan 7 kungacha. Yevropa Ittifoqining xabar beruvchilarni himoya qilish toʻgʻrisidagi direktivasi koʻpi bilan 7 kunga ruxsat beradi.
settings-feedback-months = Javob berish uchun oylar soni
settings-feedback-months-hint = Tasdiqlangandan keyin 1 oydan 3 oygacha. Yevropa Ittifoqining xabar beruvchilarni himoya qilish toʻgʻrisidagi direktivasi koʻpi bilan 3 oyga ruxsat beradi.
settings-data = Ishlarni saqlash va hisoblash
settings-retention-months = Yopilgan ish necha oy saqlanadi
settings-retention-months-hint = Ish yopilganidan keyin 3 oydan 120 oygacha. Shundan soʻng uning mazmuni va fayllari oʻchiriladi; ish statistikada hisobga olinishda davom etadi.
settings-suppression-k = Statistikada koʻrsatiladigan eng kichik son
settings-suppression-k-hint = 3 dan 100 gacha. Bundan kichik son yashiriladi, shunda hech kim kim xabar berganini aniqlay olmaydi.
settings-time-and-alerts = Vaqt va ogohlantirishlar
settings-time-zone = Vaqt mintaqasi
settings-time-zone-hint = Xodimlar sahifalaridagi vaqt shu mintaqa boʻyicha koʻrsatiladi. Uni joy nomi sifatida yozing, masalan Europe/Stockholm yoki Asia/Bangkok.
settings-alert-email = Ogohlantirishlar uchun elektron pochta manzili
settings-alert-email-hint = Ixtiyoriy. Muvofiqlashtiruvchi tashkilot uchun: hech bir tashkilot qabul qila olmagani sababli murojaatlar qabul qilinmagan boʻlsa, kedja ertasi kuni shu manzilga yozadi. Kerak boʻlmasa, boʻsh qoldiring.
settings-save = Sozlamalarni saqlash
settings-error-acknowledge-days = 1 dan 7 gacha boʻlgan butun kunlar sonini kiriting.
settings-error-feedback-months = 1 dan 3 gacha boʻlgan butun oylar sonini kiriting.
settings-error-retention-months = 3 dan 120 gacha boʻlgan butun oylar sonini kiriting.
settings-error-suppression-k = 3 dan 100 gacha boʻlgan butun son kiriting.
settings-error-time-zone = kedja bunday vaqt mintaqasini bilmaydi. Roʻyxatdan birini tanlang, masalan Europe/Stockholm.
settings-error-alert-email = name@example.org kabi elektron pochta manzilini kiriting yoki maydonni boʻsh qoldiring.
code-action-org-settings_changed = tashkilot sozlamalarini oʻzgartirdi

# Elektron xatlar. kedja yuboradigan barcha xatlar kabi, ular ham murojaatning mazmuni haqida hech narsa aytmaydi.
notice-sign-in-deadlines = Ishlarni koʻrish uchun kiring:
notice-sign-in-kedja-deadlines = Ishlarni koʻrish uchun kedja tizimiga kiring.
notice-sign-in-directory = Yetkazib beruvchilar roʻyxatini va uning yoʻnaltirish qoidalarini tekshirish uchun kiring:
notice-sign-in-kedja-directory = Yetkazib beruvchilar roʻyxatini va uning yoʻnaltirish qoidalarini tekshirish uchun kedja tizimiga kiring.
notice-deadline_digest-subject = kedja: bugun tashkilotingizdagi muddatlar
notice-deadline_digest-opening = Tashkilotingiz olib borayotgan ishlar eʼtibor talab qiladi.
    Muddati oʻtgan: { $overdue }
    Ikki kun ichida muddati tugaydigan: { $soon }
notice-refused_reports-subject = kedja: murojaatlarni qabul qilib boʻlmadi
notice-refused_reports-opening = { $days ->
        [1] { $from } kuni (UTC)
       *[other] { $from } dan { $to } gacha (UTC)
    } { $count ->
        [1] bitta murojaatni yuborib boʻlmadi,
       *[other] { $count } ta murojaatni yuborib boʻlmadi,
    } chunki ishchi tanlagan ish joyi haqidagi murojaatlarni hech bir tashkilot qabul qila olmaydi. Bu murojaatlardan hech narsa saqlanmadi. Ish joyining xaridorlarini yoki muvofiqlashtiruvchi tashkilotni yetkazib beruvchilar roʻyxatiga va uning yoʻnaltirish qoidalariga qoʻshsangiz, keyingi murojaat yetib boradi.
