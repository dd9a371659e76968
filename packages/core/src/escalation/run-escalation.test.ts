import { describe, expect, it } from 'vitest';
import { actOnHazard } from '../hazards/act-on-hazard.js';
import { createInMemoryDeps, TEST_DISTRICT } from '../testing/in-memory-deps.js';
import { runEscalation } from './run-escalation.js';
import { escalateHazardsJob } from './escalate-hazards-job.js';
import { urgeHazard } from './urge-hazard.js';

// Monday 2026-03-02 in the fake; the fake calendar has weekends only plus what a test adds.
async function world() {
  const deps = createInMemoryDeps();
  const town = deps.given.user('town');
  // A made-up holiday on Tuesday 3-10 and a worked Saturday 3-14, to count across both.
  await deps.inTransaction((stores) => stores.calendar.putNational([
    { date: '2026-03-10', working: false, name: '测试假日' },
    { date: '2026-03-14', working: true, name: '测试调休上班' },
  ]));
  await deps.workingCalendars.refresh(deps.calendar);
  return { deps, town };
}

const run = (deps: Awaited<ReturnType<typeof world>>['deps'], today: string) => runEscalation(deps, { districtCode: TEST_DISTRICT, today });
const notices = (deps: Awaited<ReturnType<typeof world>>['deps'], hazardId: string) =>
  deps.tables.hazardEvents.filter((event) => event.hazardId === hazardId && ['remind', 'overdue', 'escalate'].includes(event.action))
    .map((event) => ({ action: event.action, details: event.details, same: event.fromStatus === event.toStatus }));

describe('automatic 督办 (runEscalation)', () => {
  it('reminds one working day before, notices the overdue, escalates after 8 and 16 working days — each once', async () => {
    const { deps, town } = await world();
    const hazard = deps.given.hazard();
    await actOnHazard(deps, town, { hazardId: hazard.id, action: { action: 'assign', deadline: '2026-03-05' } });

    expect(await run(deps, '2026-03-03')).toEqual({ candidates: 0, written: 0 });
    expect((await run(deps, '2026-03-04')).written).toBe(1);
    expect((await run(deps, '2026-03-04')).written).toBe(0);
    expect((await run(deps, '2026-03-05')).written).toBe(0);
    expect((await run(deps, '2026-03-06')).written).toBe(1);
    // Working days after Thursday 3-05: 3-06, 3-09, (3-10 off), 3-11, 3-12, 3-13, Saturday 3-14, 3-16, 3-17 is the 8th.
    expect((await run(deps, '2026-03-16')).written).toBe(0);
    expect((await run(deps, '2026-03-17')).written).toBe(1);
    expect((await run(deps, '2026-03-26')).written).toBe(0);
    expect((await run(deps, '2026-03-27')).written).toBe(1);
    expect(await run(deps, '2026-04-30')).toEqual({ candidates: 0, written: 0 });

    expect(notices(deps, hazard.id)).toEqual([
      { action: 'remind', details: { deadline: '2026-03-05', workingDaysLeft: 1 }, same: true },
      { action: 'overdue', details: { deadline: '2026-03-05' }, same: true },
      { action: 'escalate', details: { level: 'department', workingDaysOverdue: 8 }, same: true },
      { action: 'escalate', details: { level: 'district', workingDaysOverdue: 16 }, same: true },
    ]);
  });

  it('writes every missed step once when it runs late, and nothing for a closed or submitted hazard', async () => {
    const { deps, town } = await world();
    const late = deps.given.hazard();
    const submitted = deps.given.hazard({ status: 'submitted', deadline: '2026-03-03', submittedBy: 'x' });
    await actOnHazard(deps, town, { hazardId: late.id, action: { action: 'assign', deadline: '2026-03-03' } });
    expect((await run(deps, '2026-04-01')).written).toBe(3);
    expect(notices(deps, late.id).map((notice) => notice.action)).toEqual(['overdue', 'escalate', 'escalate']);
    expect(notices(deps, submitted.id)).toEqual([]);
  });

  it('arms the steps again for an extended deadline, and two runs at once write each step once', async () => {
    const { deps, town } = await world();
    const hazard = deps.given.hazard();
    await actOnHazard(deps, town, { hazardId: hazard.id, action: { action: 'assign', deadline: '2026-03-04' } });
    const [first, second] = await Promise.all([run(deps, '2026-03-05'), run(deps, '2026-03-05')]);
    expect(first.written + second.written).toBe(1);
    deps.clock.set('2026-03-05T02:00:00Z');
    await actOnHazard(deps, town, { hazardId: hazard.id, action: { action: 'extend', deadline: '2026-03-12', note: '设备到货延迟' } });
    expect((await run(deps, '2026-03-11')).written).toBe(1);
    expect((await run(deps, '2026-03-13')).written).toBe(1);
    expect(notices(deps, hazard.id).map((notice) => [notice.action, notice.details['deadline']])).toEqual([
      ['overdue', '2026-03-04'], ['remind', '2026-03-12'], ['overdue', '2026-03-12'],
    ]);
  });

  it('moves a deadline chosen on a holiday or rest day to the next working day', async () => {
    const { deps, town } = await world();
    const onHoliday = deps.given.hazard();
    const onSunday = deps.given.hazard();
    expect((await actOnHazard(deps, town, { hazardId: onHoliday.id, action: { action: 'assign', deadline: '2026-03-10' } })).deadline).toBe('2026-03-11');
    expect((await actOnHazard(deps, town, { hazardId: onSunday.id, action: { action: 'assign', deadline: '2026-03-15' } })).deadline).toBe('2026-03-16');
  });

  it('runs as the daily job, and does nothing on a non-working day', async () => {
    const { deps, town } = await world();
    const hazard = deps.given.hazard();
    await actOnHazard(deps, town, { hazardId: hazard.id, action: { action: 'assign', deadline: '2026-03-09' } });
    const job = { id: 'j', districtCode: TEST_DISTRICT, kind: escalateHazardsJob.kind } as never;
    const context = { job, deps, reportProgress: async () => undefined, signal: { aborted: false } };
    deps.clock.set('2026-03-07T00:00:00Z'); // Saturday 3-07 in Shanghai
    await escalateHazardsJob.run(context);
    expect(notices(deps, hazard.id)).toEqual([]);
    deps.clock.set('2026-03-09T00:00:00Z'); // Monday, the deadline day: 0 working days left
    await escalateHazardsJob.run(context);
    expect(notices(deps, hazard.id)).toEqual([{ action: 'remind', details: { deadline: '2026-03-09', workingDaysLeft: 0 }, same: true }]);
  });
});

