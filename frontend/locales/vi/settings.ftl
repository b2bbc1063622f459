# Cài đặt của tổ chức (/staff/settings), bản tóm tắt thời hạn hằng ngày và cảnh báo về
# các báo cáo không tổ chức nào nhận được.
settings-title = Cài đặt của tổ chức
settings-intro = Các cài đặt này áp dụng cho toàn bộ tổ chức của bạn. Thời hạn mới áp dụng cho các báo cáo đến từ bây giờ; các thời hạn đã đặt vẫn giữ nguyên.
settings-saved = Đã lưu cài đặt.
settings-check-marked = Một số cài đặt không lưu được. Vui lòng kiểm tra các ô được đánh dấu.
settings-deadlines = Thời hạn
settings-acknowledge-days = Số ngày để xác nhận một báo cáo
settings-acknowledge-days-hint = Từ 1 đến 7 ngày sau khi báo cáo đến. Chỉ thị của EU về bảo vệ người tố giác cho phép tối đa 7 ngày.
settings-feedback-months = Số tháng để phản hồi
settings-feedback-months-hint = Từ 1 đến 3 tháng sau khi xác nhận. Chỉ thị của EU về bảo vệ người tố giác cho phép tối đa 3 tháng.
settings-data = Lưu giữ và thống kê hồ sơ
settings-retention-months = Số tháng lưu giữ một hồ sơ đã đóng
settings-retention-months-hint = Từ 3 đến 120 tháng sau khi hồ sơ được đóng. Sau thời gian đó, nội dung và các tệp của hồ sơ bị xóa; hồ sơ vẫn được tính trong thống kê.
settings-suppression-k = Số nhỏ nhất được hiển thị trong thống kê
settings-suppression-k-hint = Từ 3 đến 100. Số nhỏ hơn sẽ bị ẩn, để không ai có thể suy ra ai đã báo cáo.
settings-time-and-alerts = Thời gian và cảnh báo
settings-time-zone = Múi giờ
settings-time-zone-hint = Thời gian trên các trang dành cho nhân viên được hiển thị theo múi giờ này. Hãy viết múi giờ dưới dạng tên địa danh, ví dụ Europe/Stockholm hoặc Asia/Bangkok.
settings-alert-email = Địa chỉ e-mail nhận cảnh báo
settings-alert-email-hint = Không bắt buộc. Đối với tổ chức điều phối, kedja gửi thư đến địa chỉ này vào ngày hôm sau, nếu có báo cáo không thể được nhận vì không tổ chức nào có thể nhận. Để trống nếu không cần.
settings-save = Lưu cài đặt
settings-error-acknowledge-days = Nhập một số nguyên từ 1 đến 7 ngày.
settings-error-feedback-months = Nhập một số nguyên từ 1 đến 3 tháng.
settings-error-retention-months = Nhập một số nguyên từ 3 đến 120 tháng.
settings-error-suppression-k = Nhập một số nguyên từ 3 đến 100.
settings-error-time-zone = kedja không biết múi giờ này. Hãy chọn một múi giờ trong danh sách, ví dụ Europe/Stockholm.
settings-error-alert-email = Nhập một địa chỉ e-mail như name@example.org, hoặc để trống ô này.
code-action-org-settings_changed = đã thay đổi cài đặt của tổ chức

# E-mail. Giống mọi e-mail của kedja, các e-mail này không bao giờ nói gì về nội dung của báo cáo.
notice-sign-in-deadlines = Đăng nhập để xem các hồ sơ:
notice-sign-in-kedja-deadlines = Đăng nhập vào kedja để xem các hồ sơ.
notice-sign-in-directory = Đăng nhập để kiểm tra danh mục nhà cung cấp và quy tắc phân chuyển:
notice-sign-in-kedja-directory = Đăng nhập vào kedja để kiểm tra danh mục nhà cung cấp và quy tắc phân chuyển.
notice-deadline_digest-subject = kedja: các thời hạn trong tổ chức của bạn hôm nay
notice-deadline_digest-opening = Các hồ sơ do tổ chức của bạn xử lý cần được chú ý.
    Đã quá hạn: { $overdue }
    Đến hạn trong vòng hai ngày: { $soon }
notice-refused_reports-subject = kedja: có báo cáo không thể được nhận
notice-refused_reports-opening = { $days ->
        [1] Vào ngày { $from } (UTC),
       *[other] Từ ngày { $from } đến ngày { $to } (UTC),
    } { $count ->
        [1] một báo cáo không gửi được
       *[other] { $count } báo cáo không gửi được
    } vì không có tổ chức nào có thể nhận báo cáo về nơi làm việc mà người lao động đã chọn. Không có gì từ các báo cáo đó được lưu lại. Việc thêm các bên mua của nơi làm việc đó hoặc một tổ chức điều phối vào danh mục nhà cung cấp và quy tắc phân chuyển sẽ giúp báo cáo tiếp theo được chuyển đến.
