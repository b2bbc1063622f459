# Fail bukti: jenis fail yang diterima, dan apa yang berlaku pada butiran tersembunyi (metadata) setiap fail.

files-type-not-accepted = Jenis fail ini tidak boleh ditambah. Anda boleh menambah foto (JPEG, PNG, WebP, HEIC), fail PDF, dokumen (Word DOCX, Excel XLSX, PowerPoint PPTX, OpenDocument ODT dan ODS), teks biasa, rakaman suara (MP3, M4A, AAC, Ogg, Opus, WAV, AMR) dan video (MP4, MOV, 3GP, WebM).
files-evidence-hint = Anda boleh memilih sehingga { $count } fail, setiap satu tidak melebihi { $limit } MB: foto, fail PDF, dokumen, teks biasa, rakaman suara atau video. Kami membuang butiran tersembunyi seperti tempat, kamera dan nama penulis daripada foto, fail PDF dan dokumen, dan memberitahu anda apa yang dibuang bagi setiap fail. Rakaman suara dan video disimpan seperti asal. Anda juga boleh menambah fail kemudian dengan kod resit anda.
files-evidence-warning = Foto (JPEG, PNG, WebP), fail PDF dan dokumen (DOCX, XLSX, PPTX, ODT, ODS) kehilangan butiran tersembunyi seperti tempat, masa, model telefon dan nama penulis sebelum disimpan. Foto HEIC, rakaman suara dan video disimpan tepat seperti yang anda hantar, bersama apa-apa butiran tersembunyi di dalamnya.
files-metadata-removed = butiran tersembunyi dibuang: { $what }
files-metadata-none-found = sudah disemak: tiada butiran tersembunyi ditemui
files-metadata-plain-text = teks biasa: tiada butiran tersembunyi untuk dibuang
files-metadata-kept-as-sent = butiran tersembunyi fail ini tidak dapat disemak: fail disimpan seperti yang dihantar
files-removed-photo-details = butiran tempat, masa dan kamera
files-removed-document-properties = butiran penulis, syarikat dan dokumen
files-removed-xmp = butiran XMP di dalam fail
files-choose-again = Fail anda tidak ditambah kerana laporan tidak dihantar. Sila pilih semula: { $names }
