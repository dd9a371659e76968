import type { LISTS_ZH_CN } from './lists.zh-cn';

/** List conventions (ADR 0090): total count, refresh, column settings. */
export const LISTS_EN: Record<keyof typeof LISTS_ZH_CN, string> = {
  'list.total': '{total} in total',
  'list.totalCapped': 'more than {total}',
  'list.totalCappedHint': 'Counting stops above {total}; narrow the list with the filters',
  'list.refresh': 'Refresh',
  'list.columns': 'Columns',
  'list.columnsReset': 'Reset',
  'list.actions': 'Actions',
  'list.view': 'View',
  'list.createdAt': 'Registered',
  'list.inspect': 'Inspect',
  'list.sortAscending': 'ascending',
  'list.sortDescending': 'descending',
};
