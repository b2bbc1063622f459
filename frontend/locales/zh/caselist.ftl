# 案件列表的工具：搜索、筛选、批量操作和 CSV 导出。

caselist-search = 搜索
caselist-search-hint = 按案件编号（KJ-…）或供应商名称搜索。工人所写的内容已加密封存，因此无法搜索举报中的文字。
caselist-nobody = 无人（未分配）
caselist-other-organisation = 其他机构的人员
caselist-csv = 将此列表下载为电子表格（CSV）
caselist-choose = 选择
caselist-bulk = 对所选案件
caselist-bulk-hint = 在上方勾选案件，然后分配这些案件，或以同一个处理结论结案（每次最多 200 件）。每个案件都会像您在其自身页面上修改一样接受检查；结案时，每位举报人都会收到通常的结案消息。
caselist-bulk-assign = 分配所选案件
caselist-bulk-close = 将所选案件结案
caselist-bulk-assigned = { $count ->
   *[other] 已分配 { $count } 个案件。
}
caselist-bulk-closed = { $count ->
   *[other] 已将 { $count } 个案件结案。
}
caselist-bulk-refused = 以下案件未被更改：
caselist-cases = 案件
code-action-cases-exported = 将案件列表下载为电子表格
