# E-mails to staff. They never say anything about a report itself.
notice-footer = Para sa kaligtasan ng mga nag-uulat, hindi kailanman sinasabi ng e-mail na ito
    ang anumang tungkol sa laman ng ulat.
notice-sign-in-read = Mag-sign in para mabasa ito:
notice-sign-in-acknowledge = Mag-sign in para kumpirmahing natanggap ito:
notice-sign-in-feedback = Mag-sign in para magbigay ng tugon:
notice-sign-in-kedja-read = Mag-sign in sa kedja para mabasa ito.
notice-sign-in-kedja-acknowledge = Mag-sign in sa kedja para kumpirmahing natanggap ito.
notice-sign-in-kedja-feedback = Mag-sign in sa kedja para magbigay ng tugon.
notice-new_report-subject = kedja: may bagong ulat na kailangang suriin
notice-new_report-opening = May bagong ulat na ipinadala sa iyong organisasyon.
notice-reporter_reply-subject = kedja: nagpadala ng mensahe ang isang nag-uulat
notice-reporter_reply-opening = Nagdagdag ng mensahe ang isang nag-uulat sa kasong hawak ng iyong organisasyon.
notice-acknowledgement_due-subject = kedja: may ulat na naghihintay ng kumpirmasyon
notice-acknowledgement_due-opening = Malapit na ang takdang oras ng kumpirmasyon sa isang kasong hawak ng iyong organisasyon.
notice-feedback_due-subject = kedja: kailangan nang magbigay ng tugon sa nag-uulat
notice-feedback_due-opening = Malapit na ang takdang oras ng tugon sa isang kasong hawak ng iyong organisasyon.
notice-case_shared-subject = kedja: may kasong ibinahagi sa iyong organisasyon
notice-case_shared-opening = Nagbahagi ng isang kaso sa iyong organisasyon ang ibang organisasyon.
notice-escalated-subject = kedja: may kasong ipinasa sa iyong organisasyon
notice-escalated-opening = Nagpasa ng isang kaso sa iyong organisasyon ang isang bumibiling organisasyon.
notice-escalation_answered-subject = kedja: sumagot ang isang awtoridad sa ipinasang kaso
notice-escalation_answered-opening = Sumagot ang isang awtoridad sa kasong ipinasa ng iyong organisasyon.
notice-consent_answered-subject = kedja: sumagot ang isang nag-uulat tungkol sa pagpasa
notice-consent_answered-opening = Sumagot ang isang nag-uulat kung maaaring ipasa sa mga awtoridad ang kanyang kaso.
