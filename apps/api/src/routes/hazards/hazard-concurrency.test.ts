import type { CoreDeps, Stores } from '@safegrid/core';
import { databaseFingerprint, describeEachDialect, expectRollupsMatchHazards } from '@safegrid/storage/testing';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { HazardResponse } from '@safegrid/contracts';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { multipartJpeg } from '../../testing/multipart.js';

const HUTANG_POINT = { lng: 119.91, lat: 31.71, crs: 'wgs84' };
const report = { source: 'patrol', level: 'major', category: 'fire_lane', title: '消防车道被占用', description: '', sector: 'fire', location: HUTANG_POINT };
const PLAN = { measures: '清理车道', responsible: '厂长', funds: '自筹', deadline: '2026-03-05', emergencyPlan: '专人值守' };

/** Resolves every caller once `parties` callers are waiting: holds transactions until all have read. */
function barrier(parties: number): () => Promise<void> {
  let waiting = 0;
  let release = () => undefined as void;
  const all = new Promise<void>((resolve) => {
    release = resolve;
  });
  return () => {
    waiting += 1;
    if (waiting === parties) release();
    return all;
  };
}

/**
 * On PostgreSQL the two transactions both read the hazard before either writes (a barrier after
 * the read), so the loser meets the optimistic version check. SQLite has one connection and runs
 * transactions one after another, so there the loser sees the new state: the same 409 by the
 * state check, the race cannot be forced further on that dialect.
 */
function holdAfterRead(deps: CoreDeps, wait: () => Promise<void>): void {
  const original = deps.inTransaction;
  const mutable = deps as { inTransaction: CoreDeps['inTransaction'] };
  mutable.inTransaction = (work) =>
    original((stores: Stores) =>
      work({
        ...stores,
        hazards: {
          ...stores.hazards,
          async findById(id, scope) {
            const hazard = await stores.hazards.findById(id, scope);
            await wait();
            return hazard;
          },
        },
      }),
    );
}

