# Habaynta hay'adda (/staff/settings), warbixinta maalinlaha ah ee wakhtiyada ugu dambeeya iyo
# digniinta ku saabsan warbixinnada aan cidna heli karin.
settings-title = Habaynta hay'adda
settings-intro = Habayntani waxay khuseysaa hay'addaada oo dhan. Wakhti cusub oo ugu dambeeya wuxuu khuseeyaa warbixinnada imanaya hadda wixii ka dambeeya; wakhtiyada horey loo dejiyay sidooda ayay ahaanayaan.
settings-saved = Habaynta waa la kaydiyay.
settings-check-marked = Habaynta qaarkeed lama kaydin karin. Fadlan hubi meelaha la calaamadeeyay.
settings-deadlines = Wakhtiyada ugu dambeeya
settings-acknowledge-days = Maalmaha loo haysto xaqiijinta helitaanka warbixin
settings-acknowledge-days-hint = 1 ilaa 7 maalmood kadib marka warbixintu timaado. Sharciga Midowga Yurub ee ilaalinta dadka soo sheega xadgudubyada (EU Whistleblowing Directive) wuxuu oggol yahay ugu badnaan 7 maalmood.
settings-feedback-months = Bilaha loo haysto bixinta jawaabta
settings-feedback-months-hint = 1 ilaa 3 bilood kadib xaqiijinta helitaanka. Sharciga Midowga Yurub ee ilaalinta dadka soo sheega xadgudubyada (EU Whistleblowing Directive) wuxuu oggol yahay ugu badnaan 3 bilood.
settings-data = Kaydinta iyo tirinta kiisaska
settings-retention-months = Bilaha la kaydinayo kiis la xiray
settings-retention-months-hint = 3 ilaa 120 bilood kadib marka kiiska la xiro. Intaas kadib, waxa ku jira iyo faylashiisa waa la tirtiraa; kiisku weli wuu ku jiraa tirinta tirakoobka.
settings-suppression-k = Tirada ugu yar ee lagu muujiyo tirakoobka
settings-suppression-k-hint = 3 ilaa 100. Tiro ka yar tan waa la qariyaa, si aan qofna u ogaan karin cidda warbixinta bixisay.
settings-time-and-alerts = Wakhtiga iyo digniinaha
settings-time-zone = Aagga wakhtiga
settings-time-zone-hint = Wakhtiyada ku jira bogagga shaqaalaha waxaa lagu muujiyaa aaggan. U qor sidii magac meel, tusaale Europe/Stockholm ama Asia/Bangkok.
settings-alert-email = Cinwaanka iimaylka ee digniinaha
settings-alert-email-hint = Ikhtiyaari. Haddii hay'addaadu tahay hay'ad isku-duwe ah, kedja waxay cinwaankan u qortaa maalinta ku xigta maalin warbixinno la heli waayay sababtoo ah ma jirin hay'ad qaadan karta. Madhan u dhaaf haddii aadan rabin digniin.
settings-save = Kaydi habaynta
settings-error-acknowledge-days = Geli tiro dhan oo maalmo ah oo u dhexeysa 1 iyo 7.
settings-error-feedback-months = Geli tiro dhan oo bilo ah oo u dhexeysa 1 iyo 3.
settings-error-retention-months = Geli tiro dhan oo bilo ah oo u dhexeysa 3 iyo 120.
settings-error-suppression-k = Geli tiro dhan oo u dhexeysa 3 iyo 100.
settings-error-time-zone = kedja ma taqaan aaggan wakhtiga. Mid ka dooro liiska, tusaale Europe/Stockholm.
settings-error-alert-email = Geli cinwaan iimayl sida name@example.org, ama meesha madhan u dhaaf.
code-action-org-settings_changed = beddelay habaynta hay'adda

# Iimaylada. Sida iimayl kasta oo kedja ah, marnaba kama hadlaan waxa ku jira warbixin.
notice-sign-in-deadlines = Gal si aad u aragto kiisaska:
notice-sign-in-kedja-deadlines = Gal kedja si aad u aragto kiisaska.
notice-sign-in-directory = Gal si aad u hubiso diiwaanka alaab-keenayaasha iyo jihaynta warbixinnada:
notice-sign-in-kedja-directory = Gal kedja si aad u hubiso diiwaanka alaab-keenayaasha iyo jihaynta warbixinnada.
notice-deadline_digest-subject = kedja: wakhtiyada ugu dambeeya ee hay'addaada maanta
notice-deadline_digest-opening = Kiisas ay hay'addaadu maamusho ayaa u baahan fiiro.
    Wakhtigoodii wuu dhaafay: { $overdue }
    Wakhtigoodu wuxuu dhacayaa laba maalmood gudahood: { $soon }
notice-refused_reports-subject = kedja: warbixinno lama heli karin
notice-refused_reports-opening = { $days ->
        [1] Maalintii { $from } (UTC),
       *[other] Laga bilaabo { $from } ilaa { $to } (UTC),
    } { $count ->
        [one] hal warbixin lama diri karin
       *[other] { $count } warbixin lama diri karin
    } sababtoo ah ma jirto hay'ad heli karta warbixinnada ku saabsan goobta shaqada ee uu shaqaaluhu doortay. Waxba lagama kaydin warbixinnadaas. Haddii iibsadayaasha goobtaas shaqada ama hay'ad isku-duwe ah lagu daro diiwaanka alaab-keenayaasha iyo jihaynta warbixinnada, warbixinta xigta way gudbi kartaa.
