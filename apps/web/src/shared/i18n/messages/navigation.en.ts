import type { NAVIGATION_ZH_CN } from './navigation.zh-cn';

/** The side menu's sections, the breadcrumb and the fold control (issue 16). */
export const NAVIGATION_EN: Record<keyof typeof NAVIGATION_ZH_CN, string> = {
  'navGroup.overview': 'Workbench',
  'navGroup.hazardWork': 'Hazards',
  'navGroup.registry': 'Registry',
  'navGroup.enforcement': 'Inspection',
  'navGroup.emergency': 'Emergency duty',
  'navGroup.reporting': 'Reports',
  'navGroup.system': 'Administration',
  'navGroup.detail': 'Details',
  'navGroup.breadcrumb': 'You are here',
  'navGroup.fold': 'Fold the menu',
  'navGroup.unfold': 'Unfold the menu',
};
