# کیسوں کی فہرست کے اوزار: تلاش، فلٹر، ایک ساتھ کئی کیسوں پر کارروائی، اور CSV ایکسپورٹ۔

caselist-search = تلاش کریں
caselist-search-hint = کیس کے حوالے (KJ-…) یا سپلائر کے نام سے تلاش کریں۔ کارکنوں نے جو لکھا وہ مہر بند (encrypted) ہے، اس لیے رپورٹ کے الفاظ میں تلاش نہیں کی جا سکتی۔
caselist-nobody = کوئی نہیں (تفویض نہیں کیا گیا)
caselist-other-organisation = کسی دوسری تنظیم کا کوئی فرد
caselist-csv = یہ فہرست اسپریڈشیٹ (CSV) کے طور پر ڈاؤن لوڈ کریں
caselist-choose = چنیں
caselist-bulk = چنے ہوئے کیسوں کے ساتھ
caselist-bulk-hint = اوپر کیسوں پر نشان لگائیں، پھر انہیں تفویض کریں یا ایک ہی نتیجے کے ساتھ بند کریں (ایک وقت میں زیادہ سے زیادہ 200)۔ ہر کیس کو ایسے جانچا جاتا ہے جیسے آپ نے اسے اس کے اپنے صفحے پر بدلا ہو؛ بند کرنے پر ہر رپورٹ کرنے والے کو بند ہونے کا معمول کا پیغام جاتا ہے۔
caselist-bulk-assign = چنے ہوئے کیس تفویض کریں
caselist-bulk-close = چنے ہوئے کیس بند کریں
caselist-bulk-assigned = { $count ->
    [one] 1 کیس تفویض کیا گیا۔
   *[other] { $count } کیس تفویض کیے گئے۔
}
caselist-bulk-closed = { $count ->
    [one] 1 کیس بند کیا گیا۔
   *[other] { $count } کیس بند کیے گئے۔
}
caselist-bulk-refused = یہ کیس تبدیل نہیں کیے گئے:
caselist-cases = کیس
code-action-cases-exported = کیسوں کی فہرست اسپریڈشیٹ کے طور پر ڈاؤن لوڈ کی
