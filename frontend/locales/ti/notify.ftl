# E-mails to staff. They never say anything about a report itself.
notice-footer = ንድሕንነት እቶም ጸብጻብ ዘቕርቡ ሰባት፣ እዚ ኢመይል ብዛዕባ ትሕዝቶ
    እቲ ጸብጻብ ፈጺሙ ዋላ ሓንቲ ኣይገልጽን።
notice-sign-in-read = ንምንባብ እተዉ፦
notice-sign-in-acknowledge = ምብጻሑ ንምርግጋጽ እተዉ፦
notice-sign-in-feedback = መልሲ ንምሃብ እተዉ፦
notice-sign-in-kedja-read = ንምንባብ ናብ kedja እተዉ።
notice-sign-in-kedja-acknowledge = ምብጻሑ ንምርግጋጽ ናብ kedja እተዉ።
notice-sign-in-kedja-feedback = መልሲ ንምሃብ ናብ kedja እተዉ።
notice-new_report-subject = kedja: ሓድሽ ጸብጻብ ቀዳማይ ገምጋም የድልዮ
notice-new_report-opening = ሓድሽ ጸብጻብ ናብ ትካልኩም ተላኢኹ።
notice-reporter_reply-subject = kedja: ጸብጻቢ መልእኽቲ ሰዲዱ
notice-reporter_reply-opening = ጸብጻቢ ኣብ ትካልኩም ዝሕዞ ጉዳይ መልእኽቲ ወሲኹ።
notice-acknowledgement_due-subject = kedja: ጸብጻብ ምርግጋጽ ምብጻሑ ይጽበ ኣሎ
notice-acknowledgement_due-opening = ኣብ ትካልኩም ዝሕዞ ጉዳይ ናይ ምርግጋጽ መወዳእታ ዕለት ቀሪቡ።
notice-feedback_due-subject = kedja: ንጸብጻቢ መልሲ ዝወሃበሉ ግዜ በጺሑ
notice-feedback_due-opening = ኣብ ትካልኩም ዝሕዞ ጉዳይ ናይ መልሲ መወዳእታ ዕለት ቀሪቡ።
notice-case_shared-subject = kedja: ጉዳይ ምስ ትካልኩም ተኻፊሉ
notice-case_shared-opening = ካልእ ትካል ሓደ ጉዳይ ምስ ትካልኩም ተኻፊሉ።
notice-escalated-subject = kedja: ጉዳይ ናብ ትካልኩም ተሓሊፉ
notice-escalated-opening = ዓዳጊ ትካል ሓደ ጉዳይ ናብ ትካልኩም ኣሕሊፉ።
notice-escalation_answered-subject = kedja: ሰብ መዚ ንዝተሓለፈ ጉዳይ መልሲ ሂቡ
notice-escalation_answered-opening = ሰብ መዚ ካብ ትካልኩም ንዝተሓለፈ ጉዳይ መልሲ ሂቡ።
notice-consent_answered-subject = kedja: ጸብጻቢ ብዛዕባ ምሕላፍ መልሲ ሂቡ
notice-consent_answered-opening = ጸብጻቢ ጉዳዩ ናብ ሰብ መዚ ክሓልፍ ይኽእል እዩ ዶ ኣይኽእልን መልሲ ሂቡ።
