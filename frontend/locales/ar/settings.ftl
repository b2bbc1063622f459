# إعدادات المؤسسة (/staff/settings)، والملخص اليومي للمهل، والتنبيه بشأن البلاغات التي لم تستطع
# أي جهة استلامها.
settings-title = إعدادات المؤسسة
settings-intro = تنطبق هذه الإعدادات على مؤسستك كلها. تنطبق المهلة الجديدة على البلاغات التي تصل من الآن فصاعدًا؛ أما المهل المحددة من قبل فتبقى كما هي.
settings-saved = حُفظت الإعدادات.
settings-check-marked = تعذّر حفظ بعض الإعدادات. يُرجى مراجعة الحقول المُعلَّمة.
settings-deadlines = المهل
settings-acknowledge-days = عدد الأيام لتأكيد استلام البلاغ
settings-acknowledge-days-hint = من 1 إلى 7 أيام بعد وصول البلاغ. يسمح توجيه الاتحاد الأوروبي بشأن حماية المُبلِّغين بـ 7 أيام كحد أقصى.
settings-feedback-months = عدد الأشهر للرد على المُبلِّغ
settings-feedback-months-hint = من 1 إلى 3 أشهر بعد تأكيد الاستلام. يسمح توجيه الاتحاد الأوروبي بشأن حماية المُبلِّغين بـ 3 أشهر كحد أقصى.
settings-data = الاحتفاظ بالقضايا وعدّها
settings-retention-months = عدد أشهر الاحتفاظ بالقضية المُغلقة
settings-retention-months-hint = من 3 إلى 120 شهرًا بعد إغلاق القضية. بعد ذلك يُحذف محتواها وملفاتها، لكن القضية تبقى محسوبة في الإحصاءات.
settings-suppression-k = أصغر عدد يظهر في الإحصاءات
settings-suppression-k-hint = من 3 إلى 100. يُخفى أي عدد أصغر منه، حتى لا يتمكن أحد من استنتاج من قدّم البلاغ.
settings-time-and-alerts = الوقت والتنبيهات
settings-time-zone = المنطقة الزمنية
settings-time-zone-hint = تظهر الأوقات في صفحات الموظفين حسب هذه المنطقة. اكتبها باسم مكان، مثل Europe/Stockholm أو Asia/Bangkok.
settings-alert-email = عنوان البريد الإلكتروني للتنبيهات
settings-alert-email-hint = اختياري. إذا كانت مؤسستك جهة منسِّقة، يكتب kedja إلى هذا العنوان في اليوم التالي لتعذّر استلام بلاغات لعدم وجود مؤسسة تستطيع استلامها. اتركه فارغًا إذا كنت لا تريد أي تنبيه.
settings-save = حفظ الإعدادات
settings-error-acknowledge-days = أدخل عددًا صحيحًا من الأيام من 1 إلى 7.
settings-error-feedback-months = أدخل عددًا صحيحًا من الأشهر من 1 إلى 3.
settings-error-retention-months = أدخل عددًا صحيحًا من الأشهر من 3 إلى 120.
settings-error-suppression-k = أدخل عددًا صحيحًا من 3 إلى 100.
settings-error-time-zone = هذه ليست منطقة زمنية يعرفها kedja. اختر واحدة من القائمة، مثل Europe/Stockholm.
settings-error-alert-email = أدخل عنوان بريد إلكتروني مثل name@example.org، أو اترك الحقل فارغًا.
code-action-org-settings_changed = تغيير إعدادات المؤسسة

# رسائل البريد الإلكتروني. مثل كل رسائل kedja، لا تذكر أبدًا أي شيء عن البلاغ نفسه.
notice-sign-in-deadlines = سجّل الدخول لرؤية القضايا:
notice-sign-in-kedja-deadlines = سجّل الدخول إلى kedja لرؤية القضايا.
notice-sign-in-directory = سجّل الدخول لمراجعة دليل الموردين وقواعد توجيهه:
notice-sign-in-kedja-directory = سجّل الدخول إلى kedja لمراجعة دليل الموردين وقواعد توجيهه.
notice-deadline_digest-subject = kedja: المهل في مؤسستك اليوم
notice-deadline_digest-opening = قضايا تتولاها مؤسستك تحتاج إلى اهتمام.
    تجاوزت مهلتها: { $overdue }
    تنتهي مهلتها خلال يومين: { $soon }
notice-refused_reports-subject = kedja: تعذّر استلام بلاغات
notice-refused_reports-opening = { $days ->
        [1] في { $from } (UTC)،
       *[other] من { $from } إلى { $to } (UTC)،
    } { $count ->
        [one] تعذّر إرسال بلاغ واحد
        [two] تعذّر إرسال بلاغين
        [few] تعذّر إرسال { $count } بلاغات
        [many] تعذّر إرسال { $count } بلاغًا
       *[other] تعذّر إرسال { $count } بلاغ
    } لأنه لا توجد مؤسسة تستطيع استلام البلاغات عن مكان العمل الذي اختاره العامل. لم يُحفظ أي شيء من تلك البلاغات. إن إضافة الجهات المشترية من مكان العمل أو جهة منسِّقة إلى دليل الموردين وقواعد توجيهه تتيح وصول البلاغ التالي.
