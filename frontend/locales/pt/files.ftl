# Arquivos de provas: os tipos aceitos e o que aconteceu com os detalhes ocultos (metadados) de cada arquivo.

files-type-not-accepted = Este tipo de arquivo não pode ser adicionado. Você pode adicionar fotos (JPEG, PNG, WebP, HEIC), arquivos PDF, documentos (Word DOCX, Excel XLSX, PowerPoint PPTX, OpenDocument ODT e ODS), texto simples, gravações de som (MP3, M4A, AAC, Ogg, Opus, WAV, AMR) e vídeos (MP4, MOV, 3GP, WebM).
files-evidence-hint = Você pode escolher até { $count } arquivos, de até { $limit } MB cada: fotos, arquivos PDF, documentos, texto simples, gravações de som ou vídeos. Nós tiramos das fotos, dos arquivos PDF e dos documentos os detalhes ocultos, como o local, a câmera e o autor, e dizemos para cada arquivo o que foi tirado. Gravações de som e vídeos ficam como estão. Você também pode adicionar arquivos depois com seu código de recibo.
files-evidence-warning = As fotos (JPEG, PNG, WebP), os arquivos PDF e os documentos (DOCX, XLSX, PPTX, ODT, ODS) perdem os detalhes ocultos, como o local, a hora, o modelo do celular e o nome do autor, antes de serem guardados. Fotos HEIC, gravações de som e vídeos são guardados exatamente como você os envia, com todos os detalhes ocultos que tiverem.
files-metadata-removed = detalhes ocultos tirados: { $what }
files-metadata-none-found = verificado: nenhum detalhe oculto encontrado
files-metadata-plain-text = texto simples: não há detalhes ocultos para tirar
files-metadata-kept-as-sent = não foi possível verificar os detalhes ocultos deste arquivo: ele é guardado como foi enviado
files-removed-photo-details = local, hora e detalhes da câmera
files-removed-document-properties = autor, empresa e detalhes do documento
files-removed-xmp = detalhes XMP dentro do arquivo
files-choose-again = Seus arquivos não foram adicionados porque a denúncia não foi enviada. Escolha os arquivos de novo: { $names }
