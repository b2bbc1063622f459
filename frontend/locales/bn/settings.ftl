# প্রতিষ্ঠানের সেটিংস (/staff/settings), শেষ তারিখগুলোর দৈনিক সারসংক্ষেপ, এবং যে অভিযোগ কোনো
# প্রতিষ্ঠান গ্রহণ করতে পারেনি সে বিষয়ে সতর্কবার্তা।
settings-title = প্রতিষ্ঠানের সেটিংস
settings-intro = এই সেটিংস আপনার পুরো প্রতিষ্ঠানের জন্য প্রযোজ্য। নতুন শেষ তারিখ এখন থেকে যে অভিযোগগুলো আসবে সেগুলোর জন্য প্রযোজ্য হবে; আগে থেকে ঠিক করা শেষ তারিখগুলো যেমন আছে তেমনই থাকবে।
settings-saved = সেটিংস সংরক্ষণ করা হয়েছে।
settings-check-marked = কিছু সেটিংস সংরক্ষণ করা যায়নি। অনুগ্রহ করে চিহ্নিত ঘরগুলো দেখুন।
settings-deadlines = শেষ তারিখ
settings-acknowledge-days = অভিযোগের প্রাপ্তি নিশ্চিত করার জন্য দিন
settings-acknowledge-days-hint = অভিযোগ আসার পর ১ থেকে ৭ দিন। ইইউ হুইসলব্লোয়িং নির্দেশিকা (EU Whistleblowing Directive) সর্বোচ্চ ৭ দিনের অনুমতি দেয়।
settings-feedback-months = ফিডব্যাক দেওয়ার জন্য মাস
settings-feedback-months-hint = প্রাপ্তি নিশ্চিত করার পর ১ থেকে ৩ মাস। ইইউ হুইসলব্লোয়িং নির্দেশিকা (EU Whistleblowing Directive) সর্বোচ্চ ৩ মাসের অনুমতি দেয়।
settings-data = কেস রাখা ও গণনা
settings-retention-months = বন্ধ কেস কত মাস রাখা হবে
settings-retention-months-hint = কেস বন্ধ হওয়ার পর ৩ থেকে ১২০ মাস। এরপর এর বিষয়বস্তু ও ফাইল মুছে ফেলা হয়; কেসটি তবুও পরিসংখ্যানে গোনা হয়।
settings-suppression-k = পরিসংখ্যানে দেখানো সবচেয়ে ছোট সংখ্যা
settings-suppression-k-hint = ৩ থেকে ১০০। এর চেয়ে ছোট সংখ্যা লুকানো থাকে, যাতে কেউ বুঝতে না পারে কে অভিযোগ করেছেন।
settings-time-and-alerts = সময় ও সতর্কবার্তা
settings-time-zone = টাইম জোন
settings-time-zone-hint = কেস কর্মকর্তাদের পাতাগুলোতে সময় এই জোন অনুযায়ী দেখানো হয়। এটি একটি জায়গার নাম হিসেবে লিখুন, যেমন Europe/Stockholm বা Asia/Bangkok।
settings-alert-email = সতর্কবার্তার জন্য ই-মেইল ঠিকানা
settings-alert-email-hint = ঐচ্ছিক। সমন্বয়কারী প্রতিষ্ঠানের ক্ষেত্রে, কোনো প্রতিষ্ঠান নিতে না পারায় যেদিন অভিযোগ গ্রহণ করা যায়নি, তার পরের দিন kedja এই ঠিকানায় লেখে। সতর্কবার্তা না চাইলে খালি রাখুন।
settings-save = সেটিংস সংরক্ষণ করুন
settings-error-acknowledge-days = ১ থেকে ৭-এর মধ্যে দিনের একটি পূর্ণ সংখ্যা লিখুন।
settings-error-feedback-months = ১ থেকে ৩-এর মধ্যে মাসের একটি পূর্ণ সংখ্যা লিখুন।
settings-error-retention-months = ৩ থেকে ১২০-এর মধ্যে মাসের একটি পূর্ণ সংখ্যা লিখুন।
settings-error-suppression-k = ৩ থেকে ১০০-এর মধ্যে একটি পূর্ণ সংখ্যা লিখুন।
settings-error-time-zone = এটি এমন কোনো টাইম জোন নয় যা kedja চেনে। তালিকা থেকে একটি বেছে নিন, যেমন Europe/Stockholm।
settings-error-alert-email = name@example.org-এর মতো একটি ই-মেইল ঠিকানা লিখুন, অথবা ঘরটি খালি রাখুন।
code-action-org-settings_changed = প্রতিষ্ঠানের সেটিংস বদলেছেন

# ই-মেইল। kedja-র প্রতিটি ই-মেইলের মতো, এগুলোতেও কখনো অভিযোগের বিষয়বস্তু সম্পর্কে কিছু বলা হয় না।
notice-sign-in-deadlines = কেসগুলো দেখতে সাইন ইন করুন:
notice-sign-in-kedja-deadlines = কেসগুলো দেখতে kedja-তে সাইন ইন করুন।
notice-sign-in-directory = সরবরাহকারী ডিরেক্টরি ও এর রাউটিং যাচাই করতে সাইন ইন করুন:
notice-sign-in-kedja-directory = সরবরাহকারী ডিরেক্টরি ও এর রাউটিং যাচাই করতে kedja-তে সাইন ইন করুন।
notice-deadline_digest-subject = kedja: আজ আপনার প্রতিষ্ঠানের শেষ তারিখগুলো
notice-deadline_digest-opening = আপনার প্রতিষ্ঠান যে কেসগুলো দেখছে, সেগুলোতে মনোযোগ দরকার।
    শেষ তারিখ পেরিয়ে গেছে: { $overdue }
    দুই দিনের মধ্যে শেষ তারিখ: { $soon }
notice-refused_reports-subject = kedja: অভিযোগ গ্রহণ করা যায়নি
notice-refused_reports-opening = { $days ->
        [1] { $from } (UTC) তারিখে
       *[other] { $from } থেকে { $to } (UTC) পর্যন্ত
    } { $count ->
        [one] একটি অভিযোগ পাঠানো যায়নি
       *[other] { $count }টি অভিযোগ পাঠানো যায়নি
    }, কারণ কর্মী যে কাজের জায়গা বেছে নিয়েছিলেন তার বিষয়ে অভিযোগ গ্রহণ করতে পারে এমন কোনো প্রতিষ্ঠান নেই। ওই অভিযোগগুলোর কিছুই সংরক্ষণ করা হয়নি। কাজের জায়গাটির ক্রেতাদের বা একটি সমন্বয়কারী প্রতিষ্ঠানকে সরবরাহকারী ডিরেক্টরি ও এর রাউটিংয়ে যোগ করলে পরের অভিযোগটি পৌঁছাবে।
