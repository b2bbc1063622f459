# E-mails to staff. They never say anything about a report itself.
notice-footer = Để bảo vệ an toàn cho người báo cáo, e-mail này không bao giờ nói gì
    về nội dung của báo cáo.
notice-sign-in-read = Đăng nhập để đọc:
notice-sign-in-acknowledge = Đăng nhập để xác nhận:
notice-sign-in-feedback = Đăng nhập để phản hồi:
notice-sign-in-kedja-read = Đăng nhập vào kedja để đọc.
notice-sign-in-kedja-acknowledge = Đăng nhập vào kedja để xác nhận.
notice-sign-in-kedja-feedback = Đăng nhập vào kedja để phản hồi.
notice-new_report-subject = kedja: một báo cáo mới cần được phân loại
notice-new_report-opening = Một báo cáo mới đã được gửi đến tổ chức của bạn.
notice-reporter_reply-subject = kedja: một người báo cáo đã gửi tin nhắn
notice-reporter_reply-opening = Một người báo cáo đã thêm tin nhắn vào một hồ sơ do tổ chức của bạn xử lý.
notice-acknowledgement_due-subject = kedja: một báo cáo đang chờ xác nhận
notice-acknowledgement_due-opening = Một hồ sơ do tổ chức của bạn xử lý sắp đến hạn xác nhận.
notice-feedback_due-subject = kedja: đã đến lúc phản hồi cho người báo cáo
notice-feedback_due-opening = Một hồ sơ do tổ chức của bạn xử lý sắp đến hạn phản hồi.
notice-case_shared-subject = kedja: một hồ sơ đã được chia sẻ với tổ chức của bạn
notice-case_shared-opening = Một tổ chức khác đã chia sẻ một hồ sơ với tổ chức của bạn.
notice-escalated-subject = kedja: một hồ sơ đã được chuyển lên tổ chức của bạn
notice-escalated-opening = Một tổ chức bên mua đã chuyển một hồ sơ lên tổ chức của bạn.
notice-escalation_answered-subject = kedja: cơ quan chức năng đã trả lời một hồ sơ được chuyển lên
notice-escalation_answered-opening = Một cơ quan chức năng đã trả lời hồ sơ do tổ chức của bạn chuyển lên.
notice-consent_answered-subject = kedja: một người báo cáo đã trả lời về việc chuyển lên
notice-consent_answered-opening = Một người báo cáo đã trả lời liệu hồ sơ của họ có được chuyển đến cơ quan chức năng hay không.
