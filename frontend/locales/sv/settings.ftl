# Organisationens inställningar (/staff/settings), den dagliga sammanställningen av tidsfrister och
# varningen om anmälningar som ingen kunde ta emot.
settings-title = Organisationens inställningar
settings-intro = Inställningarna gäller hela din organisation. En ny tidsfrist gäller anmälningar som kommer in från och med nu; tidsfrister som redan har satts förblir som de är.
settings-saved = Inställningarna har sparats.
settings-check-marked = Vissa inställningar kunde inte sparas. Kontrollera de markerade fälten.
settings-deadlines = Tidsfrister
settings-acknowledge-days = Antal dagar för att bekräfta mottagandet av en anmälan
settings-acknowledge-days-hint = Från 1 till 7 dagar efter att anmälan har kommit in. EU:s visselblåsardirektiv tillåter högst 7.
settings-feedback-months = Antal månader för att ge återkoppling
settings-feedback-months-hint = Från 1 till 3 månader efter att mottagandet har bekräftats. EU:s visselblåsardirektiv tillåter högst 3.
settings-data = Bevarande och räkning av ärenden
settings-retention-months = Antal månader som ett avslutat ärende sparas
settings-retention-months-hint = Från 3 till 120 månader efter att ärendet har avslutats. Därefter raderas dess innehåll och filer; ärendet räknas fortfarande med i statistiken.
settings-suppression-k = Minsta antal som visas i statistiken
settings-suppression-k-hint = Från 3 till 100. Ett mindre antal döljs, så att ingen kan lista ut vem som har anmält.
settings-time-and-alerts = Tid och varningar
settings-time-zone = Tidszon
settings-time-zone-hint = Tiderna på handläggarnas sidor visas i den här tidszonen. Skriv den som ett ortnamn, till exempel Europe/Stockholm eller Asia/Bangkok.
settings-alert-email = E-postadress för varningar
settings-alert-email-hint = Valfritt. För en samordnande organisation skriver kedja hit dagen efter att anmälningar inte kunde tas emot eftersom ingen organisation kunde ta emot dem. Lämna tomt om ni inte vill ha några.
settings-save = Spara inställningarna
settings-error-acknowledge-days = Ange ett helt antal dagar från 1 till 7.
settings-error-feedback-months = Ange ett helt antal månader från 1 till 3.
settings-error-retention-months = Ange ett helt antal månader från 3 till 120.
settings-error-suppression-k = Ange ett heltal från 3 till 100.
settings-error-time-zone = Det här är inte en tidszon som kedja känner till. Välj en i listan, till exempel Europe/Stockholm.
settings-error-alert-email = Ange en e-postadress som name@example.org, eller lämna fältet tomt.
code-action-org-settings_changed = ändrade organisationens inställningar

# E-postmeddelanden. Som alla e-postmeddelanden från kedja säger de aldrig något om själva anmälan.
notice-sign-in-deadlines = Logga in för att se ärendena:
notice-sign-in-kedja-deadlines = Logga in i kedja för att se ärendena.
notice-sign-in-directory = Logga in för att kontrollera leverantörsregistret och dess styrning:
notice-sign-in-kedja-directory = Logga in i kedja för att kontrollera leverantörsregistret och dess styrning.
notice-deadline_digest-subject = kedja: tidsfrister i er organisation i dag
notice-deadline_digest-opening = Ärenden som er organisation handlägger behöver uppmärksamhet.
    Sista dag har passerat: { $overdue }
    Sista dag inom två dagar: { $soon }
notice-refused_reports-subject = kedja: anmälningar kunde inte tas emot
notice-refused_reports-opening = { $days ->
        [1] Den { $from } (UTC)
       *[other] Från { $from } till { $to } (UTC)
    } { $count ->
        [one] kunde en anmälan inte skickas
       *[other] kunde { $count } anmälningar inte skickas
    } eftersom ingen organisation kan ta emot anmälningar om den arbetsplats som arbetaren valde. Inget från dessa anmälningar sparades. Om arbetsplatsens inköpare eller en samordnande organisation läggs till i leverantörsregistret och dess styrning kommer nästa anmälan fram.
