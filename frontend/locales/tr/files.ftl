# Kanıt dosyaları: kabul edilen türler ve her dosyanın gizli bilgilerine (meta veri) ne olduğu.

files-type-not-accepted = Bu tür bir dosya eklenemez. Şunları ekleyebilirsiniz: fotoğraflar (JPEG, PNG, WebP, HEIC), PDF dosyaları, belgeler (Word DOCX, Excel XLSX, PowerPoint PPTX, OpenDocument ODT ve ODS), düz metin, ses kayıtları (MP3, M4A, AAC, Ogg, Opus, WAV, AMR) ve videolar (MP4, MOV, 3GP, WebM).
files-evidence-hint = En fazla { $count } dosya seçebilirsiniz, her biri en fazla { $limit } MB olabilir: fotoğraflar, PDF dosyaları, belgeler, düz metin, ses kayıtları veya videolar. Fotoğraflardan, PDF dosyalarından ve belgelerden yer, kamera ve yazar gibi gizli bilgileri sileriz ve her dosya için neyin silindiğini size söyleriz. Ses kayıtları ve videolar olduğu gibi saklanır. Dosyaları daha sonra makbuz kodunuzla da ekleyebilirsiniz.
files-evidence-warning = Fotoğraflardaki (JPEG, PNG, WebP), PDF dosyalarındaki ve belgelerdeki (DOCX, XLSX, PPTX, ODT, ODS) yer, saat, telefon modeli ve yazarın adı gibi gizli bilgiler, dosyalar saklanmadan önce silinir. HEIC fotoğraflar, ses kayıtları ve videolar içlerindeki gizli bilgilerle birlikte, tam gönderdiğiniz gibi saklanır.
files-metadata-removed = silinen gizli bilgiler: { $what }
files-metadata-none-found = kontrol edildi: gizli bilgi bulunmadı
files-metadata-plain-text = düz metin: silinecek gizli bilgi yok
files-metadata-kept-as-sent = bu dosyanın gizli bilgileri kontrol edilemedi: gönderildiği gibi saklanıyor
files-removed-photo-details = yer, saat ve kamera bilgileri
files-removed-document-properties = yazar, şirket ve belge bilgileri
files-removed-xmp = gömülü XMP bilgileri
files-choose-again = Bildirim gönderilmediği için dosyalarınız eklenmedi. Lütfen dosyaları yeniden seçin: { $names }
