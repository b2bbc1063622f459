# Limites de entrada, confirmação extra e força da senha (issue 10, "Brute force and admission").

# A página de entrada da equipe, depois de muitas tentativas falhadas nesta conta ou no total.
admission-sign-in-wait = Muitas tentativas de entrada sem sucesso. Espere { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } e tente de novo.

# A página que pede um código TOTP antes de escalar, exportar, transferir ou redefinir um membro.
admission-step-up-title = Confirme com um código
admission-step-up-intro = Esta ação precisa de um código do seu aplicativo autenticador, digitado nos últimos 5 minutos. Digite o código atual. Depois você volta para onde estava e pode fazer a ação.
admission-step-up-confirm = Confirmar
admission-step-up-wrong = O código não confere ou já foi usado. Espere o próximo código e tente de novo.
