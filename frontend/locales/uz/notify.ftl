# E-mails to staff. They never say anything about a report itself.
notice-footer = Xabar beruvchilar xavfsizligi uchun bu elektron xat hech qachon
    murojaatning mazmuni haqida hech narsa aytmaydi.
notice-sign-in-read = Oʻqish uchun kiring:
notice-sign-in-acknowledge = Tasdiqlash uchun kiring:
notice-sign-in-feedback = Javob berish uchun kiring:
notice-sign-in-kedja-read = Oʻqish uchun kedja tizimiga kiring.
notice-sign-in-kedja-acknowledge = Tasdiqlash uchun kedja tizimiga kiring.
notice-sign-in-kedja-feedback = Javob berish uchun kedja tizimiga kiring.
notice-new_report-subject = kedja: yangi murojaatni dastlabki koʻrib chiqish kerak
notice-new_report-opening = Tashkilotingizga yangi murojaat yuborildi.
notice-reporter_reply-subject = kedja: xabar beruvchi xabar yubordi
notice-reporter_reply-opening = Xabar beruvchi tashkilotingiz olib borayotgan ishga xabar qoʻshdi.
notice-acknowledgement_due-subject = kedja: murojaat tasdiqlanishini kutmoqda
notice-acknowledgement_due-opening = Tashkilotingiz olib borayotgan ishning tasdiqlash muddati yaqinlashmoqda.
notice-feedback_due-subject = kedja: xabar beruvchiga javob berish vaqti keldi
notice-feedback_due-opening = Tashkilotingiz olib borayotgan ishning javob berish muddati yaqinlashmoqda.
notice-case_shared-subject = kedja: ish tashkilotingiz bilan ulashildi
notice-case_shared-opening = Boshqa tashkilot bir ishni tashkilotingiz bilan ulashdi.
notice-escalated-subject = kedja: ish tashkilotingizga yuborildi
notice-escalated-opening = Xaridor tashkilot bir ishni tashkilotingizga yubordi.
notice-escalation_answered-subject = kedja: vakolatli organ yuborilgan ishga javob berdi
notice-escalation_answered-opening = Vakolatli organ tashkilotingiz yuborgan ishga javob berdi.
notice-consent_answered-subject = kedja: xabar beruvchi yuborish haqida javob berdi
notice-consent_answered-opening = Xabar beruvchi oʻz ishini vakolatli organlarga yuborish mumkinmi yoki yoʻqmi, javob berdi.
