# Xubnaha: maamulayaasha hay'addu waxay casuumaan xubno, beddelaan doorarkooda, joojiyaan oo dib u hawlgeliyaan,
# dibna u dejiyaan furayaasha sirta iyo app-yada xaqiijinta (/staff/members); xubintu waxay furaha sirta ku
# doorataa xiriirka hal mar la isticmaalo ee iimaylka loogu soo diray (/staff/invite/...).

members-actions = Tallaabooyin
members-you = adiga
members-change-role = Beddel doorka
members-no-authenticator = Weli lama dejin app xaqiijin
members-disable = Jooji
members-enable = Dib u hawlgeli
members-reset-password = Dib u deji furaha sirta
members-send-new-link = Dir xiriir cusub
members-reset-totp = Dib u deji app-ka xaqiijinta
members-actions-hint = Joojintu isla markiiba waxay xubinta ka saartaa meel kasta; ma geli karo ilaa dib loo hawlgeliyo. Dib u dejinta furaha sirta waxay xubinta iimayl ugu dirtaa xiriir uu ku doorto furaha sirta cusub; kadib waa in mar kale la xaqiijiyaa. Dib u dejinta app-ka xaqiijinta waxay ka dhigaysaa inuu mar kale dejiyo app-kiisa marka xigta ee uu galo. Marnaba ma aragtid furahiisa sirta ama xiriirka.
members-invite = Casuun xubin
members-invite-hint = kedja waxay iimayl ugu dirtaa xiriir uu ku doorto furaha sirta. Xiriirku hal mar oo keliya ayuu shaqeeyaa, muddo 7 maalmood ah. Kadib wuxuu dejiyaa app xaqiijin, maamule ayaana halkan ku xaqiijinaya ka hor inta uusan waxba akhriyi karin.
members-invite-submit = Dir casuumaadda

members-status-awaiting-password = La casuumay: weli ma dooran furaha sirta
members-status-pending = Wuxuu sugayaa xaqiijinta maamule
members-status-active = Firfircoon
members-status-disabled = La joojiyay

members-done-invited = Casuumaaddii waa la diray.
members-done-role = Doorka waa la beddelay.
members-done-confirmed = Xubinta waa la xaqiijiyay.
members-done-disabled = Xubinta waa la joojiyay, meel kastana waa laga saaray.
members-done-enabled = Xubintu mar kale way geli kartaa.
members-done-password-reset = Xubinta waxaa loo diray xiriir uu ku doorto furaha sirta cusub.
members-done-totp-reset = Xubintu waxay dejin doontaa app xaqiijin marka xigta ee ay gasho.

members-error-last-admin = Lama samayn: hay'addaadu ma yeelan lahayn maamule hawl qaban kara oo u haray. Marka hore xubin kale maamule ka dhig.
members-error-own-account = Halkan dib ugama dejin kartid akoonkaaga. Furahaaga sirta ku beddel bogga furaha sirta.
members-error-no-public-url = Casuumaadaha iyo dib u dejinta furayaasha sirta waxay u baahan yihiin cinwaanka adeeggan (KEDJA_PUBLIC_URL). Weydii maamulaha adeegga inuu dejiyo.
members-error-mail-off = Iimaylka waa ka dansan yahay adeeggan (KEDJA_SMTP_URL), sidaas darteed xiriirku ma gaari karin xubinta. Weydii maamulaha adeegga inuu shido.
members-error-awaiting-password = Xubintan weli ma dooran furaha sirta. Xaqiiji marka uu doorto kadib.
members-error-disabled = Xubintan waa la joojiyay. Marka hore dib u hawlgeli.
members-error-email-taken = Xubin leh cinwaankan iimaylka ah ayaa horeba u jira.
members-error-not-pending = Xubintan horeba waa la xaqiijiyay.

members-link-invitation-title = Ku biir hay'addaada kedja
members-link-reset-title = Dooro furaha sirta cusub
members-link-intro = U dooro furaha sirta akoonkan:
members-link-password-again = Isla furaha sirta mar kale
members-link-submit = Kaydi furaha sirta
members-link-next = Marka xigta waxaad dejin doontaa app xaqiijin. Kadib maamule ka tirsan hay'addaada ayaa ku xaqiijinaya ka hor inta aadan waxba akhriyi karin.
members-link-mismatch = Labada furaha sirta isku mid ma aha.
members-link-gone-title = Xiriirkani ma shaqaynayo
members-link-gone = Horey ayaa loo isticmaalay, wakhtigiisii wuu dhammaaday, ama xiriir ka cusub ayaa beddelay. Weydii maamule ka tirsan hay'addaada inuu kuu soo diro mid cusub.

# Iimaylka xiriirka wata. Waxba kama sheego hay'adda ama kiisaskeeda.
notice-invitation-subject = kedja: dooro furahaaga sirta
notice-invitation-opening = Maamule ka tirsan hay'addaada ayaa kugu casuumay kedja. Ku dooro furahaaga sirta xiriirkan. Hal mar oo keliya ayuu shaqeeyaa, muddo { $days ->
        [one] hal maalin ah
       *[other] { $days } maalmood ah
    }:
notice-password-reset-subject = kedja: dooro furaha sirta cusub
notice-password-reset-opening = Maamule ka tirsan hay'addaada ayaa dib u dejiyay furahaaga sirta ee kedja. Ku dooro mid cusub xiriirkan. Hal mar oo keliya ayuu shaqeeyaa, muddo { $days ->
        [one] hal maalin ah
       *[other] { $days } maalmood ah
    }:
notice-link-next = Kadib waxaad dejin doontaa app xaqiijin, maamule ayaana ku xaqiijinaya ka hor inta aadan waxba akhriyi karin.
notice-link-unexpected = Haddii aadan filayn iimaylkan, ha furin xiriirka, oo u sheeg hay'addaada.

code-action-member-disabled = xubin joojiyay
code-action-member-enabled = xubin dib u hawlgeliyay
code-action-member-invited = xubin casuumay
code-action-member-password_reset = dib u dejiyay furaha sirta xubin
code-action-member-password_set = furaha sirta ku doortay xiriir
code-action-member-role_changed = beddelay doorka xubin
code-action-member-totp_reset = dib u dejiyay app-ka xaqiijinta xubin
