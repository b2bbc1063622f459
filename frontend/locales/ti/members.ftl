# ኣባላት፦ ኣመሓደርቲ ትካል ኣባላት ይዕድሙ፣ ተራታቶም ይቕይሩ፣ ዘይንጡፍ ይገብርዎምን ደጊሞም ንጡፍ ይገብርዎምን፣
# መሕለፊ ቃላትን መረጋገጺ ኣፕታትን ዳግማይ የዳልዉ (/staff/members)፤ ኣባል ብኢመይል ብዝተላእከሉ ሓንሳብ ጥራይ
# ዝሰርሕ ሊንክ መሕለፊ ቃል ይመርጽ (/staff/invite/...)።

members-actions = ስጉምትታት
members-you = ንስኹም
members-change-role = ተራ ቀይሩ
members-no-authenticator = ገና መረጋገጺ ኣፕ ኣይተዳለወን
members-disable = ዘይንጡፍ ግበሩ
members-enable = ደጊምኩም ንጡፍ ግበሩ
members-reset-password = መሕለፊ ቃል ዳግማይ ኣዳልዉ
members-send-new-link = ሓድሽ ሊንክ ስደዱ
members-reset-totp = መረጋገጺ ኣፕ ዳግማይ ኣዳልዉ
members-actions-hint = ዘይንጡፍ ምግባር ነቲ ኣባል ብኡንብኡ ካብ ኩሉ ቦታ የውጽኦ፤ ደጊሙ ንጡፍ ክሳብ ዝግበር ክኣቱ ኣይክእልን። መሕለፊ ቃል ዳግማይ ምድላው፣ ሓድሽ መሕለፊ ቃል ንኽመርጽ ሊንክ ብኢመይል ይሰደሉ፤ ድሕሪኡ እንደገና ክረጋገጽ ኣለዎ። መረጋገጺ ኣፕ ዳግማይ ምድላው፣ ኣብ ዝቕጽል ምእታዉ ኣፑ እንደገና ከዳልዎ ይገብሮ። መሕለፊ ቃሉ ወይ እቲ ሊንክ ፈጺምኩም ኣይትርእይዎን ኢኹም።
members-invite = ኣባል ዕደሙ
members-invite-hint = kedja መሕለፊ ቃል ንኽመርጽ ሊንክ ብኢመይል ይሰደሉ። እቲ ሊንክ ሓንሳብ ጥራይ፣ ን7 መዓልታት ይሰርሕ። ድሕሪኡ መረጋገጺ ኣፕ የዳልው፣ ዝኾነ ነገር ከንብብ ቅድሚ ምኽኣሉ ድማ ኣመሓዳሪ ኣብዚ ከረጋግጾ ኣለዎ።
members-invite-submit = ዕድመ ስደዱ

members-status-awaiting-password = ተዓዲሙ፦ ገና መሕለፊ ቃል ኣይመረጸን
members-status-pending = ምርግጋጽ ኣመሓዳሪ ይጽበ ኣሎ
members-status-active = ንጡፍ
members-status-disabled = ዘይንጡፍ

members-done-invited = እቲ ዕድመ ተላኢኹ ኣሎ።
members-done-role = እቲ ተራ ተቐይሩ።
members-done-confirmed = እቲ ኣባል ተረጋጊጹ።
members-done-disabled = እቲ ኣባል ዘይንጡፍ ተገይሩ፣ ካብ ኩሉ ቦታ ድማ ወጺኡ።
members-done-enabled = እቲ ኣባል ደጊሙ ክኣቱ ይኽእል።
members-done-password-reset = ነቲ ኣባል ሓድሽ መሕለፊ ቃል ንኽመርጽ ሊንክ ተላኢኹሉ።
members-done-totp-reset = እቲ ኣባል ኣብ ዝቕጽል ምእታዉ መረጋገጺ ኣፕ ከዳሉ እዩ።

