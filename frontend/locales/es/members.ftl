# Miembros: los administradores de una organización invitan a miembros, cambian sus roles, los desactivan
# y los vuelven a activar, y restablecen contraseñas y aplicaciones de autenticación (/staff/members); el
# miembro elige una contraseña con el enlace de un solo uso que recibe por correo (/staff/invite/...).

members-actions = Acciones
members-you = usted
members-change-role = Cambiar el rol
members-no-authenticator = Todavía no ha configurado una aplicación de autenticación
members-disable = Desactivar
members-enable = Volver a activar
members-reset-password = Restablecer la contraseña
members-send-new-link = Enviar un nuevo enlace
members-reset-totp = Restablecer la aplicación de autenticación
members-actions-hint = Al desactivar a un miembro se cierran sus sesiones de inmediato; no puede iniciar sesión hasta que se vuelva a activar. Al restablecer la contraseña, el miembro recibe por correo un enlace para elegir una nueva; después hay que confirmarlo de nuevo. Al restablecer la aplicación de autenticación, el miembro la vuelve a configurar la próxima vez que inicie sesión. Usted nunca ve su contraseña ni el enlace.
members-invite = Invitar a un miembro
members-invite-hint = kedja le envía por correo un enlace para elegir una contraseña. Funciona una sola vez, durante 7 días. Después configura una aplicación de autenticación, y un administrador debe confirmarlo aquí antes de que pueda leer nada.
members-invite-submit = Enviar la invitación

members-status-awaiting-password = Invitado: todavía no ha elegido una contraseña
members-status-pending = Esperando la confirmación de un administrador
members-status-active = Activo
members-status-disabled = Desactivado

members-done-invited = La invitación está en camino.
members-done-role = Se cambió el rol.
members-done-confirmed = Se confirmó al miembro.
members-done-disabled = Se desactivó al miembro y se cerraron todas sus sesiones.
members-done-enabled = El miembro puede volver a iniciar sesión.
members-done-password-reset = Se envió al miembro un enlace para elegir una nueva contraseña.
members-done-totp-reset = El miembro configurará una aplicación de autenticación la próxima vez que inicie sesión.

members-error-last-admin = No se hizo: su organización se quedaría sin ningún administrador que pueda actuar. Primero haga administrador a otro miembro.
members-error-own-account = Aquí no puede restablecer su propia cuenta. Cambie su contraseña en la página de la contraseña.
members-error-no-public-url = Las invitaciones y los restablecimientos de contraseña necesitan la dirección de este servicio (KEDJA_PUBLIC_URL). Pida al operador del servicio que la configure.
members-error-mail-off = El correo electrónico está desactivado en este servicio (KEDJA_SMTP_URL), así que el enlace no pudo llegar al miembro. Pida al operador del servicio que lo active.
members-error-awaiting-password = Este miembro todavía no ha elegido una contraseña. Confírmelo cuando lo haya hecho.
members-error-disabled = Este miembro está desactivado. Primero vuelva a activarlo.
members-error-email-taken = Ya existe un miembro con esta dirección de correo electrónico.
members-error-not-pending = Este miembro ya está confirmado.

members-link-invitation-title = Únase a su organización en kedja
members-link-reset-title = Elija una nueva contraseña
members-link-intro = Elija una contraseña para esta cuenta:
members-link-password-again = La misma contraseña otra vez
members-link-submit = Guardar la contraseña
members-link-next = A continuación configurará una aplicación de autenticación. Después, un administrador de su organización debe confirmarlo antes de que pueda leer nada.
members-link-mismatch = Las dos contraseñas no son iguales.
members-link-gone-title = Este enlace no funciona
members-link-gone = Ya se usó, ha caducado o lo ha sustituido un enlace más reciente. Pida a un administrador de su organización que le envíe uno nuevo.

# El correo con el enlace. No dice nada sobre la organización ni sus casos.
notice-invitation-subject = kedja: elija su contraseña
notice-invitation-opening = Un administrador de su organización le invitó a kedja. Elija su contraseña con este enlace. Funciona una sola vez, durante { $days } { $days ->
        [one] día
       *[other] días
    }:
notice-password-reset-subject = kedja: elija una nueva contraseña
notice-password-reset-opening = Un administrador de su organización restableció su contraseña de kedja. Elija una nueva con este enlace. Funciona una sola vez, durante { $days } { $days ->
        [one] día
       *[other] días
    }:
notice-link-next = Después configurará una aplicación de autenticación, y un administrador lo confirmará antes de que pueda leer nada.
notice-link-unexpected = Si no esperaba este correo, no abra el enlace y avise a su organización.

code-action-member-disabled = desactivó a un miembro
code-action-member-enabled = volvió a activar a un miembro
code-action-member-invited = invitó a un miembro
code-action-member-password_reset = restableció la contraseña de un miembro
code-action-member-password_set = eligió una contraseña con un enlace
code-action-member-role_changed = cambió el rol de un miembro
code-action-member-totp_reset = restableció la aplicación de autenticación de un miembro
