# غړي: د ادارې اداره کوونکي (اډمینان) غړي رابولي، رولونه بدلوي، غړي غیر فعالوي او بیا یې فعالوي،
# او پټنومونه او د تصدیق اپلیکیشنونه بیا تنظیموي (/staff/members)؛ غړی خپل پټنوم د هغه یو ځلي
# لینک له لارې ټاکي چې په برېښنالیک کې ورته لېږل کېږي (/staff/invite/...).

members-actions = کړنې
members-you = تاسو
members-change-role = رول بدل کړئ
members-no-authenticator = تر اوسه د تصدیق اپلیکیشن نه دی جوړ شوی
members-disable = غیر فعال کړئ
members-enable = بیا فعال کړئ
members-reset-password = پټنوم بیا تنظیم کړئ
members-send-new-link = نوی لینک ولېږئ
members-reset-totp = د تصدیق اپلیکیشن بیا تنظیم کړئ
members-actions-hint = غیر فعالول د غړي ټول سېشنونه سمدستي پای ته رسوي؛ تر هغه چې بیا فعال نه شي، نه شي ننوتلی. د پټنوم بیا تنظیمول غړي ته په برېښنالیک کې یو لینک لېږي ترڅو نوی پټنوم وټاکي؛ له هغې وروسته باید بیا تایید شي. د تصدیق اپلیکیشن بیا تنظیمول غړی دې ته اړ باسي چې په راتلونکي ننوتلو کې خپل اپلیکیشن بیا جوړ کړي. تاسو هېڅکله د هغه پټنوم یا لینک نه وینئ.
members-invite = یو غړی راوبلئ
members-invite-hint = kedja غړي ته په برېښنالیک کې یو لینک لېږي ترڅو پټنوم وټاکي. دا لینک یو ځل، تر 7 ورځو پورې کار کوي. له هغې وروسته غړی د تصدیق اپلیکیشن جوړوي، او یو اداره کوونکی یې دلته تاییدوي، مخکې له دې چې څه ولوستلی شي.
members-invite-submit = بلنه ولېږئ

members-status-awaiting-password = بلل شوی: تر اوسه یې پټنوم نه دی ټاکلی
members-status-pending = د اداره کوونکي د تایید په تمه
members-status-active = فعال
members-status-disabled = غیر فعال

members-done-invited = بلنه په لاره ده.
members-done-role = رول بدل شو.
members-done-confirmed = غړی تایید شو.
members-done-disabled = غړی غیر فعال شو او له هر ځای څخه وایستل شو.
members-done-enabled = غړی بیا ننوتلی شي.
members-done-password-reset = غړي ته د نوي پټنوم د ټاکلو لپاره یو لینک ولېږل شو.
members-done-totp-reset = غړی به په راتلونکي ننوتلو کې د تصدیق اپلیکیشن جوړ کړي.

members-error-last-admin = ونه شو: ستاسو په اداره کې به هېڅ داسې اداره کوونکی پاتې نه شي چې کار وکړای شي. لومړی بل غړی اداره کوونکی کړئ.
members-error-own-account = تاسو دلته خپل حساب نه شئ بیا تنظیمولی. خپل پټنوم د پټنوم په پاڼه کې بدل کړئ.
members-error-no-public-url = بلنې او د پټنوم بیا تنظیمول د دې خدمت پتې (KEDJA_PUBLIC_URL) ته اړتیا لري. له خدمت چلوونکي وغواړئ چې دا وټاکي.
members-error-mail-off = په دې خدمت کې برېښنالیک بند دی (KEDJA_SMTP_URL)، نو لینک غړي ته ونه رسېد. له خدمت چلوونکي وغواړئ چې دا چالان کړي.
members-error-awaiting-password = دې غړي تر اوسه پټنوم نه دی ټاکلی. کله چې یې وټاکه، بیا یې تایید کړئ.
members-error-disabled = دا غړی غیر فعال دی. لومړی یې بیا فعال کړئ.
members-error-email-taken = د دې برېښنالیک پتې سره یو غړی لا دمخه شته.
members-error-not-pending = دا غړی لا دمخه تایید شوی دی.

members-link-invitation-title = په kedja کې له خپلې ادارې سره یوځای شئ
members-link-reset-title = نوی پټنوم وټاکئ
members-link-intro = د دې حساب لپاره پټنوم وټاکئ:
members-link-password-again = همغه پټنوم بیا
members-link-submit = پټنوم خوندي کړئ
members-link-next = وروسته تاسو د تصدیق اپلیکیشن جوړوئ. بیا ستاسو د ادارې یو اداره کوونکی تاسو تاییدوي، مخکې له دې چې څه ولوستلی شئ.
members-link-mismatch = دواړه پټنومونه یو شان نه دي.
members-link-gone-title = دا لینک کار نه کوي
members-link-gone = دا لینک لا دمخه کارول شوی، موده یې تېره شوې، یا یو نوي لینک یې ځای نیولی دی. د خپلې ادارې له یوه اداره کوونکي وغواړئ چې تاسو ته نوی لینک ولېږي.

# د لینک برېښنالیک. دا د ادارې یا د هغې د قضیو په اړه هېڅ نه وايي.
notice-invitation-subject = kedja: خپل پټنوم وټاکئ
notice-invitation-opening = ستاسو د ادارې یوه اداره کوونکي تاسو ته د kedja بلنه درکړې ده. په دې لینک خپل پټنوم وټاکئ. دا لینک یو ځل، تر { $days } ورځو پورې کار کوي:
notice-password-reset-subject = kedja: نوی پټنوم وټاکئ
notice-password-reset-opening = ستاسو د ادارې یوه اداره کوونکي ستاسو د kedja پټنوم بیا تنظیم کړی دی. په دې لینک نوی پټنوم وټاکئ. دا لینک یو ځل، تر { $days } ورځو پورې کار کوي:
notice-link-next = له هغې وروسته تاسو د تصدیق اپلیکیشن جوړوئ، او یو اداره کوونکی تاسو تاییدوي، مخکې له دې چې څه ولوستلی شئ.
notice-link-unexpected = که تاسو د دې برېښنالیک تمه نه درلوده، لینک مه پرانیزئ، او خپلې ادارې ته خبر ورکړئ.

code-action-member-disabled = د یو غړي غیر فعالول
code-action-member-enabled = د یو غړي بیا فعالول
code-action-member-invited = د یو غړي رابلل
code-action-member-password_reset = د یو غړي د پټنوم بیا تنظیمول
code-action-member-password_set = د لینک له لارې د پټنوم ټاکل
code-action-member-role_changed = د یو غړي د رول بدلول
code-action-member-totp_reset = د یو غړي د تصدیق اپلیکیشن بیا تنظیمول
