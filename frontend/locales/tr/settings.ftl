# Kuruluş ayarları (/staff/settings), günlük süre özeti ve hiçbir kuruluşun alamadığı
# bildirimlerle ilgili uyarı.
settings-title = Kuruluş ayarları
settings-intro = Bu ayarlar tüm kuruluşunuz için geçerlidir. Yeni bir süre, bundan sonra gelen bildirimlere uygulanır; önceden belirlenmiş süreler olduğu gibi kalır.
settings-saved = Ayarlar kaydedildi.
settings-check-marked = Bazı ayarlar kaydedilemedi. Lütfen işaretli alanları kontrol edin.
settings-deadlines = Süreler
settings-acknowledge-days = Bir bildirimi onaylamak için gün sayısı
settings-acknowledge-days-hint = Bildirim geldikten sonra 1 ile 7 gün arası. AB İhbarcıların Korunması Direktifi en fazla 7 güne izin verir.
settings-feedback-months = Geri bildirim vermek için ay sayısı
settings-feedback-months-hint = Onaydan sonra 1 ile 3 ay arası. AB İhbarcıların Korunması Direktifi en fazla 3 aya izin verir.
settings-data = Vakaların saklanması ve sayılması
settings-retention-months = Kapatılmış bir vakanın saklanacağı ay sayısı
settings-retention-months-hint = Vaka kapatıldıktan sonra 3 ile 120 ay arası. Bu sürenin sonunda vakanın içeriği ve dosyaları silinir; vaka istatistiklerde sayılmaya devam eder.
settings-suppression-k = İstatistiklerde gösterilen en küçük sayı
settings-suppression-k-hint = 3 ile 100 arası. Daha küçük bir sayı gizlenir; böylece kimse bildirimi kimin yaptığını çıkaramaz.
settings-time-and-alerts = Saat ve uyarılar
settings-time-zone = Saat dilimi
settings-time-zone-hint = Personel sayfalarındaki saatler bu dilimde gösterilir. Bir yer adı olarak yazın, örneğin Europe/Stockholm veya Asia/Bangkok.
settings-alert-email = Uyarılar için e-posta adresi
settings-alert-email-hint = İsteğe bağlı. Koordinatör bir kuruluş için kedja, hiçbir kuruluş üstlenemediği için bildirimlerin alınamadığı günün ertesi günü bu adrese yazar. Uyarı istemiyorsanız boş bırakın.
settings-save = Ayarları kaydet
settings-error-acknowledge-days = 1 ile 7 arasında tam sayı olarak gün sayısı girin.
settings-error-feedback-months = 1 ile 3 arasında tam sayı olarak ay sayısı girin.
settings-error-retention-months = 3 ile 120 arasında tam sayı olarak ay sayısı girin.
settings-error-suppression-k = 3 ile 100 arasında bir tam sayı girin.
settings-error-time-zone = kedja bu saat dilimini tanımıyor. Listeden bir tane seçin, örneğin Europe/Stockholm.
settings-error-alert-email = name@example.org gibi bir e-posta adresi girin veya alanı boş bırakın.
code-action-org-settings_changed = kuruluş ayarlarını değiştirdi

# E-postalar. kedja’nın tüm e-postaları gibi, bunlar da bir bildirimin içeriği hakkında hiçbir şey söylemez.
notice-sign-in-deadlines = Vakaları görmek için giriş yapın:
notice-sign-in-kedja-deadlines = Vakaları görmek için kedja’ya giriş yapın.
notice-sign-in-directory = Tedarikçi rehberini ve yönlendirmesini kontrol etmek için giriş yapın:
notice-sign-in-kedja-directory = Tedarikçi rehberini ve yönlendirmesini kontrol etmek için kedja’ya giriş yapın.
notice-deadline_digest-subject = kedja: kuruluşunuzda bugünkü süreler
notice-deadline_digest-opening = Kuruluşunuzun yürüttüğü vakalar ilgi bekliyor.
    Süresi geçmiş: { $overdue }
    İki gün içinde süresi dolacak: { $soon }
notice-refused_reports-subject = kedja: bildirimler alınamadı
notice-refused_reports-opening = { $days ->
        [1] { $from } tarihinde (UTC)
       *[other] { $from } ile { $to } arasında (UTC)
    } { $count ->
       *[other] { $count } bildirim gönderilemedi,
    } çünkü işçinin seçtiği iş yeri hakkında bildirim alabilecek hiçbir kuruluş yok. Bu bildirimlerden hiçbir veri saklanmadı. Bu iş yerinin alıcı kurumlarını veya koordinatör bir kuruluşu tedarikçi rehberine ve yönlendirmesine eklerseniz bir sonraki bildirim ulaşabilir.
