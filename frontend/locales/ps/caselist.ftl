# د قضیو د لېست وسایل: لټون، چاڼونه، ډله‌ییزې کړنې او د CSV صادرول.

caselist-search = لټون
caselist-search-hint = د قضیې د مرجع شمېرې (KJ-…) یا د عرضه کوونکي د نوم له مخې ولټوئ. هغه څه چې کارګرانو لیکلي مهر شوي او رمزي دي، نو د راپور په کلمو کې لټون نه شي کېدای.
caselist-nobody = هېڅوک (چاته نه ده سپارل شوې)
caselist-other-organisation = د بلې ادارې یو کس
caselist-csv = دا لېست د سپرېډشیټ (CSV) په توګه ښکته کړئ
caselist-choose = وټاکئ
caselist-bulk = له ټاکل شویو قضیو سره
caselist-bulk-hint = پورته قضیې په نښه کړئ، بیا یې وسپارئ یا یې له یوې پایلې سره بندې کړئ (په یوه وار تر ټولو ډېر 200). هره قضیه داسې کتل کېږي لکه تاسو چې یې په خپله پاڼه کې بدله کړې وي؛ د بندولو پر وخت هر راپور ورکوونکي ته د بندېدو معمول پیغام ورلېږل کېږي.
caselist-bulk-assign = ټاکل شوې قضیې وسپارئ
caselist-bulk-close = ټاکل شوې قضیې بندې کړئ
caselist-bulk-assigned = { $count ->
    [one] 1 قضیه وسپارل شوه.
   *[other] { $count } قضیې وسپارل شوې.
}
caselist-bulk-closed = { $count ->
    [one] 1 قضیه بنده شوه.
   *[other] { $count } قضیې بندې شوې.
}
caselist-bulk-refused = دا قضیې بدلې نه شوې:
caselist-cases = قضیې
code-action-cases-exported = د قضیو د لېست د سپرېډشیټ په توګه ښکته کول
