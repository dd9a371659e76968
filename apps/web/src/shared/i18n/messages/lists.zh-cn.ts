/** List conventions (ADR 0090): 共 N 条, 刷新, 列设置. */
export const LISTS_ZH_CN = {
  'list.total': '共 {total} 条',
  'list.totalCapped': '共 {total}+ 条',
  'list.totalCappedHint': '超过 {total} 条时不再精确计数，请用筛选条件缩小范围',
  'list.refresh': '刷新',
  'list.columns': '列设置',
  'list.columnsReset': '重置',
  'list.actions': '操作',
  'list.view': '查看',
  'list.createdAt': '建档时间',
  'list.inspect': '去检查',
  'list.sortAscending': '升序',
  'list.sortDescending': '降序',
} as const;
