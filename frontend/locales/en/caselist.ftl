# The case list's tools: search, filters, bulk actions and the CSV export.

caselist-search = Search
caselist-search-hint = Search by case reference (KJ-…) or by supplier name. What workers wrote is sealed, so the words of a report cannot be searched.
caselist-nobody = Nobody (unassigned)
caselist-other-organisation = someone in another organisation
caselist-csv = Download this list as a spreadsheet (CSV)
caselist-choose = Choose
caselist-bulk = With the chosen cases
caselist-bulk-hint = Tick the cases above, then assign them or close them with one resolution (at most 200 at a time). Each case is checked as if you changed it on its own page; closing sends each reporter the usual closing message.
caselist-bulk-assign = Assign the chosen cases
caselist-bulk-close = Close the chosen cases
caselist-bulk-assigned = { $count ->
    [one] 1 case assigned.
   *[other] { $count } cases assigned.
}
caselist-bulk-closed = { $count ->
    [one] 1 case closed.
   *[other] { $count } cases closed.
}
caselist-bulk-refused = These cases were not changed:
caselist-cases = Cases
code-action-cases-exported = downloaded the case list as a spreadsheet
