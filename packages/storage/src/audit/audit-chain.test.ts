import { sql } from 'kysely';
import type { Grid, HazardEvent, Stores } from '@safegrid/core';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createBulkLoader } from '../bulk-load.js';
import { inTransaction } from '../stores.js';
import { buildHazard, DISTRICT, smallWorld, testId } from '../testing/fixtures.js';
import { describeEachDialect, openTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { verifyAuditChain } from './audit-verify.js';

const event = (hazardId: string, index: number): HazardEvent => ({
  id: testId(), hazardId, districtCode: DISTRICT, action: index === 0 ? 'report' : 'assign', fromStatus: index === 0 ? null : 'reported', toStatus: index === 0 ? 'reported' : 'assigned',
  actorId: 'u1', actorName: '王网格', actorRole: 'grid_worker', at: new Date(Date.UTC(2026, 2, 2, 2, index)).toISOString(), note: index === 1 ? '限期三天' : null,
  photoIds: ['p1'], details: { deadline: '2026-03-05', nested: { b: 2, a: 1 } },
});

describeEachDialect('hash-chained audit trail (ADR 0071)', (dialect) => {
  let database: TestDatabase;
  let run: <T>(work: (stores: Stores) => Promise<T>) => Promise<T>;
  let eventIds: string[];
  let grid: Grid;
  const exec = (query: ReturnType<typeof sql>) => query.execute(database.db.withoutPlugins());
  const verify = () => verifyAuditChain(database.db, DISTRICT);

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    const world = smallWorld();
    await createBulkLoader(database).regions(world.regions, world.grids);
    run = inTransaction(database.db, database.dialect);
    grid = world.grids[0] as Grid;
    const hazard = buildHazard(grid);
    const events = [0, 1, 2, 3].map((index) => event(hazard.id, index));
    eventIds = events.map((item) => item.id);
    await run(async (stores) => {
      await stores.hazards.insert(hazard);
      await stores.hazardEvents.append(events[0] as HazardEvent);
    });
    for (const item of events.slice(1)) await run((stores) => stores.hazardEvents.append(item));
    await run((stores) => stores.users.insert({
      id: 'user-1', districtCode: DISTRICT, username: 'zhangsan', displayName: '张三', role: 'town', scope: { regionCode: '320412100', gridIds: [], sectors: [], unitId: null },
      phone: null, status: 'active', createdAt: '2026-03-02T02:00:00.000Z', updatedAt: '2026-03-02T02:00:00.000Z',
    }, 'scrypt$hash-1'));
  });
  afterEach(async () => database.dispose());

  it('chains every audited write and verifies intact; a password change appends a snapshot', async () => {
    await run((stores) => stores.users.setPassword('user-1', 'scrypt$hash-2', '2026-03-03T00:00:00.000Z'));
    const result = await verify();
    expect(result).toMatchObject({ ok: true, entries: 6, headSeq: 6, firstBreak: null });
    const { rows } = await exec(sql`select content from audit_log where source_table = 'users'`);
    expect(JSON.stringify(rows)).not.toContain('scrypt$hash'); // the password hash is chained as its digest only
  });

  const tamperings: { name: string; tamper: () => Promise<unknown>; expected: (ids: string[]) => Record<string, unknown> }[] = [
    { name: 'an audited row edited in the database', tamper: () => exec(sql`update hazard_events set actor_name = '李四' where id = ${eventIds[1]}`),
      expected: (ids) => ({ kind: 'edited', where: 'row', table: 'hazard_events', id: ids[1], seq: 2, detail: 'changed: actor_name' }) },
    { name: 'an audited row’s JSON edited', tamper: () => exec(sql`update hazard_events set details = ${dialect === 'postgres' ? sql`'{"deadline":"2026-04-05"}'::jsonb` : sql`'{"deadline":"2026-04-05"}'`} where id = ${eventIds[2]}`),
      expected: (ids) => ({ kind: 'edited', where: 'row', table: 'hazard_events', id: ids[2], seq: 3 }) },
    { name: 'an audited row deleted', tamper: () => exec(sql`delete from hazard_events where id = ${eventIds[2]}`),
      expected: (ids) => ({ kind: 'deleted', where: 'row', table: 'hazard_events', id: ids[2], seq: 3 }) },
    { name: 'a row inserted without the application', tamper: () => exec(sql`insert into hazard_events (id, district_code, hazard_id, action, from_status, to_status, actor_id, actor_name, actor_role, at, note, photo_ids, details)
        select 'forged', district_code, hazard_id, 'close', 'assigned', 'closed', actor_id, actor_name, actor_role, at, null, photo_ids, details from hazard_events where id = ${eventIds[3]}`),
      expected: () => ({ kind: 'inserted', where: 'row', table: 'hazard_events', id: 'forged', seq: null }) },
    { name: 'an account’s password hash replaced', tamper: () => exec(sql`update users set password_hash = 'attacker' where id = 'user-1'`),
      expected: () => ({ kind: 'edited', where: 'row', table: 'users', id: 'user-1', seq: 5, detail: 'changed: password_hash' }) },
    { name: 'an entry of the log edited (row and entry changed together)', tamper: async () => {
      await exec(sql`update hazard_events set actor_name = '李四' where id = ${eventIds[1]}`);
      const { rows } = await exec(sql`select content from audit_log where seq = 2`);
      await exec(sql`update audit_log set content = ${String((rows[0] as { content: string }).content).replace('王网格', '李四')} where seq = 2`);
    }, expected: (ids) => ({ kind: 'edited', where: 'chain', table: 'hazard_events', id: ids[1], seq: 2 }) },
    { name: 'an entry of the log deleted with its row', tamper: async () => {
      await exec(sql`delete from hazard_events where id = ${eventIds[1]}`);
      await exec(sql`delete from audit_log where seq = 2`);
    }, expected: (ids) => ({ kind: 'deleted', where: 'chain', table: 'hazard_events', id: ids[2], seq: 3 }) },
    { name: 'the last entries cut off', tamper: () => exec(sql`delete from audit_log where seq >= 4`),
      expected: () => ({ kind: 'deleted', where: 'chain', seq: 4 }) },
    { name: 'two entries swapped', tamper: async () => {
      await exec(sql`update audit_log set seq = 100 where seq = 2`);
      await exec(sql`update audit_log set seq = 2 where seq = 3`);
      await exec(sql`update audit_log set seq = 3 where seq = 100`);
    }, expected: (ids) => ({ kind: 'reordered', where: 'chain', table: 'hazard_events', id: ids[2], seq: 2 }) },
    { name: 'a forged entry put into the chain', tamper: async () => {
      await exec(sql`update audit_log set seq = seq + 1000 where seq >= 3`);
      await exec(sql`update audit_log set seq = seq - 999 where seq >= 1000`);
      const { rows } = await exec(sql`select hash from audit_log where seq = 2`);
      const prev = String((rows[0] as { hash: string }).hash);
      const { entryHash } = await import('./audited-tables.js');
      const forged = { prevHash: prev, seq: 3, sourceTable: 'hazard_events', sourceId: 'ghost', content: '{}' };
      await exec(sql`insert into audit_log (district_code, seq, source_table, source_id, content, prev_hash, hash) values (${DISTRICT}, 3, 'hazard_events', 'ghost', '{}', ${prev}, ${entryHash(forged)})`);
    }, expected: () => ({ kind: 'inserted', where: 'chain', table: 'hazard_events', id: 'ghost', seq: 3 }) },
  ];

  for (const { name, tamper, expected } of tamperings) {
    it(`names ${name}`, async () => {
      expect((await verify()).ok).toBe(true);
      await tamper();
      const result = await verify();
      expect(result.ok).toBe(false);
      expect(result.firstBreak).toMatchObject(expected(eventIds));
      // The same break is found when every query returns at most two rows (pages cross it).
      const paged = await verifyAuditChain(database.db, DISTRICT, { pageSize: 2 });
      expect(paged).toEqual(result);
    });
  }

  it('counts every break but reports the fifty with the lowest sequence numbers, in order', async () => {
    const hazard = buildHazard(grid);
    await run((stores) => stores.hazards.insert(hazard));
    const events = Array.from({ length: 60 }, (_, index) => event(hazard.id, index + 1));
    for (const item of events) await run((stores) => stores.hazardEvents.append(item));
    expect(await verifyAuditChain(database.db, DISTRICT, { pageSize: 7 })).toMatchObject({ ok: true, entries: 65 });
    await exec(sql`update hazard_events set actor_name = '李四'`);
    const result = await verifyAuditChain(database.db, DISTRICT, { pageSize: 7 });
    expect(result.ok).toBe(false);
    expect(result.breaks).toHaveLength(50);
    expect(result.breaks.map((item) => item.seq)).toEqual(Array.from({ length: 51 }, (_, index) => index + 1).filter((seq) => seq !== 5));
  });

  it('finds no break when the server appends and updates while the verification yields between pages', async () => {
    const hazard = buildHazard(grid);
    await run((stores) => stores.hazards.insert(hazard));
    const events = Array.from({ length: 40 }, (_, index) => event(hazard.id, index + 1));
    const writes = (async () => {
      for (const [index, item] of events.entries()) {
        await run((stores) => stores.hazardEvents.append(item));
        if (index % 4 === 0) await run((stores) => stores.users.setPassword('user-1', `scrypt$hash-${String(index)}`, new Date(Date.UTC(2026, 2, 3, 0, index)).toISOString()));
      }
    })();
    const during = await verifyAuditChain(database.db, DISTRICT, { pageSize: 2 });
    await writes;
    expect(during.breaks).toEqual([]);
    expect(during.ok).toBe(true);
    expect(await verify()).toMatchObject({ ok: true, entries: 5 + 40 + 10, firstBreak: null });
  });

  it('serialises appends of one district from concurrent transactions (no fork, no gap)', async () => {
    const hazard = buildHazard(grid);
    await run((stores) => stores.hazards.insert(hazard));
    const events = Array.from({ length: 24 }, (_, index) => event(hazard.id, index + 1));
    await Promise.all(events.map((item) => run((stores) => stores.hazardEvents.append(item))));
    const result = await verify();
    expect(result).toMatchObject({ ok: true, entries: 5 + 24, headSeq: 29 });
  });
});

