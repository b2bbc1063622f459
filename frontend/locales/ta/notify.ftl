# E-mails to staff. They never say anything about a report itself.
notice-footer = புகார் செய்பவர்களின் பாதுகாப்புக்காக, இந்த மின்னஞ்சல் புகாரின் உள்ளடக்கம்
    பற்றி எதையும் ஒருபோதும் கூறாது.
notice-sign-in-read = இதைப் படிக்க உள்நுழையுங்கள்:
notice-sign-in-acknowledge = ஒப்புகை அளிக்க உள்நுழையுங்கள்:
notice-sign-in-feedback = பின்னூட்டம் அளிக்க உள்நுழையுங்கள்:
notice-sign-in-kedja-read = இதைப் படிக்க kedja-வில் உள்நுழையுங்கள்.
notice-sign-in-kedja-acknowledge = ஒப்புகை அளிக்க kedja-வில் உள்நுழையுங்கள்.
notice-sign-in-kedja-feedback = பின்னூட்டம் அளிக்க kedja-வில் உள்நுழையுங்கள்.
notice-new_report-subject = kedja: ஒரு புதிய புகாரை முதற்கட்டமாக மதிப்பிட வேண்டும்
notice-new_report-opening = உங்கள் நிறுவனத்துக்கு ஒரு புதிய புகார் அனுப்பப்பட்டுள்ளது.
notice-reporter_reply-subject = kedja: புகார் செய்தவர் ஒரு செய்தி அனுப்பியுள்ளார்
notice-reporter_reply-opening = உங்கள் நிறுவனம் கையாளும் ஒரு புகாரில் புகார் செய்தவர் ஒரு செய்தியைச் சேர்த்துள்ளார்.
notice-acknowledgement_due-subject = kedja: ஒரு புகார் ஒப்புகைக்காகக் காத்திருக்கிறது
notice-acknowledgement_due-opening = உங்கள் நிறுவனம் கையாளும் ஒரு புகாருக்கு ஒப்புகைக்கான கடைசி நாள் நெருங்குகிறது.
notice-feedback_due-subject = kedja: புகார் செய்தவருக்குப் பின்னூட்டம் அளிக்க வேண்டிய நேரம்
notice-feedback_due-opening = உங்கள் நிறுவனம் கையாளும் ஒரு புகாருக்குப் பின்னூட்டத்துக்கான கடைசி நாள் நெருங்குகிறது.
notice-case_shared-subject = kedja: ஒரு புகார் உங்கள் நிறுவனத்துடன் பகிரப்பட்டது
notice-case_shared-opening = வேறொரு நிறுவனம் ஒரு புகாரை உங்கள் நிறுவனத்துடன் பகிர்ந்துள்ளது.
notice-escalated-subject = kedja: ஒரு புகார் உங்கள் நிறுவனத்துக்கு அனுப்பப்பட்டது
notice-escalated-opening = வாங்கும் நிறுவனம் ஒன்று ஒரு புகாரை உங்கள் நிறுவனத்துக்கு அனுப்பியுள்ளது.
notice-escalation_answered-subject = kedja: அனுப்பப்பட்ட புகாருக்கு அதிகார அமைப்பு பதில் அளித்தது
notice-escalation_answered-opening = உங்கள் நிறுவனம் அனுப்பிய புகாருக்கு ஓர் அதிகார அமைப்பு பதில் அளித்துள்ளது.
notice-consent_answered-subject = kedja: அதிகாரிகளிடம் அனுப்புவது பற்றிப் புகார் செய்தவர் பதில் அளித்தார்
notice-consent_answered-opening = தம் புகாரை அதிகாரிகளிடம் அனுப்பலாமா என்பதற்குப் புகார் செய்தவர் பதில் அளித்துள்ளார்.
