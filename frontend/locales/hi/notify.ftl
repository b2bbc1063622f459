# E-mails to staff. They never say anything about a report itself.
notice-footer = शिकायत करने वालों की सुरक्षा के लिए यह ई-मेल कभी भी
    शिकायत की सामग्री के बारे में कुछ नहीं बताता।
notice-sign-in-read = इसे पढ़ने के लिए साइन इन करें:
notice-sign-in-acknowledge = पावती देने के लिए साइन इन करें:
notice-sign-in-feedback = फ़ीडबैक देने के लिए साइन इन करें:
notice-sign-in-kedja-read = इसे पढ़ने के लिए kedja में साइन इन करें।
notice-sign-in-kedja-acknowledge = पावती देने के लिए kedja में साइन इन करें।
notice-sign-in-kedja-feedback = फ़ीडबैक देने के लिए kedja में साइन इन करें।
notice-new_report-subject = kedja: एक नई शिकायत की प्रारंभिक जाँच बाकी है
notice-new_report-opening = एक नई शिकायत आपकी संस्था को भेजी गई है।
notice-reporter_reply-subject = kedja: एक शिकायतकर्ता ने संदेश भेजा है
notice-reporter_reply-opening = आपकी संस्था जिस केस को देख रही है, उसमें एक शिकायतकर्ता ने संदेश जोड़ा है।
notice-acknowledgement_due-subject = kedja: एक शिकायत पावती की प्रतीक्षा में है
notice-acknowledgement_due-opening = आपकी संस्था के एक केस में पावती की अंतिम तारीख़ पास आ गई है।
notice-feedback_due-subject = kedja: शिकायतकर्ता को फ़ीडबैक देने का समय है
notice-feedback_due-opening = आपकी संस्था के एक केस में फ़ीडबैक की अंतिम तारीख़ पास आ गई है।
notice-case_shared-subject = kedja: एक केस आपकी संस्था के साथ साझा किया गया
notice-case_shared-opening = दूसरी संस्था ने एक केस आपकी संस्था के साथ साझा किया है।
notice-escalated-subject = kedja: एक केस आपकी संस्था को भेजा गया
notice-escalated-opening = एक खरीदार संस्था ने एक केस आपकी संस्था को भेजा है।
notice-escalation_answered-subject = kedja: प्राधिकरण ने भेजे गए केस का जवाब दिया
notice-escalation_answered-opening = एक प्राधिकरण ने आपकी संस्था के भेजे गए केस का जवाब दिया है।
notice-consent_answered-subject = kedja: शिकायतकर्ता ने प्राधिकरण को भेजने के बारे में जवाब दिया
notice-consent_answered-opening = एक शिकायतकर्ता ने बताया है कि उसका केस प्राधिकरण को भेजा जा सकता है या नहीं।
