# Limites de connexion, confirmation supplémentaire et robustesse du mot de passe (issue 10, "Brute force and admission").

# La page de connexion du personnel, après trop d’échecs sur ce compte ou au total.
admission-sign-in-wait = Trop de tentatives de connexion échouées. Veuillez attendre { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    } et réessayer.

# La page qui demande un code TOTP avant d’escalader, exporter, transférer ou réinitialiser un membre.
admission-step-up-title = Confirmer avec un code
admission-step-up-intro = Cette action demande un code de votre application d’authentification, saisi dans les 5 dernières minutes. Saisissez le code actuel. Vous revenez ensuite là où vous étiez et pouvez le faire.
admission-step-up-confirm = Confirmer
admission-step-up-wrong = Le code ne correspond pas ou a déjà été utilisé. Attendez le code suivant et réessayez.
