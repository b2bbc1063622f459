# Fichiers de preuves : les types acceptés, et ce qui est arrivé aux détails cachés (métadonnées) de chaque fichier.

files-type-not-accepted = Ce type de fichier ne peut pas être ajouté. Vous pouvez ajouter des photos (JPEG, PNG, WebP, HEIC), des fichiers PDF, des documents (Word DOCX, Excel XLSX, PowerPoint PPTX, OpenDocument ODT et ODS), du texte simple, des enregistrements audio (MP3, M4A, AAC, Ogg, Opus, WAV, AMR) et des vidéos (MP4, MOV, 3GP, WebM).
files-evidence-hint = Vous pouvez choisir jusqu’à { $count } fichiers, de { $limit } Mo maximum chacun : photos, fichiers PDF, documents, texte simple, enregistrements audio ou vidéos. Nous retirons des photos, des fichiers PDF et des documents les détails cachés comme le lieu, l’appareil photo et l’auteur, et nous vous disons pour chaque fichier ce qui a été retiré. Les enregistrements audio et les vidéos sont gardés tels quels. Vous pouvez aussi ajouter des fichiers plus tard avec votre code de reçu.
files-evidence-warning = Les photos (JPEG, PNG, WebP), les fichiers PDF et les documents (DOCX, XLSX, PPTX, ODT, ODS) perdent leurs détails cachés, comme le lieu, l’heure, le modèle du téléphone et le nom de l’auteur, avant d’être stockés. Les photos HEIC, les enregistrements audio et les vidéos sont gardés exactement comme vous les envoyez, avec tous les détails cachés qu’ils contiennent.
files-metadata-removed = détails cachés retirés : { $what }
files-metadata-none-found = vérifié : aucun détail caché trouvé
files-metadata-plain-text = texte simple : aucun détail caché à retirer
files-metadata-kept-as-sent = impossible de vérifier les détails cachés de ce fichier : il est gardé tel qu’il a été envoyé
files-removed-photo-details = lieu, heure et détails de l’appareil photo
files-removed-document-properties = auteur, entreprise et détails du document
files-removed-xmp = détails XMP intégrés au fichier
files-choose-again = Vos fichiers n’ont pas été ajoutés, car le signalement n’a pas été envoyé. Veuillez les choisir à nouveau : { $names }