describe('manual 催办 (urgeHazard)', () => {
  it('lets district and department users urge an open hazard in scope with a note', async () => {
    const { deps } = await world();
    const hazard = deps.given.hazard();
    const event = await urgeHazard(deps, deps.given.user('department'), { hazardId: hazard.id, note: ' 请于本周内完成整改 ' });
    expect(event).toMatchObject({ action: 'urge', note: '请于本周内完成整改', fromStatus: 'reported', toStatus: 'reported', actorRole: 'department' });
    expect(deps.tables.hazardEvents.filter((row) => row.action === 'urge')).toHaveLength(1);
  });

  it('refuses other roles, an empty note, a closed hazard and one out of scope, writing nothing', async () => {
    const { deps } = await world();
    const hazard = deps.given.hazard();
    const closed = deps.given.hazard({ status: 'closed' });
    const elsewhere = deps.given.hazard({ sector: 'construction' });
    const district = deps.given.user('district');
    await expect(urgeHazard(deps, deps.given.user('town'), { hazardId: hazard.id, note: '催' })).rejects.toMatchObject({ code: 'hazard.urge_refused' });
    await expect(urgeHazard(deps, district, { hazardId: hazard.id, note: '  ' })).rejects.toMatchObject({ code: 'request.invalid', fields: [{ path: '/note', code: 'required' }] });
    await expect(urgeHazard(deps, district, { hazardId: closed.id, note: '催' })).rejects.toMatchObject({ code: 'hazard.urge_closed' });
    await expect(urgeHazard(deps, deps.given.user('department'), { hazardId: elsewhere.id, note: '催' })).rejects.toMatchObject({ code: 'hazard.not_found' });
    expect(deps.tables.hazardEvents.filter((row) => row.action === 'urge')).toEqual([]);
  });
});
