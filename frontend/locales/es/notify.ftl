# E-mails to staff. They never say anything about a report itself.
notice-footer = Por la seguridad de las personas que denuncian, este correo nunca dice
    nada sobre el contenido de la denuncia.
notice-sign-in-read = Inicie sesión para leerlo:
notice-sign-in-acknowledge = Inicie sesión para acusar recibo:
notice-sign-in-feedback = Inicie sesión para dar una respuesta:
notice-sign-in-kedja-read = Inicie sesión en kedja para leerlo.
notice-sign-in-kedja-acknowledge = Inicie sesión en kedja para acusar recibo.
notice-sign-in-kedja-feedback = Inicie sesión en kedja para dar una respuesta.
notice-new_report-subject = kedja: una nueva denuncia necesita clasificación
notice-new_report-opening = Se ha enviado una nueva denuncia a su organización.
notice-reporter_reply-subject = kedja: un denunciante envió un mensaje
notice-reporter_reply-opening = Un denunciante añadió un mensaje a un caso que lleva su organización.
notice-acknowledgement_due-subject = kedja: una denuncia espera acuse de recibo
notice-acknowledgement_due-opening = Un caso que lleva su organización está cerca del plazo de acuse de recibo.
notice-feedback_due-subject = kedja: hay que dar una respuesta a un denunciante
notice-feedback_due-opening = Un caso que lleva su organización está cerca del plazo de respuesta.
notice-case_shared-subject = kedja: se compartió un caso con su organización
notice-case_shared-opening = Otra organización compartió un caso con la suya.
notice-escalated-subject = kedja: se remitió un caso a su organización
notice-escalated-opening = Una organización compradora remitió un caso a la suya.
notice-escalation_answered-subject = kedja: una autoridad respondió a una remisión
notice-escalation_answered-opening = Una autoridad respondió a una remisión de su organización.
notice-consent_answered-subject = kedja: un denunciante respondió sobre la remisión
notice-consent_answered-opening = Un denunciante respondió si su caso puede pasar a las autoridades.
