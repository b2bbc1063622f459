# Giới hạn đăng nhập, xác nhận thêm và độ mạnh mật khẩu (issue 10, "Brute force and admission").

# Trang đăng nhập của nhân viên, sau quá nhiều lần đăng nhập sai trên tài khoản này hoặc trên toàn hệ thống.
admission-sign-in-wait = Quá nhiều lần đăng nhập không thành công. Vui lòng chờ { $seconds } giây rồi thử lại.

# Trang hỏi mã TOTP trước khi chuyển lên cấp trên, xuất, chuyển giao hoặc đặt lại một thành viên.
admission-step-up-title = Xác nhận bằng mã
admission-step-up-intro = Thao tác này cần một mã từ ứng dụng xác thực, được nhập trong 5 phút vừa qua. Hãy nhập mã hiện tại, sau đó bạn sẽ quay lại chỗ cũ và có thể làm tiếp.
admission-step-up-confirm = Xác nhận
admission-step-up-wrong = Mã không đúng, hoặc đã được dùng rồi. Hãy chờ mã tiếp theo và thử lại.
