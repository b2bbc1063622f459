# አባላት፦ የድርጅት አስተዳዳሪዎች አባላትን ይጋብዛሉ፣ ሚናቸውን ይቀይራሉ፣ ያቦዝናሉ እና እንደገና ያነቃሉ፣ የይለፍ ቃሎችን
# እና የማረጋገጫ መተግበሪያዎችን ዳግም ያስጀምራሉ (/staff/members)፤ አባሉ በኢሜይል በተላከለት አንድ ጊዜ ብቻ
# በሚሠራ ሊንክ የይለፍ ቃል ይመርጣል (/staff/invite/...)።

members-actions = እርምጃዎች
members-you = እርስዎ
members-change-role = ሚና ቀይር
members-no-authenticator = የማረጋገጫ መተግበሪያ ገና አልተዘጋጀም
members-disable = አቦዝን
members-enable = እንደገና አንቃ
members-reset-password = የይለፍ ቃል ዳግም አስጀምር
members-send-new-link = አዲስ ሊንክ ላክ
members-reset-totp = የማረጋገጫ መተግበሪያ ዳግም አስጀምር
members-actions-hint = ማቦዘን አባሉን ወዲያውኑ ከሁሉም ቦታ ያስወጣዋል፤ እንደገና እስኪነቃ ድረስ መግባት አይችልም። የይለፍ ቃል ዳግም ማስጀመር አዲስ የይለፍ ቃል እንዲመርጥ ሊንክ በኢሜይል ይልክለታል፤ ከዚያ እንደገና መረጋገጥ አለበት። የማረጋገጫ መተግበሪያ ዳግም ማስጀመር በሚቀጥለው ሲገባ መተግበሪያውን እንደገና እንዲያዘጋጅ ያደርገዋል። የይለፍ ቃሉንም ሆነ ሊንኩን በጭራሽ አያዩም።
members-invite = አባል ጋብዝ
members-invite-hint = kedja የይለፍ ቃል እንዲመርጥ ሊንክ በኢሜይል ይልክለታል። ሊንኩ አንድ ጊዜ ብቻ፣ ለ7 ቀናት ይሠራል። ከዚያ የማረጋገጫ መተግበሪያ ያዘጋጃል፤ ማንኛውንም ነገር ማንበብ ከመቻሉ በፊት አንድ አስተዳዳሪ እዚህ ማረጋገጥ አለበት።
members-invite-submit = ግብዣውን ላክ

members-status-awaiting-password = ተጋብዟል፦ ገና የይለፍ ቃል አልመረጠም
members-status-pending = የአስተዳዳሪ ማረጋገጫ እየጠበቀ ነው
members-status-active = ንቁ
members-status-disabled = ቦዝኗል

members-done-invited = ግብዣው ተልኳል።
members-done-role = ሚናው ተቀይሯል።
members-done-confirmed = አባሉ ተረጋግጧል።
members-done-disabled = አባሉ ቦዝኗል፤ ከሁሉም ቦታም ወጥቷል።
members-done-enabled = አባሉ እንደገና መግባት ይችላል።
members-done-password-reset = ለአባሉ አዲስ የይለፍ ቃል እንዲመርጥ ሊንክ ተልኮለታል።
members-done-totp-reset = አባሉ በሚቀጥለው ሲገባ የማረጋገጫ መተግበሪያ ያዘጋጃል።

