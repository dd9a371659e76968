import { describe, expect, it } from 'vitest';
import type { Actor } from '../accounts/actor.js';
import { ROLES, type Role } from '../accounts/user.js';
import { createInMemoryDeps, type InMemoryDeps } from '../testing/in-memory-deps.js';
import { actOnHazard } from './act-on-hazard.js';
import type { Hazard } from './hazard.js';
import type { HazardActionInput } from './hazard-action.js';
import { HAZARD_ACTIONS, HAZARD_STATUSES, type HazardAction, type HazardStatus } from './hazard-status.js';

// The expected behaviour, written out independently of the code's own tables (SPEC §4).
const MAY_TAKE: Record<HazardAction, readonly Role[]> = {
  assign: ['district', 'department', 'town'],
  dismiss: ['district', 'department', 'town'],
  extend: ['district', 'department', 'town'],
  reassign: ['district', 'department', 'town'],
  close: ['district', 'department', 'town'],
  return: ['district', 'department', 'town'],
  submit: ['grid_worker', 'enterprise'],
  review: ['district', 'department', 'town', 'grid_worker'],
};
const LEADS_TO: Record<HazardStatus, Partial<Record<HazardAction, HazardStatus>>> = {
  reported: { assign: 'assigned', dismiss: 'dismissed' },
  assigned: { submit: 'submitted', extend: 'assigned', reassign: 'assigned' },
  submitted: { close: 'closed', return: 'assigned', review: 'submitted' },
  closed: {},
  dismissed: {},
};

function hazardIn(deps: InMemoryDeps, status: HazardStatus): Hazard {
  const assignedFields = status === 'reported' ? {} : { deadline: '2026-03-20' };
  return deps.given.hazard({ status, ...assignedFields, submittedBy: status === 'submitted' ? 'someone-else' : null });
}

function inputFor(deps: InMemoryDeps, action: HazardAction, actor: Actor, assignee: Actor): HazardActionInput {
  switch (action) {
    case 'assign':
      return { action, deadline: '2026-03-20' };
    case 'dismiss':
      return { action, reason: 'not_true', note: '现场核实不存在' };
    case 'submit':
      return { action, photoIds: [deps.given.photo(actor).id], note: '已整改' };
    case 'extend':
      return { action, deadline: '2026-04-30', note: '需采购防爆设备' };
    case 'reassign':
      return { action, assigneeId: assignee.userId };
    case 'close':
      return { action, photoIds: [deps.given.photo(actor).id], note: '复查合格' };
    case 'return':
      return { action, note: '整改不到位' };
    case 'review':
      return { action, photoIds: [deps.given.photo(actor).id], finding: 'rectified', note: '现场复查，灭火器已更换' };
  }
}

describe('hazard lifecycle: (state, action, role) → result', () => {
  const cases = HAZARD_STATUSES.flatMap((status) =>
    HAZARD_ACTIONS.flatMap((action) => ROLES.map((role) => ({ status, action, role }))),
  );

  it.each(cases)('$status + $action by $role', async ({ status, action, role }) => {
    const deps = createInMemoryDeps();
    deps.given.unit();
    const actor = deps.given.user(role);
    const assignee = deps.given.user('grid_worker');
    const hazard = hazardIn(deps, status);
    const eventsBefore = deps.tables.hazardEvents.length;
    const attempt = actOnHazard(deps, actor, { hazardId: hazard.id, action: inputFor(deps, action, actor, assignee) });

    const next = LEADS_TO[status][action];
    if (!MAY_TAKE[action].includes(role)) {
      await expect(attempt).rejects.toMatchObject({ kind: 'permission_denied', code: 'hazard.refused_role' });
    } else if (!next) {
      await expect(attempt).rejects.toMatchObject({ kind: 'conflict', code: 'hazard.action_not_allowed' });
    } else {
      const result = await attempt;
      expect(result.status).toBe(next);
      expect(result.version).toBe(hazard.version + 1);
      const events = deps.tables.hazardEvents.slice(eventsBefore);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ action, fromStatus: status, toStatus: next, actorId: actor.userId });
      return;
    }
    // A refusal changes nothing: same row, no event.
    expect(deps.tables.hazards.get(hazard.id)).toEqual(hazard);
    expect(deps.tables.hazardEvents.length).toBe(eventsBefore);
  });
});

