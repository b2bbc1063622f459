# File bukti: jenis file yang diterima, dan apa yang terjadi pada detail tersembunyi (metadata) setiap file.

files-type-not-accepted = Jenis file ini tidak bisa ditambahkan. Anda bisa menambahkan foto (JPEG, PNG, WebP, HEIC), file PDF, dokumen (Word DOCX, Excel XLSX, PowerPoint PPTX, OpenDocument ODT dan ODS), teks biasa, rekaman suara (MP3, M4A, AAC, Ogg, Opus, WAV, AMR) dan video (MP4, MOV, 3GP, WebM).
files-evidence-hint = Anda bisa memilih paling banyak { $count } file, masing-masing paling besar { $limit } MB: foto, file PDF, dokumen, teks biasa, rekaman suara, atau video. Kami menghapus detail tersembunyi seperti tempat, kamera, dan nama pembuat dari foto, file PDF, dan dokumen, lalu memberi tahu Anda apa yang dihapus dari setiap file. Rekaman suara dan video disimpan apa adanya. Anda juga bisa menambahkan file nanti dengan kode tanda terima Anda.
files-evidence-warning = Foto (JPEG, PNG, WebP), file PDF, dan dokumen (DOCX, XLSX, PPTX, ODT, ODS) kehilangan detail tersembunyi seperti tempat, waktu, model ponsel, dan nama pembuat sebelum disimpan. Foto HEIC, rekaman suara, dan video disimpan persis seperti yang Anda kirim, termasuk semua detail tersembunyi di dalamnya.
files-metadata-removed = detail tersembunyi dihapus: { $what }
files-metadata-none-found = sudah diperiksa: tidak ada detail tersembunyi
files-metadata-plain-text = teks biasa: tidak ada detail tersembunyi untuk dihapus
files-metadata-kept-as-sent = detail tersembunyi file ini tidak bisa diperiksa: file disimpan seperti yang dikirim
files-removed-photo-details = detail tempat, waktu, dan kamera
files-removed-document-properties = detail pembuat, perusahaan, dan dokumen
files-removed-xmp = detail XMP di dalam file
files-choose-again = File Anda tidak ditambahkan karena laporan tidak terkirim. Silakan pilih lagi: { $names }
