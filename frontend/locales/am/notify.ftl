# E-mails to staff. They never say anything about a report itself.
notice-footer = ሪፖርት የሚያደርጉ ሰዎችን ደኅንነት ለመጠበቅ፣ ይህ ኢሜይል ስለ ሪፖርቱ ይዘት
    ምንም ነገር በጭራሽ አይናገርም።
notice-sign-in-read = ለማንበብ ይግቡ፦
notice-sign-in-acknowledge = መድረሱን ለማረጋገጥ ይግቡ፦
notice-sign-in-feedback = ምላሽ ለመስጠት ይግቡ፦
notice-sign-in-kedja-read = ለማንበብ ወደ kedja ይግቡ።
notice-sign-in-kedja-acknowledge = መድረሱን ለማረጋገጥ ወደ kedja ይግቡ።
notice-sign-in-kedja-feedback = ምላሽ ለመስጠት ወደ kedja ይግቡ።
notice-new_report-subject = kedja: አዲስ ሪፖርት የመጀመሪያ ግምገማ ይፈልጋል
notice-new_report-opening = አዲስ ሪፖርት ወደ ድርጅትዎ ተልኳል።
notice-reporter_reply-subject = kedja: ሪፖርት አድራጊ መልእክት ልኳል
notice-reporter_reply-opening = ሪፖርት አድራጊ ድርጅትዎ በሚይዘው ጉዳይ ላይ መልእክት አክሏል።
notice-acknowledgement_due-subject = kedja: ሪፖርት መድረሱ እንዲረጋገጥ እየጠበቀ ነው
notice-acknowledgement_due-opening = ድርጅትዎ የሚይዘው ጉዳይ የማረጋገጫ የመጨረሻ ቀን ቀርቧል።
notice-feedback_due-subject = kedja: ለሪፖርት አድራጊው ምላሽ የሚሰጥበት ጊዜ ደርሷል
notice-feedback_due-opening = ድርጅትዎ የሚይዘው ጉዳይ የምላሽ የመጨረሻ ቀን ቀርቧል።
notice-case_shared-subject = kedja: ጉዳይ ለድርጅትዎ ተጋርቷል
notice-case_shared-opening = ሌላ ድርጅት አንድ ጉዳይ ለድርጅትዎ አጋርቷል።
notice-escalated-subject = kedja: ጉዳይ ወደ ድርጅትዎ ተላልፏል
notice-escalated-opening = ገዢ ድርጅት አንድ ጉዳይ ወደ ድርጅትዎ አስተላልፏል።
notice-escalation_answered-subject = kedja: ባለሥልጣን ለተላለፈ ጉዳይ ምላሽ ሰጥቷል
notice-escalation_answered-opening = ባለሥልጣን ከድርጅትዎ ለተላለፈ ጉዳይ ምላሽ ሰጥቷል።
notice-consent_answered-subject = kedja: ሪፖርት አድራጊ ስለ ማስተላለፍ ምላሽ ሰጥቷል
notice-consent_answered-opening = ሪፖርት አድራጊ ጉዳዩ ለባለሥልጣናት መተላለፍ ይችል እንደሆነ ምላሽ ሰጥቷል።
