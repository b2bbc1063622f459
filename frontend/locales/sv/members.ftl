# Medlemmar: organisationens administratörer bjuder in medlemmar, ändrar roller, inaktiverar och aktiverar dem igen,
# och återställer lösenord och autentiseringsappar (/staff/members); en medlem väljer lösenord via
# engångslänken som skickas till hen med e-post (/staff/invite/...).

members-actions = Åtgärder
members-you = du
members-change-role = Ändra roll
members-no-authenticator = Ingen autentiseringsapp inställd ännu
members-disable = Inaktivera
members-enable = Aktivera igen
members-reset-password = Återställ lösenord
members-send-new-link = Skicka en ny länk
members-reset-totp = Återställ autentiseringsapp
members-actions-hint = Att inaktivera en medlem avslutar medlemmens sessioner direkt; hen kan inte logga in förrän hen aktiveras igen. Vid återställning av lösenord får medlemmen en länk med e-post för att välja ett nytt lösenord; sedan måste hen bekräftas igen. Vid återställning av autentiseringsappen måste hen ställa in appen igen vid nästa inloggning. Du ser aldrig medlemmens lösenord eller länken.
members-invite = Bjud in en medlem
members-invite-hint = kedja skickar en länk med e-post där medlemmen väljer ett lösenord. Länken fungerar en gång, i 7 dagar. Därefter ställer medlemmen in en autentiseringsapp, och en administratör bekräftar medlemmen här innan hen kan läsa något.
members-invite-submit = Skicka inbjudan

members-status-awaiting-password = Inbjuden: har inte valt lösenord ännu
members-status-pending = Väntar på bekräftelse från en administratör
members-status-active = Aktiv
members-status-disabled = Inaktiverad

members-done-invited = Inbjudan är på väg.
members-done-role = Rollen har ändrats.
members-done-confirmed = Medlemmen har bekräftats.
members-done-disabled = Medlemmen har inaktiverats och loggats ut överallt.
members-done-enabled = Medlemmen kan logga in igen.
members-done-password-reset = Medlemmen har fått en länk för att välja ett nytt lösenord.
members-done-totp-reset = Medlemmen ställer in en autentiseringsapp vid nästa inloggning.

members-error-last-admin = Inte utfört: din organisation skulle inte ha någon administratör kvar som kan agera. Gör först en annan medlem till administratör.
members-error-own-account = Du kan inte återställa ditt eget konto här. Byt lösenord på lösenordssidan.
members-error-no-public-url = Inbjudningar och återställning av lösenord kräver adressen till den här tjänsten (KEDJA_PUBLIC_URL). Be tjänstens operatör att ställa in den.
members-error-mail-off = E-post är avstängd i den här tjänsten (KEDJA_SMTP_URL), så länken kunde inte nå medlemmen. Be tjänstens operatör att slå på den.
members-error-awaiting-password = Medlemmen har inte valt något lösenord ännu. Bekräfta medlemmen när hen har gjort det.
members-error-disabled = Medlemmen är inaktiverad. Aktivera medlemmen först.
members-error-email-taken = Det finns redan en medlem med den här e-postadressen.
members-error-not-pending = Medlemmen är redan bekräftad.

members-link-invitation-title = Gå med i din organisation i kedja
members-link-reset-title = Välj ett nytt lösenord
members-link-intro = Välj ett lösenord för det här kontot:
members-link-password-again = Samma lösenord igen
members-link-submit = Spara lösenordet
members-link-next = Sedan ställer du in en autentiseringsapp. En administratör i din organisation bekräftar dig därefter innan du kan läsa något.
members-link-mismatch = De två lösenorden är inte likadana.
members-link-gone-title = Den här länken fungerar inte
members-link-gone = Den har redan använts, den har gått ut, eller så har en nyare länk ersatt den. Be en administratör i din organisation att skicka en ny.

# E-postmeddelandet med länken. Det säger ingenting om organisationen eller dess ärenden.
notice-invitation-subject = kedja: välj ditt lösenord
notice-invitation-opening = En administratör i din organisation har bjudit in dig till kedja. Välj ditt lösenord med den här länken. Den fungerar en gång, i { $days } dagar:
notice-password-reset-subject = kedja: välj ett nytt lösenord
notice-password-reset-opening = En administratör i din organisation har återställt ditt lösenord i kedja. Välj ett nytt med den här länken. Den fungerar en gång, i { $days } dagar:
notice-link-next = Därefter ställer du in en autentiseringsapp, och en administratör bekräftar dig innan du kan läsa något.
notice-link-unexpected = Om du inte väntade dig det här e-postmeddelandet ska du inte öppna länken, utan meddela din organisation.

code-action-member-disabled = inaktiverade en medlem
code-action-member-enabled = aktiverade en medlem igen
code-action-member-invited = bjöd in en medlem
code-action-member-password_reset = återställde en medlems lösenord
code-action-member-password_set = valde ett lösenord via en länk
code-action-member-role_changed = ändrade en medlems roll
code-action-member-totp_reset = återställde en medlems autentiseringsapp
