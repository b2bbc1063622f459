# E-mails to staff. They never say anything about a report itself.
notice-footer = Ради безопасности заявителей это письмо никогда не сообщает
    ничего о содержании обращения.
notice-sign-in-read = Войдите, чтобы прочитать:
notice-sign-in-acknowledge = Войдите, чтобы подтвердить получение:
notice-sign-in-feedback = Войдите, чтобы ответить заявителю:
notice-sign-in-kedja-read = Войдите в kedja, чтобы прочитать.
notice-sign-in-kedja-acknowledge = Войдите в kedja, чтобы подтвердить получение.
notice-sign-in-kedja-feedback = Войдите в kedja, чтобы ответить заявителю.
notice-new_report-subject = kedja: новое обращение ждёт первичной оценки
notice-new_report-opening = В вашу организацию поступило новое обращение.
notice-reporter_reply-subject = kedja: заявитель прислал сообщение
notice-reporter_reply-opening = Заявитель добавил сообщение в дело, которое ведёт ваша организация.
notice-acknowledgement_due-subject = kedja: обращение ждёт подтверждения получения
notice-acknowledgement_due-opening = Срок подтверждения получения по делу вашей организации скоро истекает.
notice-feedback_due-subject = kedja: пора ответить заявителю
notice-feedback_due-opening = Срок ответа заявителю по делу вашей организации скоро истекает.
notice-case_shared-subject = kedja: вашей организации открыт доступ к делу
notice-case_shared-opening = Другая организация открыла вашей организации доступ к делу.
notice-escalated-subject = kedja: дело передано в вашу организацию
notice-escalated-opening = Организация-заказчик передала дело в вашу организацию.
notice-escalation_answered-subject = kedja: орган власти ответил на переданное дело
notice-escalation_answered-opening = Орган власти ответил на дело, переданное вашей организацией.
notice-consent_answered-subject = kedja: заявитель ответил насчёт передачи дела
notice-consent_answered-opening = Заявитель ответил, можно ли передать его дело органам власти.
