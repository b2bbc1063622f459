# E-mails to staff. They never say anything about a report itself.
notice-footer = যাঁরা অভিযোগ করেন তাঁদের নিরাপত্তার জন্য এই ই-মেইলে কখনো
    অভিযোগের বিষয়বস্তু সম্পর্কে কিছু বলা হয় না।
notice-sign-in-read = এটি পড়তে সাইন ইন করুন:
notice-sign-in-acknowledge = প্রাপ্তি নিশ্চিত করতে সাইন ইন করুন:
notice-sign-in-feedback = ফিডব্যাক দিতে সাইন ইন করুন:
notice-sign-in-kedja-read = এটি পড়তে kedja-তে সাইন ইন করুন।
notice-sign-in-kedja-acknowledge = প্রাপ্তি নিশ্চিত করতে kedja-তে সাইন ইন করুন।
notice-sign-in-kedja-feedback = ফিডব্যাক দিতে kedja-তে সাইন ইন করুন।
notice-new_report-subject = kedja: একটি নতুন অভিযোগ প্রাথমিক যাচাইয়ের অপেক্ষায়
notice-new_report-opening = আপনার প্রতিষ্ঠানের কাছে একটি নতুন অভিযোগ পাঠানো হয়েছে।
notice-reporter_reply-subject = kedja: একজন অভিযোগকারী বার্তা পাঠিয়েছেন
notice-reporter_reply-opening = আপনার প্রতিষ্ঠান যে কেস দেখছে, তাতে একজন অভিযোগকারী একটি বার্তা যোগ করেছেন।
notice-acknowledgement_due-subject = kedja: একটি অভিযোগ প্রাপ্তি নিশ্চিতকরণের অপেক্ষায়
notice-acknowledgement_due-opening = আপনার প্রতিষ্ঠান যে কেস দেখছে, তার প্রাপ্তি নিশ্চিত করার শেষ তারিখ কাছে এসেছে।
notice-feedback_due-subject = kedja: অভিযোগকারীকে ফিডব্যাক দেওয়ার সময় হয়েছে
notice-feedback_due-opening = আপনার প্রতিষ্ঠান যে কেস দেখছে, তার ফিডব্যাক দেওয়ার শেষ তারিখ কাছে এসেছে।
notice-case_shared-subject = kedja: একটি কেস আপনার প্রতিষ্ঠানের সঙ্গে শেয়ার করা হয়েছে
notice-case_shared-opening = অন্য একটি প্রতিষ্ঠান আপনার প্রতিষ্ঠানের সঙ্গে একটি কেস শেয়ার করেছে।
notice-escalated-subject = kedja: একটি কেস আপনার প্রতিষ্ঠানের কাছে পাঠানো হয়েছে
notice-escalated-opening = একটি ক্রেতা প্রতিষ্ঠান একটি কেস আপনার প্রতিষ্ঠানের কাছে পাঠিয়েছে।
notice-escalation_answered-subject = kedja: কর্তৃপক্ষ একটি পাঠানো কেসের উত্তর দিয়েছে
notice-escalation_answered-opening = আপনার প্রতিষ্ঠানের পাঠানো একটি কেসের উত্তর দিয়েছে একটি কর্তৃপক্ষ।
notice-consent_answered-subject = kedja: একজন অভিযোগকারী কর্তৃপক্ষের কাছে পাঠানোর বিষয়ে উত্তর দিয়েছেন
notice-consent_answered-opening = একজন অভিযোগকারী জানিয়েছেন, তাঁর কেস কর্তৃপক্ষের কাছে যেতে পারবে কি না।
