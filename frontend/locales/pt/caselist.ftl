# As ferramentas da lista de casos: busca, filtros, ações em lote e a exportação em CSV.

caselist-search = Buscar
caselist-search-hint = Busque pela referência do caso (KJ-…) ou pelo nome do fornecedor. O que os trabalhadores escreveram está lacrado, por isso não é possível buscar palavras de uma denúncia.
caselist-nobody = Ninguém (não atribuído)
caselist-other-organisation = alguém de outra organização
caselist-csv = Baixar esta lista como planilha (CSV)
caselist-choose = Escolher
caselist-bulk = Com os casos escolhidos
caselist-bulk-hint = Marque os casos acima e depois atribua-os ou encerre-os com uma mesma conclusão (no máximo 200 de cada vez). Cada caso é verificado como se você o alterasse na própria página dele; ao encerrar, cada denunciante recebe a mensagem de encerramento de sempre.
caselist-bulk-assign = Atribuir os casos escolhidos
caselist-bulk-close = Encerrar os casos escolhidos
caselist-bulk-assigned = { $count ->
    [0] Nenhum caso atribuído.
    [one] { $count } caso atribuído.
   *[other] { $count } casos atribuídos.
}
caselist-bulk-closed = { $count ->
    [0] Nenhum caso encerrado.
    [one] { $count } caso encerrado.
   *[other] { $count } casos encerrados.
}
caselist-bulk-refused = Estes casos não foram alterados:
caselist-cases = Casos
code-action-cases-exported = baixou a lista de casos como planilha
