# ፋይላት መርትዖ፦ ዝቕበሉ ዓይነታት፣ ከምኡውን ሕቡእ ሓበሬታ (metadata) ናይ ነፍሲ ወከፍ ፋይል እንታይ ከም ዝኾነ።

files-type-not-accepted = ከምዚ ዓይነት ፋይል ክውሰኽ ኣይከኣልን። ክትውስኽዎም እትኽእሉ፦ ስእልታት (JPEG, PNG, WebP, HEIC)፣ PDF ፋይላት፣ ሰነዳት (Word DOCX, Excel XLSX, PowerPoint PPTX, OpenDocument ODT ከምኡውን ODS)፣ ተራ ጽሑፍ፣ ናይ ድምጺ ቅዳሕታት (MP3, M4A, AAC, Ogg, Opus, WAV, AMR) ከምኡውን ቪድዮታት (MP4, MOV, 3GP, WebM)።
files-evidence-hint = ክሳብ { $count } ፋይላት ክትመርጹ ትኽእሉ ኢኹም፣ ነፍሲ ወከፍ ክሳብ { $limit } MB፦ ስእልታት፣ PDF ፋይላት፣ ሰነዳት፣ ተራ ጽሑፍ፣ ናይ ድምጺ ቅዳሕታት ወይ ቪድዮታት። ካብ ስእልታት፣ PDF ፋይላትን ሰነዳትን ሕቡእ ሓበሬታ ከም ቦታ፣ ካሜራን ጸሓፍን ነእልዮ፣ ንነፍሲ ወከፍ ፋይል እንታይ ከም ዝተኣለየ ድማ ንነግረኩም። ናይ ድምጺ ቅዳሕታትን ቪድዮታትን ከም ዘለዉ ይዕቀቡ። ደሓር እውን ብናይ ቅብሊት ኮድኩም ፋይላት ክትውስኹ ትኽእሉ ኢኹም።
files-evidence-warning = ካብ ስእልታት (JPEG, PNG, WebP)፣ PDF ፋይላትን ሰነዳትን (DOCX, XLSX, PPTX, ODT, ODS)፣ ቅድሚ ምዕቃቦም፣ ሕቡእ ሓበሬታ ከም ቦታ፣ ሰዓት፣ ዓይነት ተሌፎንን ስም ጸሓፍን ይእለ። HEIC ስእልታት፣ ናይ ድምጺ ቅዳሕታትን ቪድዮታትን ግን ከምቲ ዝሰደድኩምዎ ብልክዕ፣ ምስቲ ዘለዎም ሕቡእ ሓበሬታ፣ ይዕቀቡ።
files-metadata-removed = ዝተኣለየ ሕቡእ ሓበሬታ፦ { $what }
files-metadata-none-found = ተረጋጊጹ፦ ሕቡእ ሓበሬታ ኣይተረኽበን
files-metadata-plain-text = ተራ ጽሑፍ፦ ዝእለ ሕቡእ ሓበሬታ የለን
files-metadata-kept-as-sent = ሕቡእ ሓበሬታ ናይዚ ፋይል ክረጋገጽ ኣይከኣለን፦ ከምቲ ዝተሰደደ ይዕቀብ
files-removed-photo-details = ቦታ፣ ሰዓትን ሓበሬታ ካሜራን
files-removed-document-properties = ጸሓፊ፣ ትካልን ሓበሬታ ሰነድን
files-removed-xmp = ኣብ ውሽጢ ፋይል ዘሎ XMP ሓበሬታ
files-choose-again = ጸብጻብኩም ስለ ዘይተሰደደ፣ ፋይላትኩም ኣይተወሰኹን። በጃኹም እንደገና ምረጽዎም፦ { $names }
