# Límites de inicio de sesión, confirmación adicional y solidez de la contraseña (issue 10, "Brute force and admission").

# La página de inicio de sesión del personal, tras demasiados intentos fallidos en esta cuenta o en total.
admission-sign-in-wait = Demasiados intentos fallidos de inicio de sesión. Espere { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } y vuelva a intentarlo.

# La página que pide un código TOTP antes de escalar, exportar, transferir o restablecer a un miembro.
admission-step-up-title = Confirme con un código
admission-step-up-intro = Esta acción necesita un código de su aplicación de autenticación, introducido en los últimos 5 minutos. Introduzca el código actual. Después volverá a donde estaba y podrá hacerlo.
admission-step-up-confirm = Confirmar
admission-step-up-wrong = El código no coincide o ya se usó. Espere al siguiente código y vuelva a intentarlo.
