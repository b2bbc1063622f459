# E-mails to staff. They never say anything about a report itself.
notice-footer = Арыз бергендердин коопсуздугу үчүн бул кат эч качан
    арыздын мазмуну жөнүндө эч нерсе айтпайт.
notice-sign-in-read = Окуу үчүн кириңиз:
notice-sign-in-acknowledge = Ырастоо үчүн кириңиз:
notice-sign-in-feedback = Жооп берүү үчүн кириңиз:
notice-sign-in-kedja-read = Окуу үчүн kedja системасына кириңиз.
notice-sign-in-kedja-acknowledge = Ырастоо үчүн kedja системасына кириңиз.
notice-sign-in-kedja-feedback = Жооп берүү үчүн kedja системасына кириңиз.
notice-new_report-subject = kedja: жаңы арызды алгачкы баалоо керек
notice-new_report-opening = Сиздин уюмга жаңы арыз келди.
notice-reporter_reply-subject = kedja: арыз ээси билдирүү жөнөттү
notice-reporter_reply-opening = Арыз ээси сиздин уюм караган ишке билдирүү кошту.
notice-acknowledgement_due-subject = kedja: арыз ырастоону күтүүдө
notice-acknowledgement_due-opening = Сиздин уюм караган иштин ырастоо мөөнөтү жакындап калды.
notice-feedback_due-subject = kedja: арыз ээсине жооп берүү убактысы келди
notice-feedback_due-opening = Сиздин уюм караган иштин жооп берүү мөөнөтү жакындап калды.
notice-case_shared-subject = kedja: иш сиздин уюм менен бөлүшүлдү
notice-case_shared-opening = Башка уюм бир ишти сиздин уюм менен бөлүштү.
notice-escalated-subject = kedja: иш сиздин уюмга өткөрүлдү
notice-escalated-opening = Сатып алуучу уюм бир ишти сиздин уюмга өткөрдү.
notice-escalation_answered-subject = kedja: ыйгарым укуктуу орган өткөрүлгөн ишке жооп берди
notice-escalation_answered-opening = Ыйгарым укуктуу орган сиздин уюм өткөргөн ишке жооп берди.
notice-consent_answered-subject = kedja: арыз ээси өткөрүү боюнча жооп берди
notice-consent_answered-opening = Арыз ээси өз ишин ыйгарым укуктуу органдарга өткөрүүгө болобу же жокпу, жооп берди.
