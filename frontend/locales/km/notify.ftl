# E-mails to staff. They never say anything about a report itself.
notice-footer = ដើម្បីសុវត្ថិភាពរបស់អ្នកដែលរាយការណ៍ អ៊ីមែលនេះមិនដែលនិយាយអ្វីសោះ
    អំពីខ្លឹមសារនៃរបាយការណ៍ឡើយ។
notice-sign-in-read = ចូលគណនីដើម្បីអាន៖
notice-sign-in-acknowledge = ចូលគណនីដើម្បីបញ្ជាក់ការទទួល៖
notice-sign-in-feedback = ចូលគណនីដើម្បីផ្តល់ព័ត៌មានតប៖
notice-sign-in-kedja-read = ចូលគណនី kedja ដើម្បីអាន។
notice-sign-in-kedja-acknowledge = ចូលគណនី kedja ដើម្បីបញ្ជាក់ការទទួល។
notice-sign-in-kedja-feedback = ចូលគណនី kedja ដើម្បីផ្តល់ព័ត៌មានតប។
notice-new_report-subject = kedja: របាយការណ៍ថ្មីមួយត្រូវការការពិនិត្យដំបូង
notice-new_report-opening = របាយការណ៍ថ្មីមួយត្រូវបានបញ្ជូនមកស្ថាប័នរបស់អ្នក។
notice-reporter_reply-subject = kedja: អ្នករាយការណ៍ម្នាក់បានផ្ញើសារ
notice-reporter_reply-opening = អ្នករាយការណ៍ម្នាក់បានបន្ថែមសារទៅក្នុងករណីដែលស្ថាប័នរបស់អ្នកកំពុងដោះស្រាយ។
notice-acknowledgement_due-subject = kedja: របាយការណ៍មួយកំពុងរង់ចាំការបញ្ជាក់ការទទួល
notice-acknowledgement_due-opening = ករណីមួយដែលស្ថាប័នរបស់អ្នកកំពុងដោះស្រាយ ជិតដល់ពេលកំណត់បញ្ជាក់ការទទួលហើយ។
notice-feedback_due-subject = kedja: ដល់ពេលផ្តល់ព័ត៌មានតបទៅអ្នករាយការណ៍ហើយ
notice-feedback_due-opening = ករណីមួយដែលស្ថាប័នរបស់អ្នកកំពុងដោះស្រាយ ជិតដល់ពេលកំណត់ផ្តល់ព័ត៌មានតបហើយ។
notice-case_shared-subject = kedja: ករណីមួយត្រូវបានចែករំលែកជាមួយស្ថាប័នរបស់អ្នក
notice-case_shared-opening = ស្ថាប័នមួយផ្សេងទៀតបានចែករំលែកករណីមួយជាមួយស្ថាប័នរបស់អ្នក។
notice-escalated-subject = kedja: ករណីមួយត្រូវបានបញ្ជូនបន្តមកស្ថាប័នរបស់អ្នក
notice-escalated-opening = ស្ថាប័នអ្នកទិញមួយបានបញ្ជូនបន្តករណីមួយមកស្ថាប័នរបស់អ្នក។
notice-escalation_answered-subject = kedja: អាជ្ញាធរបានឆ្លើយតបការបញ្ជូនបន្ត
notice-escalation_answered-opening = អាជ្ញាធរមួយបានឆ្លើយតបការបញ្ជូនបន្តពីស្ថាប័នរបស់អ្នក។
notice-consent_answered-subject = kedja: អ្នករាយការណ៍បានឆ្លើយអំពីការបញ្ជូនបន្ត
notice-consent_answered-opening = អ្នករាយការណ៍ម្នាក់បានឆ្លើយថា តើករណីរបស់គេអាចបញ្ជូនទៅអាជ្ញាធរបានឬទេ។
