# Membres : les administrateurs d’une organisation invitent des membres, changent leur rôle, les désactivent
# et les réactivent, et réinitialisent mots de passe et applications d’authentification (/staff/members) ;
# un membre choisit son mot de passe grâce au lien à usage unique reçu par e-mail (/staff/invite/...).

members-actions = Actions
members-you = vous
members-change-role = Changer le rôle
members-no-authenticator = Aucune application d’authentification configurée pour l’instant
members-disable = Désactiver
members-enable = Réactiver
members-reset-password = Réinitialiser le mot de passe
members-send-new-link = Envoyer un nouveau lien
members-reset-totp = Réinitialiser l’application d’authentification
members-actions-hint = La désactivation ferme immédiatement les sessions du membre ; il ne peut plus se connecter tant qu’il n’est pas réactivé. Une réinitialisation du mot de passe lui envoie par e-mail un lien pour choisir un nouveau mot de passe ; il doit ensuite être confirmé à nouveau. Une réinitialisation de l’application d’authentification l’oblige à configurer de nouveau son application à sa prochaine connexion. Vous ne voyez jamais son mot de passe ni le lien.
members-invite = Inviter un membre
members-invite-hint = kedja lui envoie par e-mail un lien pour choisir un mot de passe. Il fonctionne une seule fois, pendant 7 jours. Ensuite, le membre configure une application d’authentification, et un administrateur doit le confirmer ici avant qu’il puisse lire quoi que ce soit.
members-invite-submit = Envoyer l’invitation

members-status-awaiting-password = Invité : n’a pas encore choisi de mot de passe
members-status-pending = En attente de confirmation par un administrateur
members-status-active = Actif
members-status-disabled = Désactivé

members-done-invited = L’invitation a été envoyée.
members-done-role = Le rôle a été changé.
members-done-confirmed = Le membre a été confirmé.
members-done-disabled = Le membre a été désactivé et déconnecté partout.
members-done-enabled = Le membre peut de nouveau se connecter.
members-done-password-reset = Le membre a reçu un lien pour choisir un nouveau mot de passe.
members-done-totp-reset = Le membre configurera une application d’authentification à sa prochaine connexion.

members-error-last-admin = Action non effectuée : votre organisation n’aurait plus aucun administrateur en mesure d’agir. Nommez d’abord un autre membre administrateur.
members-error-own-account = Vous ne pouvez pas réinitialiser votre propre compte ici. Changez votre mot de passe sur la page du mot de passe.
members-error-no-public-url = Les invitations et les réinitialisations de mot de passe ont besoin de l’adresse de ce service (KEDJA_PUBLIC_URL). Demandez à l’exploitant du service de la configurer.
members-error-mail-off = L’envoi d’e-mails est désactivé sur ce service (KEDJA_SMTP_URL), le lien n’a donc pas pu parvenir au membre. Demandez à l’exploitant du service de l’activer.
members-error-awaiting-password = Ce membre n’a pas encore choisi de mot de passe. Confirmez-le quand il l’aura fait.
members-error-disabled = Ce membre est désactivé. Réactivez-le d’abord.
members-error-email-taken = Un membre avec cette adresse e-mail existe déjà.
members-error-not-pending = Ce membre est déjà confirmé.

members-link-invitation-title = Rejoignez votre organisation sur kedja
members-link-reset-title = Choisissez un nouveau mot de passe
members-link-intro = Choisissez un mot de passe pour ce compte :
members-link-password-again = Le même mot de passe une seconde fois
members-link-submit = Enregistrer le mot de passe
members-link-next = Ensuite, vous configurerez une application d’authentification. Un administrateur de votre organisation devra ensuite vous confirmer avant que vous puissiez lire quoi que ce soit.
members-link-mismatch = Les deux mots de passe ne sont pas identiques.
members-link-gone-title = Ce lien ne fonctionne pas
members-link-gone = Il a déjà été utilisé, il a expiré ou un lien plus récent l’a remplacé. Demandez à un administrateur de votre organisation de vous en envoyer un nouveau.

# L’e-mail avec le lien. Il ne dit rien de l’organisation ni de ses dossiers.
notice-invitation-subject = kedja: choisissez votre mot de passe
notice-invitation-opening = Un administrateur de votre organisation vous a invité sur kedja. Choisissez votre mot de passe avec ce lien. Il fonctionne une seule fois, pendant { $days } { $days ->
        [one] jour
       *[other] jours
    } :
notice-password-reset-subject = kedja: choisissez un nouveau mot de passe
notice-password-reset-opening = Un administrateur de votre organisation a réinitialisé votre mot de passe kedja. Choisissez-en un nouveau avec ce lien. Il fonctionne une seule fois, pendant { $days } { $days ->
        [one] jour
       *[other] jours
    } :
notice-link-next = Ensuite, vous configurerez une application d’authentification, et un administrateur vous confirmera avant que vous puissiez lire quoi que ce soit.
notice-link-unexpected = Si vous n’attendiez pas cet e-mail, n’ouvrez pas le lien et prévenez votre organisation.

code-action-member-disabled = a désactivé un membre
code-action-member-enabled = a réactivé un membre
code-action-member-invited = a invité un membre
code-action-member-password_reset = a réinitialisé le mot de passe d’un membre
code-action-member-password_set = a choisi un mot de passe grâce à un lien
code-action-member-role_changed = a changé le rôle d’un membre
code-action-member-totp_reset = a réinitialisé l’application d’authentification d’un membre
