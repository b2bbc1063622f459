# Configurações da organização (/staff/settings), o resumo diário de prazos e o alerta sobre
# denúncias que ninguém pôde receber.
settings-title = Configurações da organização
settings-intro = Estas configurações valem para toda a sua organização. Um novo prazo vale para as denúncias que chegarem a partir de agora; os prazos já definidos continuam como estão.
settings-saved = As configurações foram salvas.
settings-check-marked = Algumas configurações não puderam ser salvas. Verifique os campos marcados.
settings-deadlines = Prazos
settings-acknowledge-days = Dias para confirmar o recebimento de uma denúncia
settings-acknowledge-days-hint = De 1 a 7 dias depois da chegada da denúncia. A Diretiva europeia de proteção de denunciantes permite no máximo 7.
settings-feedback-months = Meses para dar um retorno
settings-feedback-months-hint = De 1 a 3 meses depois da confirmação do recebimento. A Diretiva europeia de proteção de denunciantes permite no máximo 3.
settings-data = Guarda e contagem dos casos
settings-retention-months = Meses de guarda de um caso encerrado
settings-retention-months-hint = De 3 a 120 meses depois do encerramento do caso. Depois disso, o conteúdo e os arquivos do caso são apagados; o caso continua contando nas estatísticas.
settings-suppression-k = Menor contagem mostrada nas estatísticas
settings-suppression-k-hint = De 3 a 100. Uma contagem menor fica oculta, para que ninguém consiga descobrir quem denunciou.
settings-time-and-alerts = Horário e alertas
settings-time-zone = Fuso horário
settings-time-zone-hint = Os horários nas páginas da equipe são mostrados neste fuso. Escreva-o como nome de lugar, por exemplo Europe/Stockholm ou Asia/Bangkok.
settings-alert-email = Endereço de e-mail para alertas
settings-alert-email-hint = Opcional. Para uma organização coordenadora, o kedja escreve para este endereço no dia seguinte a um dia em que denúncias não puderam ser recebidas porque nenhuma organização podia recebê-las. Deixe em branco para não receber alertas.
settings-save = Salvar as configurações
settings-error-acknowledge-days = Digite um número inteiro de dias de 1 a 7.
settings-error-feedback-months = Digite um número inteiro de meses de 1 a 3.
settings-error-retention-months = Digite um número inteiro de meses de 3 a 120.
settings-error-suppression-k = Digite um número inteiro de 3 a 100.
settings-error-time-zone = O kedja não conhece este fuso horário. Escolha um da lista, por exemplo Europe/Stockholm.
settings-error-alert-email = Digite um endereço de e-mail como name@example.org, ou deixe o campo em branco.
code-action-org-settings_changed = alterou as configurações da organização

# E-mails. Como todo e-mail do kedja, eles nunca dizem nada sobre o conteúdo de uma denúncia.
notice-sign-in-deadlines = Entre para ver os casos:
notice-sign-in-kedja-deadlines = Entre no kedja para ver os casos.
notice-sign-in-directory = Entre para verificar o cadastro de fornecedores e a distribuição:
notice-sign-in-kedja-directory = Entre no kedja para verificar o cadastro de fornecedores e a distribuição.
notice-deadline_digest-subject = kedja: prazos da sua organização hoje
notice-deadline_digest-opening = Casos que sua organização acompanha precisam de atenção.
    Com prazo vencido: { $overdue }
    Com prazo nos próximos dois dias: { $soon }
notice-refused_reports-subject = kedja: denúncias não puderam ser recebidas
notice-refused_reports-opening = { $days ->
        [1] Em { $from } (UTC),
       *[other] De { $from } a { $to } (UTC),
    } { $count ->
        [one] { $count } denúncia não pôde ser enviada
       *[other] { $count } denúncias não puderam ser enviadas
    } porque nenhuma organização pode receber denúncias sobre o local de trabalho que o trabalhador escolheu. Nenhum dado dessas denúncias foi guardado. Adicionar os compradores desse local de trabalho ou uma organização coordenadora ao cadastro de fornecedores e à distribuição permite que a próxima denúncia chegue.
