# การตั้งค่าองค์กร (/staff/settings) สรุปกำหนดเวลาประจำวัน และการแจ้งเตือนเรื่องรายงานที่ไม่มีองค์กรใด
# รับได้
settings-title = การตั้งค่าองค์กร
settings-intro = การตั้งค่าเหล่านี้ใช้กับทั้งองค์กรของคุณ กำหนดเวลาใหม่จะใช้กับเรื่องที่แจ้งเข้ามาตั้งแต่นี้ไป ส่วนกำหนดเวลาที่ตั้งไว้แล้วจะคงเดิม
settings-saved = บันทึกการตั้งค่าแล้ว
settings-check-marked = บันทึกการตั้งค่าบางรายการไม่ได้ กรุณาตรวจสอบช่องที่มีเครื่องหมาย
settings-deadlines = กำหนดเวลา
settings-acknowledge-days = จำนวนวันสำหรับยืนยันรับเรื่อง
settings-acknowledge-days-hint = 1 ถึง 7 วันหลังจากเรื่องเข้ามา ระเบียบของสหภาพยุโรปว่าด้วยการคุ้มครองผู้แจ้งเบาะแส (EU Whistleblowing Directive) อนุญาตไม่เกิน 7 วัน
settings-feedback-months = จำนวนเดือนสำหรับแจ้งผล
settings-feedback-months-hint = 1 ถึง 3 เดือนหลังจากยืนยันรับเรื่อง ระเบียบของสหภาพยุโรปว่าด้วยการคุ้มครองผู้แจ้งเบาะแส (EU Whistleblowing Directive) อนุญาตไม่เกิน 3 เดือน
settings-data = การเก็บและการนับเรื่อง
settings-retention-months = จำนวนเดือนที่เก็บเรื่องที่ปิดแล้ว
settings-retention-months-hint = 3 ถึง 120 เดือนหลังจากปิดเรื่อง หลังจากนั้นเนื้อหาและไฟล์ของเรื่องจะถูกลบ แต่เรื่องนั้นยังนับรวมอยู่ในสถิติ
settings-suppression-k = จำนวนที่น้อยที่สุดที่แสดงในสถิติ
settings-suppression-k-hint = 3 ถึง 100 จำนวนที่น้อยกว่านี้จะถูกซ่อน เพื่อไม่ให้ใครระบุได้ว่าใครเป็นผู้แจ้ง
settings-time-and-alerts = เวลาและการแจ้งเตือน
settings-time-zone = เขตเวลา
settings-time-zone-hint = เวลาบนหน้าของเจ้าหน้าที่จะแสดงตามเขตเวลานี้ ให้เขียนเป็นชื่อสถานที่ เช่น Europe/Stockholm หรือ Asia/Bangkok
settings-alert-email = อีเมลสำหรับการแจ้งเตือน
settings-alert-email-hint = ไม่บังคับ สำหรับองค์กรผู้ประสานงาน kedja จะส่งอีเมลมาที่อยู่นี้ในวันถัดจากวันที่รับรายงานไม่ได้เพราะไม่มีองค์กรใดรับได้ เว้นว่างไว้หากไม่ต้องการการแจ้งเตือน
settings-save = บันทึกการตั้งค่า
settings-error-acknowledge-days = กรอกจำนวนวันเป็นจำนวนเต็มตั้งแต่ 1 ถึง 7
settings-error-feedback-months = กรอกจำนวนเดือนเป็นจำนวนเต็มตั้งแต่ 1 ถึง 3
settings-error-retention-months = กรอกจำนวนเดือนเป็นจำนวนเต็มตั้งแต่ 3 ถึง 120
settings-error-suppression-k = กรอกจำนวนเต็มตั้งแต่ 3 ถึง 100
settings-error-time-zone = kedja ไม่รู้จักเขตเวลานี้ กรุณาเลือกจากรายการ เช่น Europe/Stockholm
settings-error-alert-email = กรอกที่อยู่อีเมลในรูปแบบ name@example.org หรือเว้นช่องนี้ว่างไว้
code-action-org-settings_changed = เปลี่ยนการตั้งค่าองค์กร

# อีเมล เช่นเดียวกับอีเมลทุกฉบับของ kedja อีเมลเหล่านี้ไม่บอกอะไรเลยเกี่ยวกับเนื้อหาของรายงาน
notice-sign-in-deadlines = เข้าสู่ระบบเพื่อดูเรื่องต่าง ๆ:
notice-sign-in-kedja-deadlines = เข้าสู่ระบบ kedja เพื่อดูเรื่องต่าง ๆ
notice-sign-in-directory = เข้าสู่ระบบเพื่อตรวจสอบทะเบียนซัพพลายเออร์และการส่งเรื่อง:
notice-sign-in-kedja-directory = เข้าสู่ระบบ kedja เพื่อตรวจสอบทะเบียนซัพพลายเออร์และการส่งเรื่อง
notice-deadline_digest-subject = kedja: กำหนดเวลาในองค์กรของคุณวันนี้
notice-deadline_digest-opening = เรื่องที่องค์กรของคุณดูแลต้องได้รับความสนใจ
    เลยกำหนดแล้ว: { $overdue }
    ถึงกำหนดภายในสองวัน: { $soon }
notice-refused_reports-subject = kedja: รับรายงานไม่ได้
notice-refused_reports-opening = { $days ->
        [1] เมื่อวันที่ { $from } (UTC)
       *[other] ตั้งแต่วันที่ { $from } ถึง { $to } (UTC)
    } { $count ->
       *[other] มีรายงาน { $count } ฉบับที่ส่งไม่ได้
    } เพราะไม่มีองค์กรใดรับรายงานเกี่ยวกับสถานที่ทำงานที่คนงานเลือกได้ ไม่มีการเก็บข้อมูลใดจากรายงานเหล่านั้น หากเพิ่มผู้ซื้อของสถานที่ทำงานนั้นหรือองค์กรผู้ประสานงานลงในทะเบียนซัพพลายเออร์และการส่งเรื่อง รายงานฉบับถัดไปจะส่งถึงได้
