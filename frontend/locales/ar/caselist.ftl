# أدوات قائمة القضايا: البحث، والتصفية، والإجراءات الجماعية، والتصدير إلى CSV.

caselist-search = بحث
caselist-search-hint = ابحث بمرجع القضية (KJ-…) أو باسم المورّد. ما كتبه العمال مختوم ومُشفَّر، لذلك لا يمكن البحث في كلمات البلاغ.
caselist-nobody = لا أحد (غير مُسنَدة)
caselist-other-organisation = شخص في مؤسسة أخرى
caselist-csv = تنزيل هذه القائمة كجدول بيانات (CSV)
caselist-choose = اختيار
caselist-bulk = إجراء على القضايا المختارة
caselist-bulk-hint = ضع علامة على القضايا أعلاه، ثم أسندها أو أغلقها بنتيجة واحدة (200 قضية على الأكثر في كل مرة). تُفحص كل قضية كما لو غيّرتها في صفحتها الخاصة؛ وعند الإغلاق يتلقى كل مُبلِّغ رسالة الإغلاق المعتادة.
caselist-bulk-assign = إسناد القضايا المختارة
caselist-bulk-close = إغلاق القضايا المختارة
caselist-bulk-assigned = { $count ->
    [zero] لم تُسنَد أي قضية.
    [one] أُسندت قضية واحدة.
    [two] أُسندت قضيتان.
    [few] أُسندت { $count } قضايا.
    [many] أُسندت { $count } قضية.
   *[other] أُسندت { $count } قضية.
}
caselist-bulk-closed = { $count ->
    [zero] لم تُغلَق أي قضية.
    [one] أُغلقت قضية واحدة.
    [two] أُغلقت قضيتان.
    [few] أُغلقت { $count } قضايا.
    [many] أُغلقت { $count } قضية.
   *[other] أُغلقت { $count } قضية.
}
caselist-bulk-refused = لم تتغيّر هذه القضايا:
caselist-cases = القضايا
code-action-cases-exported = تنزيل قائمة القضايا كجدول بيانات
