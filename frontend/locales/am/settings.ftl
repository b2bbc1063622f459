# የድርጅት ቅንብሮች (/staff/settings)፣ የዕለቱ የመጨረሻ ቀኖች ማጠቃለያ እና ማንም ሊቀበላቸው ስላልቻለ
# ሪፖርቶች የሚላክ ማንቂያ።
settings-title = የድርጅት ቅንብሮች
settings-intro = እነዚህ ቅንብሮች ለድርጅትዎ በሙሉ ተፈጻሚ ይሆናሉ። አዲስ የመጨረሻ ቀን ከአሁን በኋላ ለሚደርሱ ሪፖርቶች ተፈጻሚ ይሆናል፤ ቀድሞ የተወሰኑ የመጨረሻ ቀኖች እንዳሉ ይቆያሉ።
settings-saved = ቅንብሮቹ ተቀምጠዋል።
settings-check-marked = አንዳንድ ቅንብሮች ሊቀመጡ አልቻሉም። እባክዎ ምልክት የተደረገባቸውን መስኮች ያረጋግጡ።
settings-deadlines = የመጨረሻ ቀኖች
settings-acknowledge-days = ሪፖርት መድረሱን ለማረጋገጥ የሚሰጡ ቀናት
settings-acknowledge-days-hint = ሪፖርቱ ከደረሰ በኋላ ከ1 እስከ 7 ቀናት። የአውሮፓ ኅብረት የጠቋሚዎች ጥበቃ መመሪያ (EU Whistleblowing Directive) ቢበዛ 7 ቀናት ይፈቅዳል።
settings-feedback-months = ምላሽ ለመስጠት የሚሰጡ ወራት
settings-feedback-months-hint = መድረሱ ከተረጋገጠ በኋላ ከ1 እስከ 3 ወራት። የአውሮፓ ኅብረት የጠቋሚዎች ጥበቃ መመሪያ (EU Whistleblowing Directive) ቢበዛ 3 ወራት ይፈቅዳል።
settings-data = ጉዳዮችን ማቆየት እና መቁጠር
settings-retention-months = የተዘጋ ጉዳይ የሚቆይባቸው ወራት
settings-retention-months-hint = ጉዳዩ ከተዘጋ በኋላ ከ3 እስከ 120 ወራት። ከዚያ በኋላ ይዘቱ እና ፋይሎቹ ይሰረዛሉ፤ ጉዳዩ ግን በስታቲስቲክሱ ውስጥ መቆጠሩን ይቀጥላል።
settings-suppression-k = በስታቲስቲክሱ ውስጥ የሚታየው ትንሹ ቁጥር
settings-suppression-k-hint = ከ3 እስከ 100። ሪፖርቱን ያደረገው ማን እንደሆነ ማንም እንዳይገምት፣ ከዚህ ያነሰ ቁጥር ይደበቃል።
settings-time-and-alerts = ሰዓት እና ማንቂያዎች
settings-time-zone = የሰዓት ዞን
settings-time-zone-hint = በሠራተኞች ገጾች ላይ ያሉ ሰዓቶች በዚህ ዞን ይታያሉ። እንደ ቦታ ስም ይጻፉት፣ ለምሳሌ Europe/Stockholm ወይም Asia/Bangkok።
settings-alert-email = ለማንቂያዎች የሚውል የኢሜይል አድራሻ
settings-alert-email-hint = ግዴታ አይደለም። ለአስተባባሪ ድርጅት፣ ሊቀበላቸው የሚችል ድርጅት ባለመኖሩ ሪፖርቶችን መቀበል ባልተቻለበት ቀን ማግስት kedja ወደዚህ አድራሻ ይጽፋል። ማንቂያ ካልፈለጉ ባዶ ይተዉት።
settings-save = ቅንብሮቹን አስቀምጥ
settings-error-acknowledge-days = ከ1 እስከ 7 ያለ ሙሉ የቀናት ቁጥር ያስገቡ።
settings-error-feedback-months = ከ1 እስከ 3 ያለ ሙሉ የወራት ቁጥር ያስገቡ።
settings-error-retention-months = ከ3 እስከ 120 ያለ ሙሉ የወራት ቁጥር ያስገቡ።
settings-error-suppression-k = ከ3 እስከ 100 ያለ ሙሉ ቁጥር ያስገቡ።
settings-error-time-zone = kedja ይህን የሰዓት ዞን አያውቅም። ከዝርዝሩ አንዱን ይምረጡ፣ ለምሳሌ Europe/Stockholm።
settings-error-alert-email = እንደ name@example.org ያለ የኢሜይል አድራሻ ያስገቡ፣ ወይም መስኩን ባዶ ይተዉት።
code-action-org-settings_changed = የድርጅቱን ቅንብሮች ቀየሩ

# ኢሜይሎች። እንደ ሁሉም የkedja ኢሜይሎች፣ ስለ ሪፖርት ይዘት ምንም ነገር በጭራሽ አይናገሩም።
notice-sign-in-deadlines = ጉዳዮቹን ለማየት ይግቡ፦
notice-sign-in-kedja-deadlines = ጉዳዮቹን ለማየት ወደ kedja ይግቡ።
notice-sign-in-directory = የአቅራቢዎች ማውጫውን እና የሪፖርት መላኪያ ደንቦቹን ለማረጋገጥ ይግቡ፦
notice-sign-in-kedja-directory = የአቅራቢዎች ማውጫውን እና የሪፖርት መላኪያ ደንቦቹን ለማረጋገጥ ወደ kedja ይግቡ።
notice-deadline_digest-subject = kedja: በድርጅትዎ የዛሬ የመጨረሻ ቀኖች
notice-deadline_digest-opening = ድርጅትዎ የሚይዛቸው ጉዳዮች ትኩረት ይፈልጋሉ።
    የመጨረሻ ቀናቸው ያለፈ፦ { $overdue }
    በሁለት ቀናት ውስጥ የመጨረሻ ቀናቸው የሚደርስ፦ { $soon }
notice-refused_reports-subject = kedja: ሪፖርቶችን መቀበል አልተቻለም
notice-refused_reports-opening = { $days ->
        [1] በ{ $from } (UTC)፣
       *[other] ከ{ $from } እስከ { $to } (UTC)፣
    } ሠራተኛው ስለመረጠው የሥራ ቦታ ሪፖርቶችን ሊቀበል የሚችል ድርጅት ስለሌለ { $count ->
        [1] አንድ ሪፖርት መላክ አልተቻለም።
       *[other] { $count } ሪፖርቶችን መላክ አልተቻለም።
    } ከእነዚህ ሪፖርቶች ምንም ነገር አልተቀመጠም። የሥራ ቦታውን ገዢዎች ወይም አስተባባሪ ድርጅትን ወደ አቅራቢዎች ማውጫው እና የሪፖርት መላኪያ ደንቦቹ ቢጨምሩ፣ ቀጣዩ ሪፖርት መድረስ ይችላል።
