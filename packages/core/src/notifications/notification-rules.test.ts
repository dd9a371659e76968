import { describe, expect, it } from 'vitest';
import type { Actor } from '../accounts/actor.js';
import type { HazardEvent } from '../hazards/hazard.js';
import { recordHazardEvent } from '../hazards/record-hazard-event.js';
import { createInMemoryDeps, LUOYANG, TEST_DISTRICT, type InMemoryDeps } from '../testing/in-memory-deps.js';
import { fanOutNotificationsJob } from './fan-out-job.js';
import type { NotificationKind } from './notification.js';
import { FAN_OUT_JOB_KIND } from './notification-job-kinds.js';

interface People {
  readonly hutangWorker: Actor;
  readonly luoyangWorker: Actor;
  readonly hutangTown: Actor;
  readonly luoyangTown: Actor;
  readonly tradeDepartment: Actor;
  readonly buildingDepartment: Actor;
  readonly office: Actor;
  readonly assignee: Actor;
}

function world(): { deps: InMemoryDeps; people: People } {
  const deps = createInMemoryDeps();
  const { given } = deps;
  const people: People = {
    hutangWorker: given.user('grid_worker'),
    luoyangWorker: given.user('grid_worker', { town: LUOYANG }),
    hutangTown: given.user('town'),
    luoyangTown: given.user('town', { town: LUOYANG }),
    tradeDepartment: given.user('department'),
    buildingDepartment: given.user('department', { scope: { regionCode: TEST_DISTRICT, gridIds: [], sectors: ['construction'], unitId: null } }),
    office: given.user('district'),
    assignee: given.user('grid_worker', { username: 'assignee' }),
  };
  return { deps, people };
}

/** Writes one timeline event the way every writer does, then runs the fan-out job it enqueued (twice: once-only). */
async function tell(deps: InMemoryDeps, event: Omit<HazardEvent, 'id' | 'districtCode' | 'at' | 'photoIds'>): Promise<Map<string, NotificationKind[]>> {
  const full: HazardEvent = { ...event, id: deps.ids.newId(), districtCode: TEST_DISTRICT, at: deps.clock.now().toISOString(), photoIds: [] };
  await deps.inTransaction((stores) => recordHazardEvent(stores, deps, full));
  const jobs = [...deps.tables.jobs.values()].filter((job) => job.kind === FAN_OUT_JOB_KIND && job.dedupeKey === `event:${full.id}`);
  for (const job of [...jobs, ...jobs]) await fanOutNotificationsJob.run({ job, deps, reportProgress: async () => undefined, signal: { aborted: false } });
  const told = new Map<string, NotificationKind[]>();
  for (const n of deps.tables.notifications.values()) if (n.sourceKey.startsWith(`${full.id}:`)) told.set(n.recipientId, [...(told.get(n.recipientId) ?? []), n.kind]);
  return told;
}

const byActor = (people: People, told: Map<string, NotificationKind[]>) =>
  Object.fromEntries(Object.entries(people).flatMap(([name, actor]) => (told.has(actor.userId) ? [[name, told.get(actor.userId)]] : [])));

describe('who is told of each hazard event (issue 11 rules)', () => {
  const system = { actorId: 'system', actorName: 'SafeGrid', actorRole: 'district' };
  const cases: { action: string; details?: Record<string, unknown>; level?: 'major'; expected: Record<string, NotificationKind[]> }[] = [
    { action: 'report', expected: { hutangWorker: ['hazard.reported'], assignee: ['hazard.reported'], hutangTown: ['hazard.reported'] } },
    { action: 'report', level: 'major', expected: { hutangWorker: ['hazard.reported'], assignee: ['hazard.reported'], hutangTown: ['hazard.reported'], office: ['hazard.major_reported'], tradeDepartment: ['hazard.major_reported'] } },
    { action: 'assign', expected: { assignee: ['hazard.assigned'] } },
    { action: 'submit', expected: { hutangTown: ['hazard.submitted'] } },
    { action: 'return', expected: { assignee: ['hazard.returned'] } },
    { action: 'close', expected: {} },
    { action: 'dismiss', expected: {} },
    // The escalation job's and 挂牌督办's actions, by name (their constant lives elsewhere).
    { action: 'remind', expected: { assignee: ['hazard.remind'], hutangTown: ['hazard.remind'] } },
    { action: 'overdue', expected: { assignee: ['hazard.overdue'], hutangTown: ['hazard.overdue'] } },
    { action: 'urge', expected: { assignee: ['hazard.urged'], hutangTown: ['hazard.urged'] } },
    { action: 'escalate', details: { level: 'department' }, expected: { tradeDepartment: ['hazard.escalated'] } },
    { action: 'escalate', details: { level: 'district' }, expected: { office: ['hazard.escalated'] } },
    { action: 'supervise', expected: { hutangTown: ['hazard.supervised'], tradeDepartment: ['hazard.supervised'] } },
    { action: 'unsupervise', expected: {} },
  ];

  for (const { action, details, level, expected } of cases) {
    it(`${action}${details ? ` ${JSON.stringify(details)}` : ''}${level ? ' (major)' : ''}`, async () => {
      const { deps, people } = world();
      const hazard = deps.given.hazard({ assigneeId: people.assignee.userId, status: 'assigned', deadline: '2026-03-12', ...(level ? { level } : {}) });
      const told = await tell(deps, { hazardId: hazard.id, action: action as HazardEvent['action'], fromStatus: 'assigned', toStatus: 'assigned', ...system, note: null, details: details ?? {} });
      expect(byActor(people, told)).toEqual(expected);
      const enqueued = [...deps.tables.jobs.values()].filter((job) => job.kind === FAN_OUT_JOB_KIND).length;
      // Actions nobody is told of cost no job row.
      expect(enqueued).toBe(Object.keys(expected).length > 0 ? 1 : 0);
    });
  }

  it('never tells the person who acted, and leaves out kinds a person muted unless they are mandatory', async () => {
    const { deps, people } = world();
    const hazard = deps.given.hazard({ level: 'major' });
    await deps.notifications.setMutedKinds(TEST_DISTRICT, people.hutangTown.userId, ['hazard.reported'], '2026-03-02T02:00:00Z');
    await deps.notifications.setMutedKinds(TEST_DISTRICT, people.office.userId, ['hazard.major_reported'], '2026-03-02T02:00:00Z');
    const { userId: actorId, displayName: actorName, role: actorRole } = people.hutangWorker;
    const told = await tell(deps, { hazardId: hazard.id, action: 'report', fromStatus: null, toStatus: 'reported', actorId, actorName, actorRole, note: null, details: {} });
    expect(byActor(people, told)).toEqual({ assignee: ['hazard.reported'], office: ['hazard.major_reported'], tradeDepartment: ['hazard.major_reported'] });
    const [notification] = [...deps.tables.notifications.values()].filter((n) => n.recipientId === people.office.userId);
    expect(notification).toMatchObject({ title: '重大隐患上报：配电箱未上锁', body: 'grid_worker user 上报了重大事故隐患“配电箱未上锁”，请立即关注', link: { type: 'hazard', id: hazard.id } });
  });

  it('tells a town of its own hazards only', async () => {
    const { deps, people } = world();
    const hazard = deps.given.hazard({ town: LUOYANG });
    const told = await tell(deps, { hazardId: hazard.id, action: 'submit', fromStatus: 'assigned', toStatus: 'submitted', ...system, note: null, details: {} });
    expect(byActor(people, told)).toEqual({ luoyangTown: ['hazard.submitted'] });
  });
});
