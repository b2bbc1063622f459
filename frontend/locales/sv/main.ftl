# Gemensamt
site-name = kedja
quick-exit = Lämna sidan snabbt
language-picker = Språk
footer-privacy = kedja sparar inte din IP-adress, din webbläsare eller exakt när du besökte sidan. Inget du skriver lagras okrypterat.

# Startsidan
home-title = Rapportera tvångsarbete säkert och anonymt
home-lead = Om du arbetar hos en leverantör till en offentlig inköpare — i en fabrik, på en gård, på en byggarbetsplats eller inom städning — och du eller andra tvingas arbeta, blir lurade eller hotade, kan du berätta det för inköparna här. Du behöver inte uppge ditt namn.
home-danger-heading = Är du i akut fara?
home-emergency = Om du eller någon annan är i fara just nu, ring larmnumret { $number } eller den lokala polisen först. Den här tjänsten bevakas inte dygnet runt.
home-report = Gör en anmälan
home-status = Följ en anmälan och läs svar
home-safety-heading = Innan du börjar
home-safety-device = Använd en telefon eller dator som din arbetsgivare inte äger eller kontrollerar, och inte arbetsplatsens wifi.
home-safety-tor = Tor Browser ger bäst skydd: sidan fungerar där med JavaScript avstängt.
home-safety-private = Annars kan du öppna ett privat fönster (inkognito) och stänga det när du är klar.
home-safety-exit = Knappen högst upp lämnar sidan direkt.
home-safety-receipt = När du har anmält får du en kvittokod. Skriv ner den och göm den: det är enda sättet att läsa svar, och ingen kan ta fram den åt dig.
home-what-heading = Vad som händer med din anmälan
home-what = Din anmälan går till den organisation som köper från arbetsplatsen du anger. Handläggarna där ska bekräfta mottagandet inom 7 dagar och berätta vad de gör inom 3 månader. De kan ställa frågor till dig, som du läser och besvarar med din kvittokod.
home-anonymous = Din anmälan krypteras så snart den kommer fram. Bara de ansvariga handläggarna och du, med din kvittokod, kan läsa den.

# Anmälningsformuläret
report-title = Gör en anmälan
report-safety = Du behöver inte uppge ditt namn, och vi sparar inte vem du är. Skriv inte ditt namn eller uppgifter som bara du kan känna till, om du inte vill att handläggarna ska veta dem.
report-find-heading = Hitta arbetsplatsen
report-find-label = Namn på företaget, gården eller platsen
report-find-button = Sök
report-where = Var händer det?
report-pick-hint = Välj arbetsplatsen om den finns i listan:
report-site-code = Platskod (om du har en)
report-site-code-hint = Sex bokstäver och siffror från en affisch eller ett kort på arbetsplatsen.
report-supplier-text = Eller beskriv arbetsplatsen
report-supplier-text-hint = Namn, ort och vad som görs där.
report-country = Land
report-country-choose = Välj ett land
report-what = Vad händer?
report-what-hint = Kryssa i allt som stämmer för dig eller för dem du anmäler om.
report-danger = Någon är i fara just nu.
report-people = Hur många personer berörs?
report-relationship = Vem är du?
report-narrative = Berätta vad som har hänt
report-narrative-hint = Vad som hänt, var, sedan när och vem som är ansvarig. Skriv på vilket språk du vill.
report-evidence-later = När du har skickat anmälan kan du lägga till foton och dokument (högst { $limit } MB per fil) med din kvittokod.
report-submit = Skicka anmälan
error-form-expired = Formuläret har gått ut. Kontrollera dina svar och skicka igen.
error-busy = Tjänsten är upptagen. Vänta en stund och försök igen.
error-receipt-session = Din anmälan stängdes efter en stund utan aktivitet, eller från en annan enhet. Skriv in din kvittokod igen.
error-title = Något gick fel
error-back = Gå tillbaka
error-receipt = Vi hittade ingen anmälan med den kvittokoden. Kontrollera siffrorna och försök igen.

