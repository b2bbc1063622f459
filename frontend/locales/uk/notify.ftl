# E-mails to staff. They never say anything about a report itself.
notice-footer = Заради безпеки авторів звернень цей лист ніколи не повідомляє
    нічого про зміст звернення.
notice-sign-in-read = Увійдіть, щоб прочитати:
notice-sign-in-acknowledge = Увійдіть, щоб підтвердити отримання:
notice-sign-in-feedback = Увійдіть, щоб надати зворотний звʼязок:
notice-sign-in-kedja-read = Увійдіть у kedja, щоб прочитати.
notice-sign-in-kedja-acknowledge = Увійдіть у kedja, щоб підтвердити отримання.
notice-sign-in-kedja-feedback = Увійдіть у kedja, щоб надати зворотний звʼязок.
notice-new_report-subject = kedja: нове звернення чекає на первинну оцінку
notice-new_report-opening = До вашої організації надійшло нове звернення.
notice-reporter_reply-subject = kedja: автор звернення надіслав повідомлення
notice-reporter_reply-opening = Автор звернення додав повідомлення до справи, яку веде ваша організація.
notice-acknowledgement_due-subject = kedja: звернення чекає на підтвердження отримання
notice-acknowledgement_due-opening = Строк підтвердження отримання у справі вашої організації скоро спливає.
notice-feedback_due-subject = kedja: час надати зворотний звʼязок автору звернення
notice-feedback_due-opening = Строк зворотного звʼязку у справі вашої організації скоро спливає.
notice-case_shared-subject = kedja: вашій організації надали доступ до справи
notice-case_shared-opening = Інша організація надала вашій організації доступ до справи.
notice-escalated-subject = kedja: справу передано вашій організації
notice-escalated-opening = Організація-покупець передала справу вашій організації.
notice-escalation_answered-subject = kedja: державний орган відповів на передану справу
notice-escalation_answered-opening = Державний орган відповів на справу, передану вашою організацією.
notice-consent_answered-subject = kedja: автор звернення відповів щодо передачі справи
notice-consent_answered-opening = Автор звернення відповів, чи можна передати його справу державним органам.