members-error-last-admin = ኣይተፈጸመን፦ ኣብ ትካልኩም ስራሕ ክሰርሕ ዝኽእል ኣመሓዳሪ ኣይምተረፈን። መጀመርታ ንካልእ ኣባል ኣመሓዳሪ ግበርዎ።
members-error-own-account = ኣብዚ ናይ ገዛእ ርእስኹም ኣካውንት ዳግማይ ከተዳልዉ ኣይትኽእሉን ኢኹም። መሕለፊ ቃልኩም ኣብ ገጽ መሕለፊ ቃል ቀይሩ።
members-error-no-public-url = ዕድመታትን ዳግማይ ምድላው መሕለፊ ቃልን ኣድራሻ እዚ ኣገልግሎት (KEDJA_PUBLIC_URL) የድልዮም። ኦፕሬተር ኣገልግሎት ከዳልዎ ሕተቱ።
members-error-mail-off = ኣብዚ ኣገልግሎት ኢመይል ተዓጽዩ ኣሎ (KEDJA_SMTP_URL)፣ ስለዚ እቲ ሊንክ ናብቲ ኣባል ክበጽሕ ኣይከኣለን። ኦፕሬተር ኣገልግሎት ክኸፍቶ ሕተቱ።
members-error-awaiting-password = እዚ ኣባል ገና መሕለፊ ቃል ኣይመረጸን። ምስ መረጸ ኣረጋግጽዎ።
members-error-disabled = እዚ ኣባል ዘይንጡፍ እዩ። መጀመርታ ንጡፍ ግበርዎ።
members-error-email-taken = በዚ ኣድራሻ ኢመይል ዝተመዝገበ ኣባል ድሮ ኣሎ።
members-error-not-pending = እዚ ኣባል ድሮ ተረጋጊጹ እዩ።

members-link-invitation-title = ኣብ kedja ምስ ትካልኩም ተጸንበሩ
members-link-reset-title = ሓድሽ መሕለፊ ቃል ምረጹ
members-link-intro = ነዚ ኣካውንት መሕለፊ ቃል ምረጹ፦
members-link-password-again = ተመሳሳሊ መሕለፊ ቃል እንደገና
members-link-submit = መሕለፊ ቃል ዓቅቡ
members-link-next = ቀጺልኩም መረጋገጺ ኣፕ ከተዳልዉ ኢኹም። ድሕሪኡ ዝኾነ ነገር ከተንብቡ ቅድሚ ምኽኣልኩም፣ ኣመሓዳሪ ትካልኩም ከረጋግጸኩም እዩ።
members-link-mismatch = እቶም ክልተ መሕለፊ ቃላት ሓደ ኣይኮኑን።
members-link-gone-title = እዚ ሊንክ ኣይሰርሕን እዩ
members-link-gone = ድሮ ኣገልጊሉ እዩ፣ ግዜኡ ሓሊፉ እዩ፣ ወይ ሓድሽ ሊንክ ተኪእዎ እዩ። ኣመሓዳሪ ትካልኩም ሓድሽ ሊንክ ክሰደልኩም ሕተቱ።

# እቲ ሊንክ ዘለዎ ኢመይል። ብዛዕባ እቲ ትካል ወይ ጉዳያቱ ዋላ ሓንቲ ኣይገልጽን።
notice-invitation-subject = kedja: መሕለፊ ቃልኩም ምረጹ
notice-invitation-opening = ኣመሓዳሪ ትካልኩም ናብ kedja ዓዲሙኩም። በዚ ሊንክ መሕለፊ ቃልኩም ምረጹ። እቲ ሊንክ ሓንሳብ ጥራይ፣ ን{ $days } መዓልታት ይሰርሕ፦
notice-password-reset-subject = kedja: ሓድሽ መሕለፊ ቃል ምረጹ
notice-password-reset-opening = ኣመሓዳሪ ትካልኩም ናይ kedja መሕለፊ ቃልኩም ዳግማይ ኣዳልዩ። በዚ ሊንክ ሓድሽ መሕለፊ ቃል ምረጹ። እቲ ሊንክ ሓንሳብ ጥራይ፣ ን{ $days } መዓልታት ይሰርሕ፦
notice-link-next = ድሕሪኡ መረጋገጺ ኣፕ ከተዳልዉ ኢኹም፣ ዝኾነ ነገር ከተንብቡ ቅድሚ ምኽኣልኩም ድማ ኣመሓዳሪ ከረጋግጸኩም እዩ።
notice-link-unexpected = ነዚ ኢመይል እንተዘይተጸበኹምዎ፣ ነቲ ሊንክ ኣይትኽፈትዎ፣ ንትካልኩም ድማ ሓብሩ።

code-action-member-disabled = ንሓደ ኣባል ዘይንጡፍ ገበሩ
code-action-member-enabled = ንሓደ ኣባል ደጊሞም ንጡፍ ገበሩ
code-action-member-invited = ኣባል ዓደሙ
code-action-member-password_reset = ናይ ሓደ ኣባል መሕለፊ ቃል ዳግማይ ኣዳለዉ
code-action-member-password_set = ብሊንክ መሕለፊ ቃል መረጹ
code-action-member-role_changed = ተራ ሓደ ኣባል ቀየሩ
code-action-member-totp_reset = ናይ ሓደ ኣባል መረጋገጺ ኣፕ ዳግማይ ኣዳለዉ
