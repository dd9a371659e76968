/** 执法文书 (ADR 0069): issue and download on the inspection and hazard pages. */
export const DOCUMENTS_ZH_CN = {
  'document.title': '执法文书',
  'document.none': '尚未出具执法文书',
  'document.issue': '出具文书',
  'document.issueTitle': '出具执法文书',
  'document.kind': '文书种类',
  'document.kind.rectification_order': '责令限期整改指令书',
  'document.kind.inspection_record': '现场检查记录',
  'document.kind.review_opinion': '整改复查意见书',
  'document.coOfficer': '第二名执法人员',
  'document.noOfficers': '本区尚无其他登记了执法证号的执法人员，请联系区安委办登记',
  'document.deadline': '整改期限（未定期限的隐患）',
  'document.issued': '已出具 {number}',
  'document.open': '查看 PDF',
  'document.issuedBy': '{name} 于 {at} 出具',
  'document.reissue': '重新出具',
  'document.supersedes': '取代 {number}',
} as const;
