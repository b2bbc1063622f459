# Giriş sınırları, ek doğrulama ve parola gücü (issue 10, "Brute force and admission").

# Personel giriş sayfası: bu hesapta veya genel olarak çok fazla başarısız deneme olduğunda.
admission-sign-in-wait = Çok fazla başarısız giriş denemesi oldu. Lütfen { $seconds } saniye bekleyin ve tekrar deneyin.

# Yükseltme, dışa aktarma, devretme veya üye sıfırlamadan önce TOTP kodu isteyen sayfa.
admission-step-up-title = Bir kodla onaylayın
admission-step-up-intro = Bu işlem için doğrulama uygulamanızdan bir kod gerekir. Kod son 5 dakika içinde girilmiş olmalıdır. Şu anki kodu girin. Sonra bulunduğunuz yere dönersiniz ve işlemi yapabilirsiniz.
admission-step-up-confirm = Onayla
admission-step-up-wrong = Kod doğru değil veya daha önce kullanıldı. Bir sonraki kodu bekleyin ve tekrar deneyin.
