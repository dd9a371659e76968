import type { UiMessageKey } from '../shared/i18n/messages/zh-cn';
import type { NavigationEntry, NavigationKey } from './navigation';

/** The sections of the side menu, in the order they are shown (issue 16: a grouped menu). */
export const NAVIGATION_GROUPS = ['overview', 'hazardWork', 'registry', 'enforcement', 'emergency', 'reporting', 'system'] as const;
export type NavigationGroup = (typeof NAVIGATION_GROUPS)[number];

export const NAVIGATION_GROUP_LABEL: Readonly<Record<NavigationGroup, UiMessageKey>> = {
  overview: 'navGroup.overview',
  hazardWork: 'navGroup.hazardWork',
  registry: 'navGroup.registry',
  enforcement: 'navGroup.enforcement',
  emergency: 'navGroup.emergency',
  reporting: 'navGroup.reporting',
  system: 'navGroup.system',
};

/** Which section each menu entry sits in; a new entry does not compile until it is placed. */
export const NAVIGATION_GROUP: Readonly<Record<NavigationKey, NavigationGroup>> = {
  dashboard: 'overview',
  tasks: 'overview',
  myUnit: 'overview',
  hazards: 'hazardWork',
  report: 'hazardWork',
  fieldReport: 'hazardWork',
  supervisions: 'hazardWork',
  publicReports: 'hazardWork',
  units: 'registry',
  equipment: 'registry',
  tenantReviews: 'registry',
  sectorDuties: 'registry',
  unitImport: 'registry',
  inspect: 'enforcement',
  inspections: 'enforcement',
  checklists: 'enforcement',
  campaigns: 'enforcement',
  patrols: 'enforcement',
  incidents: 'emergency',
  duty: 'emergency',
  warnings: 'emergency',
  leadershipReports: 'reporting',
  taskLists: 'reporting',
  accounts: 'system',
  lockedAccounts: 'system',
  apiKeys: 'system',
  riskPolicy: 'system',
  calendar: 'system',
  notificationChannels: 'system',
  notificationDeliveries: 'system',
  jobs: 'system',
  evidencePolicy: 'system',
};

/** Short menus (a grid worker's, an enterprise's) read better without section headings. */
export const GROUPED_MENU_MIN_ENTRIES = 9;

export interface NavigationSection {
  readonly group: NavigationGroup;
  readonly entries: readonly NavigationEntry[];
}

/**
 * A role's entries in their sections, in section order and, within a section, in the role's own
 * order; empty sections are left out. Null when the menu is short enough to show flat.
 */
export function sectionsOf(entries: readonly NavigationEntry[]): NavigationSection[] | null {
  if (entries.length < GROUPED_MENU_MIN_ENTRIES) return null;
  return NAVIGATION_GROUPS
    .map((group) => ({ group, entries: entries.filter((item) => NAVIGATION_GROUP[item.key] === group) }))
    .filter((section) => section.entries.length > 0);
}

export interface Crumb {
  readonly label: UiMessageKey;
  /** Where the crumb leads; the last crumb leads nowhere. */
  readonly path?: string;
}

/**
 * The breadcrumb of a page: its section, its menu entry, and 详情 when the page lies below the
 * entry's own path (a hazard's detail under 隐患). Empty when the path belongs to no entry.
 */
export function breadcrumbOf(entry: NavigationEntry | undefined, pathname: string): Crumb[] {
  if (!entry) return [];
  const below = pathname !== entry.path && pathname.startsWith(`${entry.path}/`);
  const crumbs: Crumb[] = [{ label: NAVIGATION_GROUP_LABEL[NAVIGATION_GROUP[entry.key]] }];
  crumbs.push(below ? { label: entry.label, path: entry.path } : { label: entry.label });
  if (below) crumbs.push({ label: 'navGroup.detail' });
  return crumbs;
}
