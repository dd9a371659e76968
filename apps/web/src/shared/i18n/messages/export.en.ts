import type { EXPORT_ZH_CN } from './export.zh-cn';

export const EXPORT_EN: Record<keyof typeof EXPORT_ZH_CN, string> = {
  'export.button': 'Export',
  'export.xlsx': 'Export Excel (xlsx)',
  'export.csv': 'Export CSV',
  'export.failed': 'The export failed; please try again',
  'export.hint': 'Exports every record matching the current filters',
  'list.pageSize': '{size} per page',
  'campaign.reportPdf': 'Report PDF',
  'campaign.reportXlsx': 'Report Excel',
};