describe('major hazards (重大事故隐患)', () => {
  const plan = { measures: '更换除尘器并加装泄爆装置', responsible: '张伟(安全副总)', funds: '35万元', deadline: '2026-05-30', emergencyPlan: '停用3号车间,设置警戒区' };

  it('cannot be assigned before the five-part plan is complete, naming the missing parts', async () => {
    const deps = createInMemoryDeps();
    const town = deps.given.user('town');
    const hazard = deps.given.hazard({ level: 'major', plan: { ...plan, funds: '', emergencyPlan: ' ' } });
    await expect(actOnHazard(deps, town, { hazardId: hazard.id, action: { action: 'assign' } })).rejects.toMatchObject({
      code: 'hazard.plan_incomplete',
      details: { missing: ['funds', 'emergencyPlan'] },
    });
    expect(deps.tables.hazards.get(hazard.id)?.status).toBe('reported');
  });

  it('takes the plan given with assign and uses its deadline, moved off a rest day', async () => {
    const deps = createInMemoryDeps();
    const town = deps.given.user('town');
    const hazard = deps.given.hazard({ level: 'major' });
    const assigned = await actOnHazard(deps, town, { hazardId: hazard.id, action: { action: 'assign', plan } });
    expect(assigned.status).toBe('assigned');
    // 2026-05-30 is a Saturday: the deadline moves to Monday 06-01 (ADR 0063); the plan keeps what was written.
    expect(assigned.deadline).toBe('2026-06-01');
    expect(assigned.plan).toEqual(plan);
  });

  it('is closed only by the district', async () => {
    const deps = createInMemoryDeps();
    const hazard = deps.given.hazard({ level: 'major', status: 'submitted', deadline: '2026-05-30', plan, submittedBy: 'x' });
    for (const role of ['town', 'department'] as const) {
      await expect(actOnHazard(deps, deps.given.user(role), { hazardId: hazard.id, action: { action: 'close' } })).rejects.toMatchObject({
        code: 'hazard.refused_major_district_only',
      });
      await expect(
        actOnHazard(deps, deps.given.user(role), { hazardId: hazard.id, action: { action: 'return', note: '不合格' } }),
      ).rejects.toMatchObject({ code: 'hazard.refused_major_district_only' });
    }
    const district = deps.given.user('district');
    const closed = await actOnHazard(deps, district, { hazardId: hazard.id, action: { action: 'close', photoIds: [deps.given.photo(district).id] } });
    expect(closed.status).toBe('closed');
    expect(closed.closedAt).toBe('2026-03-02T02:00:00.000Z');
  });
});

