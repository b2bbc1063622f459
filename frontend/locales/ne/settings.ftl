# संस्थाको सेटिङ (/staff/settings), अन्तिम मितिहरूको दैनिक सारांश, र कुनै संस्थाले लिन नसकेका
# उजुरीबारे चेतावनी।
settings-title = संस्थाको सेटिङ
settings-intro = यी सेटिङ तपाईंको पूरै संस्थामा लागू हुन्छन्। नयाँ अन्तिम मिति अबदेखि आउने उजुरीमा लागू हुन्छ; पहिल्यै तोकिएका अन्तिम मितिहरू जस्ताको तस्तै रहन्छन्।
settings-saved = सेटिङ सेभ भयो।
settings-check-marked = केही सेटिङ सेभ हुन सकेनन्। कृपया चिन्ह लगाइएका फिल्डहरू जाँच्नुहोस्।
settings-deadlines = अन्तिम मितिहरू
settings-acknowledge-days = उजुरीको प्राप्ति पुष्टि गर्ने दिन
settings-acknowledge-days-hint = उजुरी आएपछि १ देखि ७ दिनसम्म। युरोपेली संघको ह्विसलब्लोइङ निर्देशन (EU Whistleblowing Directive) ले बढीमा ७ दिनसम्म अनुमति दिन्छ।
settings-feedback-months = प्रतिक्रिया दिने महिना
settings-feedback-months-hint = प्राप्ति पुष्टि गरेपछि १ देखि ३ महिनासम्म। युरोपेली संघको ह्विसलब्लोइङ निर्देशन (EU Whistleblowing Directive) ले बढीमा ३ महिनासम्म अनुमति दिन्छ।
settings-data = उजुरी राख्ने र गन्ने
settings-retention-months = बन्द उजुरी राख्ने महिना
settings-retention-months-hint = उजुरी बन्द भएपछि ३ देखि १२० महिनासम्म। त्यसपछि यसको विषयवस्तु र फाइलहरू मेटाइन्छन्; उजुरी भने तथ्याङ्कमा गनिइरहन्छ।
settings-suppression-k = तथ्याङ्कमा देखाइने सबैभन्दा सानो गन्ती
settings-suppression-k-hint = ३ देखि १०० सम्म। योभन्दा सानो गन्ती लुकाइन्छ, ताकि उजुरी कसले गर्‍यो भनेर कसैले पत्ता लगाउन नसकोस्।
settings-time-and-alerts = समय र चेतावनी
settings-time-zone = समय क्षेत्र
settings-time-zone-hint = कर्मचारीका पृष्ठहरूमा समय यही क्षेत्र अनुसार देखाइन्छ। यसलाई कुनै ठाउँको नामका रूपमा लेख्नुहोस्, जस्तै Europe/Stockholm वा Asia/Bangkok।
settings-alert-email = चेतावनीका लागि इमेल ठेगाना
settings-alert-email-hint = ऐच्छिक। समन्वयकारी संस्थाका लागि, कुनै संस्थाले लिन नसकेकाले उजुरी प्राप्त हुन नसकेको दिनको भोलिपल्ट kedja ले यो ठेगानामा लेख्छ। चेतावनी नचाहिए खाली छोड्नुहोस्।
settings-save = सेटिङ सेभ गर्नुहोस्
settings-error-acknowledge-days = १ देखि ७ सम्म दिनको पूर्ण सङ्ख्या लेख्नुहोस्।
settings-error-feedback-months = १ देखि ३ सम्म महिनाको पूर्ण सङ्ख्या लेख्नुहोस्।
settings-error-retention-months = ३ देखि १२० सम्म महिनाको पूर्ण सङ्ख्या लेख्नुहोस्।
settings-error-suppression-k = ३ देखि १०० सम्मको पूर्ण सङ्ख्या लेख्नुहोस्।
settings-error-time-zone = यो kedja ले चिनेको समय क्षेत्र होइन। सूचीबाट एउटा छान्नुहोस्, जस्तै Europe/Stockholm।
settings-error-alert-email = name@example.org जस्तो इमेल ठेगाना लेख्नुहोस्, वा फिल्ड खाली छोड्नुहोस्।
code-action-org-settings_changed = संस्थाको सेटिङ बदल्नुभयो

# इमेलहरू। kedja का सबै इमेलजस्तै, यिनले पनि कहिल्यै उजुरीको विषयबारे केही भन्दैनन्।
notice-sign-in-deadlines = उजुरीहरू हेर्न साइन इन गर्नुहोस्:
notice-sign-in-kedja-deadlines = उजुरीहरू हेर्न kedja मा साइन इन गर्नुहोस्।
notice-sign-in-directory = आपूर्तिकर्ताको सूची र त्यसको रुटिङ जाँच्न साइन इन गर्नुहोस्:
notice-sign-in-kedja-directory = आपूर्तिकर्ताको सूची र त्यसको रुटिङ जाँच्न kedja मा साइन इन गर्नुहोस्।
notice-deadline_digest-subject = kedja: आज तपाईंको संस्थाका अन्तिम मितिहरू
notice-deadline_digest-opening = तपाईंको संस्थाले हेरिरहेका उजुरीहरूमा ध्यान दिनुपर्छ।
    अन्तिम मिति नाघेका: { $overdue }
    दुई दिनभित्र अन्तिम मिति आउने: { $soon }
notice-refused_reports-subject = kedja: उजुरीहरू प्राप्त हुन सकेनन्
notice-refused_reports-opening = { $days ->
        [1] { $from } (UTC) मा
       *[other] { $from } देखि { $to } (UTC) सम्म
    } { $count ->
        [one] एउटा उजुरी पठाउन सकिएन
       *[other] { $count } वटा उजुरी पठाउन सकिएन
    }, किनभने कामदारले छानेको कामको ठाउँबारे उजुरी लिन सक्ने कुनै संस्था छैन। ती उजुरीको केही पनि सेभ गरिएन। कामको ठाउँका खरिदकर्ता वा कुनै समन्वयकारी संस्थालाई आपूर्तिकर्ताको सूची र त्यसको रुटिङमा थपेपछि अर्को उजुरी आइपुग्नेछ।
