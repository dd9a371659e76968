import type { Actor } from '../accounts/actor.js';
import type { Role } from '../accounts/user.js';
import type { Hazard, HazardSource } from './hazard.js';
import { actionsFromStatus, type HazardAction } from './hazard-status.js';

/**
 * Who may do what to a hazard they can see (scope is applied before: out of scope is not found).
 * Supervisors (district, department, town) hand out, extend and verify; those who rectify
 * (enterprise, grid worker, the assignee) submit evidence. Grid workers record 复查 visits. Major
 * hazards are closed and returned by the district only (SPEC §4).
 */
const SUPERVISORS: readonly Role[] = ['district', 'department', 'town'];
const RECTIFIERS: readonly Role[] = ['enterprise', 'grid_worker'];

const ACTION_ROLES: Readonly<Record<HazardAction, readonly Role[]>> = {
  assign: SUPERVISORS,
  dismiss: SUPERVISORS,
  reassign: SUPERVISORS,
  extend: SUPERVISORS,
  close: SUPERVISORS,
  return: SUPERVISORS,
  submit: RECTIFIERS,
  // 复查记录: the grid worker of the hazard's grid visits the site; supervisors may record a visit too.
  review: [...SUPERVISORS, 'grid_worker'],
};

export type HazardActionRefusal = 'role' | 'major_district_only' | 'self_review';

/** Why `actor` may not take `action` on `hazard`, whatever its state; null when allowed. */
export function hazardActionRefusal(actor: Actor, action: HazardAction, hazard: Hazard): HazardActionRefusal | null {
  const isAssignee = hazard.assigneeId !== null && hazard.assigneeId === actor.userId;
  const roleAllowed = ACTION_ROLES[action].includes(actor.role) || (action === 'submit' && isAssignee);
  if (!roleAllowed) return 'role';
  if ((action === 'close' || action === 'return') && hazard.level === 'major' && actor.role !== 'district') {
    return 'major_district_only';
  }
  // 复查 by a second person: whoever submitted the rectification does not verify it.
  if ((action === 'close' || action === 'review') && hazard.submittedBy === actor.userId) return 'self_review';
  return null;
}

/** The actions `actor` may take on `hazard` in its current state, for the UI's buttons. */
export function availableHazardActions(actor: Actor, hazard: Hazard): HazardAction[] {
  return actionsFromStatus(hazard.status).filter((action) => hazardActionRefusal(actor, action, hazard) === null);
}

/**
 * Sources each role may report under: enterprises report their own self-checks only. The web
 * offers exactly these (through contracts), and the API refuses the others.
 */
export const REPORT_SOURCES: Readonly<Record<Role, readonly HazardSource[]>> = {
  district: ['inspection', 'patrol', 'self_check', 'public', 'campaign'],
  department: ['inspection', 'patrol', 'public', 'campaign'],
  town: ['inspection', 'patrol', 'public', 'campaign'],
  grid_worker: ['inspection', 'patrol', 'public', 'campaign'],
  enterprise: ['self_check'],
};

export function canReportFromSource(actor: Actor, source: HazardSource): boolean {
  return REPORT_SOURCES[actor.role].includes(source);
}
