# Les outils de la liste des dossiers : recherche, filtres, actions groupées et export CSV.

caselist-search = Rechercher
caselist-search-hint = Recherchez par référence du dossier (KJ-…) ou par nom du fournisseur. Ce que les travailleurs ont écrit est scellé : on ne peut donc pas rechercher les mots d’un signalement.
caselist-nobody = Personne (non attribué)
caselist-other-organisation = quelqu’un d’une autre organisation
caselist-csv = Télécharger cette liste sous forme de tableur (CSV)
caselist-choose = Choisir
caselist-bulk = Avec les dossiers choisis
caselist-bulk-hint = Cochez les dossiers ci-dessus, puis attribuez-les ou clôturez-les avec une même conclusion (200 au maximum à la fois). Chaque dossier est vérifié comme si vous le modifiiez sur sa propre page ; à la clôture, chaque auteur de signalement reçoit le message de clôture habituel.
caselist-bulk-assign = Attribuer les dossiers choisis
caselist-bulk-close = Clôturer les dossiers choisis
caselist-bulk-assigned = { $count ->
    [one] { $count } dossier attribué.
   *[other] { $count } dossiers attribués.
}
caselist-bulk-closed = { $count ->
    [one] { $count } dossier clôturé.
   *[other] { $count } dossiers clôturés.
}
caselist-bulk-refused = Ces dossiers n’ont pas été modifiés :
caselist-cases = Dossiers
code-action-cases-exported = a téléchargé la liste des dossiers sous forme de tableur