# Indikatorer som frågor
indicator-vulnerability = Har någon utnyttjat en svår situation, till exempel ditt visum, skulder, sjukdom eller att du inte kan språket?
indicator-deception = Blev du lurad om jobbet, lönen, arbetstiden eller var du skulle bo?
indicator-movement = Hindras du från att lämna arbetsplatsen eller bostaden när du vill?
indicator-isolation = Hålls du borta från andra människor, utan telefon eller på en plats du inte kan lämna?
indicator-violence = Har någon blivit slagen, skadad eller utsatt för sexuella övergrepp?
indicator-threats = Har någon blivit hotad, till exempel med våld, polisen, att förlora jobbet eller att skickas hem?
indicator-documents = Har arbetsgivaren eller någon annan ditt pass eller id-kort?
indicator-wages = Hålls lönen inne, betalas den sent eller inte alls?
indicator-debt = Är du skyldig arbetsgivaren eller rekryteraren pengar som du inte kan betala tillbaka?
indicator-conditions = Är arbets- eller boendeförhållandena farliga eller förnedrande?
indicator-overtime = Måste du arbeta mycket längre än avtalat eller tillåtet?
indicator-child-labour = Arbetar det barn där?
indicator-recruitment-fees = Fick du betala en avgift för att få jobbet?

people-one = Bara jag
people-two-to-five = 2 till 5 personer
people-six-to-twenty = 6 till 20 personer
people-more-than-twenty = Fler än 20 personer

relationship-worker = Jag arbetar där
relationship-relative = Jag är anhörig till någon som arbetar där
relationship-co-worker = Jag arbetar tillsammans med de drabbade
relationship-recruiter = Jag rekryterar eller förmedlar arbetare
relationship-other = Annat

# Kvitto
receipt-title = Din anmälan har skickats
receipt-thanks = Tack. Din anmälan har tagits emot och krypterats.
receipt-your-code = Din kvittokod:
receipt-write-down = Skriv ner koden nu.
receipt-once = Vi visar den bara den här gången, och ingen kan ta fram den åt dig igen.
receipt-hide = Förvara den där din arbetsgivare inte kan se den.
receipt-come-back = Kom tillbaka om några dagar med koden för att läsa svar och besvara frågor.

# Status
status-title = Följ din anmälan
status-intro = Skriv in kvittokoden du fick när du skickade din anmälan.
status-receipt = Kvittokod (16 siffror)
status-open = Öppna min anmälan

status-received = Mottagen. Handläggarna har inte bekräftat den ännu.
status-acknowledged = Bekräftad. Handläggarna har läst din anmälan.
status-awaiting-reporter = Handläggarna väntar på ditt svar. Läs deras meddelande.
status-assessing = Bedöms: handläggarna går igenom det du anmält.
status-investigating = Utreds.
status-remediation = Gottgörelse pågår: handläggarna arbetar för att rätta till det.
status-closed = Avslutad. Läs det sista meddelandet för att se utfallet.

# Ärendesidan
case-title = Din anmälan
case-status = Status
case-submitted-on = Skickad den
case-acknowledge-by = Bekräftelse senast
case-messages = Meddelanden
case-no-messages = Inga meddelanden ännu.
case-from-you = Du
case-from-handler = Handläggare
case-reply = Skriv ett meddelande eller svara på en fråga
case-send = Skicka
case-evidence = Foton och dokument
case-metadata-removed = dolda uppgifter (som plats) borttagna
case-metadata-kept = dolda uppgifter togs inte bort
case-evidence-warning = Foton (JPEG, PNG, WebP) rensas från dolda uppgifter som plats, tid och telefonmodell innan de sparas. Andra filer (PDF, dokument, filmer) sparas precis som du skickar dem, med de dolda uppgifter de innehåller.
case-file = Fil (högst { $limit } MB)
case-upload = Lägg till filen
case-logout = Stäng min anmälan
notice-message-sent = Ditt meddelande har skickats.
notice-file-added = Din fil har lagts till.

