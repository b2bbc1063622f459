# E-mails to staff. They never say anything about a report itself.
notice-footer = رپورٹ کرنے والوں کی حفاظت کے لیے یہ ای میل کبھی بھی
    خود رپورٹ کے بارے میں کچھ نہیں بتاتی۔
notice-sign-in-read = اسے پڑھنے کے لیے سائن اِن کریں:
notice-sign-in-acknowledge = اس کی تصدیق کے لیے سائن اِن کریں:
notice-sign-in-feedback = جواب دینے کے لیے سائن اِن کریں:
notice-sign-in-kedja-read = اسے پڑھنے کے لیے kedja میں سائن اِن کریں۔
notice-sign-in-kedja-acknowledge = اس کی تصدیق کے لیے kedja میں سائن اِن کریں۔
notice-sign-in-kedja-feedback = جواب دینے کے لیے kedja میں سائن اِن کریں۔
notice-new_report-subject = kedja: ایک نئی رپورٹ کا ابتدائی جائزہ لینا ہے
notice-new_report-opening = ایک نئی رپورٹ آپ کی تنظیم کو بھیجی گئی ہے۔
notice-reporter_reply-subject = kedja: رپورٹ کرنے والے نے پیغام بھیجا ہے
notice-reporter_reply-opening = رپورٹ کرنے والے نے آپ کی تنظیم کے زیرِ کار ایک کیس میں پیغام لکھا ہے۔
notice-acknowledgement_due-subject = kedja: ایک رپورٹ تصدیق کی منتظر ہے
notice-acknowledgement_due-opening = آپ کی تنظیم کے زیرِ کار ایک کیس میں تصدیق کی آخری تاریخ قریب ہے۔
notice-feedback_due-subject = kedja: رپورٹ کرنے والے کو جواب دینے کا وقت ہو گیا ہے
notice-feedback_due-opening = آپ کی تنظیم کے زیرِ کار ایک کیس میں جواب کی آخری تاریخ قریب ہے۔
notice-case_shared-subject = kedja: ایک کیس آپ کی تنظیم کے ساتھ شیئر کیا گیا ہے
notice-case_shared-opening = کسی دوسری تنظیم نے ایک کیس آپ کی تنظیم کے ساتھ شیئر کیا ہے۔
notice-escalated-subject = kedja: ایک کیس آپ کی تنظیم کو بھیجا گیا ہے
notice-escalated-opening = ایک خریدار تنظیم نے ایک کیس آپ کی تنظیم کو بھیجا ہے۔
notice-escalation_answered-subject = kedja: ایک سرکاری ادارے نے بھیجے گئے کیس کا جواب دیا ہے
notice-escalation_answered-opening = ایک سرکاری ادارے نے آپ کی تنظیم کے بھیجے ہوئے کیس کا جواب دیا ہے۔
notice-consent_answered-subject = kedja: رپورٹ کرنے والے نے حکام کو بھیجنے کے بارے میں جواب دیا ہے
notice-consent_answered-opening = رپورٹ کرنے والے نے بتایا ہے کہ اس کا کیس حکام کو بھیجا جا سکتا ہے یا نہیں۔
