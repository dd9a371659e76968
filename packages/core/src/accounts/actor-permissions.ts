import { canManageCampaigns } from '../campaigns/campaign-policy.js';
import { canManageChecklists } from '../checklists/checklist-policy.js';
import { canSeeJobs } from '../jobs/read-jobs.js';
import { canManageRisk } from '../risk/risk-policy.js';
import { canIssueWarnings } from '../warnings/warning-actions.js';
import { isDistrictOffice, type ActorStanding } from './district-office.js';
import { ROLE_PERMISSIONS, type Permission } from './permissions.js';

/**
 * Permissions a role carries but a feature's policy narrows to some of its accounts (a town office
 * is a `district`-level role for routes, yet only the district office manages risk settings).
 */
const NARROWED_BY_POLICY: Partial<Record<Permission, (actor: ActorStanding) => boolean>> = {
  'risk.manage': canManageRisk,
  'checklist.manage': canManageChecklists,
  'campaign.manage': canManageCampaigns,
  'job.read': canSeeJobs,
  'job.manage': canSeeJobs,
  'user.manage': isDistrictOffice,
  'warning.issue': canIssueWarnings,
  'task_list.manage': isDistrictOffice,
  'evidence.manage': isDistrictOffice,
};

/**
 * What this account may do: its role's permissions, less those its feature policies refuse it. The
 * API hands this list to the web app, so the web shows an action exactly when core would allow it,
 * without a copy of any rule.
 */
export function actorPermissions(actor: ActorStanding): Permission[] {
  return ROLE_PERMISSIONS[actor.role].filter((permission) => NARROWED_BY_POLICY[permission]?.(actor) ?? true);
}
