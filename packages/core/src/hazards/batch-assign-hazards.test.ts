import { describe, expect, it } from 'vitest';
import { BATCH_MAX_ITEMS } from '../batches/batch.js';
import { createInMemoryDeps, LUOYANG } from '../testing/in-memory-deps.js';
import { actOnHazard } from './act-on-hazard.js';
import { batchAssignHazards } from './batch-assign-hazards.js';

function setUp() {
  const deps = createInMemoryDeps();
  deps.given.unit();
  deps.given.unit({ town: LUOYANG });
  const town = deps.given.user('town');
  const worker = deps.given.user('grid_worker');
  const hazards = [deps.given.hazard(), deps.given.hazard(), deps.given.hazard()];
  return { deps, town, worker, hazards };
}

describe('批量交办 (batch assign)', () => {
  it('assigns every hazard like a single 交办: status, deadline, assignee, timeline and notification', async () => {
    const { deps, town, worker, hazards } = setUp();
    const jobsBefore = deps.tables.jobs.size;
    const result = await batchAssignHazards(deps, town, { hazardIds: hazards.map((hazard) => hazard.id), assigneeId: worker.userId, deadline: '2026-03-20', note: '限期整改' });

    expect(result.done).toBe(true);
    expect(result.hazards.map((hazard) => hazard.id)).toEqual(hazards.map((hazard) => hazard.id));
    for (const hazard of hazards) {
      expect(deps.tables.hazards.get(hazard.id)).toMatchObject({ status: 'assigned', deadline: '2026-03-20', assigneeId: worker.userId, version: hazard.version + 1 });
      const events = deps.tables.hazardEvents.filter((event) => event.hazardId === hazard.id);
      expect(events).toEqual([expect.objectContaining({ action: 'assign', fromStatus: 'reported', toStatus: 'assigned', actorId: town.userId, note: '限期整改', details: { deadline: '2026-03-20', assigneeId: worker.userId } })]);
    }
    // One notification fan-out per 交办, as a single assign enqueues.
    expect(deps.tables.jobs.size - jobsBefore).toBe(3);
  });

  it('gives the same result as three single assigns', async () => {
    const single = setUp();
    for (const hazard of single.hazards) {
      await actOnHazard(single.deps, single.town, { hazardId: hazard.id, action: { action: 'assign', assigneeId: single.worker.userId, deadline: '2026-03-20' } });
    }
    const batch = setUp();
    await batchAssignHazards(batch.deps, batch.town, { hazardIds: batch.hazards.map((hazard) => hazard.id), assigneeId: batch.worker.userId, deadline: '2026-03-20' });
    const shape = (deps: typeof single.deps) => [...deps.tables.hazards.values()].map(({ status, deadline, version, updatedAt }) => ({ status, deadline, version, updatedAt }));
    expect(shape(batch.deps)).toEqual(shape(single.deps));
  });

  it('assigns none when one hazard is in the wrong state, and names it', async () => {
    const { deps, town, hazards } = setUp();
    const closed = deps.given.hazard({ status: 'closed' });
    const ids = [hazards[0]!.id, closed.id, hazards[1]!.id];
    await expect(batchAssignHazards(deps, town, { hazardIds: ids, deadline: '2026-03-20' })).rejects.toMatchObject({
      kind: 'rule_violation', code: 'batch.refused', details: { count: 1 },
      fields: [{ path: '/hazardIds/1', code: 'hazard.action_not_allowed', params: { id: closed.id } }],
    });
    for (const hazard of hazards) expect(deps.tables.hazards.get(hazard.id)).toMatchObject({ status: 'reported', version: 1 });
    expect(deps.tables.hazardEvents).toHaveLength(0);
  });

  it('keeps a town to its own hazards: another town’s hazard and an unknown id fail the batch', async () => {
    const { deps, town, hazards } = setUp();
    const elsewhere = deps.given.hazard({ town: LUOYANG });
    const unknown = '0190f6a0-0000-7000-8000-000000000000';
    await expect(batchAssignHazards(deps, town, { hazardIds: [hazards[0]!.id, elsewhere.id, unknown] })).rejects.toMatchObject({
      code: 'batch.refused',
      fields: [
        { path: '/hazardIds/1', code: 'hazard.not_found', params: { id: elsewhere.id } },
        { path: '/hazardIds/2', code: 'hazard.not_found', params: { id: unknown } },
      ],
    });
    expect(deps.tables.hazards.get(hazards[0]!.id)).toMatchObject({ status: 'reported' });
    expect(deps.tables.hazards.get(elsewhere.id)).toMatchObject({ status: 'reported' });
    // The district office sees both towns and may assign them together.
    const result = await batchAssignHazards(deps, deps.given.user('district'), { hazardIds: [hazards[0]!.id, elsewhere.id] });
    expect(result.hazards.map((hazard) => hazard.status)).toEqual(['assigned', 'assigned']);
  });

  it('refuses a role that may not assign, and an assignee outside a hazard’s area, per hazard', async () => {
    const { deps, hazards } = setUp();
    const worker = deps.given.user('grid_worker');
    await expect(batchAssignHazards(deps, worker, { hazardIds: [hazards[0]!.id] })).rejects.toMatchObject({
      code: 'batch.refused', fields: [{ path: '/hazardIds/0', code: 'hazard.refused_role' }],
    });
    const luoyangWorker = deps.given.user('grid_worker', { town: LUOYANG });
    await expect(batchAssignHazards(deps, deps.given.user('district'), { hazardIds: [hazards[0]!.id, hazards[1]!.id], assigneeId: luoyangWorker.userId })).rejects.toMatchObject({
      code: 'batch.refused', fields: [{ path: '/hazardIds/0/assigneeId', code: 'not_found' }, { path: '/hazardIds/1/assigneeId', code: 'not_found' }],
    });
    expect(deps.tables.hazardEvents).toHaveLength(0);
  });

  it('takes 1 to 100 distinct ids', async () => {
    const { deps, town, hazards } = setUp();
    await expect(batchAssignHazards(deps, town, { hazardIds: [] })).rejects.toMatchObject({ kind: 'invalid_input', fields: [{ path: '/hazardIds', code: 'too_few' }] });
    const many = Array.from({ length: BATCH_MAX_ITEMS + 1 }, () => hazards[0]!.id);
    await expect(batchAssignHazards(deps, town, { hazardIds: many })).rejects.toMatchObject({ fields: [{ path: '/hazardIds', code: 'too_many', params: { limit: 100 } }] });
    await expect(batchAssignHazards(deps, town, { hazardIds: [hazards[0]!.id, hazards[0]!.id] })).rejects.toMatchObject({ fields: [{ path: '/hazardIds/1', code: 'not_unique' }] });
    expect(deps.tables.hazards.get(hazards[0]!.id)).toMatchObject({ status: 'reported' });
  });

  it('does the work once for a retried request with the same key, and refuses the key with another body', async () => {
    const { deps, town, hazards } = setUp();
    const input = { hazardIds: hazards.map((hazard) => hazard.id), deadline: '2026-03-20' as const, idempotencyKey: 'batch-key-0001', requestHash: 'hash-a' };
    const first = await batchAssignHazards(deps, town, input);
    const retry = await batchAssignHazards(deps, town, input);
    expect(retry.done).toBe(false);
    expect(retry.hazards.map(({ id, status, version }) => ({ id, status, version }))).toEqual(first.hazards.map(({ id, status, version }) => ({ id, status, version })));
    expect(deps.tables.hazardEvents).toHaveLength(3);
    await expect(batchAssignHazards(deps, town, { ...input, requestHash: 'hash-b' })).rejects.toMatchObject({ code: 'idempotency.key_reused' });
  });

  it('keeps no retry key when the batch is refused, so a corrected retry with the key works', async () => {
    const { deps, town, hazards } = setUp();
    const closed = deps.given.hazard({ status: 'closed' });
    await expect(batchAssignHazards(deps, town, { hazardIds: [hazards[0]!.id, closed.id], idempotencyKey: 'batch-key-0002', requestHash: 'h1' })).rejects.toMatchObject({ code: 'batch.refused' });
    expect(deps.tables.idempotency.size).toBe(0);
  });
});
