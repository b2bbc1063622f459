# 机构设置（/staff/settings）、每日期限摘要，以及关于
# 无人能接收的举报的提醒。
settings-title = 机构设置
settings-intro = 这些设置适用于贵机构全体。新的期限适用于从现在起收到的举报；已经设定的期限保持不变。
settings-saved = 设置已保存。
settings-check-marked = 部分设置未能保存。请检查标出的字段。
settings-deadlines = 期限
settings-acknowledge-days = 确认收到举报的天数
settings-acknowledge-days-hint = 举报送达后 1 至 7 天。欧盟《吹哨人保护指令》规定最多 7 天。
settings-feedback-months = 给出反馈的月数
settings-feedback-months-hint = 确认收到后 1 至 3 个月。欧盟《吹哨人保护指令》规定最多 3 个月。
settings-data = 案件的保存和统计
settings-retention-months = 已结案案件的保存月数
settings-retention-months-hint = 结案后 3 至 120 个月。期满后，案件的内容和文件将被删除；该案件仍计入统计。
settings-suppression-k = 统计中显示的最小数目
settings-suppression-k-hint = 3 至 100。小于此数的数目不予显示，以免有人推断出是谁举报的。
settings-time-and-alerts = 时间和提醒
settings-time-zone = 时区
settings-time-zone-hint = 工作人员页面上的时间按此时区显示。请写成地名形式，例如 Europe/Stockholm 或 Asia/Bangkok。
settings-alert-email = 接收提醒的电子邮箱地址
settings-alert-email-hint = 选填。对于协调机构，如果有举报因没有任何机构能够接收而未能送达，kedja 会在第二天向此地址发送邮件。不需要则留空。
settings-save = 保存设置
settings-error-acknowledge-days = 请输入 1 至 7 之间的整数天数。
settings-error-feedback-months = 请输入 1 至 3 之间的整数月数。
settings-error-retention-months = 请输入 3 至 120 之间的整数月数。
settings-error-suppression-k = 请输入 3 至 100 之间的整数。
settings-error-time-zone = kedja 不认识这个时区。请从列表中选择一个，例如 Europe/Stockholm。
settings-error-alert-email = 请输入类似 name@example.org 的电子邮箱地址，或将此字段留空。
code-action-org-settings_changed = 更改了机构设置

# 邮件。与 kedja 的所有邮件一样，这些邮件从不提及举报本身的任何内容。
notice-sign-in-deadlines = 请登录查看这些案件：
notice-sign-in-kedja-deadlines = 请登录 kedja 查看这些案件。
notice-sign-in-directory = 请登录检查供应商名录及其分派规则：
notice-sign-in-kedja-directory = 请登录 kedja 检查供应商名录及其分派规则。
notice-deadline_digest-subject = kedja: 贵机构今天的期限
notice-deadline_digest-opening = 贵机构处理的案件需要关注。
    已逾期：{ $overdue }
    两天内到期：{ $soon }
notice-refused_reports-subject = kedja: 有举报未能接收
notice-refused_reports-opening = { $days ->
        [1] 在 { $from }（UTC），
       *[other] 在 { $from } 至 { $to }（UTC）期间，
    }{ $count ->
        [1] 有一条举报未能发送，
       *[other] 有 { $count } 条举报未能发送，
    }因为没有任何机构能够接收关于该工人所选工作场所的举报。这些举报的任何内容都没有保存。把该工作场所的采购方或一个协调机构添加到供应商名录及其分派规则中，下一条举报就能送达。
