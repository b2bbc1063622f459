# E-mails to staff. They never say anything about a report itself.
notice-footer = برای حفظ امنیت کسانی که گزارش می‌دهند، این ایمیل هرگز چیزی
    درباره خود گزارش نمی‌گوید.
notice-sign-in-read = برای خواندن آن وارد شوید:
notice-sign-in-acknowledge = برای تأیید دریافت آن وارد شوید:
notice-sign-in-feedback = برای دادن بازخورد وارد شوید:
notice-sign-in-kedja-read = برای خواندن آن وارد kedja شوید.
notice-sign-in-kedja-acknowledge = برای تأیید دریافت آن وارد kedja شوید.
notice-sign-in-kedja-feedback = برای دادن بازخورد وارد kedja شوید.
notice-new_report-subject = kedja: یک گزارش جدید نیاز به بررسی اولیه دارد
notice-new_report-opening = یک گزارش جدید به سازمان شما فرستاده شد.
notice-reporter_reply-subject = kedja: یک گزارش‌دهنده پیام فرستاد
notice-reporter_reply-opening = یک گزارش‌دهنده به پرونده‌ای که سازمان شما به آن رسیدگی می‌کند پیامی اضافه کرد.
notice-acknowledgement_due-subject = kedja: یک گزارش منتظر تأیید دریافت است
notice-acknowledgement_due-opening = مهلت تأیید دریافت در پرونده‌ای که سازمان شما به آن رسیدگی می‌کند نزدیک است.
notice-feedback_due-subject = kedja: زمان بازخورد به یک گزارش‌دهنده رسیده است
notice-feedback_due-opening = مهلت بازخورد در پرونده‌ای که سازمان شما به آن رسیدگی می‌کند نزدیک است.
notice-case_shared-subject = kedja: پرونده‌ای با سازمان شما به اشتراک گذاشته شد
notice-case_shared-opening = سازمان دیگری پرونده‌ای را با سازمان شما به اشتراک گذاشت.
notice-escalated-subject = kedja: پرونده‌ای به سازمان شما ارجاع شد
notice-escalated-opening = یک سازمان خریدار پرونده‌ای را به سازمان شما ارجاع داد.
notice-escalation_answered-subject = kedja: یک مرجع رسمی به ارجاع جواب داد
notice-escalation_answered-opening = یک مرجع رسمی به ارجاعی از سازمان شما جواب داد.
notice-consent_answered-subject = kedja: یک گزارش‌دهنده درباره ارجاع جواب داد
notice-consent_answered-opening = یک گزارش‌دهنده جواب داد که آیا پرونده‌اش می‌تواند به مراجع رسمی برود یا نه.
