# Limite de autentificare, confirmare suplimentară și puterea parolei (issue 10, "Brute force and admission").

# Pagina de autentificare a personalului, după prea multe încercări eșuate pe acest cont sau în total.
admission-sign-in-wait = Prea multe încercări de autentificare eșuate. Vă rugăm să așteptați { $seconds ->
        [one] { $seconds } secundă
        [few] { $seconds } secunde
       *[other] { $seconds } de secunde
    } și să încercați din nou.

# Pagina care cere un cod TOTP înainte de escaladare, export, transfer sau resetarea unui membru.
admission-step-up-title = Confirmați cu un cod
admission-step-up-intro = Această acțiune cere un cod din aplicația de autentificare, introdus în ultimele 5 minute. Introduceți codul actual. Apoi vă întoarceți unde erați și puteți face acțiunea.
admission-step-up-confirm = Confirmați
admission-step-up-wrong = Codul nu se potrivește sau a fost deja folosit. Așteptați codul următor și încercați din nou.
