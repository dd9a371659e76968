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
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ALL: readonly Permission[] = PERMISSIONS;

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  district: ALL,
  town: ALL,
  department: ['region.read', 'unit.read', 'unit.create', 'unit.update', 'hazard.read', 'hazard.report', 'hazard.act', 'photo.upload', 'stats.read'],
  grid_worker: ['region.read', 'unit.read', 'unit.create', 'unit.update', 'hazard.read', 'hazard.report', 'hazard.act', 'photo.upload', 'stats.read'],
  enterprise: ['region.read', 'unit.read', 'hazard.read', 'hazard.report', 'hazard.act', 'photo.upload', 'stats.read'],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
