# संस्था की सेटिंग्स (/staff/settings), अंतिम तारीख़ों का रोज़ का सारांश, और उन शिकायतों के बारे में
# चेतावनी जिन्हें कोई संस्था नहीं ले सकी।
settings-title = संस्था की सेटिंग्स
settings-intro = ये सेटिंग्स आपकी पूरी संस्था पर लागू होती हैं। नई अंतिम तारीख़ उन शिकायतों पर लागू होती है जो अब से आएँगी; पहले से तय अंतिम तारीख़ें जैसी हैं वैसी ही रहती हैं।
settings-saved = सेटिंग्स सेव हो गईं।
settings-check-marked = कुछ सेटिंग्स सेव नहीं हो सकीं। कृपया चिह्नित फ़ील्ड देखें।
settings-deadlines = अंतिम तारीख़ें
settings-acknowledge-days = शिकायत की पावती देने के लिए दिन
settings-acknowledge-days-hint = शिकायत आने के बाद 1 से 7 दिन तक। यूरोपीय संघ का व्हिसलब्लोइंग निर्देश (EU Whistleblowing Directive) ज़्यादा से ज़्यादा 7 दिन की अनुमति देता है।
settings-feedback-months = फ़ीडबैक देने के लिए महीने
settings-feedback-months-hint = पावती के बाद 1 से 3 महीने तक। यूरोपीय संघ का व्हिसलब्लोइंग निर्देश (EU Whistleblowing Directive) ज़्यादा से ज़्यादा 3 महीने की अनुमति देता है।
settings-data = केस रखना और गिनना
settings-retention-months = बंद केस को कितने महीने रखा जाए
settings-retention-months-hint = केस बंद होने के बाद 3 से 120 महीने तक। उसके बाद उसकी सामग्री और फ़ाइलें मिटा दी जाती हैं; केस फिर भी आँकड़ों में गिना जाता है।
settings-suppression-k = आँकड़ों में दिखाई जाने वाली सबसे छोटी गिनती
settings-suppression-k-hint = 3 से 100 तक। इससे छोटी गिनती छिपा दी जाती है, ताकि कोई यह पता न लगा सके कि शिकायत किसने की।
settings-time-and-alerts = समय और चेतावनियाँ
settings-time-zone = टाइम ज़ोन
settings-time-zone-hint = केस अधिकारियों के पेजों पर समय इसी ज़ोन में दिखाया जाता है। इसे किसी जगह के नाम के रूप में लिखें, जैसे Europe/Stockholm या Asia/Bangkok।
settings-alert-email = चेतावनियों के लिए ई-मेल पता
settings-alert-email-hint = वैकल्पिक। समन्वयक संस्था के लिए, जिस दिन शिकायतें इसलिए नहीं ली जा सकीं क्योंकि कोई संस्था उन्हें नहीं ले सकती थी, उसके अगले दिन kedja इस पते पर लिखता है। कोई चेतावनी नहीं चाहिए तो खाली छोड़ दें।
settings-save = सेटिंग्स सेव करें
settings-error-acknowledge-days = 1 से 7 तक दिनों की एक पूरी संख्या डालें।
settings-error-feedback-months = 1 से 3 तक महीनों की एक पूरी संख्या डालें।
settings-error-retention-months = 3 से 120 तक महीनों की एक पूरी संख्या डालें।
settings-error-suppression-k = 3 से 100 तक की एक पूरी संख्या डालें।
settings-error-time-zone = यह ऐसा टाइम ज़ोन नहीं है जिसे kedja जानता हो। सूची में से कोई एक चुनें, जैसे Europe/Stockholm।
settings-error-alert-email = name@example.org जैसा ई-मेल पता डालें, या फ़ील्ड खाली छोड़ दें।
code-action-org-settings_changed = संस्था की सेटिंग्स बदलीं

# ई-मेल। kedja के हर ई-मेल की तरह, ये भी कभी किसी शिकायत की सामग्री के बारे में कुछ नहीं बताते।
notice-sign-in-deadlines = केस देखने के लिए साइन इन करें:
notice-sign-in-kedja-deadlines = केस देखने के लिए kedja में साइन इन करें।
notice-sign-in-directory = आपूर्तिकर्ता डायरेक्टरी और उसकी रूटिंग जाँचने के लिए साइन इन करें:
notice-sign-in-kedja-directory = आपूर्तिकर्ता डायरेक्टरी और उसकी रूटिंग जाँचने के लिए kedja में साइन इन करें।
notice-deadline_digest-subject = kedja: आज आपकी संस्था में अंतिम तारीख़ें
notice-deadline_digest-opening = आपकी संस्था के केसों पर ध्यान देने की ज़रूरत है।
    अंतिम तारीख़ निकल चुकी: { $overdue }
    दो दिन के अंदर अंतिम तारीख़: { $soon }
notice-refused_reports-subject = kedja: शिकायतें नहीं ली जा सकीं
notice-refused_reports-opening = { $days ->
        [1] { $from } (UTC) को
       *[other] { $from } से { $to } (UTC) तक
    } { $count ->
        [one] एक शिकायत नहीं भेजी जा सकी
       *[other] { $count } शिकायतें नहीं भेजी जा सकीं
    } क्योंकि मज़दूर ने जो काम की जगह चुनी थी, उसके बारे में शिकायतें ले सकने वाली कोई संस्था नहीं है। उन शिकायतों का कुछ भी सेव नहीं किया गया। काम की जगह के खरीदारों या किसी समन्वयक संस्था को आपूर्तिकर्ता डायरेक्टरी और उसकी रूटिंग में जोड़ने से अगली शिकायत पहुँच सकेगी।
