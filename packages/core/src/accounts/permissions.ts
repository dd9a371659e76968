import type { Role } from './user.js';

/**
 * Coarse permissions that routes declare (`config.access`). Fine rules that depend on the record
 * (state, level, scope) live in each feature's policy.
 */
export const PERMISSIONS = [
  'region.read',
  'unit.read',
  'unit.create',
  'unit.update',
  'hazard.read',
  'hazard.report',
  'hazard.act',
  'photo.upload',
  'stats.read',
  'user.manage',
  'checklist.read',
  'checklist.manage',
  'inspection.read',
  'inspection.conduct',
  'campaign.read',
  'campaign.manage',
  'risk.read',
  'risk.manage',
  'patrol.read',
  'tenant_review.read',
  'tenant_review.apply',
  'tenant_review.decide',
  'job.read',
  'job.manage',
  'calendar.manage',
  'supervision.manage',
  'audit.read',
  'apikey.manage',
  'incident.read',
  'incident.report',
  'duty.read',
  'duty.plan',
  'warning.issue',
  'task_list.read',
  'task_list.manage',
  'sector_duty.manage',
  'evidence.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ALL: readonly Permission[] = PERMISSIONS;

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  district: ALL,
  town: ALL,
  department: [
    'region.read', 'unit.read', 'unit.create', 'unit.update', 'hazard.read', 'hazard.report', 'hazard.act', 'photo.upload', 'stats.read',
    'checklist.read', 'inspection.read', 'inspection.conduct', 'campaign.read', 'risk.read', 'patrol.read', 'tenant_review.read',
    'incident.read', 'duty.read', 'warning.issue', 'task_list.read',
  ],
  grid_worker: [
    'region.read', 'unit.read', 'unit.create', 'unit.update', 'hazard.read', 'hazard.report', 'hazard.act', 'photo.upload', 'stats.read',
    'checklist.read', 'inspection.read', 'inspection.conduct', 'campaign.read', 'risk.read', 'patrol.read', 'tenant_review.read', 'tenant_review.apply',
  ],
  enterprise: [
    'region.read', 'unit.read', 'hazard.read', 'hazard.report', 'hazard.act', 'photo.upload', 'stats.read',
    'checklist.read', 'inspection.read', 'inspection.conduct', 'risk.read', 'tenant_review.read', 'tenant_review.apply',
  ],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
