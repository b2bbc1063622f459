# Inloggningsgränser, extra bekräftelse och lösenordsstyrka (issue 10, "Brute force and admission").

# Inloggningssidan för personal, efter för många misslyckade försök på kontot eller totalt.
admission-sign-in-wait = För många misslyckade inloggningsförsök. Vänta { $seconds } sekunder och försök igen.

# Sidan som ber om en TOTP-kod före eskalering, export, överföring eller återställning av en medlem.
admission-step-up-title = Bekräfta med en kod
admission-step-up-intro = Den här åtgärden kräver en kod från din autentiseringsapp, angiven inom de senaste 5 minuterna. Skriv den aktuella koden. Sedan kommer du tillbaka dit du var och kan göra det.
admission-step-up-confirm = Bekräfta
admission-step-up-wrong = Koden stämmer inte, eller har redan använts. Vänta på nästa kod och försök igen.
