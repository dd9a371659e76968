/** 导出 (ADR 0068): the list toolbar's export button and page size. */
export const EXPORT_ZH_CN = {
  'export.button': '导出',
  'export.xlsx': '导出 Excel（xlsx）',
  'export.csv': '导出 CSV',
  'export.failed': '导出失败，请稍后重试',
  'export.hint': '按当前筛选条件导出全部记录',
  'list.pageSize': '每页 {size} 条',
  'campaign.reportPdf': '报告 PDF',
  'campaign.reportXlsx': '报告 Excel',
} as const;
