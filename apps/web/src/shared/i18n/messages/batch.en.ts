import type { BATCH_ZH_CN } from './batch.zh-cn';

/** Row selection and batch actions of the lists (ADR 0092). */
export const BATCH_EN: Record<keyof typeof BATCH_ZH_CN, string> = {
  'batch.selected': '{count} selected, kept when you turn pages',
  'batch.full': 'At most {max} at a time',
  'batch.clear': 'Clear selection',
  'batch.region': 'Batch actions',
  'batch.selectPage': 'Select this page',
  'batch.unselectPage': 'Unselect this page',
  'batch.pageLeftOut': 'At most {max} at a time; {count} more on this page were not selected',
  'batch.selectRow': 'Select “{name}”',
  'batch.allOrNone': 'If any selected item cannot be processed, none is, and each reason is listed.',
  'batch.assign': 'Assign selected',
  'batch.assignTitle': 'Assign {count} hazards',
  'batch.assignHint': 'The selected hazards go to one person responsible with one deadline. A major hazard needs its five-part rectification plan first.',
  'batch.assigneesCommon': 'Only people responsible for the areas of all selected hazards are listed',
  'batch.assigned': '{count} hazards assigned',
  'batch.approve': 'Approve selected',
  'batch.reject': 'Reject selected',
  'batch.approveTitle': 'Approve {count} tenant reviews',
  'batch.rejectTitle': 'Reject {count} tenant reviews',
  'batch.decided': '{action}: {count} tenant reviews',
  'batch.refusedItem': '“{name}”: {reason}',
};
