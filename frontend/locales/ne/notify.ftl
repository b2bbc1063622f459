# E-mails to staff. They never say anything about a report itself.
notice-footer = उजुरी गर्नेहरूको सुरक्षाका लागि यो इमेलले कहिल्यै पनि
    उजुरीको विषयबारे केही भन्दैन।
notice-sign-in-read = यो पढ्न साइन इन गर्नुहोस्:
notice-sign-in-acknowledge = प्राप्ति पुष्टि गर्न साइन इन गर्नुहोस्:
notice-sign-in-feedback = प्रतिक्रिया दिन साइन इन गर्नुहोस्:
notice-sign-in-kedja-read = यो पढ्न kedja मा साइन इन गर्नुहोस्।
notice-sign-in-kedja-acknowledge = प्राप्ति पुष्टि गर्न kedja मा साइन इन गर्नुहोस्।
notice-sign-in-kedja-feedback = प्रतिक्रिया दिन kedja मा साइन इन गर्नुहोस्।
notice-new_report-subject = kedja: नयाँ उजुरीको प्रारम्भिक जाँच गर्नुपर्छ
notice-new_report-opening = तपाईंको संस्थामा एउटा नयाँ उजुरी पठाइएको छ।
notice-reporter_reply-subject = kedja: उजुरीकर्ताले सन्देश पठाउनुभयो
notice-reporter_reply-opening = तपाईंको संस्थाले हेरिरहेको एउटा उजुरीमा उजुरीकर्ताले सन्देश थप्नुभयो।
notice-acknowledgement_due-subject = kedja: एउटा उजुरी प्राप्ति पुष्टिको प्रतीक्षामा छ
notice-acknowledgement_due-opening = तपाईंको संस्थाले हेरिरहेको एउटा उजुरीको प्राप्ति पुष्टि गर्ने अन्तिम मिति नजिकिँदै छ।
notice-feedback_due-subject = kedja: उजुरीकर्तालाई प्रतिक्रिया दिने समय भयो
notice-feedback_due-opening = तपाईंको संस्थाले हेरिरहेको एउटा उजुरीको प्रतिक्रिया दिने अन्तिम मिति नजिकिँदै छ।
notice-case_shared-subject = kedja: एउटा उजुरी तपाईंको संस्थासँग साझा गरियो
notice-case_shared-opening = अर्को संस्थाले एउटा उजुरी तपाईंको संस्थासँग साझा गर्‍यो।
notice-escalated-subject = kedja: एउटा उजुरी तपाईंको संस्थामा पठाइयो
notice-escalated-opening = एउटा खरिदकर्ता संस्थाले एउटा उजुरी तपाईंको संस्थामा पठायो।
notice-escalation_answered-subject = kedja: निकायले पठाइएको उजुरीको जवाफ दियो
notice-escalation_answered-opening = तपाईंको संस्थाले पठाएको उजुरीको जवाफ एउटा निकायले दियो।
notice-consent_answered-subject = kedja: उजुरीकर्ताले निकायमा पठाउने बारे जवाफ दिनुभयो
notice-consent_answered-opening = आफ्नो उजुरी निकायमा पठाउन मिल्छ कि मिल्दैन भनेर उजुरीकर्ताले जवाफ दिनुभयो।
