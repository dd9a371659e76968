import { afterEach, beforeEach, expect, it } from 'vitest';
import { NestedTransactionError, type Grid } from '@safegrid/core';
import { createBulkLoader } from './bulk-load.js';
import { inTransaction } from './stores.js';
import { buildUnit, smallWorld } from './testing/fixtures.js';
import { describeEachDialect, openTestDatabase, type TestDatabase } from './testing/test-database.js';

// ADR 0062: a write that needs another write calls its inner function with the stores it has. A
// nested inTransaction would wait for itself on SQLite (group commit) and commit apart from the
// outer transaction on PostgreSQL, so both refuse it with a clear programming error.
describeEachDialect('nested inTransaction', (dialect) => {
  let database: TestDatabase;
  let grid: Grid;

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    const world = smallWorld();
    await createBulkLoader(database).regions(world.regions, world.grids);
    grid = world.grids[0] as Grid;
  });
  afterEach(async () => database.dispose());

  const unitIds = async () => (await database.db.selectFrom('units').select('id').execute()).map((row) => row.id).sort();

  it('throws NestedTransactionError instead of deadlocking, and rolls the outer work back', async () => {
    const run = inTransaction(database.db, dialect);
    const outer = buildUnit(grid);
    const inner = buildUnit(grid);
    const attempt = run(async (stores) => {
      await stores.units.insert(outer);
      await run(async (nested) => nested.units.insert(inner));
    });
    await expect(attempt).rejects.toBeInstanceOf(NestedTransactionError);
    expect(await unitIds()).toEqual([]);
  });

  it('still runs transactions side by side and one after another', async () => {
    const run = inTransaction(database.db, dialect);
    const [first, second, third] = [buildUnit(grid), buildUnit(grid), buildUnit(grid)];
    await Promise.all([run((stores) => stores.units.insert(first)), run((stores) => stores.units.insert(second))]);
    // A transaction started after another resolved is not nested in it.
    await run(async (stores) => stores.units.insert(third));
    expect(await unitIds()).toEqual([first.id, second.id, third.id].sort());
  });
});
