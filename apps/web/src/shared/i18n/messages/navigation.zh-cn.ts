/** The side menu's sections, the breadcrumb and the fold control (issue 16). */
export const NAVIGATION_ZH_CN = {
  'navGroup.overview': '工作台',
  'navGroup.hazardWork': '隐患治理',
  'navGroup.registry': '台账管理',
  'navGroup.enforcement': '检查执法',
  'navGroup.emergency': '应急值守',
  'navGroup.reporting': '统计通报',
  'navGroup.system': '系统管理',
  'navGroup.detail': '详情',
  'navGroup.breadcrumb': '当前位置',
  'navGroup.fold': '收起菜单',
  'navGroup.unfold': '展开菜单',
} as const;
