# Filer med bevis: vilka typer som går att lägga till, och vad som hände med varje fils dolda uppgifter (metadata).

files-type-not-accepted = Den här typen av fil kan inte läggas till. Du kan lägga till foton (JPEG, PNG, WebP, HEIC), PDF-filer, dokument (Word DOCX, Excel XLSX, PowerPoint PPTX, OpenDocument ODT och ODS), vanlig text, ljudinspelningar (MP3, M4A, AAC, Ogg, Opus, WAV, AMR) och filmer (MP4, MOV, 3GP, WebM).
files-evidence-hint = Du kan välja upp till { $count } filer, högst { $limit } MB var: foton, PDF-filer, dokument, vanlig text, ljudinspelningar eller filmer. Vi tar bort dolda uppgifter som plats, kamera och författare från foton, PDF-filer och dokument, och visar för varje fil vad som togs bort. Ljudinspelningar och filmer sparas som de är. Du kan också lägga till filer senare med din kvittokod.
files-evidence-warning = Foton (JPEG, PNG, WebP), PDF-filer och dokument (DOCX, XLSX, PPTX, ODT, ODS) rensas från dolda uppgifter som plats, tid, telefonmodell och författarens namn innan de sparas. HEIC-foton, ljudinspelningar och filmer sparas precis som du skickar dem, med de dolda uppgifter de innehåller.
files-metadata-removed = dolda uppgifter borttagna: { $what }
files-metadata-none-found = kontrollerad: inga dolda uppgifter hittades
files-metadata-plain-text = vanlig text: inga dolda uppgifter att ta bort
files-metadata-kept-as-sent = filens dolda uppgifter kunde inte kontrolleras: den sparas som den skickades
files-removed-photo-details = plats, tid och uppgifter om kameran
files-removed-document-properties = författare, företag och uppgifter om dokumentet
files-removed-xmp = inbäddade XMP-uppgifter
files-choose-again = Dina filer lades inte till eftersom anmälan inte skickades. Välj dem igen: { $names }
