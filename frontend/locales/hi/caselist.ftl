# केस सूची के टूल: खोज, फ़िल्टर, एक साथ कई केसों पर कार्रवाई, और CSV एक्सपोर्ट।

caselist-search = खोजें
caselist-search-hint = केस की संदर्भ संख्या (KJ-…) या आपूर्तिकर्ता के नाम से खोजें। मज़दूरों ने जो लिखा है वह सील (एन्क्रिप्ट) किया हुआ है, इसलिए शिकायत के शब्दों में खोज नहीं की जा सकती।
caselist-nobody = कोई नहीं (किसी को नहीं सौंपा गया)
caselist-other-organisation = किसी दूसरी संस्था का कोई व्यक्ति
caselist-csv = यह सूची स्प्रेडशीट (CSV) के रूप में डाउनलोड करें
caselist-choose = चुनें
caselist-bulk = चुने गए केसों के साथ
caselist-bulk-hint = ऊपर केसों पर टिक लगाएँ, फिर उन्हें सौंपें या एक ही निपटारे के साथ बंद करें (एक बार में ज़्यादा से ज़्यादा 200)। हर केस की जाँच ऐसे होती है जैसे आपने उसे उसके अपने पेज पर बदला हो; बंद करने पर हर शिकायतकर्ता को बंद होने का सामान्य संदेश भेजा जाता है।
caselist-bulk-assign = चुने गए केस सौंपें
caselist-bulk-close = चुने गए केस बंद करें
caselist-bulk-assigned = { $count ->
    [one] { $count } केस सौंपा गया।
   *[other] { $count } केस सौंपे गए।
}
caselist-bulk-closed = { $count ->
    [one] { $count } केस बंद किया गया।
   *[other] { $count } केस बंद किए गए।
}
caselist-bulk-refused = ये केस नहीं बदले गए:
caselist-cases = केस
code-action-cases-exported = केस सूची स्प्रेडशीट के रूप में डाउनलोड की
