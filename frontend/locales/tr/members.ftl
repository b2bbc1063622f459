# Üyeler: bir kuruluşun yöneticileri üyeleri davet eder, rollerini değiştirir, üyeleri devre dışı bırakır
# ve yeniden etkinleştirir, parolaları ve doğrulama uygulamalarını sıfırlar (/staff/members); üye, kendisine
# e-postayla gönderilen tek kullanımlık bağlantıyla bir parola seçer (/staff/invite/...).

members-actions = İşlemler
members-you = siz
members-change-role = Rolü değiştir
members-no-authenticator = Henüz doğrulama uygulaması kurulmadı
members-disable = Devre dışı bırak
members-enable = Yeniden etkinleştir
members-reset-password = Parolayı sıfırla
members-send-new-link = Yeni bağlantı gönder
members-reset-totp = Doğrulama uygulamasını sıfırla
members-actions-hint = Devre dışı bırakmak, üyenin oturumlarını hemen kapatır; üye yeniden etkinleştirilene kadar giriş yapamaz. Parola sıfırlandığında üyeye, yeni bir parola seçmesi için e-postayla bir bağlantı gönderilir; ardından üyenin yeniden onaylanması gerekir. Doğrulama uygulaması sıfırlandığında üye, bir sonraki girişinde uygulamasını yeniden kurar. Üyenin parolasını veya bağlantıyı hiçbir zaman görmezsiniz.
members-invite = Üye davet et
members-invite-hint = kedja, üyeye parola seçmesi için e-postayla bir bağlantı gönderir. Bağlantı 7 gün geçerlidir ve yalnızca bir kez kullanılabilir. Ardından üye bir doğrulama uygulaması kurar; bir şey okuyabilmesi için önce bir yöneticinin onu burada onaylaması gerekir.
members-invite-submit = Daveti gönder

members-status-awaiting-password = Davet edildi: henüz parola seçmedi
members-status-pending = Bir yöneticinin onayını bekliyor
members-status-active = Etkin
members-status-disabled = Devre dışı

members-done-invited = Davet gönderildi.
members-done-role = Rol değiştirildi.
members-done-confirmed = Üye onaylandı.
members-done-disabled = Üye devre dışı bırakıldı ve her yerde oturumu kapatıldı.
members-done-enabled = Üye yeniden giriş yapabilir.
members-done-password-reset = Üyeye, yeni bir parola seçmesi için bir bağlantı gönderildi.
members-done-totp-reset = Üye, bir sonraki girişinde bir doğrulama uygulaması kuracak.

members-error-last-admin = Yapılmadı: kuruluşunuzda işlem yapabilecek hiçbir yönetici kalmazdı. Önce başka bir üyeyi yönetici yapın.
members-error-own-account = Kendi hesabınızı burada sıfırlayamazsınız. Parolanızı parola sayfasında değiştirin.
members-error-no-public-url = Davetler ve parola sıfırlamaları için bu hizmetin adresi (KEDJA_PUBLIC_URL) gerekir. Hizmet işletmecisinden bu adresi ayarlamasını isteyin.
members-error-mail-off = Bu hizmette e-posta kapalı (KEDJA_SMTP_URL), bu yüzden bağlantı üyeye ulaşamadı. Hizmet işletmecisinden e-postayı açmasını isteyin.
members-error-awaiting-password = Bu üye henüz parola seçmedi. Üyeyi, parola seçtikten sonra onaylayın.
members-error-disabled = Bu üye devre dışı. Önce üyeyi yeniden etkinleştirin.
members-error-email-taken = Bu e-posta adresine sahip bir üye zaten var.
members-error-not-pending = Bu üye zaten onaylanmış.

members-link-invitation-title = kedja’da kuruluşunuza katılın
members-link-reset-title = Yeni bir parola seçin
members-link-intro = Bu hesap için bir parola seçin:
members-link-password-again = Aynı parola tekrar
members-link-submit = Parolayı kaydet
members-link-next = Sonra bir doğrulama uygulaması kuracaksınız. Bir şey okuyabilmeniz için önce kuruluşunuzun bir yöneticisinin sizi onaylaması gerekir.
members-link-mismatch = İki parola aynı değil.
members-link-gone-title = Bu bağlantı çalışmıyor
members-link-gone = Bağlantı zaten kullanılmış, süresi dolmuş ya da yerine daha yeni bir bağlantı gönderilmiş. Kuruluşunuzun bir yöneticisinden size yeni bir bağlantı göndermesini isteyin.

# Bağlantıyı içeren e-posta. Kuruluş veya vakaları hakkında hiçbir şey söylemez.
notice-invitation-subject = kedja: parolanızı seçin
notice-invitation-opening = Kuruluşunuzun bir yöneticisi sizi kedja’ya davet etti. Parolanızı bu bağlantıyla seçin. Bağlantı yalnızca bir kez kullanılabilir ve { $days } gün geçerlidir:
notice-password-reset-subject = kedja: yeni bir parola seçin
notice-password-reset-opening = Kuruluşunuzun bir yöneticisi kedja parolanızı sıfırladı. Yeni parolanızı bu bağlantıyla seçin. Bağlantı yalnızca bir kez kullanılabilir ve { $days } gün geçerlidir:
notice-link-next = Ardından bir doğrulama uygulaması kuracaksınız; bir şey okuyabilmeniz için önce bir yönetici sizi onaylayacak.
notice-link-unexpected = Bu e-postayı beklemiyorduysanız bağlantıyı açmayın ve kuruluşunuza haber verin.

code-action-member-disabled = bir üyeyi devre dışı bıraktı
code-action-member-enabled = bir üyeyi yeniden etkinleştirdi
code-action-member-invited = bir üyeyi davet etti
code-action-member-password_reset = bir üyenin parolasını sıfırladı
code-action-member-password_set = bir bağlantıyla parola seçti
code-action-member-role_changed = bir üyenin rolünü değiştirdi
code-action-member-totp_reset = bir üyenin doğrulama uygulamasını sıfırladı
