# Xadka gelitaanka, xaqiijin dheeraad ah iyo adkaanta furaha sirta (issue 10, "Brute force and admission").

# Bogga gelitaanka shaqaalaha, kadib isku dayo badan oo guuldarraystay oo xisaabtan ah ama guud ahaan.
admission-sign-in-wait = Isku dayo badan oo gelitaan ah ayaa guuldarraystay. Fadlan sug { $seconds } ilbiriqsi kadibna mar kale isku day.

# Bogga weydiiya koodh TOTP ka hor kor u qaadis, dhoofin, wareejin ama dib u dejinta xubin.
admission-step-up-title = Ku xaqiiji koodh
admission-step-up-intro = Ficilkan wuxuu u baahan yahay koodh ka yimid app-kaaga xaqiijinta, oo la geliyay 5-tii daqiiqo ee u dambeysay. Geli koodhka hadda. Kadib waxaad ku noqonaysaa meeshii aad joogtay, waadna samayn kartaa.
admission-step-up-confirm = Xaqiiji
admission-step-up-wrong = Koodhku ma saxna, ama hore ayaa loo isticmaalay. Sug koodhka xiga kadibna mar kale isku day.