members-error-last-admin = አልተፈጸመም፦ ድርጅትዎ እርምጃ መውሰድ የሚችል አንድም አስተዳዳሪ አይቀረውም ነበር። መጀመሪያ ሌላ አባልን አስተዳዳሪ ያድርጉ።
members-error-own-account = የራስዎን መለያ እዚህ ዳግም ማስጀመር አይችሉም። የይለፍ ቃልዎን በየይለፍ ቃል ገጹ ላይ ይቀይሩ።
members-error-no-public-url = ግብዣዎች እና የይለፍ ቃል ዳግም ማስጀመሮች የዚህን አገልግሎት አድራሻ (KEDJA_PUBLIC_URL) ይፈልጋሉ። የአገልግሎቱን ኦፕሬተር እንዲያዘጋጀው ይጠይቁ።
members-error-mail-off = በዚህ አገልግሎት ላይ ኢሜይል ጠፍቷል (KEDJA_SMTP_URL)፣ ስለዚህ ሊንኩ አባሉ ጋር መድረስ አልቻለም። የአገልግሎቱን ኦፕሬተር እንዲያበራው ይጠይቁ።
members-error-awaiting-password = ይህ አባል ገና የይለፍ ቃል አልመረጠም። ከመረጠ በኋላ ያረጋግጡት።
members-error-disabled = ይህ አባል ቦዝኗል። መጀመሪያ እንደገና ያንቁት።
members-error-email-taken = ይህ የኢሜይል አድራሻ ያለው አባል አስቀድሞ አለ።
members-error-not-pending = ይህ አባል አስቀድሞ ተረጋግጧል።

members-link-invitation-title = በkedja ላይ ድርጅትዎን ይቀላቀሉ
members-link-reset-title = አዲስ የይለፍ ቃል ይምረጡ
members-link-intro = ለዚህ መለያ የይለፍ ቃል ይምረጡ፦
members-link-password-again = ያንኑ የይለፍ ቃል እንደገና
members-link-submit = የይለፍ ቃሉን አስቀምጥ
members-link-next = ቀጥሎ የማረጋገጫ መተግበሪያ ያዘጋጃሉ። ከዚያ ማንኛውንም ነገር ማንበብ ከመቻልዎ በፊት የድርጅትዎ አስተዳዳሪ ያረጋግጥዎታል።
members-link-mismatch = ሁለቱ የይለፍ ቃሎች አንድ አይደሉም።
members-link-gone-title = ይህ ሊንክ አይሠራም
members-link-gone = አስቀድሞ ጥቅም ላይ ውሏል፣ ጊዜው አልፏል፣ ወይም በአዲስ ሊንክ ተተክቷል። የድርጅትዎን አስተዳዳሪ አዲስ ሊንክ እንዲልክልዎ ይጠይቁ።

# ሊንኩን የያዘው ኢሜይል። ስለ ድርጅቱ ወይም ስለ ጉዳዮቹ ምንም አይናገርም።
notice-invitation-subject = kedja: የይለፍ ቃልዎን ይምረጡ
notice-invitation-opening = የድርጅትዎ አስተዳዳሪ ወደ kedja ጋብዞዎታል። በዚህ ሊንክ የይለፍ ቃልዎን ይምረጡ። ሊንኩ አንድ ጊዜ ብቻ፣ ለ{ $days } ቀናት ይሠራል፦
notice-password-reset-subject = kedja: አዲስ የይለፍ ቃል ይምረጡ
notice-password-reset-opening = የድርጅትዎ አስተዳዳሪ የkedja የይለፍ ቃልዎን ዳግም አስጀምሯል። በዚህ ሊንክ አዲስ የይለፍ ቃል ይምረጡ። ሊንኩ አንድ ጊዜ ብቻ፣ ለ{ $days } ቀናት ይሠራል፦
notice-link-next = ከዚያ የማረጋገጫ መተግበሪያ ያዘጋጃሉ፤ ማንኛውንም ነገር ማንበብ ከመቻልዎ በፊት አንድ አስተዳዳሪ ያረጋግጥዎታል።
notice-link-unexpected = ይህን ኢሜይል ካልጠበቁ፣ ሊንኩን አይክፈቱ፤ ለድርጅትዎም ያሳውቁ።

code-action-member-disabled = አባል አቦዘኑ
code-action-member-enabled = አባልን እንደገና አነቁ
code-action-member-invited = አባል ጋበዙ
code-action-member-password_reset = የአንድ አባል የይለፍ ቃል ዳግም አስጀመሩ
code-action-member-password_set = በሊንክ የይለፍ ቃል መረጡ
code-action-member-role_changed = የአንድ አባል ሚና ቀየሩ
code-action-member-totp_reset = የአንድ አባል የማረጋገጫ መተግበሪያ ዳግም አስጀመሩ
