# تنظیمات سازمان (/staff/settings)، خلاصه روزانه مهلت‌ها و هشدار درباره گزارش‌هایی که هیچ سازمانی
# نتوانست دریافت کند.
settings-title = تنظیمات سازمان
settings-intro = این تنظیمات برای کل سازمان شما اعمال می‌شود. مهلت جدید برای گزارش‌هایی اعمال می‌شود که از این به بعد می‌رسند؛ مهلت‌هایی که از قبل تعیین شده‌اند همان‌طور می‌مانند.
settings-saved = تنظیمات ذخیره شد.
settings-check-marked = برخی از تنظیمات ذخیره نشد. لطفاً فیلدهای علامت‌خورده را بررسی کنید.
settings-deadlines = مهلت‌ها
settings-acknowledge-days = تعداد روزها برای تأیید دریافت گزارش
settings-acknowledge-days-hint = از 1 تا 7 روز پس از رسیدن گزارش. دستورالعمل اتحادیه اروپا درباره حمایت از افشاگران حداکثر 7 روز را مجاز می‌داند.
settings-feedback-months = تعداد ماه‌ها برای دادن بازخورد
settings-feedback-months-hint = از 1 تا 3 ماه پس از تأیید دریافت. دستورالعمل اتحادیه اروپا درباره حمایت از افشاگران حداکثر 3 ماه را مجاز می‌داند.
settings-data = نگهداری و شمارش پرونده‌ها
settings-retention-months = تعداد ماه‌های نگهداری پرونده بسته
settings-retention-months-hint = از 3 تا 120 ماه پس از بسته شدن پرونده. پس از آن، محتوا و فایل‌های پرونده حذف می‌شوند؛ ولی پرونده همچنان در آمار شمرده می‌شود.
settings-suppression-k = کوچک‌ترین عددی که در آمار نشان داده می‌شود
settings-suppression-k-hint = از 3 تا 100. عدد کوچک‌تر پنهان می‌شود تا هیچ‌کس نتواند بفهمد چه کسی گزارش داده است.
settings-time-and-alerts = زمان و هشدارها
settings-time-zone = منطقه زمانی
settings-time-zone-hint = زمان‌ها در صفحه‌های کارکنان بر اساس این منطقه نشان داده می‌شوند. آن را به صورت نام یک مکان بنویسید، برای مثال Europe/Stockholm یا Asia/Bangkok.
settings-alert-email = نشانی ایمیل برای هشدارها
settings-alert-email-hint = اختیاری. اگر سازمان شما سازمان هماهنگ‌کننده باشد، kedja یک روز پس از آنکه گزارش‌هایی دریافت نشدند، چون هیچ سازمانی نمی‌توانست آنها را بگیرد، به این نشانی می‌نویسد. اگر هشداری نمی‌خواهید، خالی بگذارید.
settings-save = ذخیره تنظیمات
settings-error-acknowledge-days = یک عدد صحیح از 1 تا 7 روز وارد کنید.
settings-error-feedback-months = یک عدد صحیح از 1 تا 3 ماه وارد کنید.
settings-error-retention-months = یک عدد صحیح از 3 تا 120 ماه وارد کنید.
settings-error-suppression-k = یک عدد صحیح از 3 تا 100 وارد کنید.
settings-error-time-zone = kedja این منطقه زمانی را نمی‌شناسد. یکی را از فهرست انتخاب کنید، برای مثال Europe/Stockholm.
settings-error-alert-email = یک نشانی ایمیل مانند name@example.org وارد کنید، یا فیلد را خالی بگذارید.
code-action-org-settings_changed = تنظیمات سازمان را تغییر داد

# ایمیل‌ها. مانند همه ایمیل‌های kedja، هرگز چیزی درباره خود گزارش نمی‌گویند.
notice-sign-in-deadlines = برای دیدن پرونده‌ها وارد شوید:
notice-sign-in-kedja-deadlines = برای دیدن پرونده‌ها وارد kedja شوید.
notice-sign-in-directory = برای بررسی فهرست تأمین‌کنندگان و مسیردهی آن وارد شوید:
notice-sign-in-kedja-directory = برای بررسی فهرست تأمین‌کنندگان و مسیردهی آن وارد kedja شوید.
notice-deadline_digest-subject = kedja: مهلت‌های امروز در سازمان شما
notice-deadline_digest-opening = پرونده‌هایی که سازمان شما به آنها رسیدگی می‌کند نیاز به توجه دارند.
    مهلتشان گذشته است: { $overdue }
    مهلتشان تا دو روز دیگر تمام می‌شود: { $soon }
notice-refused_reports-subject = kedja: گزارش‌هایی دریافت نشدند
notice-refused_reports-opening = { $days ->
        [1] در { $from } (UTC)،
       *[other] از { $from } تا { $to } (UTC)،
    } { $count ->
        [one] یک گزارش ارسال نشد
       *[other] { $count } گزارش ارسال نشد
    } چون هیچ سازمانی نمی‌تواند گزارش‌های مربوط به محل کاری را که کارگر انتخاب کرده بود دریافت کند. هیچ چیز از آن گزارش‌ها ذخیره نشد. اگر خریداران آن محل کار یا یک سازمان هماهنگ‌کننده به فهرست تأمین‌کنندگان و مسیردهی آن افزوده شوند، گزارش بعدی می‌رسد.
