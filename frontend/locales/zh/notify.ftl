# E-mails to staff. They never say anything about a report itself.
notice-footer = 为保护举报人的安全，本邮件从不提及
    举报本身的任何内容。
notice-sign-in-read = 请登录阅读：
notice-sign-in-acknowledge = 请登录确认收到：
notice-sign-in-feedback = 请登录给出反馈：
notice-sign-in-kedja-read = 请登录 kedja 阅读。
notice-sign-in-kedja-acknowledge = 请登录 kedja 确认收到。
notice-sign-in-kedja-feedback = 请登录 kedja 给出反馈。
notice-new_report-subject = kedja: 有一条新举报需要初步分类
notice-new_report-opening = 一条新举报已转给贵机构。
notice-reporter_reply-subject = kedja: 举报人发来一条消息
notice-reporter_reply-opening = 举报人在贵机构处理的一个案件中添加了一条消息。
notice-acknowledgement_due-subject = kedja: 有一条举报等待确认收到
notice-acknowledgement_due-opening = 贵机构处理的一个案件即将到达确认期限。
notice-feedback_due-subject = kedja: 需要向举报人反馈
notice-feedback_due-opening = 贵机构处理的一个案件即将到达反馈期限。
notice-case_shared-subject = kedja: 有一个案件与贵机构共享
notice-case_shared-opening = 另一家机构与贵机构共享了一个案件。
notice-escalated-subject = kedja: 有一个案件上报给贵机构
notice-escalated-opening = 一家采购机构将一个案件上报给贵机构。
notice-escalation_answered-subject = kedja: 主管机关答复了上报
notice-escalation_answered-opening = 一家主管机关答复了贵机构的上报。
notice-consent_answered-subject = kedja: 举报人就上报作出了答复
notice-consent_answered-opening = 举报人答复了其案件是否可以交给主管机关。