describe('rules of single actions', () => {
  it('refuses the submitter closing their own rectification (复查 by a second person)', async () => {
    const deps = createInMemoryDeps();
    const town = deps.given.user('town');
    const hazard = deps.given.hazard({ status: 'assigned', deadline: '2026-03-20', assigneeId: town.userId });
    await actOnHazard(deps, town, { hazardId: hazard.id, action: { action: 'submit', photoIds: [deps.given.photo(town).id] } });
    await expect(actOnHazard(deps, town, { hazardId: hazard.id, action: { action: 'close' } })).rejects.toMatchObject({
      code: 'hazard.refused_self_review',
    });
  });

  it('sets the default deadline by level and category on assign, in working days', async () => {
    // Monday 2026-03-02 (this fake calendar has weekends only): 7, 15 and 3 working days.
    const deps = createInMemoryDeps();
    const town = deps.given.user('town');
    const electrical = deps.given.hazard({ category: 'electrical' });
    const other = deps.given.hazard({ category: 'management' });
    const fireLane = deps.given.hazard({ category: 'fire_lane' });
    expect((await actOnHazard(deps, town, { hazardId: electrical.id, action: { action: 'assign' } })).deadline).toBe('2026-03-11');
    expect((await actOnHazard(deps, town, { hazardId: other.id, action: { action: 'assign' } })).deadline).toBe('2026-03-23');
    expect((await actOnHazard(deps, town, { hazardId: fireLane.id, action: { action: 'assign' } })).deadline).toBe('2026-03-05');
  });

  it('refuses a deadline in the past and an assignee who cannot see the hazard', async () => {
    const deps = createInMemoryDeps();
    const town = deps.given.user('town');
    const luoyangWorker = deps.given.user('grid_worker', { town: '320412103' });
    const hazard = deps.given.hazard();
    await expect(
      actOnHazard(deps, town, { hazardId: hazard.id, action: { action: 'assign', deadline: '2026-03-01', assigneeId: luoyangWorker.userId } }),
    ).rejects.toMatchObject({
      kind: 'invalid_input',
      fields: [{ path: '/deadline', code: 'in_past' }, { path: '/assigneeId', code: 'not_found' }],
    });
  });

  it('derives overdue days and escalation from the clock', async () => {
    const deps = createInMemoryDeps();
    const town = deps.given.user('town');
    const hazard = deps.given.hazard();
    const assigned = await actOnHazard(deps, town, { hazardId: hazard.id, action: { action: 'assign', deadline: '2026-03-05' } });
    expect(assigned).toMatchObject({ isOverdue: false, daysOverdue: 0, escalation: 'none' });
    const { getHazard } = await import('./get-hazard.js');
    const at = async (iso: string) => {
      deps.clock.set(iso);
      return getHazard(deps, town, hazard.id);
    };
    // Shanghai dates: 2026-03-05T16:30Z is already 3-06 in Shanghai.
    expect(await at('2026-03-05T15:59:00Z')).toMatchObject({ isOverdue: false, escalation: 'none' });
    expect(await at('2026-03-05T16:30:00Z')).toMatchObject({ isOverdue: true, daysOverdue: 1, escalation: 'town' });
    // Working days: the weekend of 3-07/08 adds none; the 8th working day after Thursday 3-05 is 3-17, the 16th 3-27.
    expect(await at('2026-03-08T04:00:00Z')).toMatchObject({ isOverdue: true, daysOverdue: 1, escalation: 'town' });
    expect(await at('2026-03-16T04:00:00Z')).toMatchObject({ daysOverdue: 7, escalation: 'town' });
    expect(await at('2026-03-17T04:00:00Z')).toMatchObject({ daysOverdue: 8, escalation: 'department' });
    expect(await at('2026-03-27T04:00:00Z')).toMatchObject({ daysOverdue: 16, escalation: 'district' });
  });

  it('limits extensions and requires a later deadline with a reason', async () => {
    const deps = createInMemoryDeps();
    const town = deps.given.user('town');
    const hazard = deps.given.hazard({ status: 'assigned', deadline: '2026-03-20' });
    const extend = (deadline: string, note = '设备到货延迟') =>
      actOnHazard(deps, town, { hazardId: hazard.id, action: { action: 'extend', deadline, note } });
    await expect(extend('2026-03-19')).rejects.toMatchObject({ fields: [{ path: '/deadline', code: 'not_later' }] });
    await expect(extend('2026-03-25', '  ')).rejects.toMatchObject({ fields: [{ path: '/note', code: 'required' }] });
    await extend('2026-03-25');
    await extend('2026-03-30');
    await expect(extend('2026-04-05')).rejects.toMatchObject({ code: 'hazard.extension_limit' });
  });

  it('dismisses a duplicate only when it names a hazard the actor can see', async () => {
    const deps = createInMemoryDeps();
    const town = deps.given.user('town');
    const original = deps.given.hazard();
    const elsewhere = deps.given.hazard({ town: '320412103' });
    const duplicate = deps.given.hazard();
    const dismiss = (duplicateOf?: string) =>
      actOnHazard(deps, town, { hazardId: duplicate.id, action: { action: 'dismiss', reason: 'duplicate', duplicateOf } });
    await expect(dismiss()).rejects.toMatchObject({ fields: [{ path: '/duplicateOf', code: 'required' }] });
    await expect(dismiss(elsewhere.id)).rejects.toMatchObject({ fields: [{ path: '/duplicateOf', code: 'not_found' }] });
    await expect(dismiss(duplicate.id)).rejects.toMatchObject({ fields: [{ path: '/duplicateOf', code: 'not_found' }] });
    expect((await dismiss(original.id)).status).toBe('dismissed');
  });

  it('refuses a stale expected version', async () => {
    const deps = createInMemoryDeps();
    const town = deps.given.user('town');
    const hazard = deps.given.hazard();
    await expect(
      actOnHazard(deps, town, { hazardId: hazard.id, expectedVersion: 7, action: { action: 'assign' } }),
    ).rejects.toMatchObject({ kind: 'conflict', code: 'hazard.changed_concurrently' });
  });
});