describeEachDialect('the migration chains rows that existed before it', (dialect) => {
  let database: TestDatabase;
  afterEach(async () => database.dispose());

  it('backfills hazard events and accounts, oldest first, and verifies intact', async () => {
    database = await openTestDatabase(dialect, { migrateUpTo: '20261207T1200-fold-overdue-counts' });
    const world = smallWorld();
    const loader = createBulkLoader(database);
    await loader.regions(world.regions, world.grids);
    const hazard = buildHazard(world.grids[0] as Grid);
    const raw = database.db;
    // The hazards table of that schema has no equipment link yet (20261209T0410).
    const { equipmentId: _equipmentId, ...row } = (await import('../stores/hazard-rows.js')).toHazardRow(hazard);
    await raw.insertInto('hazards').values(row).execute();
    const { toHazardEventRow } = await import('../stores/hazard-rows.js');
    for (const index of [2, 0, 1]) await raw.insertInto('hazardEvents').values(toHazardEventRow(event(hazard.id, index))).execute();
    const { migrateToLatest } = await import('../database.js');
    await migrateToLatest(database);
    const result = await verifyAuditChain(database.db, DISTRICT);
    expect(result).toMatchObject({ ok: true, entries: 3, headSeq: 3 });
    const { rows } = await sql<{ content: string }>`select content from audit_log order by seq`.execute(database.db.withoutPlugins());
    expect(rows.map((row) => (JSON.parse(row.content) as { at: string }).at)).toEqual([0, 1, 2].map((minute) => new Date(Date.UTC(2026, 2, 2, 2, minute)).toISOString()));
  });
  it('backfills more rows than one page holds, each once and oldest first', async () => {
    database = await openTestDatabase(dialect, { migrateUpTo: '20261207T1200-fold-overdue-counts' });
    const world = smallWorld();
    await createBulkLoader(database).regions(world.regions, world.grids);
    const hazard = buildHazard(world.grids[0] as Grid);
    const { toHazardEventRow, toHazardRow } = await import('../stores/hazard-rows.js');
    const { equipmentId: _equipmentId, ...row } = toHazardRow(hazard);
    await database.db.insertInto('hazards').values(row).execute();
    // 12,001 events (two full pages of 5,000 and a partial one), their times in reverse of their ids.
    const total = 12_001;
    const events = Array.from({ length: total }, (_, index) => ({ ...event(hazard.id, 1), at: new Date(Date.UTC(2026, 2, 2) + (total - index) * 1_000).toISOString() }));
    for (let start = 0; start < total; start += 500) await database.db.insertInto('hazardEvents').values(events.slice(start, start + 500).map(toHazardEventRow)).execute();
    const { migrateToLatest } = await import('../database.js');
    await migrateToLatest(database);
    expect(await verifyAuditChain(database.db, DISTRICT)).toMatchObject({ ok: true, entries: total, headSeq: total });
    const { rows } = await sql<{ source_id: string }>`select source_id from audit_log order by seq`.execute(database.db.withoutPlugins());
    expect(new Set(rows.map((entry) => entry.source_id)).size).toBe(total);
    expect(rows.map((entry) => entry.source_id)).toEqual(events.map((item) => item.id).reverse());
  });
});
