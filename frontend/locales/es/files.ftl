# Archivos de pruebas: los tipos aceptados y qué pasó con los datos ocultos (metadatos) de cada archivo.

files-type-not-accepted = No se puede añadir este tipo de archivo. Puede añadir fotos (JPEG, PNG, WebP, HEIC), archivos PDF, documentos (Word DOCX, Excel XLSX, PowerPoint PPTX, OpenDocument ODT y ODS), texto simple, grabaciones de sonido (MP3, M4A, AAC, Ogg, Opus, WAV, AMR) y vídeos (MP4, MOV, 3GP, WebM).
files-evidence-hint = Puede elegir hasta { $count } archivos, de hasta { $limit } MB cada uno: fotos, archivos PDF, documentos, texto simple, grabaciones de sonido o vídeos. A las fotos, los archivos PDF y los documentos les quitamos los datos ocultos, como el lugar, la cámara y el autor, y le decimos qué quitamos de cada archivo. Las grabaciones de sonido y los vídeos se guardan tal como están. También puede añadir archivos más tarde con su código de recibo.
files-evidence-warning = Las fotos (JPEG, PNG, WebP), los archivos PDF y los documentos (DOCX, XLSX, PPTX, ODT, ODS) pierden sus datos ocultos, como el lugar, la hora, el modelo de teléfono y el nombre del autor, antes de guardarse. Las fotos HEIC, las grabaciones de sonido y los vídeos se guardan tal como usted los envía, con todos los datos ocultos que tengan.
files-metadata-removed = datos ocultos quitados: { $what }
files-metadata-none-found = revisado: no se encontraron datos ocultos
files-metadata-plain-text = texto simple: no hay datos ocultos que quitar
files-metadata-kept-as-sent = no se pudieron revisar los datos ocultos de este archivo: se guarda tal como se envió
files-removed-photo-details = lugar, hora y datos de la cámara
files-removed-document-properties = autor, empresa y datos del documento
files-removed-xmp = datos XMP incluidos en el archivo
files-choose-again = Sus archivos no se añadieron porque la denuncia no se envió. Vuelva a elegirlos: { $names }
