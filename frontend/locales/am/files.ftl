# የማስረጃ ፋይሎች፦ ተቀባይነት ያላቸው ዓይነቶች፣ እና በእያንዳንዱ ፋይል የተደበቀ መረጃ (metadata) ላይ ምን እንደተደረገ።

files-type-not-accepted = ይህ ዓይነት ፋይል ሊታከል አይችልም። ማከል የሚችሉት፦ ፎቶዎች (JPEG, PNG, WebP, HEIC)፣ PDF ፋይሎች፣ ሰነዶች (Word DOCX, Excel XLSX, PowerPoint PPTX, OpenDocument ODT እና ODS)፣ ተራ ጽሑፍ፣ የድምፅ ቅጂዎች (MP3, M4A, AAC, Ogg, Opus, WAV, AMR) እና ቪዲዮዎች (MP4, MOV, 3GP, WebM)።
files-evidence-hint = እስከ { $count } ፋይሎች መምረጥ ይችላሉ፣ እያንዳንዱ እስከ { $limit } MB፦ ፎቶዎች፣ PDF ፋይሎች፣ ሰነዶች፣ ተራ ጽሑፍ፣ የድምፅ ቅጂዎች ወይም ቪዲዮዎች። ከፎቶዎች፣ ከPDF ፋይሎች እና ከሰነዶች እንደ ቦታ፣ ካሜራ እና ጸሐፊ ያለ የተደበቀ መረጃ እናስወግዳለን፤ ለእያንዳንዱ ፋይልም ምን እንደተወገደ እንነግርዎታለን። የድምፅ ቅጂዎች እና ቪዲዮዎች እንዳሉ ይቀመጣሉ። ፋይሎችን በኋላም በደረሰኝ ኮድዎ ማከል ይችላሉ።
files-evidence-warning = ከፎቶዎች (JPEG, PNG, WebP)፣ ከPDF ፋይሎች እና ከሰነዶች (DOCX, XLSX, PPTX, ODT, ODS) ከመቀመጣቸው በፊት የተደበቀ መረጃ፣ እንደ ቦታ፣ ሰዓት፣ የስልክ ዓይነት እና የጸሐፊው ስም፣ ይወገዳል። HEIC ፎቶዎች፣ የድምፅ ቅጂዎች እና ቪዲዮዎች ግን እርስዎ እንደላኩት በትክክል፣ ከያዙት የተደበቀ መረጃ ሁሉ ጋር ይቀመጣሉ።
files-metadata-removed = የተወገደ የተደበቀ መረጃ፦ { $what }
files-metadata-none-found = ተረጋግጧል፦ ምንም የተደበቀ መረጃ አልተገኘም
files-metadata-plain-text = ተራ ጽሑፍ፦ የሚወገድ የተደበቀ መረጃ የለም
files-metadata-kept-as-sent = የዚህን ፋይል የተደበቀ መረጃ ማረጋገጥ አልተቻለም፦ እንደተላከ ይቀመጣል
files-removed-photo-details = የቦታ፣ የሰዓት እና የካሜራ መረጃ
files-removed-document-properties = የጸሐፊ፣ የድርጅት እና የሰነድ መረጃ
files-removed-xmp = በፋይሉ ውስጥ ያለ የXMP መረጃ
files-choose-again = ሪፖርቱ ስላልተላከ ፋይሎችዎ አልታከሉም። እባክዎ እንደገና ይምረጧቸው፦ { $names }
