/** Row selection and batch actions of the lists (ADR 0092): 批量交办, 批量审核. */
export const BATCH_ZH_CN = {
  'batch.selected': '已选择 {count} 项，翻页后仍保留',
  'batch.full': '一次最多 {max} 项',
  'batch.clear': '清空选择',
  'batch.selectRow': '选择“{name}”',
  'batch.allOrNone': '任一项不能办理时，所有选中项都不办理，并逐项说明原因。',
  'batch.assign': '批量交办',
  'batch.assignTitle': '批量交办 {count} 条隐患',
  'batch.assignHint': '选中的隐患交给同一名整改责任人、同一整改期限。重大事故隐患须已落实“五到位”整改方案。',
  'batch.assigneesCommon': '只列出负责全部选中隐患所在区域的人员',
  'batch.assigned': '已交办 {count} 条隐患',
  'batch.approve': '批量通过',
  'batch.reject': '批量驳回',
  'batch.approveTitle': '批量通过 {count} 项承租审核',
  'batch.rejectTitle': '批量驳回 {count} 项承租审核',
  'batch.decided': '已{action} {count} 项承租审核',
  'batch.refusedItem': '“{name}”：{reason}',
} as const;
