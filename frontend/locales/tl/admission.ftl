# Mga limitasyon sa pag-sign in, karagdagang kumpirmasyon at lakas ng password (issue 10, "Brute force and admission").

# Ang pahina ng pag-sign in ng staff, pagkatapos ng sobrang daming bigong pagsubok sa account na ito o sa kabuuan.
admission-sign-in-wait = Sobrang dami ng bigong pagsubok na mag-sign in. Maghintay ng { $seconds } segundo at subukan ulit.

# Ang pahina na humihingi ng TOTP code bago mag-escalate, mag-export, maglipat o mag-reset ng miyembro.
admission-step-up-title = Kumpirmahin gamit ang code
admission-step-up-intro = Kailangan ng aksyong ito ang code mula sa iyong authenticator app, na inilagay sa nakaraang 5 minuto. Ilagay ang kasalukuyang code, pagkatapos ay babalik ka sa dati mong pahina at magagawa mo ito.
admission-step-up-confirm = Kumpirmahin
admission-step-up-wrong = Hindi tugma ang code, o nagamit na ito. Hintayin ang susunod na code at subukan ulit.
