# E-mails to staff. They never say anything about a report itself.
notice-footer = Арыз берушілердің қауіпсіздігі үшін бұл хат ешқашан
    арыздың мазмұны туралы ештеңе айтпайды.
notice-sign-in-read = Оқу үшін кіріңіз:
notice-sign-in-acknowledge = Растау үшін кіріңіз:
notice-sign-in-feedback = Жауап беру үшін кіріңіз:
notice-sign-in-kedja-read = Оқу үшін kedja жүйесіне кіріңіз.
notice-sign-in-kedja-acknowledge = Растау үшін kedja жүйесіне кіріңіз.
notice-sign-in-kedja-feedback = Жауап беру үшін kedja жүйесіне кіріңіз.
notice-new_report-subject = kedja: жаңа арызды алдын ала бағалау керек
notice-new_report-opening = Сіздің ұйымыңызға жаңа арыз келді.
notice-reporter_reply-subject = kedja: арыз беруші хабарлама жіберді
notice-reporter_reply-opening = Арыз беруші сіздің ұйымыңыз қарайтын іске хабарлама қосты.
notice-acknowledgement_due-subject = kedja: арыз растауды күтуде
notice-acknowledgement_due-opening = Сіздің ұйымыңыз қарайтын істің растау мерзімі жақындап қалды.
notice-feedback_due-subject = kedja: арыз берушіге жауап беру уақыты келді
notice-feedback_due-opening = Сіздің ұйымыңыз қарайтын істің жауап беру мерзімі жақындап қалды.
notice-case_shared-subject = kedja: іс сіздің ұйымыңызбен бөлісілді
notice-case_shared-opening = Басқа ұйым бір істі сіздің ұйымыңызбен бөлісті.
notice-escalated-subject = kedja: іс сіздің ұйымыңызға жолданды
notice-escalated-opening = Сатып алушы ұйым бір істі сіздің ұйымыңызға жолдады.
notice-escalation_answered-subject = kedja: уәкілетті орган жолданған іске жауап берді
notice-escalation_answered-opening = Уәкілетті орган сіздің ұйымыңыз жолдаған іске жауап берді.
notice-consent_answered-subject = kedja: арыз беруші жолдау туралы жауап берді
notice-consent_answered-opening = Арыз беруші өз ісін уәкілетті органдарға жолдауға бола ма, жоқ па, жауап берді.
