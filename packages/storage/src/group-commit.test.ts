import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NestedTransactionError, type Grid } from '@safegrid/core';
import { createBulkLoader } from './bulk-load.js';
import { migrateToLatest, openDatabase, type SafeGridDatabase } from './database.js';
import { createGroupCommit } from './group-commit.js';
import { createStores, inTransaction } from './stores.js';
import { buildUnit, smallWorld } from './testing/fixtures.js';

// Group commit exists only for the embedded database (PostgreSQL commits each transaction on its
// own pooled connection), so this suite runs on a SQLite file whatever DB_DIALECTS says.
describe('SQLite group commit (SQLite only: PostgreSQL does not batch commits)', () => {
  let directory: string;
  let file: string;
  let database: SafeGridDatabase;
  let grid: Grid;

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'safegrid-group-commit-'));
    file = join(directory, 'db.sqlite');
    database = openDatabase(`sqlite:${file}`);
    await migrateToLatest(database);
    const world = smallWorld();
    await createBulkLoader(database).regions(world.regions, world.grids);
    grid = world.grids[0] as Grid;
  });
  afterEach(async () => {
    await database.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const unitCount = async () => Number((await database.db.selectFrom('units').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('commits the transactions of one turn together, in order, each seeing the ones before it', async () => {
    const commits: number[] = [];
    const run = createGroupCommit(database.db, { onCommit: (members) => commits.push(members) });
    const units = Array.from({ length: 10 }, (_, index) => buildUnit(grid, { name: `单位${index}` }));
    const seen = await Promise.all(units.map((unit) => run(async (trx) => {
      const stores = createStores(trx, 'sqlite');
      await stores.units.insert(unit);
      return (await stores.units.list({ districtCode: unit.districtCode }, {}, { limit: 100 })).items.length;
    })));
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(commits).toEqual([10]);
    expect(await unitCount()).toBe(10);
    // A later turn makes a commit of its own.
    await run(async (trx) => createStores(trx, 'sqlite').units.insert(buildUnit(grid)));
    expect(commits).toEqual([10, 1]);
  });

  it('rolls back a failing member alone: the others of its group are kept and resolved', async () => {
    const run = inTransaction(database.db, 'sqlite');
    const [first, second, third] = [buildUnit(grid), buildUnit(grid), buildUnit(grid)];
    const results = await Promise.allSettled([
      run(async (stores) => stores.units.insert(first)),
      run(async (stores) => {
        await stores.units.insert(second);
        throw new Error('refused after writing');
      }),
      run(async (stores) => stores.units.insert(third)),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const ids = (await database.db.selectFrom('units').select('id').execute()).map((row) => row.id).sort();
    expect(ids).toEqual([first.id, third.id].sort());
  });

  it('resolves a member only once its write is committed: another connection already reads it', async () => {
    const run = inTransaction(database.db, 'sqlite');
    const other = new BetterSqlite3(file, { readonly: true });
    try {
      const units = [buildUnit(grid), buildUnit(grid), buildUnit(grid)];
      const visibleAtResolve = await Promise.all(units.map((unit) =>
        run(async (stores) => stores.units.insert(unit)).then(() => other.prepare('select count(*) as n from units where id = ?').get(unit.id))));
      expect(visibleAtResolve).toEqual([{ n: 1 }, { n: 1 }, { n: 1 }]);
    } finally {
      other.close();
    }
  });

  it('refuses a transaction asked for from inside a member instead of waiting for itself', async () => {
    const run = createGroupCommit(database.db);
    const [outer, neighbour] = [buildUnit(grid), buildUnit(grid)];
    const results = await Promise.allSettled([
      run(async (trx) => {
        await createStores(trx, 'sqlite').units.insert(outer);
        await run(async (nested) => createStores(nested, 'sqlite').units.insert(buildUnit(grid)));
      }),
      run(async (trx) => createStores(trx, 'sqlite').units.insert(neighbour)),
    ]);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: expect.any(NestedTransactionError) });
    expect(results[1]?.status).toBe('fulfilled');
    const ids = (await database.db.selectFrom('units').select('id').execute()).map((row) => row.id);
    expect(ids).toEqual([neighbour.id]);
  });

  it('rejects every member and keeps nothing when the shared commit fails', async () => {
    const run = createGroupCommit(database.db);
    const good = buildUnit(grid);
    const results = await Promise.allSettled([
      run(async (trx) => createStores(trx, 'sqlite').units.insert(good)),
      run(async (trx) => {
        // A foreign key checked only at COMMIT: the member itself succeeds, the group's commit fails.
        await sql`pragma defer_foreign_keys = on`.execute(trx);
        await createStores(trx, 'sqlite').units.insert(buildUnit({ ...grid, id: 'no-such-grid' }));
      }),
    ]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(await unitCount()).toBe(0);
    // The connection is usable again afterwards.
    await run(async (trx) => createStores(trx, 'sqlite').units.insert(good));
    expect(await unitCount()).toBe(1);
  });
});
