# Membri: administratorii unei organizații invită membri, le schimbă rolurile, îi dezactivează și îi
# reactivează și le resetează parolele și aplicațiile de autentificare (/staff/members); un membru
# își alege parola prin linkul de unică folosință primit pe e-mail (/staff/invite/...).

members-actions = Acțiuni
members-you = dumneavoastră
members-change-role = Schimbați rolul
members-no-authenticator = Nicio aplicație de autentificare configurată încă
members-disable = Dezactivați
members-enable = Reactivați
members-reset-password = Resetați parola
members-send-new-link = Trimiteți un link nou
members-reset-totp = Resetați aplicația de autentificare
members-actions-hint = Dezactivarea încheie imediat sesiunile membrului; acesta nu se poate autentifica până nu este reactivat. La resetarea parolei, membrul primește pe e-mail un link pentru a-și alege o parolă nouă; după aceea trebuie confirmat din nou. La resetarea aplicației de autentificare, membrul își configurează din nou aplicația la următoarea autentificare. Nu vedeți niciodată parola membrului și nici linkul.
members-invite = Invitați un membru
members-invite-hint = kedja îi trimite pe e-mail un link pentru a-și alege o parolă. Linkul funcționează o singură dată, timp de 7 zile. După aceea membrul își configurează o aplicație de autentificare, iar un administrator trebuie să-l confirme aici înainte ca acesta să poată citi ceva.
members-invite-submit = Trimiteți invitația

members-status-awaiting-password = Invitat: nu și-a ales încă parola
members-status-pending = Așteaptă confirmarea unui administrator
members-status-active = Activ
members-status-disabled = Dezactivat

members-done-invited = Invitația a fost trimisă.
members-done-role = Rolul a fost schimbat.
members-done-confirmed = Membrul a fost confirmat.
members-done-disabled = Membrul a fost dezactivat și deconectat peste tot.
members-done-enabled = Membrul se poate autentifica din nou.
members-done-password-reset = Membrul a primit un link pentru a-și alege o parolă nouă.
members-done-totp-reset = Membrul își va configura o aplicație de autentificare la următoarea autentificare.

members-error-last-admin = Nu s-a făcut: organizației dumneavoastră nu i-ar mai rămâne niciun administrator care poate acționa. Faceți mai întâi administrator un alt membru.
members-error-own-account = Nu vă puteți reseta aici propriul cont. Schimbați-vă parola pe pagina pentru parolă.
members-error-no-public-url = Invitațiile și resetările de parolă au nevoie de adresa acestui serviciu (KEDJA_PUBLIC_URL). Cereți operatorului serviciului să o configureze.
members-error-mail-off = E-mailul este oprit pe acest serviciu (KEDJA_SMTP_URL), așa că linkul nu a putut ajunge la membru. Cereți operatorului serviciului să îl pornească.
members-error-awaiting-password = Acest membru nu și-a ales încă parola. Confirmați-l după ce o face.
members-error-disabled = Acest membru este dezactivat. Reactivați-l mai întâi.
members-error-email-taken = Există deja un membru cu această adresă de e-mail.
members-error-not-pending = Acest membru este deja confirmat.

members-link-invitation-title = Alăturați-vă organizației dumneavoastră în kedja
members-link-reset-title = Alegeți o parolă nouă
members-link-intro = Alegeți o parolă pentru acest cont:
members-link-password-again = Aceeași parolă din nou
members-link-submit = Salvați parola
members-link-next = Apoi vă configurați o aplicație de autentificare. După aceea, un administrator al organizației dumneavoastră vă confirmă înainte să puteți citi ceva.
members-link-mismatch = Cele două parole nu sunt la fel.
members-link-gone-title = Acest link nu funcționează
members-link-gone = A fost deja folosit, a expirat sau a fost înlocuit de un link mai nou. Cereți unui administrator al organizației dumneavoastră să vă trimită unul nou.

# E-mailul cu linkul. Nu spune nimic despre organizație sau despre cazurile ei.
notice-invitation-subject = kedja: alegeți-vă parola
notice-invitation-opening = Un administrator al organizației dumneavoastră v-a invitat în kedja. Alegeți-vă parola cu acest link. Funcționează o singură dată, timp de { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    }:
notice-password-reset-subject = kedja: alegeți o parolă nouă
notice-password-reset-opening = Un administrator al organizației dumneavoastră v-a resetat parola pentru kedja. Alegeți una nouă cu acest link. Funcționează o singură dată, timp de { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    }:
notice-link-next = După aceea vă configurați o aplicație de autentificare, iar un administrator vă confirmă înainte să puteți citi ceva.
notice-link-unexpected = Dacă nu vă așteptați la acest e-mail, nu deschideți linkul și anunțați organizația dumneavoastră.

code-action-member-disabled = a dezactivat un membru
code-action-member-enabled = a reactivat un membru
code-action-member-invited = a invitat un membru
code-action-member-password_reset = a resetat parola unui membru
code-action-member-password_set = și-a ales parola printr-un link
code-action-member-role_changed = a schimbat rolul unui membru
code-action-member-totp_reset = a resetat aplicația de autentificare a unui membru
