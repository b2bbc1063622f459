# E-mails to staff. They never say anything about a report itself.
notice-footer = တိုင်ကြားသူများ၏ လုံခြုံရေးအတွက် ဤအီးမေးလ်တွင်
    တိုင်ကြားချက်၏ အကြောင်းအရာကို ဘယ်တော့မှ မဖော်ပြပါ။
notice-sign-in-read = ဖတ်ရန် ဝင်ပါ:
notice-sign-in-acknowledge = လက်ခံကြောင်း အတည်ပြုရန် ဝင်ပါ:
notice-sign-in-feedback = တုံ့ပြန်ချက် ပေးရန် ဝင်ပါ:
notice-sign-in-kedja-read = ဖတ်ရန် kedja သို့ ဝင်ပါ။
notice-sign-in-kedja-acknowledge = လက်ခံကြောင်း အတည်ပြုရန် kedja သို့ ဝင်ပါ။
notice-sign-in-kedja-feedback = တုံ့ပြန်ချက် ပေးရန် kedja သို့ ဝင်ပါ။
notice-new_report-subject = kedja: တိုင်ကြားချက်အသစ်တစ်ခုကို ကနဦး စိစစ်ရန် လိုသည်
notice-new_report-opening = တိုင်ကြားချက်အသစ်တစ်ခု သင့်အဖွဲ့အစည်းထံ ရောက်လာသည်။
notice-reporter_reply-subject = kedja: တိုင်ကြားသူတစ်ဦး စာပို့ထားသည်
notice-reporter_reply-opening = သင့်အဖွဲ့အစည်း ကိုင်တွယ်နေသော ကိစ္စတစ်ခုတွင် တိုင်ကြားသူတစ်ဦး စာထည့်ထားသည်။
notice-acknowledgement_due-subject = kedja: တိုင်ကြားချက်တစ်ခု လက်ခံကြောင်း အတည်ပြုရန် စောင့်နေသည်
notice-acknowledgement_due-opening = သင့်အဖွဲ့အစည်း ကိုင်တွယ်နေသော ကိစ္စတစ်ခု၏ လက်ခံကြောင်း အတည်ပြုရမည့်ရက် နီးလာပြီ။
notice-feedback_due-subject = kedja: တိုင်ကြားသူထံ တုံ့ပြန်ချက် ပေးရမည့်အချိန် ရောက်ပြီ
notice-feedback_due-opening = သင့်အဖွဲ့အစည်း ကိုင်တွယ်နေသော ကိစ္စတစ်ခု၏ တုံ့ပြန်ချက် ပေးရမည့်ရက် နီးလာပြီ။
notice-case_shared-subject = kedja: ကိစ္စတစ်ခုကို သင့်အဖွဲ့အစည်းနှင့် မျှဝေထားသည်
notice-case_shared-opening = အခြားအဖွဲ့အစည်းတစ်ခုက ကိစ္စတစ်ခုကို သင့်အဖွဲ့အစည်းနှင့် မျှဝေထားသည်။
notice-escalated-subject = kedja: ကိစ္စတစ်ခုကို သင့်အဖွဲ့အစည်းထံ တင်ပြထားသည်
notice-escalated-opening = ဝယ်ယူသည့် အဖွဲ့အစည်းတစ်ခုက ကိစ္စတစ်ခုကို သင့်အဖွဲ့အစည်းထံ တင်ပြထားသည်။
notice-escalation_answered-subject = kedja: အာဏာပိုင်တစ်ခုက တင်ပြချက်ကို ပြန်ဖြေထားသည်
notice-escalation_answered-opening = သင့်အဖွဲ့အစည်း၏ တင်ပြချက်တစ်ခုကို အာဏာပိုင်တစ်ခုက ပြန်ဖြေထားသည်။
notice-consent_answered-subject = kedja: တိုင်ကြားသူတစ်ဦး အာဏာပိုင်ထံ တင်ပြခြင်းအကြောင်း ပြန်ဖြေထားသည်
notice-consent_answered-opening = မိမိကိစ္စကို အာဏာပိုင်များထံ ပို့နိုင်မပို့နိုင် တိုင်ကြားသူတစ်ဦး ပြန်ဖြေထားသည်။
