# E-mails to staff. They never say anything about a report itself.
notice-footer = Demi keselamatan mereka yang melapor, e-mel ini tidak pernah menyebut
    apa-apa tentang kandungan laporan.
notice-sign-in-read = Log masuk untuk membacanya:
notice-sign-in-acknowledge = Log masuk untuk mengesahkan penerimaannya:
notice-sign-in-feedback = Log masuk untuk memberi maklum balas:
notice-sign-in-kedja-read = Log masuk ke kedja untuk membacanya.
notice-sign-in-kedja-acknowledge = Log masuk ke kedja untuk mengesahkan penerimaannya.
notice-sign-in-kedja-feedback = Log masuk ke kedja untuk memberi maklum balas.
notice-new_report-subject = kedja: laporan baharu perlu disaring
notice-new_report-opening = Laporan baharu telah dihantar kepada organisasi anda.
notice-reporter_reply-subject = kedja: pelapor menghantar mesej
notice-reporter_reply-opening = Seorang pelapor menambah mesej pada kes yang dikendalikan oleh organisasi anda.
notice-acknowledgement_due-subject = kedja: laporan menunggu pengesahan penerimaan
notice-acknowledgement_due-opening = Tarikh akhir pengesahan penerimaan bagi kes yang dikendalikan oleh organisasi anda sudah hampir.
notice-feedback_due-subject = kedja: maklum balas kepada pelapor perlu diberi
notice-feedback_due-opening = Tarikh akhir maklum balas bagi kes yang dikendalikan oleh organisasi anda sudah hampir.
notice-case_shared-subject = kedja: satu kes dikongsi dengan organisasi anda
notice-case_shared-opening = Organisasi lain berkongsi satu kes dengan organisasi anda.
notice-escalated-subject = kedja: satu kes dieskalasi kepada organisasi anda
notice-escalated-opening = Sebuah organisasi pembeli mengeskalasi satu kes kepada organisasi anda.
notice-escalation_answered-subject = kedja: pihak berkuasa menjawab eskalasi
notice-escalation_answered-opening = Pihak berkuasa menjawab eskalasi daripada organisasi anda.
notice-consent_answered-subject = kedja: pelapor menjawab tentang eskalasi
notice-consent_answered-opening = Seorang pelapor menjawab sama ada kesnya boleh dihantar kepada pihak berkuasa.
