# 成员：机构管理员邀请成员、更改角色、停用和重新启用成员，
# 以及重置密码和身份验证器（/staff/members）；成员通过电子邮件收到的
# 一次性链接设置密码（/staff/invite/...）。

members-actions = 操作
members-you = 您
members-change-role = 更改角色
members-no-authenticator = 尚未设置身份验证器应用
members-disable = 停用
members-enable = 重新启用
members-reset-password = 重置密码
members-send-new-link = 发送新链接
members-reset-totp = 重置身份验证器
members-actions-hint = 停用会立即结束该成员的所有会话；在重新启用之前，他们无法登录。重置密码会通过电子邮件向他们发送一个链接，用于设置新密码；之后需要重新确认他们。重置身份验证器会让他们在下次登录时重新设置应用。您始终看不到他们的密码或链接。
members-invite = 邀请成员
members-invite-hint = kedja 会通过电子邮件向对方发送一个设置密码的链接。该链接只能使用一次，7 天内有效。之后对方需设置身份验证器应用，并由管理员在此确认，才能阅读任何内容。
members-invite-submit = 发送邀请

members-status-awaiting-password = 已邀请：尚未设置密码
members-status-pending = 等待管理员确认
members-status-active = 已启用
members-status-disabled = 已停用

members-done-invited = 邀请正在发送。
members-done-role = 角色已更改。
members-done-confirmed = 该成员已确认。
members-done-disabled = 该成员已停用，并已在所有地方退出登录。
members-done-enabled = 该成员可以重新登录了。
members-done-password-reset = 已向该成员发送设置新密码的链接。
members-done-totp-reset = 该成员将在下次登录时设置身份验证器应用。

members-error-last-admin = 未执行：这样贵机构将没有可以操作的管理员。请先将另一名成员设为管理员。
members-error-own-account = 您不能在这里重置自己的账户。请在密码页面更改您的密码。
members-error-no-public-url = 邀请和重置密码需要本服务的地址（KEDJA_PUBLIC_URL）。请联系运营方进行设置。
members-error-mail-off = 本服务已关闭电子邮件（KEDJA_SMTP_URL），因此链接无法送达该成员。请联系运营方开启。
members-error-awaiting-password = 该成员尚未设置密码。请在其设置密码后再确认。
members-error-disabled = 该成员已停用。请先重新启用。
members-error-email-taken = 已有成员使用此电子邮箱地址。
members-error-not-pending = 该成员已确认。

members-link-invitation-title = 在 kedja 上加入您的机构
members-link-reset-title = 设置新密码
members-link-intro = 为此账户设置密码：
members-link-password-again = 再次输入相同的密码
members-link-submit = 保存密码
members-link-next = 接下来请设置身份验证器应用。之后由贵机构的管理员确认，您才能阅读任何内容。
members-link-mismatch = 两次输入的密码不一致。
members-link-gone-title = 此链接无效
members-link-gone = 该链接已被使用、已过期，或已被更新的链接取代。请联系贵机构的管理员，给您发送一个新链接。

# 含链接的电子邮件。邮件中不提及机构或其案件的任何信息。
notice-invitation-subject = kedja: 请设置您的密码
notice-invitation-opening = 贵机构的一名管理员邀请您使用 kedja。请通过此链接设置您的密码。该链接只能使用一次，{ $days } 天内有效：
notice-password-reset-subject = kedja: 请设置新密码
notice-password-reset-opening = 贵机构的一名管理员重置了您的 kedja 密码。请通过此链接设置新密码。该链接只能使用一次，{ $days } 天内有效：
notice-link-next = 之后请设置身份验证器应用，并由管理员确认，您才能阅读任何内容。
notice-link-unexpected = 如果您没有预料到会收到这封邮件，请不要打开链接，并告知贵机构。

code-action-member-disabled = 停用了一名成员
code-action-member-enabled = 重新启用了一名成员
code-action-member-invited = 邀请了一名成员
code-action-member-password_reset = 重置了一名成员的密码
code-action-member-password_set = 通过链接设置了密码
code-action-member-role_changed = 更改了一名成员的角色
code-action-member-totp_reset = 重置了一名成员的身份验证器
