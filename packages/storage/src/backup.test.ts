import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Grid, HazardEvent } from '@safegrid/core';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase, type PostgresToolOptions } from './backup.js';
import { createBulkLoader } from './bulk-load.js';
import { migrateToLatest, openDatabase, type DialectName, type SafeGridDatabase } from './database.js';
import { MIGRATIONS } from './migrations/index.js';
import { inTransaction } from './stores.js';
import { buildHazard, DISTRICT, smallWorld, testId } from './testing/fixtures.js';
import { recountHazardRollups } from './testing/rollup-recount.js';
import { describeEachDialect } from './testing/test-database.js';

const POSTGRES_ADMIN_URL = process.env.SAFEGRID_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const tools: PostgresToolOptions = { environment: process.env };
const EVENTS_PER_HAZARD = 3;

/** A database the backup and restore address by URL: a SQLite file, or an empty PostgreSQL database. */
interface Place {
  readonly url: string;
  drop(): Promise<void>;
}

async function newPlace(dialect: DialectName, folder: string): Promise<Place> {
  if (dialect === 'sqlite') return { url: `sqlite:${join(folder, `${randomBytes(4).toString('hex')}.db`)}`, drop: async () => undefined };
  const name = `${process.env.SAFEGRID_TEST_DATABASE_PREFIX ?? 'safegrid_test_'}${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name} template template0 encoding 'UTF8'`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

function eventsOf(hazardId: string): HazardEvent[] {
  return Array.from({ length: EVENTS_PER_HAZARD }, (_, index) => ({
    id: testId(), hazardId, districtCode: DISTRICT, action: index === 0 ? 'report' : 'assign', fromStatus: null, toStatus: 'reported',
    actorId: 'u1', actorName: '网格员', actorRole: 'grid_worker', at: '2026-01-02T00:00:00.000Z', note: null, photoIds: [], details: { step: index },
  }));
}

/**
 * Writes hazards one transaction after another (each with its events and rollup deltas) until
 * told to stop, yielding to the event loop between transactions as a server does between requests.
 * `committed` lists the ids in commit order.
 */
function startWriteBurst(database: SafeGridDatabase, grids: readonly Grid[]): { committed: string[]; stop(): Promise<void> } {
  const committed: string[] = [];
  const transaction = inTransaction(database.db, database.dialect);
  let stopping = false;
  const done = (async () => {
    for (let index = 0; !stopping; index += 1) {
      const hazard = buildHazard(grids[index % grids.length] as Grid, { level: index % 3 === 0 ? 'major' : 'general', category: index % 2 === 0 ? 'fire_lane' : 'other' });
      await transaction(async (stores) => {
        await stores.hazards.insert(hazard);
        for (const event of eventsOf(hazard.id)) await stores.hazardEvents.append(event);
      });
      committed.push(hazard.id);
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  return {
    committed,
    stop: async () => {
      stopping = true;
      await done;
    },
  };
}

async function hazardIdsInCommitOrder(database: SafeGridDatabase, committed: readonly string[]): Promise<string[]> {
  const rows = await database.db.selectFrom('hazards').select('id').execute();
  const order = new Map(committed.map((id, index) => [id, index]));
  return rows.map((row) => row.id).sort((a, b) => (order.get(a) ?? -1) - (order.get(b) ?? -1));
}

describeEachDialect('backup and restore', (dialect) => {
  let folder: string;
  let source: Place;
  let database: SafeGridDatabase;
  let grids: Grid[];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'safegrid-backup-'));
    source = await newPlace(dialect, folder);
    database = openDatabase(source.url, { poolSize: 4 });
    await migrateToLatest(database);
    const world = smallWorld();
    await createBulkLoader(database).regions(world.regions, world.grids);
    grids = world.grids;
    // SQLite: keep every commit of the burst in the WAL (no automatic checkpoint), so a backup that
    // copied the database file without going through SQLite would miss them and fail below.
    if (dialect === 'sqlite') await sql`pragma wal_autocheckpoint = 0`.execute(database.db);
  });
  afterAll(async () => {
    await database.close();
    await source.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('takes a consistent backup while writes go on, and restores it with matching counts', async () => {
    const burst = startWriteBurst(database, grids);
    // Let the burst get going so the backup starts over a database that is being written.
    while (burst.committed.length < 20) await new Promise((resolve) => setImmediate(resolve));
    const committedBefore = burst.committed.length;
    const file = join(folder, 'during-burst.backup');
    // One page per step on SQLite: the copy spans many turns of the event loop, so commits land in the middle of it.
    const backup = await backupDatabase(source.url, file, { pagesPerStep: 1, postgres: tools });
    const committedAfter = burst.committed.length;
    await burst.stop();
    expect(committedAfter, 'the burst wrote while the backup ran').toBeGreaterThan(committedBefore);
    expect(backup.lastMigration).toBe(MIGRATIONS[MIGRATIONS.length - 1]?.name);

    const target = await newPlace(dialect, folder);
    const restoredResult = await restoreDatabase(target.url, file, { postgres: tools });
    expect(restoredResult).toMatchObject({ dialect, replaced: false });
    const restored = openDatabase(target.url);
    let backupCount = 0;
    try {
      // A consistent snapshot of a one-at-a-time writer holds exactly a prefix of the commit order,
      // at least everything committed before the backup began and nothing written after it ended.
      const ids = await hazardIdsInCommitOrder(restored, burst.committed);
      expect(ids.length).toBeGreaterThanOrEqual(committedBefore);
      expect(ids.length).toBeLessThanOrEqual(committedAfter + 1);
      expect(ids).toEqual(burst.committed.slice(0, ids.length));
      backupCount = ids.length;
      // Every hazard came with all of its events, and no event without its hazard.
      const perHazard = await sql<{ hazardId: string; n: number }>`
        select h.id as hazard_id, count(e.id) as n from hazards h left join hazard_events e on e.hazard_id = h.id group by h.id`.execute(restored.db);
      expect(perHazard.rows.filter((row) => Number(row.n) !== EVENTS_PER_HAZARD)).toEqual([]);
      const events = await restored.db.selectFrom('hazardEvents').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(events.n)).toBe(ids.length * EVENTS_PER_HAZARD);
      // The rollups written in the same transactions agree with a recount of the restored hazards.
      const rollups = await recountHazardRollups(restored);
      expect(rollups.counts.stored).toEqual(rollups.counts.recounted);
      expect(rollups.counts.stored.length).toBeGreaterThan(0);
      const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(restored.db);
      expect(applied.rows.map((row) => row.name)).toEqual(MIGRATIONS.map((migration) => migration.name));
      // The restored database takes writes again (sequences, triggers and indexes came back).
      await inTransaction(restored.db, restored.dialect)(async (stores) => stores.hazards.insert(buildHazard(grids[0] as Grid)));
    } finally {
      await restored.close();
    }

    // Restoring over a database that holds SafeGrid data needs force; then it replaces it.
    await expect(restoreDatabase(target.url, file, { postgres: tools })).rejects.toMatchObject({ code: 'restore.target_in_use' });
    expect(await restoreDatabase(target.url, file, { force: true, postgres: tools })).toMatchObject({ replaced: true });
    const again = openDatabase(target.url);
    try {
      // The hazard written after the first restore is gone: the file's state came back.
      expect(await hazardIdsInCommitOrder(again, burst.committed)).toEqual(burst.committed.slice(0, backupCount));
    } finally {
      await again.close();
      await target.drop();
    }
  });

  it('refuses a file that is not a SafeGrid backup and a backup over an existing file', async () => {
    const junk = join(folder, 'junk.backup');
    writeFileSync(junk, 'not a database');
    const target = await newPlace(dialect, folder);
    try {
      await expect(restoreDatabase(target.url, junk, { postgres: tools })).rejects.toMatchObject({ code: 'restore.not_safegrid' });
      await expect(backupDatabase(source.url, junk, { postgres: tools })).rejects.toMatchObject({ code: 'backup.target_exists' });
      await expect(restoreDatabase(target.url, join(folder, 'missing.backup'), { postgres: tools })).rejects.toMatchObject({ code: 'restore.file_missing' });
    } finally {
      await target.drop();
    }
  });
});
