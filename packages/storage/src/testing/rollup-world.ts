import type { Grid, Hazard } from '@safegrid/core';
import { sql } from 'kysely';
import { DISTRICT, smallWorld } from './fixtures.js';
import type { TestDatabase } from './test-database.js';
import { openTestStores, type StoreTarget, type TestStores } from './test-stores.js';

/** The fields of a stored hazard that the rollup and fold oracles recount. */
export type StoredHazardRow = Pick<Hazard, 'districtCode' | 'townCode' | 'villageCode' | 'gridId' | 'sector' | 'unitId' | 'status' | 'level' | 'source' | 'category' | 'deadline'>;

/** The database under SQL stores, for what only the rollup tables show; absent on `memory`. */
export function sqlDatabase(stores: TestStores): TestDatabase | undefined {
  return stores.target === 'memory' ? undefined : stores.database;
}

/** Stores of one target over the small world (湖塘镇 and 洛阳镇, one grid each). */
export async function openSmallWorldStores(target: StoreTarget): Promise<{ stores: TestStores; grids: [Grid, Grid] }> {
  const stores = await openTestStores(target);
  const world = smallWorld();
  await stores.regions(world.regions, world.grids);
  return { stores, grids: world.grids as [Grid, Grid] };
}

/** Empties the hazards and every rollup table on SQL; false on `memory`, whose caller opens fresh stores instead. */
export async function emptyHazardTables(stores: TestStores): Promise<boolean> {
  const db = sqlDatabase(stores)?.db;
  if (!db) return false;
  for (const table of ['hazards', 'hazard_counts', 'assigned_deadline_counts', 'overdue_counts', 'overdue_folds']) await sql`delete from ${sql.table(table)}`.execute(db);
  return true;
}

/** Every stored hazard: read from the table on SQL, through the store's list on `memory`. */
export async function storedHazards(stores: TestStores, today: string): Promise<StoredHazardRow[]> {
  const db = sqlDatabase(stores)?.db;
  if (db) {
    return (await db
      .selectFrom('hazards')
      .select(['districtCode', 'townCode', 'villageCode', 'gridId', 'sector', 'unitId', 'status', 'level', 'source', 'category', 'deadline'])
      .execute()) as StoredHazardRow[];
  }
  const rows: StoredHazardRow[] = [];
  let cursor: string | undefined;
  do {
    const page = await stores.stores.hazards.list({ districtCode: DISTRICT }, {}, { limit: 200, cursor }, today);
    rows.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}
