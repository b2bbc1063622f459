# Fișiere cu dovezi: tipurile acceptate și ce s-a întâmplat cu detaliile ascunse (metadatele) fiecărui fișier.

files-type-not-accepted = Acest tip de fișier nu poate fi adăugat. Puteți adăuga fotografii (JPEG, PNG, WebP, HEIC), fișiere PDF, documente (Word DOCX, Excel XLSX, PowerPoint PPTX, OpenDocument ODT și ODS), text simplu, înregistrări audio (MP3, M4A, AAC, Ogg, Opus, WAV, AMR) și videoclipuri (MP4, MOV, 3GP, WebM).
files-evidence-hint = Puteți alege cel mult { $count } fișiere, fiecare de cel mult { $limit } MB: fotografii, fișiere PDF, documente, text simplu, înregistrări audio sau videoclipuri. Din fotografii, fișiere PDF și documente ștergem detaliile ascunse, cum ar fi locul, camera și autorul, și vă spunem pentru fiecare fișier ce am șters. Înregistrările audio și videoclipurile rămân așa cum sunt. Puteți adăuga fișiere și mai târziu, cu codul de confirmare.
files-evidence-warning = Din fotografii (JPEG, PNG, WebP), fișiere PDF și documente (DOCX, XLSX, PPTX, ODT, ODS) se șterg detaliile ascunse, cum ar fi locul, ora, modelul telefonului și numele autorului, înainte să fie păstrate. Fotografiile HEIC, înregistrările audio și videoclipurile sunt păstrate exact cum le trimiteți, cu toate detaliile ascunse pe care le conțin.
files-metadata-removed = detalii ascunse șterse: { $what }
files-metadata-none-found = verificat: nu s-au găsit detalii ascunse
files-metadata-plain-text = text simplu: nu sunt detalii ascunse de șters
files-metadata-kept-as-sent = nu am putut verifica detaliile ascunse ale acestui fișier: este păstrat așa cum a fost trimis
files-removed-photo-details = locul, ora și detaliile camerei
files-removed-document-properties = autorul, firma și detaliile documentului
files-removed-xmp = detalii XMP incluse în fișier
files-choose-again = Fișierele dumneavoastră nu au fost adăugate, pentru că sesizarea nu a fost trimisă. Vă rugăm să le alegeți din nou: { $names }
