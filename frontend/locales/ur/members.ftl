# اراکین: تنظیم کے ایڈمنسٹریٹر اراکین کو مدعو کرتے ہیں، کردار بدلتے ہیں، انہیں غیر فعال اور دوبارہ فعال کرتے ہیں،
# اور پاس ورڈ اور تصدیقی ایپ ری سیٹ کرتے ہیں (/staff/members)؛ رکن ای میل سے ملنے والے ایک بار
# استعمال ہونے والے لنک کے ذریعے اپنا پاس ورڈ چنتا ہے (/staff/invite/...).

members-actions = کارروائیاں
members-you = آپ
members-change-role = کردار تبدیل کریں
members-no-authenticator = ابھی تک کوئی تصدیقی ایپ سیٹ اپ نہیں کی گئی
members-disable = غیر فعال کریں
members-enable = دوبارہ فعال کریں
members-reset-password = پاس ورڈ ری سیٹ کریں
members-send-new-link = نیا لنک بھیجیں
members-reset-totp = تصدیقی ایپ ری سیٹ کریں
members-actions-hint = غیر فعال کرنے سے رکن کے سیشن فوراً ختم ہو جاتے ہیں؛ دوبارہ فعال کیے جانے تک وہ سائن اِن نہیں کر سکتا۔ پاس ورڈ ری سیٹ کرنے پر رکن کو نیا پاس ورڈ چننے کے لیے ای میل سے ایک لنک بھیجا جاتا ہے؛ اس کے بعد اس کی دوبارہ تصدیق ضروری ہے۔ تصدیقی ایپ ری سیٹ کرنے پر رکن کو اگلی بار سائن اِن کرتے وقت اپنی ایپ دوبارہ سیٹ اپ کرنی ہوتی ہے۔ آپ کبھی بھی اس کا پاس ورڈ یا لنک نہیں دیکھتے۔
members-invite = کسی رکن کو مدعو کریں
members-invite-hint = kedja رکن کو پاس ورڈ چننے کے لیے ای میل سے ایک لنک بھیجتا ہے۔ یہ لنک ایک بار، 7 دن تک کام کرتا ہے۔ اس کے بعد رکن ایک تصدیقی ایپ سیٹ اپ کرتا ہے، اور کوئی ایڈمنسٹریٹر یہاں اس کی تصدیق کرتا ہے، تب ہی وہ کچھ پڑھ سکتا ہے۔
members-invite-submit = دعوت نامہ بھیجیں

members-status-awaiting-password = مدعو: ابھی تک پاس ورڈ نہیں چنا
members-status-pending = ایڈمنسٹریٹر کی تصدیق کا منتظر
members-status-active = فعال
members-status-disabled = غیر فعال

members-done-invited = دعوت نامہ بھیجا جا رہا ہے۔
members-done-role = کردار تبدیل کر دیا گیا۔
members-done-confirmed = رکن کی تصدیق کر دی گئی۔
members-done-disabled = رکن کو غیر فعال کر دیا گیا اور ہر جگہ سے سائن آؤٹ کر دیا گیا۔
members-done-enabled = رکن دوبارہ سائن اِن کر سکتا ہے۔
members-done-password-reset = رکن کو نیا پاس ورڈ چننے کے لیے ایک لنک بھیج دیا گیا۔
members-done-totp-reset = رکن اگلی بار سائن اِن کرتے وقت تصدیقی ایپ سیٹ اپ کرے گا۔