# Meddelanden till den som anmält när ärendet går vidare
reporter-notice-acknowledged = Din anmälan har tagits emot och lästs av handläggarna. De berättar inom tre månader vad de gör. Titta in här igen för frågor.
reporter-notice-closed = Ditt ärende har avslutats. Tack för att du anmälde. Handläggarnas sista meddelande förklarar utfallet.

# Personal
staff-title = Ärendehantering
staff-cases = Ärenden
staff-members = Medlemmar
staff-logout = Logga ut
staff-login = Logga in
staff-email = E-post
staff-password = Lösenord
staff-totp = Kod från din autentiseringsapp
staff-totp-hint = Lämna tomt bara om du inte har ställt in en andra faktor ännu; du blir ombedd att göra det.
staff-sign-in = Logga in
staff-login-failed = E-postadressen, lösenordet eller koden stämmer inte.
staff-totp-title = Ställ in din andra faktor
staff-totp-intro = Lägg till nyckeln i en autentiseringsapp (klistra in länken eller skriv hemligheten) och skriv sedan koden den visar.
staff-totp-confirm = Bekräfta
staff-error = Något stämmer inte
staff-back = Tillbaka
staff-state = Läge
staff-any = Alla
staff-priority = Prioritet
staff-indicator = Indikator
staff-overdue = Försenat
staff-yes = Ja
staff-no = Nej
staff-filter = Filtrera
staff-no-cases = Inga ärenden matchar.
staff-reference = Referens
staff-supplier = Leverantör
staff-received = Mottaget
staff-acknowledge-by = Bekräftas senast
staff-feedback-by = Återkoppling senast
staff-indicators = Indikatorer
staff-danger = Akut fara
staff-people = Berörda personer
staff-relationship = Anmälaren är
staff-resolution = Utfall
staff-report = Anmälan
staff-workflow = Arbetsflöde
staff-move-to = Flytta till
staff-message-to-reporter = Meddelande till anmälaren
staff-reason = Skäl (internt)
staff-duplicate-of = Dubblett av (ärende-id, bara vid avslut som dubblett)
staff-apply = Verkställ
staff-assignee = Tilldelat
staff-assign = Tilldela
staff-thread = Meddelanden med anmälaren
staff-send = Skicka till anmälaren
staff-notes = Interna anteckningar
staff-notes-hint = Anmälaren ser aldrig dessa.
staff-add-note = Lägg till en anteckning
staff-save-note = Spara anteckning
staff-evidence = Bevis
staff-metadata-not-removed = metadata inte borttagen
staff-timeline = Tidslinje
staff-role = Roll
staff-confirm = Bekräfta och ge åtkomst
staff-confirmed = Bekräftad
staff-suppliers = Leverantörer
staff-site-code = Platskod
staff-site-code-hint = Skriv ut platskoden på affischer och kort på arbetsplatsen: skriven i anmälningsformuläret väljer den leverantören utan att man behöver söka på namn.
staff-add-supplier = Lägg till en leverantör
staff-city = Ort
staff-sector = Bransch
staff-contract = Avtalsreferens
staff-stats = Statistik
staff-stats-hint = Anmälningar om organisationens leverantörer, inklusive ärenden som delats med er. Antal under { $k } döljs så att ingen siffra pekar ut en enskild arbetare.
staff-count = Anmälningar
staff-confirm-hint = Bekräftelsen ger medlemmen organisationens nyckel så att hen kan läsa dess anmälningar.
staff-password-title = Byt lösenord
staff-password-intro = När du byter lösenord loggas du ut överallt, även på den här enheten. Logga in igen med det nya lösenordet och en kod från din autentiseringsapp.
staff-password-current = Nuvarande lösenord
staff-password-new = Nytt lösenord
staff-password-new-hint = Minst { $min } tecken. Några orelaterade ord är lätta att minnas och svåra att gissa.
staff-password-submit = Byt lösenord
staff-password-wrong = Det nuvarande lösenordet stämmer inte.
staff-password-too-short = Det nya lösenordet måste vara minst { $min } tecken långt.
staff-password-too-long = Det nya lösenordet är för långt.
