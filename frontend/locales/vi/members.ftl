# Thành viên: quản trị viên của tổ chức mời thành viên, đổi vai trò, vô hiệu hóa và kích hoạt lại họ,
# đặt lại mật khẩu và ứng dụng xác thực (/staff/members); thành viên chọn mật khẩu qua
# liên kết dùng một lần được gửi qua e-mail (/staff/invite/...).

members-actions = Thao tác
members-you = bạn
members-change-role = Đổi vai trò
members-no-authenticator = Chưa thiết lập ứng dụng xác thực
members-disable = Vô hiệu hóa
members-enable = Kích hoạt lại
members-reset-password = Đặt lại mật khẩu
members-send-new-link = Gửi liên kết mới
members-reset-totp = Đặt lại ứng dụng xác thực
members-actions-hint = Khi vô hiệu hóa, các phiên đăng nhập của thành viên kết thúc ngay; họ không thể đăng nhập cho đến khi được kích hoạt lại. Khi đặt lại mật khẩu, hệ thống gửi e-mail cho họ một liên kết để chọn mật khẩu mới; sau đó họ phải được xác nhận lại. Khi đặt lại ứng dụng xác thực, họ phải thiết lập lại ứng dụng ở lần đăng nhập tiếp theo. Bạn không bao giờ thấy mật khẩu hay liên kết của họ.
members-invite = Mời một thành viên
members-invite-hint = kedja gửi e-mail cho họ một liên kết để chọn mật khẩu. Liên kết chỉ dùng được một lần, trong 7 ngày. Sau đó họ thiết lập ứng dụng xác thực, và một quản trị viên xác nhận họ tại đây trước khi họ có thể đọc bất cứ thứ gì.
members-invite-submit = Gửi lời mời

members-status-awaiting-password = Đã được mời: chưa chọn mật khẩu
members-status-pending = Đang chờ quản trị viên xác nhận
members-status-active = Đang hoạt động
members-status-disabled = Đã bị vô hiệu hóa

members-done-invited = Lời mời đang được gửi đi.
members-done-role = Vai trò đã được thay đổi.
members-done-confirmed = Thành viên đã được xác nhận.
members-done-disabled = Thành viên đã bị vô hiệu hóa và bị đăng xuất ở mọi nơi.
members-done-enabled = Thành viên có thể đăng nhập lại.
members-done-password-reset = Thành viên đã được gửi một liên kết để chọn mật khẩu mới.
members-done-totp-reset = Thành viên sẽ thiết lập ứng dụng xác thực ở lần đăng nhập tiếp theo.

members-error-last-admin = Chưa thực hiện: tổ chức của bạn sẽ không còn quản trị viên nào có thể thao tác. Hãy đặt một thành viên khác làm quản trị viên trước.
members-error-own-account = Bạn không thể đặt lại tài khoản của chính mình tại đây. Hãy đổi mật khẩu ở trang mật khẩu.
members-error-no-public-url = Lời mời và việc đặt lại mật khẩu cần địa chỉ của dịch vụ này (KEDJA_PUBLIC_URL). Hãy nhờ đơn vị vận hành thiết lập.
members-error-mail-off = E-mail đang bị tắt trên dịch vụ này (KEDJA_SMTP_URL), nên liên kết không thể đến được thành viên. Hãy nhờ đơn vị vận hành bật lên.
members-error-awaiting-password = Thành viên này chưa chọn mật khẩu. Hãy xác nhận họ sau khi họ đã chọn.
members-error-disabled = Thành viên này đã bị vô hiệu hóa. Hãy kích hoạt lại họ trước.
members-error-email-taken = Đã có một thành viên với địa chỉ e-mail này.
members-error-not-pending = Thành viên này đã được xác nhận.

members-link-invitation-title = Tham gia tổ chức của bạn trên kedja
members-link-reset-title = Chọn mật khẩu mới
members-link-intro = Chọn mật khẩu cho tài khoản này:
members-link-password-again = Nhập lại mật khẩu
members-link-submit = Lưu mật khẩu
members-link-next = Tiếp theo, bạn thiết lập ứng dụng xác thực. Sau đó một quản trị viên của tổ chức bạn xác nhận bạn trước khi bạn có thể đọc bất cứ thứ gì.
members-link-mismatch = Hai mật khẩu không giống nhau.
members-link-gone-title = Liên kết này không dùng được
members-link-gone = Liên kết đã được dùng, đã hết hạn, hoặc đã được thay bằng một liên kết mới hơn. Hãy nhờ một quản trị viên của tổ chức bạn gửi cho bạn liên kết mới.

# E-mail chứa liên kết. E-mail không nói gì về tổ chức hay các hồ sơ của tổ chức.
notice-invitation-subject = kedja: hãy chọn mật khẩu của bạn
notice-invitation-opening = Một quản trị viên của tổ chức bạn đã mời bạn tham gia kedja. Hãy chọn mật khẩu bằng liên kết này. Liên kết chỉ dùng được một lần, trong { $days } ngày:
notice-password-reset-subject = kedja: hãy chọn mật khẩu mới
notice-password-reset-opening = Một quản trị viên của tổ chức bạn đã đặt lại mật khẩu kedja của bạn. Hãy chọn mật khẩu mới bằng liên kết này. Liên kết chỉ dùng được một lần, trong { $days } ngày:
notice-link-next = Sau đó bạn thiết lập ứng dụng xác thực, và một quản trị viên xác nhận bạn trước khi bạn có thể đọc bất cứ thứ gì.
notice-link-unexpected = Nếu bạn không chờ đợi e-mail này, đừng mở liên kết và hãy báo cho tổ chức của bạn.

code-action-member-disabled = đã vô hiệu hóa một thành viên
code-action-member-enabled = đã kích hoạt lại một thành viên
code-action-member-invited = đã mời một thành viên
code-action-member-password_reset = đã đặt lại mật khẩu của một thành viên
code-action-member-password_set = đã chọn mật khẩu qua liên kết
code-action-member-role_changed = đã đổi vai trò của một thành viên
code-action-member-totp_reset = đã đặt lại ứng dụng xác thực của một thành viên