members-error-last-admin = نہیں کیا گیا: آپ کی تنظیم میں کوئی ایسا ایڈمنسٹریٹر باقی نہیں رہے گا جو کارروائی کر سکے۔ پہلے کسی دوسرے رکن کو ایڈمنسٹریٹر بنائیں۔
members-error-own-account = آپ یہاں اپنا اکاؤنٹ ری سیٹ نہیں کر سکتے۔ اپنا پاس ورڈ پاس ورڈ والے صفحے پر تبدیل کریں۔
members-error-no-public-url = دعوت ناموں اور پاس ورڈ ری سیٹ کے لیے اس سروس کا پتہ (KEDJA_PUBLIC_URL) ضروری ہے۔ سروس چلانے والے سے اسے سیٹ کرنے کو کہیں۔
members-error-mail-off = اس سروس پر ای میل بند ہے (KEDJA_SMTP_URL)، اس لیے لنک رکن تک نہیں پہنچ سکا۔ سروس چلانے والے سے اسے چالو کرنے کو کہیں۔
members-error-awaiting-password = اس رکن نے ابھی تک پاس ورڈ نہیں چنا۔ پاس ورڈ چن لینے کے بعد اس کی تصدیق کریں۔
members-error-disabled = یہ رکن غیر فعال ہے۔ پہلے اسے فعال کریں۔
members-error-email-taken = اس ای میل پتے والا رکن پہلے سے موجود ہے۔
members-error-not-pending = اس رکن کی پہلے ہی تصدیق ہو چکی ہے۔

members-link-invitation-title = kedja پر اپنی تنظیم میں شامل ہوں
members-link-reset-title = نیا پاس ورڈ چنیں
members-link-intro = اس اکاؤنٹ کے لیے پاس ورڈ چنیں:
members-link-password-again = وہی پاس ورڈ دوبارہ
members-link-submit = پاس ورڈ محفوظ کریں
members-link-next = اس کے بعد آپ ایک تصدیقی ایپ سیٹ اپ کریں گے۔ پھر آپ کی تنظیم کا کوئی ایڈمنسٹریٹر آپ کی تصدیق کرے گا، تب ہی آپ کچھ پڑھ سکیں گے۔
members-link-mismatch = دونوں پاس ورڈ ایک جیسے نہیں ہیں۔
members-link-gone-title = یہ لنک کام نہیں کرتا
members-link-gone = یہ پہلے ہی استعمال ہو چکا ہے، اس کی مدت ختم ہو چکی ہے، یا کسی نئے لنک نے اس کی جگہ لے لی ہے۔ اپنی تنظیم کے کسی ایڈمنسٹریٹر سے نیا لنک بھیجنے کو کہیں۔

# لنک والی ای میل۔ یہ تنظیم یا اس کے کیسوں کے بارے میں کچھ نہیں بتاتی۔
notice-invitation-subject = kedja: اپنا پاس ورڈ چنیں
notice-invitation-opening = آپ کی تنظیم کے ایک ایڈمنسٹریٹر نے آپ کو kedja پر مدعو کیا ہے۔ اس لنک سے اپنا پاس ورڈ چنیں۔ یہ لنک ایک بار، { $days } دن تک کام کرتا ہے:
notice-password-reset-subject = kedja: نیا پاس ورڈ چنیں
notice-password-reset-opening = آپ کی تنظیم کے ایک ایڈمنسٹریٹر نے آپ کا kedja پاس ورڈ ری سیٹ کیا ہے۔ اس لنک سے نیا پاس ورڈ چنیں۔ یہ لنک ایک بار، { $days } دن تک کام کرتا ہے:
notice-link-next = اس کے بعد آپ ایک تصدیقی ایپ سیٹ اپ کریں گے، اور ایک ایڈمنسٹریٹر آپ کی تصدیق کرے گا، تب ہی آپ کچھ پڑھ سکیں گے۔
notice-link-unexpected = اگر آپ کو اس ای میل کی توقع نہیں تھی تو لنک نہ کھولیں، اور اپنی تنظیم کو بتائیں۔

code-action-member-disabled = ایک رکن کو غیر فعال کیا
code-action-member-enabled = ایک رکن کو دوبارہ فعال کیا
code-action-member-invited = ایک رکن کو مدعو کیا
code-action-member-password_reset = ایک رکن کا پاس ورڈ ری سیٹ کیا
code-action-member-password_set = لنک کے ذریعے پاس ورڈ چنا
code-action-member-role_changed = ایک رکن کا کردار تبدیل کیا
code-action-member-totp_reset = ایک رکن کی تصدیقی ایپ ری سیٹ کی
