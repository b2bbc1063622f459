# Paramètres de l’organisation (/staff/settings), le récapitulatif quotidien des délais et l’alerte sur
# les signalements que personne n’a pu recevoir.
settings-title = Paramètres de l’organisation
settings-intro = Ces paramètres s’appliquent à toute votre organisation. Un nouveau délai s’applique aux signalements qui arrivent à partir de maintenant ; les délais déjà fixés ne changent pas.
settings-saved = Les paramètres ont été enregistrés.
settings-check-marked = Certains paramètres n’ont pas pu être enregistrés. Vérifiez les champs signalés.
settings-deadlines = Délais
settings-acknowledge-days = Jours pour accuser réception d’un signalement
settings-acknowledge-days-hint = De 1 à 7 jours après l’arrivée du signalement. La directive européenne sur les lanceurs d’alerte autorise au maximum 7 jours.
settings-feedback-months = Mois pour faire un retour
settings-feedback-months-hint = De 1 à 3 mois après l’accusé de réception. La directive européenne sur les lanceurs d’alerte autorise au maximum 3 mois.
settings-data = Conservation et décompte des dossiers
settings-retention-months = Mois de conservation d’un dossier clôturé
settings-retention-months-hint = De 3 à 120 mois après la clôture du dossier. Ensuite, son contenu et ses fichiers sont supprimés ; le dossier reste compté dans les statistiques.
settings-suppression-k = Plus petit nombre affiché dans les statistiques
settings-suppression-k-hint = De 3 à 100. Un nombre plus petit est masqué, pour que personne ne puisse deviner qui a fait le signalement.
settings-time-and-alerts = Heure et alertes
settings-time-zone = Fuseau horaire
settings-time-zone-hint = Les heures des pages du personnel sont affichées dans ce fuseau. Écrivez-le sous la forme d’un nom de lieu, par exemple Europe/Stockholm ou Asia/Bangkok.
settings-alert-email = Adresse e-mail pour les alertes
settings-alert-email-hint = Facultatif. Pour une organisation de coordination, kedja écrit à cette adresse le lendemain d’un jour où des signalements n’ont pas pu être reçus parce qu’aucune organisation ne pouvait les prendre en charge. Laissez vide pour ne recevoir aucune alerte.
settings-save = Enregistrer les paramètres
settings-error-acknowledge-days = Saisissez un nombre entier de jours entre 1 et 7.
settings-error-feedback-months = Saisissez un nombre entier de mois entre 1 et 3.
settings-error-retention-months = Saisissez un nombre entier de mois entre 3 et 120.
settings-error-suppression-k = Saisissez un nombre entier entre 3 et 100.
settings-error-time-zone = kedja ne connaît pas ce fuseau horaire. Choisissez-en un dans la liste, par exemple Europe/Stockholm.
settings-error-alert-email = Saisissez une adresse e-mail comme name@example.org, ou laissez le champ vide.
code-action-org-settings_changed = a modifié les paramètres de l’organisation

# E-mails. Comme tous les e-mails de kedja, ils ne disent jamais rien du contenu d’un signalement.
notice-sign-in-deadlines = Connectez-vous pour voir les dossiers :
notice-sign-in-kedja-deadlines = Connectez-vous à kedja pour voir les dossiers.
notice-sign-in-directory = Connectez-vous pour vérifier l’annuaire des fournisseurs et son routage :
notice-sign-in-kedja-directory = Connectez-vous à kedja pour vérifier l’annuaire des fournisseurs et son routage.
notice-deadline_digest-subject = kedja: les délais de votre organisation aujourd’hui
notice-deadline_digest-opening = Des dossiers suivis par votre organisation demandent votre attention.
    Délai dépassé : { $overdue }
    Délai dans les deux jours : { $soon }
notice-refused_reports-subject = kedja: des signalements n’ont pas pu être reçus
notice-refused_reports-opening = { $days ->
        [1] Le { $from } (UTC),
       *[other] Du { $from } au { $to } (UTC),
    } { $count ->
        [one] { $count } signalement n’a pas pu être envoyé
       *[other] { $count } signalements n’ont pas pu être envoyés
    } parce qu’aucune organisation ne peut recevoir de signalements sur le lieu de travail choisi par le travailleur. Aucune donnée de ces signalements n’a été conservée. Ajouter les acheteurs de ce lieu de travail ou une organisation de coordination à l’annuaire des fournisseurs et à son routage permettra au prochain signalement de passer.
