/** 行业检查表与隐患表述 (ADR 0072): findings, checklists made from nothing, new unit kinds. */
export const SECTOR_CHECKLISTS_ZH_CN = {
  'checklist.finding': '隐患表述',
  'checklist.findingHelp': '该项不合格时的问题写法，如“粉尘爆炸危险场所设在居民区内”；由此生成的隐患以此为标题。',
  'checklist.create': '新建检查表',
  'checklist.createTitle': '新建本区检查表',
  'checklist.createNote': '从空白开始编写检查表：填写各检查项的检查内容、隐患表述、依据、隐患等级和适用范围。保存后为第 1 版，以后修改生成新版本。',
  'checklist.code': '本区编码',
  'checklist.codeHelp': '小写字母、数字和横线，如 wj-warehouse；不能与内置检查表编码相同。',
  'checklist.saveNew': '保存检查表',
  'enum.unitKind.gas_supplier': '燃气经营企业',
  'hazard.inspectorNote': '检查人员记录',
} as const;
