# Công cụ của danh sách hồ sơ: tìm kiếm, bộ lọc, thao tác hàng loạt và xuất tệp CSV.

caselist-search = Tìm kiếm
caselist-search-hint = Tìm theo số tham chiếu hồ sơ (KJ-…) hoặc theo tên nhà cung cấp. Nội dung người lao động viết đã được mã hóa, nên không thể tìm theo từ ngữ trong báo cáo.
caselist-nobody = Không ai (chưa giao)
caselist-other-organisation = một người ở tổ chức khác
caselist-csv = Tải danh sách này về dưới dạng bảng tính (CSV)
caselist-choose = Chọn
caselist-bulk = Với các hồ sơ đã chọn
caselist-bulk-hint = Đánh dấu các hồ sơ ở trên, rồi giao hoặc đóng chúng với cùng một kết luận (tối đa 200 hồ sơ mỗi lần). Mỗi hồ sơ được kiểm tra như thể bạn thay đổi nó trên trang riêng của nó; khi đóng, mỗi người báo cáo nhận được thông báo đóng hồ sơ như thường lệ.
caselist-bulk-assign = Giao các hồ sơ đã chọn
caselist-bulk-close = Đóng các hồ sơ đã chọn
caselist-bulk-assigned = { $count ->
   *[other] Đã giao { $count } hồ sơ.
}
caselist-bulk-closed = { $count ->
   *[other] Đã đóng { $count } hồ sơ.
}
caselist-bulk-refused = Các hồ sơ sau không được thay đổi:
caselist-cases = Hồ sơ
code-action-cases-exported = đã tải danh sách hồ sơ về dưới dạng bảng tính
