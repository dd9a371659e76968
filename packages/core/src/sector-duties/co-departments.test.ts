import { describe, expect, it } from 'vitest';
import type { Actor } from '../accounts/actor.js';
import type { Sector } from '../units/unit-catalog.js';
import type { HazardEvent } from '../hazards/hazard.js';
import { getHazard } from '../hazards/get-hazard.js';
import { assigneeProblem } from '../hazards/hazard-assignee.js';
import { listHazardAssignees } from '../hazards/list-hazard-assignees.js';
import { recordHazardEvent } from '../hazards/record-hazard-event.js';
import { fanOutNotificationsJob } from '../notifications/fan-out-job.js';
import { FAN_OUT_JOB_KIND } from '../notifications/notification-job-kinds.js';
import type { NotificationKind } from '../notifications/notification.js';
import { createInMemoryDeps, TEST_DISTRICT, type InMemoryDeps } from '../testing/in-memory-deps.js';
import { actorUnderDuties, sectorDutyTable } from './sector-duties.js';

// 群租房 (issue 15, ADR 0096): 住建 leads, 公安 and 消防 co-follow; 应急 has nothing to do with it.
function world() {
  const deps = createInMemoryDeps();
  const department = (username: string, sectors: Sector[]) =>
    deps.given.user('department', { username, scope: { regionCode: TEST_DISTRICT, gridIds: [], sectors, unitId: null } });
  const people = {
    housing: department('zhujian', ['construction', 'town_gas', 'self_built_house', 'group_rental']),
    fire: department('xiaofang', ['fire']),
    // 交通 (道路运输) is nobody's co-department for 群租房.
    transport: department('jiaotong', ['road_transport']),
    emergency: department('yingji', ['industry_trade', 'hazardous_chemicals']),
    // 公安 leads no sector: its account names its department and has no sectors of its own (ADR 0100).
    police: deps.given.user('department', { username: 'gongan', scope: { regionCode: TEST_DISTRICT, gridIds: [], sectors: [], unitId: null, department: 'public_security' } }),
    worker: deps.given.user('grid_worker', { username: 'wangge' }),
  };
  const unit = deps.given.unit({ kind: 'group_rental', sector: 'group_rental' });
  const hazard = deps.given.hazard({ unitId: unit.id, sector: 'group_rental', category: 'occupancy', title: '群租房违规住人', status: 'assigned', deadline: '2026-03-12', assigneeId: people.worker.userId });
  return { deps, people, hazard };
}

async function tell(deps: InMemoryDeps, hazardId: string, action: string, details: Record<string, unknown> = {}): Promise<Map<string, NotificationKind[]>> {
  const event: HazardEvent = {
    id: deps.ids.newId(), districtCode: TEST_DISTRICT, at: deps.clock.now().toISOString(), photoIds: [], hazardId, action: action as HazardEvent['action'],
    fromStatus: 'assigned', toStatus: 'assigned', actorId: 'system', actorName: 'SafeGrid', actorRole: 'district', note: null, details,
  };
  await deps.inTransaction((stores) => recordHazardEvent(stores, deps, event));
  const jobs = [...deps.tables.jobs.values()].filter((job) => job.kind === FAN_OUT_JOB_KIND && job.dedupeKey === `event:${event.id}`);
  // Twice: a second run of the job tells nobody again.
  for (const job of [...jobs, ...jobs]) await fanOutNotificationsJob.run({ job, deps, reportProgress: async () => undefined, signal: { aborted: false } });
  const told = new Map<string, NotificationKind[]>();
  for (const n of deps.tables.notifications.values()) if (n.sourceKey.startsWith(`${event.id}:`)) told.set(n.recipientId, [...(told.get(n.recipientId) ?? []), n.kind]);
  return told;
}

const named = (people: Record<string, Actor>, told: Map<string, NotificationKind[]>) =>
  Object.fromEntries(Object.entries(people).flatMap(([name, actor]) => (told.has(actor.userId) ? [[name, told.get(actor.userId)]] : [])));

