# Mga miyembro: ang mga administrator ng organisasyon ay nag-iimbita ng mga miyembro, nagpapalit ng tungkulin, nagdi-disable at nag-e-enable ulit sa kanila,
# at nagre-reset ng password at authenticator (/staff/members); pumipili ang miyembro ng password gamit ang
# link na isang beses lang magagamit na ipinadala sa kanila sa e-mail (/staff/invite/...).

members-actions = Mga aksyon
members-you = ikaw
members-change-role = Palitan ang tungkulin
members-no-authenticator = Wala pang naka-set up na authenticator app
members-disable = I-disable
members-enable = I-enable ulit
members-reset-password = I-reset ang password
members-send-new-link = Magpadala ng bagong link
members-reset-totp = I-reset ang authenticator
members-actions-hint = Kapag na-disable ang miyembro, agad na natatapos ang kanyang mga session; hindi siya makakapag-sign in hangga't hindi siya na-e-enable ulit. Kapag ni-reset ang password, padadalhan siya ng link sa e-mail para pumili ng bagong password; pagkatapos ay kailangan siyang kumpirmahin ulit. Kapag ni-reset ang authenticator, kailangan niyang i-set up ulit ang kanyang app sa susunod niyang pag-sign in. Hindi mo kailanman makikita ang kanyang password o ang link.
members-invite = Mag-imbita ng miyembro
members-invite-hint = Padadalhan siya ng kedja ng link sa e-mail para pumili ng password. Isang beses lang ito magagamit, sa loob ng 7 araw. Pagkatapos ay magse-set up siya ng authenticator app, at kukumpirmahin siya rito ng isang administrator bago siya makabasa ng kahit ano.
members-invite-submit = Ipadala ang imbitasyon

members-status-awaiting-password = Inimbitahan: hindi pa pumipili ng password
members-status-pending = Naghihintay ng kumpirmasyon ng administrator
members-status-active = Aktibo
members-status-disabled = Naka-disable

members-done-invited = Ipinapadala na ang imbitasyon.
members-done-role = Napalitan na ang tungkulin.
members-done-confirmed = Nakumpirma na ang miyembro.
members-done-disabled = Na-disable na ang miyembro at na-sign out na siya kahit saan.
members-done-enabled = Makakapag-sign in na ulit ang miyembro.
members-done-password-reset = Pinadalhan na ang miyembro ng link para pumili ng bagong password.
members-done-totp-reset = Magse-set up ang miyembro ng authenticator app sa susunod niyang pag-sign in.

members-error-last-admin = Hindi ito ginawa: wala nang matitirang administrator sa iyong organisasyon na makakakilos. Gawin munang administrator ang ibang miyembro.
members-error-own-account = Hindi mo maaaring i-reset dito ang sarili mong account. Palitan ang iyong password sa pahina ng password.
members-error-no-public-url = Kailangan ng mga imbitasyon at pag-reset ng password ang address ng serbisyong ito (KEDJA_PUBLIC_URL). Hilingin sa operator ng serbisyo na itakda ito.
members-error-mail-off = Naka-off ang e-mail sa serbisyong ito (KEDJA_SMTP_URL), kaya hindi naipadala ang link sa miyembro. Hilingin sa operator ng serbisyo na i-on ito.
members-error-awaiting-password = Hindi pa pumipili ng password ang miyembrong ito. Kumpirmahin siya kapag nakapili na siya.
members-error-disabled = Naka-disable ang miyembrong ito. I-enable muna siya ulit.
members-error-email-taken = May miyembro nang may ganitong e-mail address.
members-error-not-pending = Nakumpirma na ang miyembrong ito.

members-link-invitation-title = Sumali sa iyong organisasyon sa kedja
members-link-reset-title = Pumili ng bagong password
members-link-intro = Pumili ng password para sa account na ito:
members-link-password-again = Ang parehong password ulit
members-link-submit = I-save ang password
members-link-next = Susunod, magse-set up ka ng authenticator app. Pagkatapos ay kukumpirmahin ka ng isang administrator ng iyong organisasyon bago ka makabasa ng kahit ano.
members-link-mismatch = Hindi magkapareho ang dalawang password.
members-link-gone-title = Hindi gumagana ang link na ito
members-link-gone = Nagamit na ito, nag-expire na, o pinalitan na ng mas bagong link. Hilingin sa isang administrator ng iyong organisasyon na padalhan ka ng bago.

# Ang e-mail na may link. Wala itong sinasabi tungkol sa organisasyon o sa mga kaso nito.
notice-invitation-subject = kedja: pumili ng iyong password
notice-invitation-opening = Inimbitahan ka sa kedja ng isang administrator ng iyong organisasyon. Pumili ng iyong password gamit ang link na ito. Isang beses lang ito magagamit, sa loob ng { $days } araw:
notice-password-reset-subject = kedja: pumili ng bagong password
notice-password-reset-opening = Ni-reset ng isang administrator ng iyong organisasyon ang iyong password sa kedja. Pumili ng bago gamit ang link na ito. Isang beses lang ito magagamit, sa loob ng { $days } araw:
notice-link-next = Pagkatapos ay magse-set up ka ng authenticator app, at kukumpirmahin ka ng isang administrator bago ka makabasa ng kahit ano.
notice-link-unexpected = Kung hindi mo inaasahan ang e-mail na ito, huwag buksan ang link, at sabihan ang iyong organisasyon.

code-action-member-disabled = ni-disable ang isang miyembro
code-action-member-enabled = ni-enable ulit ang isang miyembro
code-action-member-invited = nag-imbita ng miyembro
code-action-member-password_reset = ni-reset ang password ng isang miyembro
code-action-member-password_set = pumili ng password gamit ang isang link
code-action-member-role_changed = pinalitan ang tungkulin ng isang miyembro
code-action-member-totp_reset = ni-reset ang authenticator ng isang miyembro
