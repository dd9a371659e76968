import { describe, expect, it } from 'vitest';
import { createCampaign } from '../campaigns/create-campaign.js';
import { currentBuiltInChecklistId } from '../checklists/built-in-checklists.js';
import { installBuiltInChecklists } from '../checklists/install-built-in-checklists.js';
import { applyTenantReview } from '../parks/apply-tenant-review.js';
import { createInMemoryDeps, LUOYANG, TEST_DISTRICT, type InMemoryDeps } from '../testing/in-memory-deps.js';
import { fanOutNotificationsJob } from './fan-out-job.js';
import { FAN_OUT_JOB_KIND } from './notification-job-kinds.js';

/** Runs every fan-out job enqueued so far, twice (once-only), and says who got which kind. */
async function fanOut(deps: InMemoryDeps): Promise<Record<string, string[]>> {
  const jobs = [...deps.tables.jobs.values()].filter((job) => job.kind === FAN_OUT_JOB_KIND);
  for (const job of [...jobs, ...jobs]) await fanOutNotificationsJob.run({ job, deps, reportProgress: async () => undefined, signal: { aborted: false } });
  const told: Record<string, string[]> = {};
  for (const n of deps.tables.notifications.values()) {
    const name = deps.tables.users.get(n.recipientId)?.user.username ?? n.recipientId;
    told[name] = [...(told[name] ?? []), `${n.kind} ${n.link.type}`];
  }
  return told;
}

describe('notifications from campaigns and tenant reviews', () => {
  it('a campaign tells the town offices and grid workers it covers, not its creator', async () => {
    const deps = createInMemoryDeps();
    await installBuiltInChecklists(deps);
    const office = deps.given.user('district', { username: 'office' });
    deps.given.user('town', { username: 'hutang-town' });
    deps.given.user('grid_worker', { username: 'hutang-worker' });
    deps.given.user('town', { town: LUOYANG, username: 'luoyang-town' });
    deps.given.user('department', { username: 'department' });
    const hutangOnly = await createCampaign(deps, office, {
      name: '湖塘镇燃气专项整治', startsOn: '2026-03-01', endsOn: '2026-03-31', scope: { kinds: [], sectors: [], tags: [], regionCodes: ['320412100'] },
      checklistId: currentBuiltInChecklistId('gas-user'), target: { coverage: 100, rectification: null },
    });
    expect(await fanOut(deps)).toEqual({ 'hutang-town': ['campaign.started campaign'], 'hutang-worker': ['campaign.started campaign'] });
    const [notification] = [...deps.tables.notifications.values()];
    expect(notification).toMatchObject({ title: '专项整治：湖塘镇燃气专项整治', link: { type: 'campaign', id: hutangOnly.id } });
  });

  it('a tenant review applied for tells the town office over the park, waiting for its decision', async () => {
    const deps = createInMemoryDeps();
    const park = deps.given.unit({ kind: 'park', name: '湖塘标准厂房园区' });
    const landlord = deps.given.user('enterprise', { username: 'landlord', scope: { regionCode: TEST_DISTRICT, gridIds: [], sectors: [], unitId: park.id } });
    deps.given.user('town', { username: 'hutang-town' });
    deps.given.user('town', { town: LUOYANG, username: 'luoyang-town' });
    deps.given.user('district', { username: 'office' });
    await applyTenantReview(deps, landlord, {
      parkId: park.id, tenant: { name: '常州市新租户塑料制品厂', creditCode: null, business: '注塑', riskTags: [], dustKind: null, employees: 12, floorArea: 800 },
      safetyAgreement: true, fireAcceptance: true,
    });
    expect(await fanOut(deps)).toEqual({ 'hutang-town': ['tenant_review.waiting tenant_review'] });
    expect([...deps.tables.notifications.values()][0]?.body).toBe('enterprise user 提交了“常州市新租户塑料制品厂”的厂中厂承租审查申请，等待审查');
  });
});
