# الأعضاء: مديرو النظام في المؤسسة يدعون الأعضاء، ويغيّرون أدوارهم، ويعطّلونهم ويعيدون تفعيلهم،
# ويعيدون تعيين كلمات المرور وتطبيقات المصادقة (/staff/members)؛ ويختار العضو كلمة مروره عبر
# رابط يُستخدم مرة واحدة يصله بالبريد الإلكتروني (/staff/invite/...).

members-actions = الإجراءات
members-you = أنت
members-change-role = تغيير الدور
members-no-authenticator = لم يُعَدّ تطبيق مصادقة بعد
members-disable = تعطيل
members-enable = إعادة التفعيل
members-reset-password = إعادة تعيين كلمة المرور
members-send-new-link = إرسال رابط جديد
members-reset-totp = إعادة تعيين تطبيق المصادقة
members-actions-hint = التعطيل يُنهي جلسات العضو فورًا، ولا يستطيع تسجيل الدخول حتى يُعاد تفعيله. إعادة تعيين كلمة المرور ترسل إليه رابطًا بالبريد الإلكتروني ليختار كلمة مرور جديدة، ثم يجب تأكيده مرة أخرى. إعادة تعيين تطبيق المصادقة تجعله يُعِدّ التطبيق من جديد عند تسجيل دخوله التالي. لا ترى أنت أبدًا كلمة مروره ولا الرابط.
members-invite = دعوة عضو
members-invite-hint = يرسل kedja إلى العضو رابطًا بالبريد الإلكتروني ليختار كلمة مرور. يعمل الرابط مرة واحدة، لمدة 7 أيام. بعد ذلك يُعِدّ العضو تطبيق مصادقة، ثم يؤكده مدير النظام هنا قبل أن يستطيع قراءة أي شيء.
members-invite-submit = إرسال الدعوة

members-status-awaiting-password = مدعو: لم يختر كلمة مرور بعد
members-status-pending = بانتظار تأكيد مدير النظام
members-status-active = نشط
members-status-disabled = معطَّل

members-done-invited = الدعوة في طريقها إلى العضو.
members-done-role = تم تغيير الدور.
members-done-confirmed = تم تأكيد العضو.
members-done-disabled = تم تعطيل العضو وتسجيل خروجه من كل مكان.
members-done-enabled = يستطيع العضو تسجيل الدخول مرة أخرى.
members-done-password-reset = أُرسل إلى العضو رابط ليختار كلمة مرور جديدة.
members-done-totp-reset = سيُعِدّ العضو تطبيق مصادقة عند تسجيل دخوله التالي.

members-error-last-admin = لم يتم التنفيذ: لن يبقى في مؤسستك أي مدير نظام يستطيع التصرف. اجعل عضوًا آخر مدير نظام أولًا.
members-error-own-account = لا يمكنك إعادة تعيين حسابك أنت هنا. غيّر كلمة مرورك في صفحة كلمة المرور.
members-error-no-public-url = تحتاج الدعوات وإعادة تعيين كلمات المرور إلى عنوان هذه الخدمة (KEDJA_PUBLIC_URL). اطلب من مشغّل الخدمة ضبطه.
members-error-mail-off = البريد الإلكتروني متوقف في هذه الخدمة (KEDJA_SMTP_URL)، لذلك تعذّر وصول الرابط إلى العضو. اطلب من مشغّل الخدمة تشغيله.
members-error-awaiting-password = لم يختر هذا العضو كلمة مرور بعد. أكّده بعد أن يختارها.
members-error-disabled = هذا العضو معطَّل. أعِد تفعيله أولًا.
members-error-email-taken = يوجد بالفعل عضو بعنوان البريد الإلكتروني هذا.
members-error-not-pending = هذا العضو مؤكَّد بالفعل.

members-link-invitation-title = انضم إلى مؤسستك على kedja
members-link-reset-title = اختر كلمة مرور جديدة
members-link-intro = اختر كلمة مرور لهذا الحساب:
members-link-password-again = كلمة المرور نفسها مرة أخرى
members-link-submit = حفظ كلمة المرور
members-link-next = بعد ذلك تُعِدّ تطبيق مصادقة. ثم يؤكدك مدير النظام في مؤسستك قبل أن تستطيع قراءة أي شيء.
members-link-mismatch = كلمتا المرور غير متطابقتين.
members-link-gone-title = هذا الرابط لا يعمل
members-link-gone = إما أنه استُخدم من قبل، أو انتهت صلاحيته، أو حلّ محله رابط أحدث. اطلب من مدير النظام في مؤسستك أن يرسل إليك رابطًا جديدًا.

# الرسالة الإلكترونية التي تحمل الرابط. لا تذكر شيئًا عن المؤسسة أو قضاياها.
notice-invitation-subject = kedja: اختر كلمة المرور
notice-invitation-opening = دعاك مدير النظام في مؤسستك إلى kedja. اختر كلمة المرور بهذا الرابط. يعمل مرة واحدة، لمدة { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }:
notice-password-reset-subject = kedja: اختر كلمة مرور جديدة
notice-password-reset-opening = أعاد مدير النظام في مؤسستك تعيين كلمة مرورك في kedja. اختر كلمة مرور جديدة بهذا الرابط. يعمل مرة واحدة، لمدة { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }:
notice-link-next = بعد ذلك تُعِدّ تطبيق مصادقة، ثم يؤكدك مدير النظام قبل أن تستطيع قراءة أي شيء.
notice-link-unexpected = إذا لم تكن تتوقع هذه الرسالة، فلا تفتح الرابط، وأبلغ مؤسستك.

code-action-member-disabled = تعطيل عضو
code-action-member-enabled = إعادة تفعيل عضو
code-action-member-invited = دعوة عضو
code-action-member-password_reset = إعادة تعيين كلمة مرور عضو
code-action-member-password_set = اختيار كلمة مرور عبر رابط
code-action-member-role_changed = تغيير دور عضو
code-action-member-totp_reset = إعادة تعيين تطبيق المصادقة لعضو
