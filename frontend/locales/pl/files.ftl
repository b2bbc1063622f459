# Pliki z dowodami: dozwolone typy i co się stało z ukrytymi danymi (metadanymi) każdego pliku.

files-type-not-accepted = Nie można dodać pliku tego typu. Możesz dodać zdjęcia (JPEG, PNG, WebP, HEIC), pliki PDF, dokumenty (Word DOCX, Excel XLSX, PowerPoint PPTX, OpenDocument ODT i ODS), zwykły tekst, nagrania dźwiękowe (MP3, M4A, AAC, Ogg, Opus, WAV, AMR) i filmy (MP4, MOV, 3GP, WebM).
files-evidence-hint = Możesz wybrać do { $count } plików, każdy do { $limit } MB: zdjęcia, pliki PDF, dokumenty, zwykły tekst, nagrania dźwiękowe lub filmy. Ze zdjęć, plików PDF i dokumentów usuwamy ukryte dane, takie jak miejsce, aparat i autor, i przy każdym pliku mówimy ci, co usunęliśmy. Nagrania dźwiękowe i filmy zostają bez zmian. Pliki możesz też dodać później za pomocą kodu potwierdzenia.
files-evidence-warning = Ze zdjęć (JPEG, PNG, WebP), plików PDF i dokumentów (DOCX, XLSX, PPTX, ODT, ODS) przed zapisaniem usuwamy ukryte dane, takie jak miejsce, czas, model telefonu oraz imię i nazwisko autora. Zdjęcia HEIC, nagrania dźwiękowe i filmy są przechowywane dokładnie tak, jak je wysyłasz, razem ze wszystkimi ukrytymi danymi, które zawierają.
files-metadata-removed = usunięte ukryte dane: { $what }
files-metadata-none-found = sprawdzone: nie znaleziono ukrytych danych
files-metadata-plain-text = zwykły tekst: brak ukrytych danych do usunięcia
files-metadata-kept-as-sent = nie udało się sprawdzić ukrytych danych tego pliku: zostaje taki, jak go wysłano
files-removed-photo-details = miejsce, czas i dane aparatu
files-removed-document-properties = autor, firma i dane dokumentu
files-removed-xmp = wbudowane dane XMP
files-choose-again = Twoje pliki nie zostały dodane, bo zgłoszenie nie zostało wysłane. Wybierz je jeszcze raz: { $names }
