# E-mails to staff. They never say anything about a report itself.
notice-footer = Bildirim yapanların güvenliği için bu e-posta, bildirimin içeriği hakkında
    hiçbir zaman bir şey söylemez.
notice-sign-in-read = Okumak için giriş yapın:
notice-sign-in-acknowledge = Onaylamak için giriş yapın:
notice-sign-in-feedback = Geri bildirim vermek için giriş yapın:
notice-sign-in-kedja-read = Okumak için kedja’ya giriş yapın.
notice-sign-in-kedja-acknowledge = Onaylamak için kedja’ya giriş yapın.
notice-sign-in-kedja-feedback = Geri bildirim vermek için kedja’ya giriş yapın.
notice-new_report-subject = kedja: yeni bir bildirimin ön değerlendirmesi gerekiyor
notice-new_report-opening = Kurumunuza yeni bir bildirim yönlendirildi.
notice-reporter_reply-subject = kedja: bildirimi yapan kişi bir mesaj gönderdi
notice-reporter_reply-opening = Bildirimi yapan bir kişi, kurumunuzun yürüttüğü bir vakaya mesaj ekledi.
notice-acknowledgement_due-subject = kedja: bir bildirim onay bekliyor
notice-acknowledgement_due-opening = Kurumunuzun yürüttüğü bir vakanın son onay tarihi yaklaşıyor.
notice-feedback_due-subject = kedja: bildirimi yapan kişiye geri bildirim zamanı geldi
notice-feedback_due-opening = Kurumunuzun yürüttüğü bir vakanın son geri bildirim tarihi yaklaşıyor.
notice-case_shared-subject = kedja: bir vaka kurumunuzla paylaşıldı
notice-case_shared-opening = Başka bir kurum bir vakayı kurumunuzla paylaştı.
notice-escalated-subject = kedja: bir vaka kurumunuza iletildi
notice-escalated-opening = Alıcı bir kurum bir vakayı kurumunuza iletti.
notice-escalation_answered-subject = kedja: yetkili bir makam iletilen vakaya cevap verdi
notice-escalation_answered-opening = Yetkili bir makam, kurumunuzun ilettiği vakaya cevap verdi.
notice-consent_answered-subject = kedja: bildirimi yapan kişi iletme konusunda cevap verdi
notice-consent_answered-opening = Bildirimi yapan kişi, vakasının yetkili makamlara iletilip iletilemeyeceğine cevap verdi.
