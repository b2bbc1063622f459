# E-mails to staff. They never say anything about a report itself.
notice-footer = Badbaadada dadka warbixinta bixiya awgeed, iimaylkani marnaba kama hadlo
    waxa ku jira warbixinta.
notice-sign-in-read = Gal si aad u akhrido:
notice-sign-in-acknowledge = Gal si aad u xaqiijiso helitaanka:
notice-sign-in-feedback = Gal si aad jawaab u bixiso:
notice-sign-in-kedja-read = Gal kedja si aad u akhrido.
notice-sign-in-kedja-acknowledge = Gal kedja si aad u xaqiijiso helitaanka.
notice-sign-in-kedja-feedback = Gal kedja si aad jawaab u bixiso.
notice-new_report-subject = kedja: warbixin cusub ayaa u baahan kala-saar
notice-new_report-opening = Warbixin cusub ayaa loo diray hay'addaada.
notice-reporter_reply-subject = kedja: qof warbixin bixiyay ayaa fariin soo diray
notice-reporter_reply-opening = Qof warbixin bixiyay ayaa fariin ku daray kiis ay hay'addaadu maamusho.
notice-acknowledgement_due-subject = kedja: warbixin ayaa sugaysa xaqiijinta helitaanka
notice-acknowledgement_due-opening = Kiis ay hay'addaadu maamusho ayaa u dhow wakhtiga ugu dambeeya ee xaqiijinta.
notice-feedback_due-subject = kedja: waa in jawaab la siiyaa qof warbixin bixiyay
notice-feedback_due-opening = Kiis ay hay'addaadu maamusho ayaa u dhow wakhtiga ugu dambeeya ee jawaabta.
notice-case_shared-subject = kedja: kiis ayaa lala wadaagay hay'addaada
notice-case_shared-opening = Hay'ad kale ayaa kiis la wadaagtay hay'addaada.
notice-escalated-subject = kedja: kiis ayaa loo gudbiyay hay'addaada
notice-escalated-opening = Hay'ad wax iibsata ayaa kiis u gudbisay hay'addaada.
notice-escalation_answered-subject = kedja: hay'ad dowladeed ayaa ka jawaabtay gudbin
notice-escalation_answered-opening = Hay'ad dowladeed ayaa ka jawaabtay gudbin ka timid hay'addaada.
notice-consent_answered-subject = kedja: qof warbixin bixiyay ayaa ka jawaabay gudbinta
notice-consent_answered-opening = Qof warbixin bixiyay ayaa ka jawaabay in kiiskiisa loo gudbin karo hay'adaha dowladda iyo in kale.
