# Ishlar roʻyxatining vositalari: qidiruv, saralash, bir nechta ish bilan birga amallar va CSV eksporti.

caselist-search = Qidirish
caselist-search-hint = Ish raqami (KJ-…) yoki yetkazib beruvchi nomi boʻyicha qidiring. Ishchilar yozgan matn shifrlangan, shuning uchun murojaat ichidagi soʻzlar boʻyicha qidirib boʻlmaydi.
caselist-nobody = Hech kim (tayinlanmagan)
caselist-other-organisation = boshqa tashkilotdagi kishi
caselist-csv = Bu roʻyxatni elektron jadval sifatida yuklab olish (CSV)
caselist-choose = Tanlash
caselist-bulk = Tanlangan ishlar bilan
caselist-bulk-hint = Yuqoridagi ishlarni belgilang, soʻng ularni tayinlang yoki bitta xulosa bilan yoping (bir martada koʻpi bilan 200 ta). Har bir ish xuddi uni oʻz sahifasida oʻzgartirgandek tekshiriladi; yopilganda har bir xabar beruvchi odatdagi yopilish xabarini oladi.
caselist-bulk-assign = Tanlangan ishlarni tayinlash
caselist-bulk-close = Tanlangan ishlarni yopish
caselist-bulk-assigned = { $count ->
   *[other] { $count } ta ish tayinlandi.
}
caselist-bulk-closed = { $count ->
   *[other] { $count } ta ish yopildi.
}
caselist-bulk-refused = Bu ishlar oʻzgartirilmadi:
caselist-cases = Ishlar
code-action-cases-exported = ishlar roʻyxatini elektron jadval sifatida yuklab oldi
