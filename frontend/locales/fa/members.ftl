# اعضا: مدیران سیستم یک سازمان اعضا را دعوت می‌کنند، نقش‌ها را تغییر می‌دهند، اعضا را غیرفعال و دوباره فعال می‌کنند،
# و رمز عبور و برنامه احراز هویت را بازنشانی می‌کنند (/staff/members)؛ عضو رمز عبور خود را با
# پیوند یک‌بارمصرفی که برایش ایمیل می‌شود انتخاب می‌کند (/staff/invite/...).

members-actions = کارها
members-you = شما
members-change-role = تغییر نقش
members-no-authenticator = هنوز برنامه احراز هویت راه‌اندازی نشده است
members-disable = غیرفعال کردن
members-enable = فعال کردن دوباره
members-reset-password = بازنشانی رمز عبور
members-send-new-link = فرستادن پیوند جدید
members-reset-totp = بازنشانی برنامه احراز هویت
members-actions-hint = غیرفعال کردن، نشست‌های عضو را فوراً پایان می‌دهد؛ او تا دوباره فعال نشود نمی‌تواند وارد شود. با بازنشانی رمز عبور، پیوندی برای انتخاب رمز عبور جدید به او ایمیل می‌شود؛ پس از آن باید دوباره تأیید شود. با بازنشانی برنامه احراز هویت، او باید در ورود بعدی برنامه‌اش را دوباره راه‌اندازی کند. شما هرگز رمز عبور او یا پیوند را نمی‌بینید.
members-invite = دعوت از یک عضو
members-invite-hint = kedja پیوندی برای انتخاب رمز عبور به او ایمیل می‌کند. این پیوند یک بار و به مدت 7 روز کار می‌کند. پس از آن، او یک برنامه احراز هویت راه‌اندازی می‌کند و یک مدیر سیستم باید او را اینجا تأیید کند تا بتواند چیزی بخواند.
members-invite-submit = فرستادن دعوت‌نامه

members-status-awaiting-password = دعوت‌شده: هنوز رمز عبور انتخاب نکرده است
members-status-pending = در انتظار تأیید مدیر سیستم
members-status-active = فعال
members-status-disabled = غیرفعال

members-done-invited = دعوت‌نامه در راه است.
members-done-role = نقش تغییر کرد.
members-done-confirmed = عضو تأیید شد.
members-done-disabled = عضو غیرفعال شد و از همه جا خارج شد.
members-done-enabled = عضو دوباره می‌تواند وارد شود.
members-done-password-reset = پیوندی برای انتخاب رمز عبور جدید برای عضو فرستاده شد.
members-done-totp-reset = عضو در ورود بعدی خود یک برنامه احراز هویت راه‌اندازی خواهد کرد.

members-error-last-admin = انجام نشد: در سازمان شما هیچ مدیر سیستمی که بتواند کاری انجام دهد باقی نمی‌ماند. ابتدا عضو دیگری را مدیر سیستم کنید.
members-error-own-account = نمی‌توانید حساب خودتان را اینجا بازنشانی کنید. رمز عبور خود را در صفحه رمز عبور تغییر دهید.
members-error-no-public-url = دعوت‌نامه‌ها و بازنشانی رمز عبور به نشانی این سرویس (KEDJA_PUBLIC_URL) نیاز دارند. از گرداننده سرویس بخواهید آن را تنظیم کند.
members-error-mail-off = ایمیل در این سرویس خاموش است (KEDJA_SMTP_URL)، بنابراین پیوند به عضو نرسید. از گرداننده سرویس بخواهید آن را روشن کند.
members-error-awaiting-password = این عضو هنوز رمز عبور انتخاب نکرده است. پس از آنکه انتخاب کرد، او را تأیید کنید.
members-error-disabled = این عضو غیرفعال است. ابتدا او را فعال کنید.
members-error-email-taken = عضوی با این نشانی ایمیل از قبل وجود دارد.
members-error-not-pending = این عضو از قبل تأیید شده است.

members-link-invitation-title = به سازمان خود در kedja بپیوندید
members-link-reset-title = یک رمز عبور جدید انتخاب کنید
members-link-intro = برای این حساب یک رمز عبور انتخاب کنید:
members-link-password-again = همان رمز عبور، دوباره
members-link-submit = ذخیره رمز عبور
members-link-next = پس از این، یک برنامه احراز هویت راه‌اندازی می‌کنید. سپس یک مدیر سیستم سازمان شما باید شما را تأیید کند تا بتوانید چیزی بخوانید.
members-link-mismatch = دو رمز عبور یکسان نیستند.
members-link-gone-title = این پیوند کار نمی‌کند
members-link-gone = این پیوند قبلاً استفاده شده، منقضی شده، یا پیوند جدیدتری جای آن را گرفته است. از یک مدیر سیستم سازمان خود بخواهید پیوند جدیدی برایتان بفرستد.

# ایمیل حاوی پیوند. این ایمیل چیزی درباره سازمان یا پرونده‌های آن نمی‌گوید.
notice-invitation-subject = kedja: رمز عبور خود را انتخاب کنید
notice-invitation-opening = یک مدیر سیستم سازمان شما، شما را به kedja دعوت کرد. رمز عبور خود را با این پیوند انتخاب کنید. این پیوند یک بار و به مدت { $days } روز کار می‌کند:
notice-password-reset-subject = kedja: یک رمز عبور جدید انتخاب کنید
notice-password-reset-opening = یک مدیر سیستم سازمان شما رمز عبور kedja شما را بازنشانی کرد. رمز عبور جدید را با این پیوند انتخاب کنید. این پیوند یک بار و به مدت { $days } روز کار می‌کند:
notice-link-next = پس از آن، یک برنامه احراز هویت راه‌اندازی می‌کنید و یک مدیر سیستم باید شما را تأیید کند تا بتوانید چیزی بخوانید.
notice-link-unexpected = اگر انتظار این ایمیل را نداشتید، پیوند را باز نکنید و به سازمان خود اطلاع دهید.

code-action-member-disabled = یک عضو را غیرفعال کرد
code-action-member-enabled = یک عضو را دوباره فعال کرد
code-action-member-invited = یک عضو را دعوت کرد
code-action-member-password_reset = رمز عبور یک عضو را بازنشانی کرد
code-action-member-password_set = با یک پیوند رمز عبور انتخاب کرد
code-action-member-role_changed = نقش یک عضو را تغییر داد
code-action-member-totp_reset = برنامه احراز هویت یک عضو را بازنشانی کرد
