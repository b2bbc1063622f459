# E-mails to staff. They never say anything about a report itself.
notice-footer = Demi keselamatan orang yang melapor, e-mail ini tidak pernah menyebutkan
    apa pun tentang isi laporan.
notice-sign-in-read = Masuk untuk membacanya:
notice-sign-in-acknowledge = Masuk untuk mengonfirmasi penerimaannya:
notice-sign-in-feedback = Masuk untuk memberi tanggapan:
notice-sign-in-kedja-read = Masuk ke kedja untuk membacanya.
notice-sign-in-kedja-acknowledge = Masuk ke kedja untuk mengonfirmasi penerimaannya.
notice-sign-in-kedja-feedback = Masuk ke kedja untuk memberi tanggapan.
notice-new_report-subject = kedja: laporan baru perlu dipilah
notice-new_report-opening = Laporan baru telah diteruskan ke organisasi Anda.
notice-reporter_reply-subject = kedja: pelapor mengirim pesan
notice-reporter_reply-opening = Seorang pelapor menambahkan pesan pada kasus yang ditangani organisasi Anda.
notice-acknowledgement_due-subject = kedja: laporan menunggu konfirmasi penerimaan
notice-acknowledgement_due-opening = Batas waktu konfirmasi untuk kasus yang ditangani organisasi Anda sudah dekat.
notice-feedback_due-subject = kedja: saatnya memberi tanggapan kepada pelapor
notice-feedback_due-opening = Batas waktu tanggapan untuk kasus yang ditangani organisasi Anda sudah dekat.
notice-case_shared-subject = kedja: sebuah kasus dibagikan dengan organisasi Anda
notice-case_shared-opening = Organisasi lain membagikan sebuah kasus dengan organisasi Anda.
notice-escalated-subject = kedja: sebuah kasus dieskalasi ke organisasi Anda
notice-escalated-opening = Sebuah organisasi pembeli mengeskalasi kasus ke organisasi Anda.
notice-escalation_answered-subject = kedja: instansi berwenang menjawab eskalasi
notice-escalation_answered-opening = Instansi berwenang menjawab eskalasi dari organisasi Anda.
notice-consent_answered-subject = kedja: pelapor menjawab tentang eskalasi
notice-consent_answered-opening = Seorang pelapor menjawab apakah kasusnya boleh diteruskan ke instansi berwenang.
