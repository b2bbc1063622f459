# Faylasha caddaynta: noocyada la aqbalo, iyo waxa ku dhacay faahfaahinta qarsoon (metadata) ee fayl kasta.

files-type-not-accepted = Fayl noocan ah lama dari karo. Waxaad ku dari kartaa sawirro (JPEG, PNG, WebP, HEIC), faylal PDF ah, dukumentiyo (Word DOCX, Excel XLSX, PowerPoint PPTX, OpenDocument ODT iyo ODS), qoraal caadi ah, codad la duubay (MP3, M4A, AAC, Ogg, Opus, WAV, AMR) iyo fiidiyowyo (MP4, MOV, 3GP, WebM).
files-evidence-hint = Waxaad dooran kartaa ilaa { $count } fayl, mid kasta ilaa { $limit } MB: sawirro, faylal PDF ah, dukumentiyo, qoraal caadi ah, codad la duubay ama fiidiyowyo. Sawirrada, faylasha PDF iyo dukumentiyada waxaan ka saarnaa faahfaahinta qarsoon, sida goobta, kamaradda iyo qoraaga, waxaana kuu sheegaynaa fayl kasta waxa laga saaray. Codadka la duubay iyo fiidiyowyada sidooda ayaa loo kaydiyaa. Waxaad sidoo kale faylal ku dari kartaa mar dambe adoo isticmaalaya koodhka rasiidkaaga.
files-evidence-warning = Sawirrada (JPEG, PNG, WebP), faylasha PDF iyo dukumentiyada (DOCX, XLSX, PPTX, ODT, ODS) waxaa laga saaraa faahfaahinta qarsoon, sida goobta, wakhtiga, nooca telefoonka iyo magaca qoraaga, ka hor inta aan la kaydin. Sawirrada HEIC, codadka la duubay iyo fiidiyowyada waxaa loo kaydiyaa sida saxda ah ee aad u dirtay, iyagoo wata dhammaan faahfaahinta qarsoon ee ku jirta.
files-metadata-removed = faahfaahin qarsoon oo la saaray: { $what }
files-metadata-none-found = waa la hubiyay: faahfaahin qarsoon lama helin
files-metadata-plain-text = qoraal caadi ah: ma jiro faahfaahin qarsoon oo la saaro
files-metadata-kept-as-sent = faahfaahinta qarsoon ee faylkan lama hubin karin: sidii loo diray ayaa loo kaydiyay
files-removed-photo-details = goobta, wakhtiga iyo faahfaahinta kamaradda
files-removed-document-properties = qoraaga, shirkadda iyo faahfaahinta dukumentiga
files-removed-xmp = faahfaahinta XMP ee faylka ku dhex jirta
files-choose-again = Faylashaada lama darin sababtoo ah warbixinta lama dirin. Fadlan mar kale dooro: { $names }
