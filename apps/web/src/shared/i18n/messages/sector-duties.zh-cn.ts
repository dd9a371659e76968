/** 三管三必须（ADR 0085）页面与隐患详情的文字。 */
export const SECTOR_DUTIES_ZH_CN = {
  'nav.sectorDuties': '三管三必须',
  'sectorDuties.title': '行业领域牵头部门与协同部门',
  'sectorDuties.intro': '按照“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”，每个行业领域有一个牵头部门和若干协同部门。协同部门可以查看并跟踪该领域的隐患、单位和统计。',
  'sectorDuties.lead': '牵头部门',
  'sectorDuties.co': '协同部门',
  'sectorDuties.edit': '调整',
  'sectorDuties.editTitle': '调整部门分工',
} as const;