describeEachDialect('two users act on the same hazard at once', (dialect) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await buildTestServer({ dialect });
  });
  afterEach(async () => server.close());

  const post = (url: string, token: string, payload: object) =>
    server.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${token}` } });
  const actions = (id: string) => `/api/v1/hazards/${id}/actions`;

  async function eventsOf(id: string, token: string): Promise<string[]> {
    const response = await server.app.inject({ method: 'GET', url: `/api/v1/hazards/${id}/events`, headers: { authorization: `Bearer ${token}` } });
    return (response.json() as { action: string }[]).map((event) => event.action);
  }

  it(`a close and a return at once: exactly one 200, the other 409, one new event, counts consistent [${dialect}]`, async () => {
    const worker = await server.login('grid_worker');
    const townA = await server.login('town');
    const created = (await post('/api/v1/hazards', worker.token, report)).json() as HazardResponse;
    expect((await post(actions(created.id), townA.token, { action: 'assign', deadline: '2026-03-05', assigneeId: worker.user.id, plan: PLAN })).statusCode).toBe(200);
    const photo = await server.app.inject({
      method: 'POST', url: '/api/v1/photos', headers: { authorization: `Bearer ${worker.token}`, 'content-type': 'multipart/form-data; boundary=X' },
      payload: await multipartJpeg('X'),
    });
    const photoIds = [(photo.json() as { id: string }).id];
    expect((await post(actions(created.id), worker.token, { action: 'submit', photoIds, note: '已整改' })).statusCode).toBe(200);

    // A major hazard is closed or returned by the district (重大隐患 区级复查).
    const districtA = await server.login('district');
    const districtB = await server.login('district');
    // 销号 needs review photos (ADR 0087): the closer adds the one taken on the re-inspection.
    const reviewPhoto = await server.app.inject({
      method: 'POST', url: '/api/v1/photos', headers: { authorization: `Bearer ${districtA.token}`, 'content-type': 'multipart/form-data; boundary=X' },
      payload: await multipartJpeg('X'),
    });
    const reviewPhotoIds = [(reviewPhoto.json() as { id: string }).id];
    if (dialect === 'postgres') holdAfterRead(server.deps, barrier(2));
    const results = await Promise.all([
      post(actions(created.id), districtA.token, { action: 'close', photoIds: reviewPhotoIds, note: '复查合格' }),
      post(actions(created.id), districtB.token, { action: 'return', note: '复查不合格' }),
    ]);
    const codes = results.map((result) => result.statusCode).sort();
    expect(codes, results.map((result) => result.body).join('\n')).toEqual([200, 409]);
    const loser = results.find((result) => result.statusCode === 409);
    expect(loser?.headers['content-type']).toContain('application/problem+json');
    expect((loser?.json() as { code: string }).code).toMatch(dialect === 'postgres' ? /^hazard\.changed_concurrently$/ : /^hazard\.(changed_concurrently|action_not_allowed)$/);

    const winner = results.find((result) => result.statusCode === 200)?.json() as HazardResponse;
    const events = await eventsOf(created.id, townA.token);
    expect(events.slice(0, 3)).toEqual(['report', 'assign', 'submit']);
    expect(events).toHaveLength(4); // exactly one new event, the winner's
    expect(events[3]).toBe(winner.status === 'closed' ? 'close' : 'return');

    const overview = (await server.app.inject({ method: 'GET', url: '/api/v1/stats/overview', headers: { authorization: `Bearer ${townA.token}` } })).json() as {
      total: number; byStatus: Record<string, number>; majorOpen: number; byTown: { townName: string }[];
    };
    expect(overview.total).toBe(1);
    expect(overview.byTown.map((town) => town.townName)).toEqual(['湖塘镇']);
    expect(overview.byStatus[winner.status]).toBe(1);
    expect(overview.majorOpen).toBe(winner.status === 'closed' ? 0 : 1);
    await expectRollupsMatchHazards(server.database);
  });

  it(`two assigns: one wins with its deadline, the other 409, one assign event [${dialect}]`, async () => {
    const worker = await server.login('grid_worker');
    const townA = await server.login('town');
    const townB = await server.login('town');
    const created = (await post('/api/v1/hazards', worker.token, { ...report, level: 'general' })).json() as HazardResponse;

    if (dialect === 'postgres') holdAfterRead(server.deps, barrier(2));
    const results = await Promise.all([
      post(actions(created.id), townA.token, { action: 'assign', deadline: '2026-03-05', assigneeId: worker.user.id }),
      post(actions(created.id), townB.token, { action: 'assign', deadline: '2026-03-20', assigneeId: worker.user.id }),
    ]);
    expect(results.map((result) => result.statusCode).sort(), results.map((result) => result.body).join('\n')).toEqual([200, 409]);
    const winner = results.find((result) => result.statusCode === 200)?.json() as HazardResponse;
    const stored = (await server.app.inject({ method: 'GET', url: `/api/v1/hazards/${created.id}`, headers: { authorization: `Bearer ${townA.token}` } })).json() as HazardResponse;
    expect(stored).toMatchObject({ status: 'assigned', deadline: winner.deadline, version: 2 });
    expect(await eventsOf(created.id, townA.token)).toEqual(['report', 'assign']);
    await expectRollupsMatchHazards(server.database);
  });

  it(`a failure after the hazard row is written rolls back the row, its counts and its event [${dialect}]`, async () => {
    const worker = await server.login('grid_worker');
    const town = await server.login('town');
    const created = (await post('/api/v1/hazards', worker.token, report)).json() as HazardResponse;
    const before = await databaseFingerprint(server.database, { ignoreSessions: true });

    const original = server.deps.inTransaction;
    (server.deps as { inTransaction: CoreDeps['inTransaction'] }).inTransaction = (work) =>
      original((stores) => work({ ...stores, hazardEvents: { ...stores.hazardEvents, append: async () => { throw new Error('disk full'); } } }));
    const failed = await post(actions(created.id), town.token, { action: 'dismiss', reason: 'not_true', note: '经核实不属实' });
    expect(failed.statusCode).toBe(500);
    expect(await databaseFingerprint(server.database, { ignoreSessions: true })).toBe(before);
    await expectRollupsMatchHazards(server.database);
  });
});
