# Tệp bằng chứng: các loại tệp được nhận, và những thông tin ẩn (siêu dữ liệu) đã được xử lý thế nào trong mỗi tệp.

files-type-not-accepted = Không thể thêm loại tệp này. Bạn có thể thêm ảnh (JPEG, PNG, WebP, HEIC), tệp PDF, tài liệu (Word DOCX, Excel XLSX, PowerPoint PPTX, OpenDocument ODT và ODS), văn bản thường, bản ghi âm (MP3, M4A, AAC, Ogg, Opus, WAV, AMR) và video (MP4, MOV, 3GP, WebM).
files-evidence-hint = Bạn có thể chọn tối đa { $count } tệp, mỗi tệp tối đa { $limit } MB: ảnh, tệp PDF, tài liệu, văn bản thường, bản ghi âm hoặc video. Chúng tôi xóa các thông tin ẩn như địa điểm, máy ảnh và tác giả khỏi ảnh, tệp PDF và tài liệu, và cho bạn biết đã xóa gì ở mỗi tệp. Bản ghi âm và video được giữ nguyên. Bạn cũng có thể thêm tệp sau bằng mã biên nhận của bạn.
files-evidence-warning = Ảnh (JPEG, PNG, WebP), tệp PDF và tài liệu (DOCX, XLSX, PPTX, ODT, ODS) được xóa các thông tin ẩn như địa điểm, thời gian, loại điện thoại và tên tác giả trước khi lưu. Ảnh HEIC, bản ghi âm và video được giữ đúng như khi bạn gửi, kèm mọi thông tin ẩn có trong đó.
files-metadata-removed = đã xóa thông tin ẩn: { $what }
files-metadata-none-found = đã kiểm tra: không có thông tin ẩn
files-metadata-plain-text = văn bản thường: không có thông tin ẩn cần xóa
files-metadata-kept-as-sent = không kiểm tra được thông tin ẩn của tệp này: tệp được giữ nguyên như khi gửi
files-removed-photo-details = thông tin địa điểm, thời gian và máy ảnh
files-removed-document-properties = thông tin tác giả, công ty và tài liệu
files-removed-xmp = thông tin XMP bên trong
files-choose-again = Các tệp của bạn chưa được thêm vì báo cáo chưa được gửi. Vui lòng chọn lại: { $names }
