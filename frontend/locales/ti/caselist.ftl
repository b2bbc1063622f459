# መሳርሒታት ዝርዝር ጉዳያት፦ ምድላይ፣ መጻረዪታት፣ ብሓባር ዝግበሩ ስጉምትታት ከምኡ’ውን ምውራድ CSV።

caselist-search = ድለዩ
caselist-search-hint = ብመወከሲ ጉዳይ (KJ-…) ወይ ብስም ኣቕራቢ ድለዩ። ሰራሕተኛታት ዝጸሓፍዎ ዕሹግ እዩ፣ ስለዚ ብቃላት ናይ ጸብጻብ ክድለ ኣይከኣልን።
caselist-nobody = ሓደ እኳ (ዘይተመደበ)
caselist-other-organisation = ካብ ካልእ ትካል ዝኾነ ሰብ
caselist-csv = ነዚ ዝርዝር ከም ፋይል ሰንጠረዥ (CSV) ኣውርዱ
caselist-choose = ምረጹ
caselist-bulk = ኣብቶም ዝተመርጹ ጉዳያት
caselist-bulk-hint = ነቶም ኣብ ላዕሊ ዘለዉ ጉዳያት ምልክት ግበሩሎም፣ ድሕሪኡ መድብዎም ወይ ብሓደ ውሳነ ዕጸውዎም (ኣብ ሓደ ግዜ እንተበዝሐ 200)። ነፍሲ ወከፍ ጉዳይ ኣብ ናይ ባዕሉ ገጽ ከም ዝቐየርኩምዎ ኮይኑ ይፍተሽ፤ ምስ ተዓጽወ፣ ነፍሲ ወከፍ ጸብጻቢ እቲ ልሙድ መልእኽቲ ምዕጻው ይበጽሖ።
caselist-bulk-assign = ዝተመርጹ ጉዳያት መድቡ
caselist-bulk-close = ዝተመርጹ ጉዳያት ዕጸዉ
caselist-bulk-assigned = { $count ->
    [1] ሓደ ጉዳይ ተመዲቡ።
   *[other] { $count } ጉዳያት ተመዲቦም።
}
caselist-bulk-closed = { $count ->
    [1] ሓደ ጉዳይ ተዓጽዩ።
   *[other] { $count } ጉዳያት ተዓጽዮም።
}
caselist-bulk-refused = እዞም ጉዳያት ኣይተቐየሩን፦
caselist-cases = ጉዳያት
code-action-cases-exported = ዝርዝር ጉዳያት ከም ፋይል ሰንጠረዥ ኣውረዱ
