# Configuración de la organización (/staff/settings), el resumen diario de plazos y el aviso sobre
# denuncias que ninguna organización pudo recibir.
settings-title = Configuración de la organización
settings-intro = Esta configuración se aplica a toda su organización. Un plazo nuevo se aplica a las denuncias que lleguen a partir de ahora; los plazos ya fijados no cambian.
settings-saved = Se guardó la configuración.
settings-check-marked = No se pudo guardar parte de la configuración. Revise los campos marcados.
settings-deadlines = Plazos
settings-acknowledge-days = Días para acusar recibo de una denuncia
settings-acknowledge-days-hint = De 1 a 7 días desde que llega la denuncia. La Directiva europea de protección de los denunciantes permite como máximo 7.
settings-feedback-months = Meses para dar una respuesta
settings-feedback-months-hint = De 1 a 3 meses desde el acuse de recibo. La Directiva europea de protección de los denunciantes permite como máximo 3.
settings-data = Conservación y recuento de los casos
settings-retention-months = Meses que se conserva un caso cerrado
settings-retention-months-hint = De 3 a 120 meses desde que se cierra el caso. Después se borran su contenido y sus archivos; el caso sigue contando en las estadísticas.
settings-suppression-k = Cifra más pequeña que se muestra en las estadísticas
settings-suppression-k-hint = De 3 a 100. Las cifras menores se ocultan, para que nadie pueda deducir quién denunció.
settings-time-and-alerts = Hora y avisos
settings-time-zone = Zona horaria
settings-time-zone-hint = Las horas de las páginas del personal se muestran en esta zona. Escríbala como nombre de lugar, por ejemplo Europe/Stockholm o Asia/Bangkok.
settings-alert-email = Dirección de correo electrónico para avisos
settings-alert-email-hint = Opcional. Si su organización es coordinadora, kedja escribe a esta dirección al día siguiente de que no se hayan podido recibir denuncias porque ninguna organización podía hacerse cargo de ellas. Déjelo vacío si no quiere avisos.
settings-save = Guardar la configuración
settings-error-acknowledge-days = Introduzca un número entero de días del 1 al 7.
settings-error-feedback-months = Introduzca un número entero de meses del 1 al 3.
settings-error-retention-months = Introduzca un número entero de meses del 3 al 120.
settings-error-suppression-k = Introduzca un número entero del 3 al 100.
settings-error-time-zone = kedja no conoce esta zona horaria. Elija una de la lista, por ejemplo Europe/Stockholm.
settings-error-alert-email = Introduzca una dirección de correo electrónico como name@example.org, o deje el campo vacío.
code-action-org-settings_changed = cambió la configuración de la organización

# Correos electrónicos. Como todos los correos de kedja, nunca dicen nada sobre el contenido de una denuncia.
notice-sign-in-deadlines = Inicie sesión para ver los casos:
notice-sign-in-kedja-deadlines = Inicie sesión en kedja para ver los casos.
notice-sign-in-directory = Inicie sesión para revisar el directorio de proveedores y su distribución:
notice-sign-in-kedja-directory = Inicie sesión en kedja para revisar el directorio de proveedores y su distribución.
notice-deadline_digest-subject = kedja: plazos de hoy en su organización
notice-deadline_digest-opening = Hay casos que lleva su organización que necesitan atención.
    Plazo vencido: { $overdue }
    Vencen en los próximos dos días: { $soon }
notice-refused_reports-subject = kedja: no se pudieron recibir denuncias
notice-refused_reports-opening = { $days ->
        [1] El { $from } (UTC),
       *[other] Del { $from } al { $to } (UTC),
    } { $count ->
        [one] no se pudo enviar { $count } denuncia
       *[other] no se pudieron enviar { $count } denuncias
    } porque ninguna organización puede recibir denuncias sobre el lugar de trabajo que eligió el trabajador. No se guardó nada de esas denuncias. Si añade a los compradores de ese lugar de trabajo o a una organización coordinadora al directorio de proveedores y a su distribución, la próxima denuncia podrá llegar.
