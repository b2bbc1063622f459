# Mga setting ng organisasyon (/staff/settings), ang araw-araw na buod ng mga takdang oras at ang
# alerto tungkol sa mga ulat na walang makatanggap.
settings-title = Mga setting ng organisasyon
settings-intro = Para sa buong organisasyon mo ang mga setting na ito. Ang bagong takdang oras ay para sa mga ulat na darating mula ngayon; hindi nagbabago ang mga takdang oras na naitakda na.
settings-saved = Na-save na ang mga setting.
settings-check-marked = Hindi na-save ang ilang setting. Pakisuri ang mga field na may marka.
settings-deadlines = Mga takdang oras
settings-acknowledge-days = Ilang araw para kumpirmahin ang isang ulat
settings-acknowledge-days-hint = Mula 1 hanggang 7 araw pagkadating ng ulat. Hanggang 7 araw lang ang pinapayagan ng EU Whistleblowing Directive.
settings-feedback-months = Ilang buwan para magbigay ng tugon
settings-feedback-months-hint = Mula 1 hanggang 3 buwan pagkatapos kumpirmahin. Hanggang 3 buwan lang ang pinapayagan ng EU Whistleblowing Directive.
settings-data = Pagtatago at pagbilang ng mga kaso
settings-retention-months = Ilang buwan itatago ang saradong kaso
settings-retention-months-hint = Mula 3 hanggang 120 buwan pagkatapos isara ang kaso. Pagkatapos nito, buburahin ang laman at mga file ng kaso; bibilangin pa rin ang kaso sa estadistika.
settings-suppression-k = Pinakamaliit na bilang na ipinapakita sa estadistika
settings-suppression-k-hint = Mula 3 hanggang 100. Itinatago ang mas maliit na bilang, para walang makahula kung sino ang nag-ulat.
settings-time-and-alerts = Oras at mga alerto
settings-time-zone = Time zone
settings-time-zone-hint = Ipinapakita ang mga oras sa mga pahina ng staff ayon sa time zone na ito. Isulat ito bilang pangalan ng lugar, halimbawa Europe/Stockholm o Asia/Bangkok.
settings-alert-email = E-mail address para sa mga alerto
settings-alert-email-hint = Hindi kailangan. Para sa coordinator na organisasyon, susulat dito ang kedja sa araw pagkatapos may mga ulat na hindi natanggap dahil walang organisasyong makatanggap ng mga ito. Iwanang blangko kung wala.
settings-save = I-save ang mga setting
settings-error-acknowledge-days = Maglagay ng buong bilang ng araw mula 1 hanggang 7.
settings-error-feedback-months = Maglagay ng buong bilang ng buwan mula 1 hanggang 3.
settings-error-retention-months = Maglagay ng buong bilang ng buwan mula 3 hanggang 120.
settings-error-suppression-k = Maglagay ng buong bilang mula 3 hanggang 100.
settings-error-time-zone = Hindi kilala ng kedja ang time zone na ito. Pumili ng isa mula sa listahan, halimbawa Europe/Stockholm.
settings-error-alert-email = Maglagay ng e-mail address tulad ng name@example.org, o iwanang blangko ang field.
code-action-org-settings_changed = binago ang mga setting ng organisasyon

# Mga e-mail. Tulad ng bawat e-mail ng kedja, hindi kailanman sinasabi ng mga ito ang anuman tungkol sa laman ng ulat.
notice-sign-in-deadlines = Mag-sign in para makita ang mga kaso:
notice-sign-in-kedja-deadlines = Mag-sign in sa kedja para makita ang mga kaso.
notice-sign-in-directory = Mag-sign in para suriin ang direktoryo ng mga supplier at ang mga routing rule nito:
notice-sign-in-kedja-directory = Mag-sign in sa kedja para suriin ang direktoryo ng mga supplier at ang mga routing rule nito.
notice-deadline_digest-subject = kedja: mga takdang oras sa iyong organisasyon ngayong araw
notice-deadline_digest-opening = May mga kasong hawak ng iyong organisasyon na kailangang asikasuhin.
    Lampas na sa takdang oras: { $overdue }
    Aabot sa takdang oras sa loob ng dalawang araw: { $soon }
notice-refused_reports-subject = kedja: may mga ulat na hindi natanggap
notice-refused_reports-opening = { $days ->
        [1] Noong { $from } (UTC),
       *[other] Mula { $from } hanggang { $to } (UTC),
    } { $count ->
        [1] may isang ulat na hindi naipadala
       *[other] may { $count } ulat na hindi naipadala
    } dahil walang organisasyong maaaring tumanggap ng mga ulat tungkol sa lugar ng trabahong pinili ng manggagawa. Walang anumang bahagi ng mga ulat na iyon ang naitago. Kapag idinagdag ang mga mamimili ng lugar ng trabaho o isang coordinator na organisasyon sa direktoryo ng mga supplier at sa mga routing rule nito, makakarating ang susunod na ulat.
