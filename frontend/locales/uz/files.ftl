# Dalil fayllari: qabul qilinadigan turlar va har bir faylning yashirin maʼlumotlari (metamaʼlumotlar) bilan nima qilingani.

files-type-not-accepted = Bu turdagi faylni qoʻshib boʻlmaydi. Rasmlar (JPEG, PNG, WebP, HEIC), PDF fayllar, hujjatlar (Word DOCX, Excel XLSX, PowerPoint PPTX, OpenDocument ODT va ODS), oddiy matn, ovoz yozuvlari (MP3, M4A, AAC, Ogg, Opus, WAV, AMR) va videolar (MP4, MOV, 3GP, WebM) qoʻshishingiz mumkin.
files-evidence-hint = Koʻpi bilan { $count } ta fayl tanlashingiz mumkin, har biri koʻpi bilan { $limit } MB: rasmlar, PDF fayllar, hujjatlar, oddiy matn, ovoz yozuvlari yoki videolar. Rasmlar, PDF fayllar va hujjatlardan joy, kamera va muallif kabi yashirin maʼlumotlarni oʻchiramiz va har bir fayldan nima oʻchirilganini sizga aytamiz. Ovoz yozuvlari va videolar oʻzgarishsiz saqlanadi. Fayllarni keyinroq kvitansiya kodingiz bilan ham qoʻshishingiz mumkin.
files-evidence-warning = Rasmlar (JPEG, PNG, WebP), PDF fayllar va hujjatlar (DOCX, XLSX, PPTX, ODT, ODS) saqlanishdan oldin ulardagi yashirin maʼlumotlar oʻchiriladi: joy, vaqt, telefon modeli va muallif ismi kabi. HEIC rasmlar, ovoz yozuvlari va videolar aynan siz yuborgan holda, ichidagi barcha yashirin maʼlumotlar bilan birga saqlanadi.
files-metadata-removed = yashirin maʼlumotlar oʻchirildi: { $what }
files-metadata-none-found = tekshirildi: yashirin maʼlumot topilmadi
files-metadata-plain-text = oddiy matn: oʻchiriladigan yashirin maʼlumot yoʻq
files-metadata-kept-as-sent = bu faylning yashirin maʼlumotlarini tekshirib boʻlmadi: fayl yuborilgan holda saqlandi
files-removed-photo-details = joy, vaqt va kamera haqidagi maʼlumotlar
files-removed-document-properties = muallif, kompaniya va hujjat haqidagi maʼlumotlar
files-removed-xmp = ichidagi XMP maʼlumotlari
files-choose-again = Murojaat yuborilmagani uchun fayllaringiz qoʻshilmadi. Ularni qaytadan tanlang: { $names }
