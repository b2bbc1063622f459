# Mga file na ebidensya: ang mga uri ng file na tinatanggap, at ano ang nangyari sa mga nakatagong detalye (metadata) ng bawat file.

files-type-not-accepted = Hindi maidadagdag ang ganitong uri ng file. Maaari kang magdagdag ng mga litrato (JPEG, PNG, WebP, HEIC), PDF file, dokumento (Word DOCX, Excel XLSX, PowerPoint PPTX, OpenDocument ODT at ODS), simpleng text, recording ng boses (MP3, M4A, AAC, Ogg, Opus, WAV, AMR) at video (MP4, MOV, 3GP, WebM).
files-evidence-hint = Maaari kang pumili ng hanggang { $count } file, bawat isa hanggang { $limit } MB: mga litrato, PDF file, dokumento, simpleng text, recording ng boses o video. Tinatanggal namin ang mga nakatagong detalye gaya ng lugar, camera at gumawa ng file sa mga litrato, PDF file at dokumento, at sasabihin namin sa iyo kung ano ang tinanggal sa bawat file. Ang mga recording ng boses at video ay itinatago nang walang pagbabago. Maaari ka ring magdagdag ng file mamaya gamit ang iyong receipt code.
files-evidence-warning = Inaalis sa mga litrato (JPEG, PNG, WebP), PDF file at dokumento (DOCX, XLSX, PPTX, ODT, ODS) ang mga nakatagong detalye gaya ng lugar, oras, modelo ng telepono at pangalan ng gumawa bago ito itago. Ang mga litratong HEIC, recording ng boses at video ay itinatago nang eksakto gaya ng ipinadala mo, kasama ang anumang nakatagong detalye sa loob nito.
files-metadata-removed = tinanggal ang mga nakatagong detalye: { $what }
files-metadata-none-found = nasuri: walang nakitang nakatagong detalye
files-metadata-plain-text = simpleng text: walang nakatagong detalye na tatanggalin
files-metadata-kept-as-sent = hindi masuri ang mga nakatagong detalye ng file na ito: itinago ito gaya ng ipinadala
files-removed-photo-details = detalye ng lugar, oras at camera
files-removed-document-properties = detalye ng gumawa, kumpanya at dokumento
files-removed-xmp = mga XMP na detalye sa loob ng file
files-choose-again = Hindi naidagdag ang iyong mga file dahil hindi naipadala ang ulat. Pakipili ulit ang mga ito: { $names }
