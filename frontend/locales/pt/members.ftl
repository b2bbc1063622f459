# Membros: os administradores de uma organização convidam membros, mudam suas funções, desativam e
# reativam membros e redefinem senhas e aplicativos autenticadores (/staff/members); o membro escolhe
# uma senha pelo link de uso único que recebe por e-mail (/staff/invite/...).

members-actions = Ações
members-you = você
members-change-role = Mudar a função
members-no-authenticator = Nenhum aplicativo autenticador configurado ainda
members-disable = Desativar
members-enable = Reativar
members-reset-password = Redefinir a senha
members-send-new-link = Enviar um novo link
members-reset-totp = Redefinir o aplicativo autenticador
members-actions-hint = Desativar um membro encerra as sessões dele na hora; ele não consegue entrar até ser reativado. Ao redefinir a senha, o membro recebe por e-mail um link para escolher uma nova senha; depois ele precisa ser confirmado de novo. Ao redefinir o aplicativo autenticador, o membro configura o aplicativo de novo na próxima vez que entrar. Você nunca vê a senha dele nem o link.
members-invite = Convidar um membro
members-invite-hint = O kedja envia ao membro por e-mail um link para escolher uma senha. Ele funciona uma única vez, durante 7 dias. Depois o membro configura um aplicativo autenticador, e um administrador precisa confirmá-lo aqui antes que ele possa ler qualquer coisa.
members-invite-submit = Enviar o convite

members-status-awaiting-password = Convidado: ainda não escolheu uma senha
members-status-pending = Aguardando a confirmação de um administrador
members-status-active = Ativo
members-status-disabled = Desativado

members-done-invited = O convite foi enviado.
members-done-role = A função foi alterada.
members-done-confirmed = O membro foi confirmado.
members-done-disabled = O membro foi desativado e teve todas as sessões encerradas.
members-done-enabled = O membro pode entrar de novo.
members-done-password-reset = O membro recebeu um link para escolher uma nova senha.
members-done-totp-reset = O membro vai configurar um aplicativo autenticador na próxima vez que entrar.

members-error-last-admin = Não foi feito: sua organização ficaria sem nenhum administrador que possa agir. Primeiro torne outro membro administrador.
members-error-own-account = Você não pode redefinir a sua própria conta aqui. Altere sua senha na página de senha.
members-error-no-public-url = Convites e redefinições de senha precisam do endereço deste serviço (KEDJA_PUBLIC_URL). Peça ao operador do serviço que o configure.
members-error-mail-off = O e-mail está desligado neste serviço (KEDJA_SMTP_URL), por isso o link não chegou ao membro. Peça ao operador do serviço que o ligue.
members-error-awaiting-password = Este membro ainda não escolheu uma senha. Confirme-o depois que ele escolher.
members-error-disabled = Este membro está desativado. Reative-o primeiro.
members-error-email-taken = Já existe um membro com este endereço de e-mail.
members-error-not-pending = Este membro já está confirmado.

members-link-invitation-title = Junte-se à sua organização no kedja
members-link-reset-title = Escolha uma nova senha
members-link-intro = Escolha uma senha para esta conta:
members-link-password-again = A mesma senha de novo
members-link-submit = Salvar a senha
members-link-next = Em seguida, você vai configurar um aplicativo autenticador. Depois, um administrador da sua organização precisa confirmar você antes que você possa ler qualquer coisa.
members-link-mismatch = As duas senhas não são iguais.
members-link-gone-title = Este link não funciona
members-link-gone = Ele já foi usado, expirou ou foi substituído por um link mais recente. Peça a um administrador da sua organização que envie um novo.

# O e-mail com o link. Ele não diz nada sobre a organização nem sobre os casos dela.
notice-invitation-subject = kedja: escolha sua senha
notice-invitation-opening = Um administrador da sua organização convidou você para o kedja. Escolha sua senha com este link. Ele funciona uma única vez, durante { $days } { $days ->
        [one] dia
       *[other] dias
    }:
notice-password-reset-subject = kedja: escolha uma nova senha
notice-password-reset-opening = Um administrador da sua organização redefiniu sua senha do kedja. Escolha uma nova com este link. Ele funciona uma única vez, durante { $days } { $days ->
        [one] dia
       *[other] dias
    }:
notice-link-next = Depois você vai configurar um aplicativo autenticador, e um administrador vai confirmar você antes que você possa ler qualquer coisa.
notice-link-unexpected = Se você não esperava este e-mail, não abra o link e avise sua organização.

code-action-member-disabled = desativou um membro
code-action-member-enabled = reativou um membro
code-action-member-invited = convidou um membro
code-action-member-password_reset = redefiniu a senha de um membro
code-action-member-password_set = escolheu uma senha por um link
code-action-member-role_changed = mudou a função de um membro
code-action-member-totp_reset = redefiniu o aplicativo autenticador de um membro
