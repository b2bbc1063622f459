# د ادارې ترتیبات (/staff/settings)، د وروستیو نېټو ورځنی لنډیز، او د هغو راپورونو په اړه خبرتیا
# چې هېڅ ادارې نه شو ترلاسه کولی.
settings-title = د ادارې ترتیبات
settings-intro = دا ترتیبات ستاسو پر ټوله اداره پلي کېږي. نوې وروستۍ نېټه پر هغو راپورونو پلي کېږي چې له اوس وروسته راځي؛ هغه وروستۍ نېټې چې مخکې ټاکل شوې، همداسې پاتې کېږي.
settings-saved = ترتیبات خوندي شول.
settings-check-marked = ځینې ترتیبات خوندي نه شول. مهرباني وکړئ نښه شوې خانې وګورئ.
settings-deadlines = وروستۍ نېټې
settings-acknowledge-days = د راپور د تایید لپاره ورځې
settings-acknowledge-days-hint = د راپور له رارسېدو وروسته له 1 تر 7 ورځو. د اروپايي اتحادیې د افشاګرانو د ساتنې لارښوونه (EU Whistleblowing Directive) تر ټولو ډېر 7 ورځې اجازه ورکوي.
settings-feedback-months = د ځواب ورکولو لپاره میاشتې
settings-feedback-months-hint = له تایید وروسته له 1 تر 3 میاشتو. د اروپايي اتحادیې د افشاګرانو د ساتنې لارښوونه (EU Whistleblowing Directive) تر ټولو ډېر 3 میاشتې اجازه ورکوي.
settings-data = د قضیو ساتل او شمېرل
settings-retention-months = د بندې قضیې د ساتلو میاشتې
settings-retention-months-hint = د قضیې له بندېدو وروسته له 3 تر 120 میاشتو. له هغې وروسته یې منځپانګه او فایلونه ړنګېږي؛ قضیه بیا هم په احصایو کې شمېرل کېږي.
settings-suppression-k = تر ټولو کوچنۍ شمېره چې په احصایو کې ښودل کېږي
settings-suppression-k-hint = له 3 تر 100. تر دې کوچنۍ شمېره پټېږي، ترڅو هېڅوک پوه نه شي چې راپور چا ورکړی.
settings-time-and-alerts = وخت او خبرتیاوې
settings-time-zone = د وخت سیمه
settings-time-zone-hint = د کارکوونکو په پاڼو کې وختونه د همدې سیمې له مخې ښودل کېږي. د یوه ځای د نوم په بڼه یې ولیکئ، د بېلګې په توګه Europe/Stockholm یا Asia/Bangkok.
settings-alert-email = د خبرتیاوو لپاره برېښنالیک پته
settings-alert-email-hint = اختیاري. د همغږي کوونکې ادارې لپاره، kedja دې پتې ته د هغې ورځې په بله ورځ لیکي چې راپورونه ترلاسه نه شول، ځکه چې هېڅ اداره یې نه شوه اخیستی. که خبرتیا نه غواړئ، تشه یې پرېږدئ.
settings-save = ترتیبات خوندي کړئ
settings-error-acknowledge-days = له 1 تر 7 پورې د ورځو بشپړه شمېره ولیکئ.
settings-error-feedback-months = له 1 تر 3 پورې د میاشتو بشپړه شمېره ولیکئ.
settings-error-retention-months = له 3 تر 120 پورې د میاشتو بشپړه شمېره ولیکئ.
settings-error-suppression-k = له 3 تر 100 پورې بشپړه شمېره ولیکئ.
settings-error-time-zone = دا د وخت داسې سیمه نه ده چې kedja یې پېژني. له لېست څخه یوه وټاکئ، د بېلګې په توګه Europe/Stockholm.
settings-error-alert-email = د name@example.org په څېر برېښنالیک پته ولیکئ، یا خانه تشه پرېږدئ.
code-action-org-settings_changed = د ادارې د ترتیباتو بدلول

# برېښنالیکونه. د kedja د هر برېښنالیک په څېر، دا هېڅکله پخپله د راپور په اړه څه نه وايي.
notice-sign-in-deadlines = د قضیو د لیدلو لپاره ننوځئ:
notice-sign-in-kedja-deadlines = د قضیو د لیدلو لپاره kedja ته ننوځئ.
notice-sign-in-directory = د عرضه کوونکو د لړلیک او د راپورونو د لېږد د کتلو لپاره ننوځئ:
notice-sign-in-kedja-directory = د عرضه کوونکو د لړلیک او د راپورونو د لېږد د کتلو لپاره kedja ته ننوځئ.
notice-deadline_digest-subject = kedja: نن ستاسو په اداره کې وروستۍ نېټې
notice-deadline_digest-opening = هغه قضیې چې ستاسو اداره یې څاري پاملرنې ته اړتیا لري.
    وروستۍ نېټه یې تېره شوې: { $overdue }
    وروستۍ نېټه یې په دوو ورځو کې ده: { $soon }
notice-refused_reports-subject = kedja: راپورونه ترلاسه نه شول
notice-refused_reports-opening = { $days ->
        [1] په { $from } (UTC)،
       *[other] له { $from } څخه تر { $to } (UTC) پورې،
    } { $count ->
        [one] یو راپور ونه لېږل شو
       *[other] { $count } راپورونه ونه لېږل شول
    } ځکه چې هېڅ اداره د هغه کار ځای په اړه راپورونه نه شي ترلاسه کولی چې کارګر ټاکلی و. د هغو راپورونو هېڅ شی خوندي نه شو. که د کار ځای پېرودونکي یا یوه همغږي کوونکې اداره د عرضه کوونکو لړلیک او د راپورونو لېږد ته ور زیاته شي، بل راپور به ورسېږي.
