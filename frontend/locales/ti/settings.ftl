# ምድላዋት ትካል (/staff/settings)፣ መዓልታዊ ጽማቕ መወዳእታ ዕለታት ከምኡ’ውን ሓደ እኳ ክቕበሎም ብዘይከኣለ
# ጸብጻባት ዝለኣኽ መጠንቀቕታ።
settings-title = ምድላዋት ትካል
settings-intro = እዚ ምድላዋት ንብምሉኡ ትካልኩም ይምልከት። ሓድሽ መወዳእታ ዕለት ካብ ሕጂ ንደሓር ንዝበጽሑ ጸብጻባት ይትግበር፤ ድሮ ዝተወሰኑ መወዳእታ ዕለታት ከም ዘለዉ ይጸንሑ።
settings-saved = እቲ ምድላዋት ተዓቂቡ።
settings-check-marked = ገለ ምድላዋት ክዕቀቡ ኣይከኣሉን። በጃኹም ነቶም ምልክት ዝተገብረሎም ሳጹናት ፈትሹ።
settings-deadlines = መወዳእታ ዕለታት
settings-acknowledge-days = ምብጻሕ ጸብጻብ ንምርግጋጽ ዝወሃቡ መዓልታት
settings-acknowledge-days-hint = ጸብጻብ ካብ ዝበጽሐሉ ካብ 1 ክሳብ 7 መዓልታት። መምርሒ ሕብረት ኤውሮጳ ንሓለዋ ጠቆምቲ (EU Whistleblowing Directive) እንተበዝሐ 7 መዓልታት የፍቅድ።
settings-feedback-months = መልሲ ንምሃብ ዝወሃቡ ኣዋርሕ
settings-feedback-months-hint = ምብጻሑ ካብ ዝተረጋገጸሉ ካብ 1 ክሳብ 3 ኣዋርሕ። መምርሒ ሕብረት ኤውሮጳ ንሓለዋ ጠቆምቲ (EU Whistleblowing Directive) እንተበዝሐ 3 ኣዋርሕ የፍቅድ።
settings-data = ምዕቃብን ምቑጻርን ጉዳያት
settings-retention-months = ዝተዓጽወ ጉዳይ ዝዕቀበሉ ኣዋርሕ
settings-retention-months-hint = ጉዳይ ካብ ዝተዓጽወሉ ካብ 3 ክሳብ 120 ኣዋርሕ። ድሕሪኡ ትሕዝቶኡን ፋይላቱን ይድምሰሱ፤ እቲ ጉዳይ ግን ኣብ ስታቲስቲክስ ምቑጻሩ ይቕጽል።
settings-suppression-k = ኣብ ስታቲስቲክስ ዝርአ ዝንኣሰ ቁጽሪ
settings-suppression-k-hint = ካብ 3 ክሳብ 100። መን ከም ዝጸብጸበ ሓደ እኳ ከይፈልጥ፣ ካብኡ ዝንእስ ቁጽሪ ይሕባእ።
settings-time-and-alerts = ሰዓትን መጠንቀቕታታትን
settings-time-zone = ዞባ ሰዓት
settings-time-zone-hint = ኣብ ገጻት ሰራሕተኛታት ዘለዉ ሰዓታት ብዚ ዞባ ይርኣዩ። ከም ስም ቦታ ጽሓፍዎ፣ ንኣብነት Europe/Stockholm ወይ Asia/Bangkok።
settings-alert-email = ኣድራሻ ኢመይል ንመጠንቀቕታታት
settings-alert-email-hint = ግዴታ ኣይኮነን። ንኣወሃሃዲ ትካል፣ ክቕበሎም ዝኽእል ትካል ስለ ዘይነበረ ጸብጻባት ክቕበሉ ኣብ ዘይተኻእለሉ መዓልቲ፣ ንጽባሒቱ kedja ናብዚ ኣድራሻ ይጽሕፍ። መጠንቀቕታ እንተዘይደሊኹም ባዶ ግደፍዎ።
settings-save = ምድላዋት ዓቅቡ
settings-error-acknowledge-days = ካብ 1 ክሳብ 7 ዘሎ ምሉእ ቁጽሪ መዓልታት ኣእትዉ።
settings-error-feedback-months = ካብ 1 ክሳብ 3 ዘሎ ምሉእ ቁጽሪ ኣዋርሕ ኣእትዉ።
settings-error-retention-months = ካብ 3 ክሳብ 120 ዘሎ ምሉእ ቁጽሪ ኣዋርሕ ኣእትዉ።
settings-error-suppression-k = ካብ 3 ክሳብ 100 ዘሎ ምሉእ ቁጽሪ ኣእትዉ።
settings-error-time-zone = kedja ነዚ ዞባ ሰዓት ኣይፈልጦን። ካብቲ ዝርዝር ሓደ ምረጹ፣ ንኣብነት Europe/Stockholm።
settings-error-alert-email = ከም name@example.org ዝኣመሰለ ኣድራሻ ኢመይል ኣእትዉ፣ ወይ ነቲ ሳጹን ባዶ ግደፍዎ።
code-action-org-settings_changed = ምድላዋት ትካል ቀየሩ

# ኢመይላት። ከም ኩሎም ኢመይላት kedja፣ ብዛዕባ ትሕዝቶ ጸብጻብ ፈጺሞም ዋላ ሓንቲ ኣይገልጹን።
notice-sign-in-deadlines = ጉዳያት ንምርኣይ እተዉ፦
notice-sign-in-kedja-deadlines = ጉዳያት ንምርኣይ ናብ kedja እተዉ።
notice-sign-in-directory = መዝገብ ኣቕረብትን ደንብታት ምልኣኽ ጸብጻብን ንምፍታሽ እተዉ፦
notice-sign-in-kedja-directory = መዝገብ ኣቕረብትን ደንብታት ምልኣኽ ጸብጻብን ንምፍታሽ ናብ kedja እተዉ።
notice-deadline_digest-subject = kedja: ናይ ሎሚ መወዳእታ ዕለታት ኣብ ትካልኩም
notice-deadline_digest-opening = ትካልኩም ዝሕዞም ጉዳያት ኣቓልቦ የድልዮም።
    መወዳእታ ዕለቶም ዝሓለፈ፦ { $overdue }
    ኣብ ውሽጢ ክልተ መዓልታት መወዳእታ ዕለቶም ዝበጽሕ፦ { $soon }
notice-refused_reports-subject = kedja: ጸብጻባት ክቕበሉ ኣይተኻእለን
notice-refused_reports-opening = { $days ->
        [1] ብ{ $from } (UTC)፣
       *[other] ካብ { $from } ክሳብ { $to } (UTC)፣
    } ብዛዕባ እቲ ሰራሕተኛ ዝመረጾ ቦታ ስራሕ ጸብጻባት ክቕበል ዝኽእል ትካል ስለ ዘየለ { $count ->
        [1] ሓደ ጸብጻብ ክለኣኽ ኣይተኻእለን።
       *[other] { $count } ጸብጻባት ክለኣኹ ኣይተኻእለን።
    } ካብዞም ጸብጻባት ዋላ ሓንቲ ኣይተዓቀበን። ዓደግቲ እቲ ቦታ ስራሕ ወይ ኣወሃሃዲ ትካል ናብ መዝገብ ኣቕረብትን ደንብታት ምልኣኽ ጸብጻብን እንተ ወሲኽኩም፣ እቲ ዝቕጽል ጸብጻብ ክበጽሕ ይኽእል።
