# E-mails to staff. They never say anything about a report itself.
notice-footer = د راپور ورکوونکو د خوندیتوب لپاره، دا برېښنالیک هېڅکله
    پخپله د راپور په اړه هېڅ نه وايي.
notice-sign-in-read = د لوستلو لپاره ننوځئ:
notice-sign-in-acknowledge = د تایید لپاره ننوځئ:
notice-sign-in-feedback = د ځواب ورکولو لپاره ننوځئ:
notice-sign-in-kedja-read = د لوستلو لپاره kedja ته ننوځئ.
notice-sign-in-kedja-acknowledge = د تایید لپاره kedja ته ننوځئ.
notice-sign-in-kedja-feedback = د ځواب ورکولو لپاره kedja ته ننوځئ.
notice-new_report-subject = kedja: یو نوی راپور لومړنۍ ارزونې ته اړتیا لري
notice-new_report-opening = یو نوی راپور ستاسو ادارې ته لېږل شوی دی.
notice-reporter_reply-subject = kedja: یو راپور ورکوونکي پیغام لېږلی دی
notice-reporter_reply-opening = یو راپور ورکوونکي په هغه قضیه کې پیغام لیکلی چې ستاسو اداره یې څاري.
notice-acknowledgement_due-subject = kedja: یو راپور د تایید په تمه دی
notice-acknowledgement_due-opening = د هغې قضیې د تایید وروستۍ نېټه نږدې ده چې ستاسو اداره یې څاري.
notice-feedback_due-subject = kedja: راپور ورکوونکي ته د ځواب وخت دی
notice-feedback_due-opening = د هغې قضیې د ځواب وروستۍ نېټه نږدې ده چې ستاسو اداره یې څاري.
notice-case_shared-subject = kedja: یوه قضیه ستاسو له ادارې سره شریکه شوه
notice-case_shared-opening = بلې ادارې یوه قضیه ستاسو له ادارې سره شریکه کړه.
notice-escalated-subject = kedja: یوه قضیه ستاسو ادارې ته ولېږل شوه
notice-escalated-opening = یوې پېرودونکې ادارې یوه قضیه ستاسو ادارې ته ولېږله.
notice-escalation_answered-subject = kedja: یوې دولتي ادارې لېږل شوې قضیې ته ځواب ورکړ
notice-escalation_answered-opening = یوې دولتي ادارې هغې قضیې ته ځواب ورکړ چې ستاسو ادارې لېږلې وه.
notice-consent_answered-subject = kedja: یو راپور ورکوونکي د لېږلو په اړه ځواب ورکړ
notice-consent_answered-opening = یو راپور ورکوونکي ځواب ورکړ چې آیا د هغه قضیه چارواکو ته لېږل کېدای شي که نه.
