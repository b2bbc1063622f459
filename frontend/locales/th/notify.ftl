# E-mails to staff. They never say anything about a report itself.
notice-footer = เพื่อความปลอดภัยของผู้แจ้ง อีเมลนี้จะไม่บอกอะไรเลย
    เกี่ยวกับเนื้อหาของรายงาน
notice-sign-in-read = เข้าสู่ระบบเพื่ออ่าน:
notice-sign-in-acknowledge = เข้าสู่ระบบเพื่อยืนยันรับ:
notice-sign-in-feedback = เข้าสู่ระบบเพื่อแจ้งผล:
notice-sign-in-kedja-read = เข้าสู่ระบบ kedja เพื่ออ่าน
notice-sign-in-kedja-acknowledge = เข้าสู่ระบบ kedja เพื่อยืนยันรับ
notice-sign-in-kedja-feedback = เข้าสู่ระบบ kedja เพื่อแจ้งผล
notice-new_report-subject = kedja: มีรายงานใหม่ที่ต้องคัดกรอง
notice-new_report-opening = มีรายงานใหม่ส่งมายังองค์กรของคุณ
notice-reporter_reply-subject = kedja: ผู้แจ้งส่งข้อความมา
notice-reporter_reply-opening = ผู้แจ้งได้เพิ่มข้อความในเรื่องที่องค์กรของคุณดูแล
notice-acknowledgement_due-subject = kedja: มีรายงานรอการยืนยันรับ
notice-acknowledgement_due-opening = เรื่องที่องค์กรของคุณดูแลใกล้ถึงกำหนดยืนยันรับแล้ว
notice-feedback_due-subject = kedja: ถึงเวลาแจ้งผลให้ผู้แจ้งทราบ
notice-feedback_due-opening = เรื่องที่องค์กรของคุณดูแลใกล้ถึงกำหนดแจ้งผลแล้ว
notice-case_shared-subject = kedja: มีเรื่องที่แบ่งปันกับองค์กรของคุณ
notice-case_shared-opening = องค์กรอื่นได้แบ่งปันเรื่องหนึ่งกับองค์กรของคุณ
notice-escalated-subject = kedja: มีเรื่องส่งต่อมายังองค์กรของคุณ
notice-escalated-opening = องค์กรผู้ซื้อรายหนึ่งได้ส่งต่อเรื่องหนึ่งมายังองค์กรของคุณ
notice-escalation_answered-subject = kedja: หน่วยงานที่มีอำนาจตอบเรื่องที่ส่งต่อแล้ว
notice-escalation_answered-opening = หน่วยงานที่มีอำนาจได้ตอบเรื่องที่องค์กรของคุณส่งต่อไป
notice-consent_answered-subject = kedja: ผู้แจ้งตอบเรื่องการส่งต่อแล้ว
notice-consent_answered-opening = ผู้แจ้งได้ตอบแล้วว่าเรื่องของตนส่งต่อให้หน่วยงานที่มีอำนาจได้หรือไม่
