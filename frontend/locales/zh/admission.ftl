# 登录次数限制、二次确认和密码强度（issue 10，"Brute force and admission"）。

# 员工登录页面，在此账户或整体登录失败次数过多之后显示。
admission-sign-in-wait = 登录失败次数过多。请等待 { $seconds } 秒后再试。

# 在升级处理、导出、移交或重置成员之前要求输入 TOTP 验证码的页面。
admission-step-up-title = 用验证码确认
admission-step-up-intro = 此操作需要在最近 5 分钟内输入身份验证器应用中的验证码。请输入当前的验证码，然后您会回到原来的页面，就可以继续操作。
admission-step-up-confirm = 确认
admission-step-up-wrong = 验证码不正确，或已被使用过。请等待下一个验证码，然后再试。
