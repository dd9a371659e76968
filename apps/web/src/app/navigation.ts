import type { Role, UserResponse } from '@safegrid/contracts';
import type { UiMessageKey } from '../shared/i18n/messages/zh-cn';
import { RISK_NAVIGATION, type RiskNavigationKey } from '../features/risk/risk-navigation';
import { JOB_NAVIGATION, type JobNavigationKey } from '../features/jobs/job-navigation';
import { SUPERVISION_NAVIGATION, type SupervisionNavigationKey } from '../features/supervision/supervision-navigation';
import { IMPORT_NAVIGATION, type ImportNavigationKey } from '../features/imports/import-navigation';
import { PUBLIC_REPORT_NAVIGATION, type PublicReportNavigationKey } from '../features/public-report/public-report-navigation';
import { INCIDENT_NAVIGATION, type IncidentNavigationKey } from '../features/incidents/incident-navigation';
import { DUTY_NAVIGATION, type DutyNavigationKey } from '../features/duty/duty-navigation';
import { WARNING_NAVIGATION, type WarningNavigationKey } from '../features/warnings/warning-navigation';
import { NOTIFICATION_NAVIGATION, type NotificationNavigationKey } from '../features/notifications/notification-navigation';
import { SECTOR_DUTY_NAVIGATION, type SectorDutyNavigationKey } from '../features/sector-duties/sector-duties-navigation';
import { EQUIPMENT_NAVIGATION, type EquipmentNavigationKey } from '../features/equipment/equipment-navigation';
import { REPORT_NAVIGATION, type ReportNavigationKey } from '../features/reports/report-navigation';
import { TASK_LIST_NAVIGATION, type TaskListNavigationKey } from '../features/task-lists/task-list-navigation';
import { EVIDENCE_NAVIGATION, type EvidenceNavigationKey } from '../features/evidence/evidence-navigation';

export type NavigationKey = 'dashboard' | 'hazards' | 'report' | 'units' | 'tasks' | 'fieldReport' | 'myUnit'
  | 'inspect' | 'inspections' | 'checklists' | 'lockedAccounts' | RiskNavigationKey | JobNavigationKey | SupervisionNavigationKey
  | NotificationNavigationKey | ImportNavigationKey | PublicReportNavigationKey | IncidentNavigationKey | DutyNavigationKey | WarningNavigationKey
  | SectorDutyNavigationKey | EquipmentNavigationKey
  | 'accounts'
  | ReportNavigationKey
  | TaskListNavigationKey
  | EvidenceNavigationKey;

export interface NavigationEntry {
  readonly key: NavigationKey;
  readonly path: string;
  readonly label: UiMessageKey;
}

function entry(key: NavigationKey, user: UserResponse): NavigationEntry {
  switch (key) {
    case 'dashboard':
      return { key, path: '/dashboard', label: 'nav.dashboard' };
    case 'hazards':
      return { key, path: '/hazards', label: 'nav.hazards' };
    case 'report':
      return { key, path: '/hazards/new', label: user.role === 'enterprise' ? 'nav.selfCheck' : 'nav.report' };
    case 'units':
      return { key, path: '/units', label: 'nav.units' };
    case 'tasks':
      return { key, path: '/m/tasks', label: 'nav.tasks' };
    case 'fieldReport':
      return { key, path: '/m/report', label: 'nav.fieldReport' };
    case 'myUnit':
      return { key, path: `/units/${user.scope.unitId ?? ''}`, label: 'nav.myUnit' };
    case 'inspect':
      return { key, path: '/m/inspect', label: 'nav.inspect' };
    case 'inspections':
      return { key, path: '/inspections', label: user.role === 'enterprise' ? 'nav.selfInspection' : 'nav.inspections' };
    case 'checklists':
      return { key, path: '/checklists', label: 'nav.checklists' };
    case 'lockedAccounts':
      return { key, path: '/accounts/locked', label: 'nav.lockedAccounts' };
    case 'accounts':
      return { key, path: '/accounts', label: 'nav.accounts' };
    case 'jobs':
      return { key, ...JOB_NAVIGATION[key] };
    case 'calendar':
    case 'supervisions':
      return { key, ...SUPERVISION_NAVIGATION[key] };
    case 'notificationChannels':
    case 'notificationDeliveries':
      return { key, ...NOTIFICATION_NAVIGATION[key] };
    case 'unitImport':
      return { key, ...IMPORT_NAVIGATION[key] };
    case 'publicReports':
    case 'apiKeys':
      return { key, ...PUBLIC_REPORT_NAVIGATION[key] };
    case 'incidents':
      return { key, ...INCIDENT_NAVIGATION[key] };
    case 'duty':
      return { key, ...DUTY_NAVIGATION[key] };
    case 'warnings':
      return { key, ...WARNING_NAVIGATION[key] };
    case 'sectorDuties':
      return { key, ...SECTOR_DUTY_NAVIGATION[key] };
    case 'equipment':
      return { key, ...EQUIPMENT_NAVIGATION[key] };
    case 'leadershipReports':
      return { key, ...REPORT_NAVIGATION[key] };
    case 'taskLists':
      return { key, ...TASK_LIST_NAVIGATION[key] };
    case 'evidencePolicy':
      return { key, ...EVIDENCE_NAVIGATION[key] };
    default:
      return { key, ...RISK_NAVIGATION[key] };
  }
}

// Each role sees the menus of its work: supervisors the 一张图 and registry, grid workers their
// tasks and the phone report, enterprises their own unit and its hazards.
const MENUS: Readonly<Record<Role, readonly NavigationKey[]>> = {
  district: ['dashboard', 'hazards', 'report', 'units', 'inspections', 'checklists', 'campaigns', 'patrols', 'tenantReviews', 'publicReports', 'incidents', 'duty', 'warnings',
    'riskPolicy', 'lockedAccounts', 'jobs', 'supervisions', 'calendar', 'notificationChannels', 'notificationDeliveries', 'unitImport', 'apiKeys',
    'sectorDuties', 'equipment', 'accounts', 'leadershipReports', 'taskLists',
    'evidencePolicy'],
  department: ['dashboard', 'hazards', 'report', 'units', 'inspections', 'checklists', 'campaigns', 'patrols', 'tenantReviews', 'publicReports', 'supervisions', 'incidents', 'duty', 'warnings',
    'equipment', 'taskLists'],
  town: ['dashboard', 'hazards', 'report', 'units', 'inspections', 'checklists', 'campaigns', 'patrols', 'tenantReviews', 'publicReports', 'supervisions', 'unitImport', 'incidents', 'duty',
    'equipment', 'accounts', 'leadershipReports', 'taskLists',
    'evidencePolicy'],
  grid_worker: ['tasks', 'inspect', 'fieldReport', 'hazards', 'units', 'patrols'],
  enterprise: ['myUnit', 'hazards', 'report', 'inspections'],
};

export function navigationFor(user: UserResponse): NavigationEntry[] {
  return MENUS[user.role].map((key) => entry(key, user));
}

/** The first page of a role. */
export function homePathOf(user: UserResponse): string {
  return navigationFor(user)[0]?.path ?? '/hazards';
}

/** The menu entry a path belongs to (the longest matching prefix). */
export function activeKey(entries: readonly NavigationEntry[], pathname: string): NavigationKey | undefined {
  const matches = entries.filter((item) => pathname === item.path || pathname.startsWith(`${item.path}/`));
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.key;
}
