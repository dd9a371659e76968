import { describe, expect, it } from 'vitest';
import { actOnHazard } from '../hazards/act-on-hazard.js';
import { reportHazard } from '../hazards/report-hazard.js';
import { createInMemoryDeps } from '../testing/in-memory-deps.js';
import { runDueJobs } from '../testing/run-due-jobs.js';
import { updateUnit } from '../units/update-unit.js';
import { clearRiskOverride, overrideUnitRisk } from './override-unit-risk.js';
import { patrolStatus } from './patrol-schedule.js';
import { getUnitRisk, summarizeUnitRisks } from './read-unit-risk.js';
import { recomputeDistrictRisks } from './recompute-district-risks.js';
import { REFRESH_UNIT_RISK_JOB_KIND } from './refresh-unit-risk-job.js';
import { DEFAULT_RISK_GRADING_POLICY } from './risk-grading-policy.js';
import { updateRiskGradingPolicy } from './risk-grading-settings.js';

async function setUp() {
  const deps = createInMemoryDeps();
  const unit = deps.given.unit({ riskTags: ['dust'], dustKind: 'wood' });
  const district = deps.given.user('district');
  await recomputeDistrictRisks(deps, district);
  return { deps, unit, district };
}

describe('risk grading kept current', () => {
  it('regrades a unit when a hazard is reported at it and again when it is closed, keeping history', async () => {
    const { deps, unit } = await setUp();
    const town = deps.given.user('town');
    expect(deps.tables.unitRisks.get(unit.id)?.computedLevel).toBe('orange');
    const { hazard } = await reportHazard(deps, town, { source: 'inspection', level: 'major', category: 'dust_explosion', title: '除尘器无泄爆', description: '', unitId: unit.id });
    // A report regrades through a job after its commit (ADR 0107): the old colour until the job runs.
    expect(deps.tables.unitRisks.get(unit.id)?.computedLevel).toBe('orange');
    await runDueJobs(deps);
    expect(deps.tables.unitRisks.get(unit.id)?.computedLevel).toBe('red');
    await actOnHazard(deps, town, { hazardId: hazard.id, action: { action: 'dismiss', reason: 'not_true' } });
    expect(deps.tables.unitRisks.get(unit.id)?.computedLevel).toBe('orange');
    expect(deps.tables.riskHistory.filter((entry) => entry.unitId === unit.id).map((entry) => [entry.kind, entry.fromLevel, entry.toLevel])).toEqual([
      ['computed', null, 'orange'], ['computed', 'orange', 'red'], ['computed', 'red', 'orange'],
    ]);
  });

  it('coalesces the regrades of reports at one unit while its job waits, and runs it again for a report made during its run', async () => {
    const { deps, unit } = await setUp();
    const town = deps.given.user('town');
    const report = (title: string) => reportHazard(deps, town, { source: 'inspection', level: 'major', category: 'dust_explosion', title, description: '', unitId: unit.id });
    await report('除尘器无泄爆');
    await report('除尘器无泄爆 2');
    await report('除尘器无泄爆 3');
    const refreshes = () => [...deps.tables.jobs.values()].filter((job) => job.kind === REFRESH_UNIT_RISK_JOB_KIND);
    expect(refreshes()).toMatchObject([{ state: 'queued', dedupeKey: `unit:${unit.id}`, payload: { unitId: unit.id } }]);
    await runDueJobs(deps);
    expect(refreshes()).toMatchObject([{ state: 'succeeded', attempts: 1 }]);
    expect(deps.tables.unitRisks.get(unit.id)).toMatchObject({ computedLevel: 'red' });
    const openMajor = () => deps.tables.unitRisks.get(unit.id)?.reasons.find((entry) => entry.code === 'open_major_hazards')?.params.count;
    expect(openMajor()).toBe(3);

    // A report that commits while the job runs (after it read the facts) sends it back to the queue.
    await report('除尘器无泄爆 4');
    const claimed = await deps.jobs.claim({ owner: 'w', now: deps.clock.now(), leaseMs: 60_000, limit: 10 });
    const running = claimed.find((job) => job.kind === REFRESH_UNIT_RISK_JOB_KIND);
    await report('除尘器无泄爆 5');
    expect(await deps.jobs.succeed(running!, 'w', deps.clock.now().toISOString())).toBe(false);
    expect(refreshes()).toMatchObject([{ state: 'queued', attempts: 0, leaseOwner: null }]);
    await runDueJobs(deps);
    expect(openMajor()).toBe(5);
    expect(refreshes()).toMatchObject([{ state: 'succeeded' }]);
  });

  it('regrades when the unit’s tags change', async () => {
    const { deps, unit } = await setUp();
    await updateUnit(deps, deps.given.user('town'), { unitId: unit.id, changes: { riskTags: [] } });
    expect(deps.tables.unitRisks.get(unit.id)?.computedLevel).toBe('blue');
  });

  it('holds an override until its expiry day, then the computed colour returns', async () => {
    const { deps, unit, district } = await setUp();
    await overrideUnitRisk(deps, district, { unitId: unit.id, level: 'red', reason: '节前专项督办', expiresOn: '2026-03-05' });
    const levelOn = async (instant: string) => {
      deps.clock.set(instant);
      return (await summarizeUnitRisks(deps, [unit])).get(unit.id);
    };
    expect(await levelOn('2026-03-05T15:00:00Z')).toMatchObject({ level: 'red', reasons: [expect.objectContaining({ code: 'override', params: expect.objectContaining({ reason: '节前专项督办' }) }), expect.anything(), expect.anything(), expect.anything(), expect.anything()] });
    // 2026-03-05T16:00Z is 2026-03-06 00:00 in Shanghai: the override has expired.
    expect((await levelOn('2026-03-05T16:00:00Z'))?.level).toBe('orange');
    const detail = await getUnitRisk(deps, district, unit.id);
    expect(detail.history.map((entry) => entry.kind)).toEqual(['computed', 'override_set']);
  });

  it('lets only the district office override, with a reason and an expiry within a year', async () => {
    const { deps, unit, district } = await setUp();
    await expect(overrideUnitRisk(deps, deps.given.user('town'), { unitId: unit.id, level: 'blue', reason: 'x', expiresOn: '2026-04-01' })).rejects.toMatchObject({ code: 'risk.manage_refused' });
    await expect(overrideUnitRisk(deps, district, { unitId: unit.id, level: 'blue', reason: ' ', expiresOn: '2026-03-01' })).rejects.toMatchObject({
      fields: [{ path: '/reason', code: 'required' }, { path: '/expiresOn', code: 'in_past' }],
    });
    await expect(overrideUnitRisk(deps, district, { unitId: unit.id, level: 'blue', reason: '整改完成', expiresOn: '2028-01-01' })).rejects.toMatchObject({ fields: [{ path: '/expiresOn', code: 'too_far' }] });
    await expect(clearRiskOverride(deps, district, { unitId: unit.id })).rejects.toMatchObject({ code: 'risk.no_override' });
    await overrideUnitRisk(deps, district, { unitId: unit.id, level: 'blue', reason: '整改完成', expiresOn: '2026-06-01' });
    const cleared = await clearRiskOverride(deps, district, { unitId: unit.id, note: '提前结束' });
    expect(cleared.override).toBeNull();
  });

  it('regrades the whole district when the method changes', async () => {
    const { deps, unit, district } = await setUp();
    const result = await updateRiskGradingPolicy(deps, district, { ...DEFAULT_RISK_GRADING_POLICY, method: 'ls' });
    expect(result).toMatchObject({ graded: 1, changed: 1 });
    expect(deps.tables.unitRisks.get(unit.id)).toMatchObject({ method: 'ls', computedLevel: 'yellow' });
  });

  it('schedules patrols by colour from the last visit and marks them due or late', () => {
    const risk = { computedLevel: 'red' as const, override: null, lastVisitedAt: '2026-01-20T02:00:00.000Z' };
    const unit = { createdAt: '2024-01-01T00:00:00.000Z' };
    expect(patrolStatus({ unit, risk }, DEFAULT_RISK_GRADING_POLICY, '2026-03-02')).toMatchObject({ intervalDays: 30, dueOn: '2026-02-19', state: 'late' });
    expect(patrolStatus({ unit, risk: { ...risk, computedLevel: 'orange' } }, DEFAULT_RISK_GRADING_POLICY, '2026-03-02')).toMatchObject({ dueOn: '2026-04-20', state: 'ok' });
    expect(patrolStatus({ unit, risk: { ...risk, computedLevel: 'orange' } }, DEFAULT_RISK_GRADING_POLICY, '2026-04-10')).toMatchObject({ state: 'due' });
    expect(patrolStatus({ unit, risk: { ...risk, lastVisitedAt: null, computedLevel: 'blue' } }, DEFAULT_RISK_GRADING_POLICY, '2026-03-02')).toMatchObject({ lastVisitedOn: null, dueOn: '2024-12-31', state: 'late' });
  });
});
