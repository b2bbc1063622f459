# E-mails to staff. They never say anything about a report itself.
notice-footer = Барои бехатарии гузоришдиҳандагон ин мактуби электронӣ ҳеҷ гоҳ
    дар бораи мазмуни гузориш чизе намегӯяд.
notice-sign-in-read = Барои хондан ворид шавед:
notice-sign-in-acknowledge = Барои тасдиқи қабул ворид шавед:
notice-sign-in-feedback = Барои додани ҷавоб ворид шавед:
notice-sign-in-kedja-read = Барои хондан ба kedja ворид шавед.
notice-sign-in-kedja-acknowledge = Барои тасдиқи қабул ба kedja ворид шавед.
notice-sign-in-kedja-feedback = Барои додани ҷавоб ба kedja ворид шавед.
notice-new_report-subject = kedja: гузориши нав баррасии аввалия талаб мекунад
notice-new_report-opening = Гузориши нав ба ташкилоти шумо фиристода шуд.
notice-reporter_reply-subject = kedja: гузоришдиҳанда паём фиристод
notice-reporter_reply-opening = Гузоришдиҳанда ба парвандае, ки ташкилоти шумо мебинад, паём илова кард.
notice-acknowledgement_due-subject = kedja: гузориш интизори тасдиқ аст
notice-acknowledgement_due-opening = Мӯҳлати тасдиқи парвандае, ки ташкилоти шумо мебинад, наздик аст.
notice-feedback_due-subject = kedja: вақти ҷавоб ба гузоришдиҳанда расид
notice-feedback_due-opening = Мӯҳлати ҷавоби парвандае, ки ташкилоти шумо мебинад, наздик аст.
notice-case_shared-subject = kedja: парванда бо ташкилоти шумо мубодила шуд
notice-case_shared-opening = Ташкилоти дигар парвандаеро бо ташкилоти шумо мубодила кард.
notice-escalated-subject = kedja: парванда ба ташкилоти шумо ирсол шуд
notice-escalated-opening = Ташкилоти харидор парвандаеро ба ташкилоти шумо ирсол кард.
notice-escalation_answered-subject = kedja: мақомот ба парвандаи ирсолшуда ҷавоб дод
notice-escalation_answered-opening = Мақомот ба парвандае, ки ташкилоти шумо ирсол карда буд, ҷавоб дод.
notice-consent_answered-subject = kedja: гузоришдиҳанда дар бораи ирсол ҷавоб дод
notice-consent_answered-opening = Гузоришдиҳанда ҷавоб дод, ки оё парвандаашро ба мақомот ирсол кардан мумкин аст ё не.
