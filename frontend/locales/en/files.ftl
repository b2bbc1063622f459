# Evidence files: the accepted types, and what became of each file's hidden details (metadata).

files-type-not-accepted = This type of file cannot be added. You can add photos (JPEG, PNG, WebP, HEIC), PDF files, documents (Word DOCX, Excel XLSX, PowerPoint PPTX, OpenDocument ODT and ODS), plain text, sound recordings (MP3, M4A, AAC, Ogg, Opus, WAV, AMR) and videos (MP4, MOV, 3GP, WebM).
files-evidence-hint = You can choose up to { $count } files, each up to { $limit } MB: photos, PDF files, documents, plain text, sound recordings or videos. We remove hidden details such as the place, the camera and the author from photos, PDF files and documents, and tell you for each file what was removed. Sound recordings and videos are kept as they are. You can also add files later with your receipt code.
files-evidence-warning = Photos (JPEG, PNG, WebP), PDF files and documents (DOCX, XLSX, PPTX, ODT, ODS) lose hidden details such as the place, the time, the phone model and the author's name before they are stored. HEIC photos, sound recordings and videos are kept exactly as you send them, with any hidden details they contain.
files-metadata-removed = hidden details removed: { $what }
files-metadata-none-found = checked: no hidden details found
files-metadata-plain-text = plain text: no hidden details to remove
files-metadata-kept-as-sent = could not check this file's hidden details: it is kept as sent
files-removed-photo-details = place, time and camera details
files-removed-document-properties = author, company and document details
files-removed-xmp = embedded XMP details
files-choose-again = Your files were not added because the report was not sent. Please choose them again: { $names }
