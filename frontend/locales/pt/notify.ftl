# E-mails to staff. They never say anything about a report itself.
notice-footer = Para a segurança de quem denuncia, este e-mail nunca diz
    nada sobre o conteúdo da denúncia.
notice-sign-in-read = Entre para ler:
notice-sign-in-acknowledge = Entre para confirmar o recebimento:
notice-sign-in-feedback = Entre para dar um retorno:
notice-sign-in-kedja-read = Entre no kedja para ler.
notice-sign-in-kedja-acknowledge = Entre no kedja para confirmar o recebimento.
notice-sign-in-kedja-feedback = Entre no kedja para dar um retorno.
notice-new_report-subject = kedja: uma nova denúncia precisa de triagem
notice-new_report-opening = Uma nova denúncia foi enviada à sua organização.
notice-reporter_reply-subject = kedja: um denunciante enviou uma mensagem
notice-reporter_reply-opening = Um denunciante acrescentou uma mensagem a um caso que sua organização acompanha.
notice-acknowledgement_due-subject = kedja: uma denúncia aguarda confirmação de recebimento
notice-acknowledgement_due-opening = Um caso que sua organização acompanha está perto do prazo de confirmação.
notice-feedback_due-subject = kedja: é hora de dar retorno a um denunciante
notice-feedback_due-opening = Um caso que sua organização acompanha está perto do prazo de retorno.
notice-case_shared-subject = kedja: um caso foi compartilhado com sua organização
notice-case_shared-opening = Outra organização compartilhou um caso com a sua.
notice-escalated-subject = kedja: um caso foi encaminhado à sua organização
notice-escalated-opening = Uma organização compradora encaminhou um caso à sua.
notice-escalation_answered-subject = kedja: uma autoridade respondeu a um encaminhamento
notice-escalation_answered-opening = Uma autoridade respondeu a um encaminhamento da sua organização.
notice-consent_answered-subject = kedja: um denunciante respondeu sobre o encaminhamento
notice-consent_answered-opening = Um denunciante respondeu se o caso dele pode ir para as autoridades.
