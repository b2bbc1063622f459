# تنظیم کی ترتیبات (/staff/settings)، آخری تاریخوں کا روزانہ خلاصہ، اور ان رپورٹوں کے بارے میں
# انتباہ جنہیں کوئی وصول نہ کر سکا۔
settings-title = تنظیم کی ترتیبات
settings-intro = یہ ترتیبات آپ کی پوری تنظیم پر لاگو ہوتی ہیں۔ نئی آخری تاریخ ان رپورٹوں پر لاگو ہوتی ہے جو اب سے آئیں گی؛ جو آخری تاریخیں پہلے سے طے ہیں وہ ویسی ہی رہتی ہیں۔
settings-saved = ترتیبات محفوظ ہو گئیں۔
settings-check-marked = کچھ ترتیبات محفوظ نہیں ہو سکیں۔ براہِ کرم نشان زدہ خانے دیکھیں۔
settings-deadlines = آخری تاریخیں
settings-acknowledge-days = رپورٹ کی تصدیق کے لیے دن
settings-acknowledge-days-hint = رپورٹ آنے کے بعد 1 سے 7 دن تک۔ یورپی یونین کی وسل بلوئر ہدایت (EU Whistleblowing Directive) زیادہ سے زیادہ 7 دن کی اجازت دیتی ہے۔
settings-feedback-months = جواب دینے کے لیے مہینے
settings-feedback-months-hint = تصدیق کے بعد 1 سے 3 مہینے تک۔ یورپی یونین کی وسل بلوئر ہدایت (EU Whistleblowing Directive) زیادہ سے زیادہ 3 مہینے کی اجازت دیتی ہے۔
settings-data = کیسوں کو رکھنا اور گننا
settings-retention-months = بند کیس کو کتنے مہینے رکھا جائے
settings-retention-months-hint = کیس بند ہونے کے بعد 3 سے 120 مہینے تک۔ اس کے بعد اس کا مواد اور فائلیں حذف کر دی جاتی ہیں؛ کیس پھر بھی اعداد و شمار میں گنا جاتا ہے۔
settings-suppression-k = اعداد و شمار میں دکھائی جانے والی سب سے چھوٹی تعداد
settings-suppression-k-hint = 3 سے 100 تک۔ اس سے چھوٹی تعداد چھپا دی جاتی ہے، تاکہ کوئی یہ اندازہ نہ لگا سکے کہ رپورٹ کس نے کی۔
settings-time-and-alerts = وقت اور انتباہات
settings-time-zone = ٹائم زون
settings-time-zone-hint = عملے کے صفحات پر اوقات اسی زون کے مطابق دکھائے جاتے ہیں۔ اسے کسی جگہ کے نام کی صورت میں لکھیں، مثلاً Europe/Stockholm یا Asia/Bangkok۔
settings-alert-email = انتباہات کے لیے ای میل پتہ
settings-alert-email-hint = اختیاری۔ رابطہ کار تنظیم کے لیے، kedja اس پتے پر اس دن کے اگلے روز لکھتا ہے جب رپورٹیں وصول نہ ہو سکیں کیونکہ کوئی تنظیم انہیں لے نہیں سکتی تھی۔ اگر انتباہ نہیں چاہیے تو خالی چھوڑ دیں۔
settings-save = ترتیبات محفوظ کریں
settings-error-acknowledge-days = 1 سے 7 تک دنوں کی پوری تعداد لکھیں۔
settings-error-feedback-months = 1 سے 3 تک مہینوں کی پوری تعداد لکھیں۔
settings-error-retention-months = 3 سے 120 تک مہینوں کی پوری تعداد لکھیں۔
settings-error-suppression-k = 3 سے 100 تک کوئی پورا عدد لکھیں۔
settings-error-time-zone = یہ ایسا ٹائم زون نہیں جسے kedja جانتا ہو۔ فہرست میں سے کوئی ایک چنیں، مثلاً Europe/Stockholm۔
settings-error-alert-email = name@example.org جیسا ای میل پتہ لکھیں، یا خانہ خالی چھوڑ دیں۔
code-action-org-settings_changed = تنظیم کی ترتیبات بدلیں

# ای میلز۔ kedja کی ہر ای میل کی طرح، یہ بھی کبھی کسی رپورٹ کے بارے میں کچھ نہیں بتاتیں۔
notice-sign-in-deadlines = کیس دیکھنے کے لیے سائن اِن کریں:
notice-sign-in-kedja-deadlines = کیس دیکھنے کے لیے kedja میں سائن اِن کریں۔
notice-sign-in-directory = سپلائر ڈائریکٹری اور اس کی روٹنگ چیک کرنے کے لیے سائن اِن کریں:
notice-sign-in-kedja-directory = سپلائر ڈائریکٹری اور اس کی روٹنگ چیک کرنے کے لیے kedja میں سائن اِن کریں۔
notice-deadline_digest-subject = kedja: آج آپ کی تنظیم میں آخری تاریخیں
notice-deadline_digest-opening = آپ کی تنظیم کے زیرِ کار کیسوں پر توجہ کی ضرورت ہے۔
    آخری تاریخ گزر چکی: { $overdue }
    دو دن کے اندر آخری تاریخ: { $soon }
notice-refused_reports-subject = kedja: رپورٹیں وصول نہیں ہو سکیں
notice-refused_reports-opening = { $days ->
        [1] { $from } (UTC) کو
       *[other] { $from } سے { $to } (UTC) تک
    } { $count ->
        [one] ایک رپورٹ نہیں بھیجی جا سکی
       *[other] { $count } رپورٹیں نہیں بھیجی جا سکیں
    } کیونکہ کوئی تنظیم اس کام کی جگہ کے بارے میں رپورٹیں وصول نہیں کر سکتی جو کارکن نے چنی تھی۔ ان رپورٹوں میں سے کچھ بھی محفوظ نہیں کیا گیا۔ کام کی جگہ کے خریداروں یا کسی رابطہ کار تنظیم کو سپلائر ڈائریکٹری اور اس کی روٹنگ میں شامل کرنے سے اگلی رپورٹ پہنچ سکے گی۔
