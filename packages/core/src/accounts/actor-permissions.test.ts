import { describe, expect, it } from 'vitest';
import { canManageCampaigns } from '../campaigns/campaign-policy.js';
import { canManageChecklists } from '../checklists/checklist-policy.js';
import { canSeeJobs } from '../jobs/read-jobs.js';
import { canManageRisk } from '../risk/risk-policy.js';
import { canIssueWarnings } from '../warnings/warning-actions.js';
import { createInMemoryDeps, LUOYANG } from '../testing/in-memory-deps.js';
import type { Actor } from './actor.js';
import { actorPermissions } from './actor-permissions.js';
import { isDistrictOffice } from './district-office.js';
import { PERMISSIONS, ROLE_PERMISSIONS, type Permission } from './permissions.js';
import { ROLES } from './user.js';

// The policy each narrowed permission must agree with, case by case.
const POLICIES: Partial<Record<Permission, (actor: Actor) => boolean>> = {
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

describe('actorPermissions: what the web is told an account may do', () => {
  const deps = createInMemoryDeps();
  const actors: Actor[] = [
    ...ROLES.map((role) => deps.given.user(role)),
    deps.given.user('town', { town: LUOYANG }),
    // A district-role account scoped to one town is not the district office.
    { ...deps.given.user('district'), scope: { ...deps.given.user('district').scope, regionCode: LUOYANG } },
  ];

  it('is the role’s permissions, each narrowed one exactly where its feature policy allows it', () => {
    for (const actor of actors) {
      const granted = actorPermissions(actor);
      for (const permission of PERMISSIONS) {
        const byRole = ROLE_PERMISSIONS[actor.role].includes(permission);
        const policy = POLICIES[permission];
        const expected = byRole && (policy ? policy(actor) : true);
        expect(granted.includes(permission), `${actor.role}@${actor.scope.regionCode} ${permission}`).toBe(expected);
      }
    }
  });

  it('gives the district office everything and a town office no district-wide settings', () => {
    expect(actorPermissions(deps.given.user('district'))).toEqual([...PERMISSIONS]);
    const town = actorPermissions(deps.given.user('town'));
    expect(town).toEqual(expect.arrayContaining(['campaign.manage', 'hazard.act']));
    for (const permission of ['risk.manage', 'checklist.manage', 'job.read', 'job.manage', 'user.manage', 'warning.issue', 'task_list.manage', 'evidence.manage'] as const) expect(town).not.toContain(permission);
  });
});