describe('co-responsible departments (协同部门) are told and can act (issue 15)', () => {
  it.each(['report', 'assign', 'reassign', 'overdue'])('%s of a 群租房 hazard tells 消防 and 公安 as 协同部门, not 应急 or 交通', async (action) => {
    const { deps, people, hazard } = world();
    const told = named(people, await tell(deps, hazard.id, action));
    expect(told['fire']).toEqual(['hazard.co_department']);
    expect(told['police']).toEqual(['hazard.co_department']);
    expect(told['emergency']).toBeUndefined();
    expect(told['transport']).toBeUndefined();
    // The lead is told through its own rules (major reports, escalations), not as a co-department.
    expect(told['housing']).toBeUndefined();
  });

  it('follows the district’s own table and never tells the assignee twice', async () => {
    const { deps, people, hazard } = world();
    await deps.sectorDuties.put({ sector: 'group_rental', lead: 'housing', coDepartments: ['emergency'], districtCode: TEST_DISTRICT, updatedBy: 'u', updatedAt: '2026-03-01T00:00:00Z' });
    expect(named(people, await tell(deps, hazard.id, 'overdue'))).toEqual({ emergency: ['hazard.co_department'], worker: ['hazard.overdue'] });
    // Taken off the table, 公安 (with no sectors of its own) no longer sees the hazard either.
    const table = sectorDutyTable(await deps.sectorDuties.list(TEST_DISTRICT));
    await expect(getHazard(deps, actorUnderDuties(deps.tables.users.get(people.police.userId)!.user, table), hazard.id)).rejects.toMatchObject({ code: 'hazard.not_found' });
    const told = named(people, await tell(deps, hazard.id, 'assign', { assigneeId: people.emergency.userId }));
    expect(told).toEqual({ emergency: ['hazard.assigned'] });
    const [notice] = [...deps.tables.notifications.values()].filter((n) => n.kind === 'hazard.co_department');
    expect(notice).toMatchObject({ title: '协同部门知会：群租房违规住人', link: { type: 'hazard', id: hazard.id } });
  });

  it('offers co-departments as assignees and accepts them; other departments stay out of reach', async () => {
    const { deps, people, hazard } = world();
    const town = deps.given.user('town');
    const offered = (await listHazardAssignees(deps, town, hazard.id)).map((user) => user.username);
    expect(offered).toEqual(expect.arrayContaining(['zhujian', 'xiaofang', 'gongan']));
    expect(offered).not.toContain('yingji');
    expect(offered).not.toContain('jiaotong');
    await deps.inTransaction(async (stores) => {
      expect(await assigneeProblem(stores, hazard, people.fire.userId)).toBeNull();
      expect(await assigneeProblem(stores, hazard, people.police.userId)).toBeNull();
      expect(await assigneeProblem(stores, hazard, people.emergency.userId)).toEqual({ path: '/assigneeId', code: 'not_found' });
    });
  });

  it('lets a co-department see the hazard while another department gets not found', async () => {
    const { deps, people, hazard } = world();
    const table = sectorDutyTable(await deps.sectorDuties.list(TEST_DISTRICT));
    const session = (actor: Actor) => actorUnderDuties(deps.tables.users.get(actor.userId)!.user, table);
    await expect(getHazard(deps, session(people.fire), hazard.id)).resolves.toMatchObject({ id: hazard.id });
    await expect(getHazard(deps, session(people.police), hazard.id)).resolves.toMatchObject({ id: hazard.id });
    // Without the district's table a 公安 account sees nothing: it has no sectors of its own.
    await expect(getHazard(deps, people.police, hazard.id)).rejects.toMatchObject({ code: 'hazard.not_found' });
    await expect(getHazard(deps, session(people.housing), hazard.id)).resolves.toMatchObject({ id: hazard.id });
    await expect(getHazard(deps, session(people.transport), hazard.id)).rejects.toMatchObject({ code: 'hazard.not_found' });
    await expect(getHazard(deps, session(people.emergency), hazard.id)).rejects.toMatchObject({ code: 'hazard.not_found' });
  });
});
