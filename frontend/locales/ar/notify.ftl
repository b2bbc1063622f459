# E-mails to staff. They never say anything about a report itself.
notice-footer = حفاظًا على سلامة من يقدّمون البلاغات، لا تذكر هذه الرسالة الإلكترونية أبدًا
    أي شيء عن محتوى البلاغ نفسه.
notice-sign-in-read = سجّل الدخول لقراءته:
notice-sign-in-acknowledge = سجّل الدخول لتأكيد استلامه:
notice-sign-in-feedback = سجّل الدخول للرد على المُبلِّغ:
notice-sign-in-kedja-read = سجّل الدخول إلى kedja لقراءته.
notice-sign-in-kedja-acknowledge = سجّل الدخول إلى kedja لتأكيد استلامه.
notice-sign-in-kedja-feedback = سجّل الدخول إلى kedja للرد على المُبلِّغ.
notice-new_report-subject = kedja: بلاغ جديد يحتاج إلى فرز أولي
notice-new_report-opening = وُجِّه بلاغ جديد إلى مؤسستك.
notice-reporter_reply-subject = kedja: أرسل مُبلِّغ رسالة
notice-reporter_reply-opening = أضاف مُبلِّغ رسالة إلى قضية تتولاها مؤسستك.
notice-acknowledgement_due-subject = kedja: بلاغ ينتظر تأكيد الاستلام
notice-acknowledgement_due-opening = اقتربت المهلة النهائية لتأكيد الاستلام في قضية تتولاها مؤسستك.
notice-feedback_due-subject = kedja: حان موعد الرد على مُبلِّغ
notice-feedback_due-opening = اقتربت المهلة النهائية للرد على المُبلِّغ في قضية تتولاها مؤسستك.
notice-case_shared-subject = kedja: شورِكت قضية مع مؤسستك
notice-case_shared-opening = شاركت مؤسسة أخرى قضية مع مؤسستك.
notice-escalated-subject = kedja: أُحيلت قضية إلى مؤسستك
notice-escalated-opening = أحالت جهة مشترية قضية إلى مؤسستك.
notice-escalation_answered-subject = kedja: ردّت سلطة على إحالة
notice-escalation_answered-opening = ردّت سلطة على إحالة من مؤسستك.
notice-consent_answered-subject = kedja: ردّ مُبلِّغ بشأن الإحالة
notice-consent_answered-opening = ردّ مُبلِّغ على سؤال: هل يجوز أن تُحال قضيته إلى السلطات؟
