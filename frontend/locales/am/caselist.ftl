# የጉዳዮች ዝርዝር መሣሪያዎች፦ ፍለጋ፣ ማጣሪያዎች፣ የጅምላ ተግባራት እና የCSV ማውረድ።

caselist-search = ፈልግ
caselist-search-hint = በጉዳይ ማጣቀሻ (KJ-…) ወይም በአቅራቢ ስም ይፈልጉ። ሠራተኞች የጻፉት የታሸገ ስለሆነ፣ በሪፖርት ውስጥ ባሉ ቃላት መፈለግ አይቻልም።
caselist-nobody = ማንም (ያልተመደበ)
caselist-other-organisation = በሌላ ድርጅት ውስጥ ያለ ሰው
caselist-csv = ይህን ዝርዝር እንደ የተመን ሉህ (CSV) አውርድ
caselist-choose = ምረጥ
caselist-bulk = በተመረጡት ጉዳዮች ላይ
caselist-bulk-hint = ከላይ ያሉትን ጉዳዮች ምልክት ያድርጉባቸው፣ ከዚያ ይመድቧቸው ወይም በአንድ ውሳኔ ይዝጓቸው (በአንድ ጊዜ ቢበዛ 200)። እያንዳንዱ ጉዳይ በራሱ ገጽ ላይ እንደቀየሩት ተደርጎ ይፈተሻል፤ ሲዘጋ፣ እያንዳንዱ ሪፖርት አድራጊ የተለመደውን የመዝጊያ መልእክት ይቀበላል።
caselist-bulk-assign = የተመረጡትን ጉዳዮች መድብ
caselist-bulk-close = የተመረጡትን ጉዳዮች ዝጋ
caselist-bulk-assigned = { $count ->
    [1] አንድ ጉዳይ ተመድቧል።
   *[other] { $count } ጉዳዮች ተመድበዋል።
}
caselist-bulk-closed = { $count ->
    [1] አንድ ጉዳይ ተዘግቷል።
   *[other] { $count } ጉዳዮች ተዘግተዋል።
}
caselist-bulk-refused = እነዚህ ጉዳዮች አልተቀየሩም፦
caselist-cases = ጉዳዮች
code-action-cases-exported = የጉዳዮችን ዝርዝር እንደ የተመን ሉህ አወረዱ
