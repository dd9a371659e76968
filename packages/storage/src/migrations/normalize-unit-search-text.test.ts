import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Grid } from '@safegrid/core';
import { createStores } from '../stores.js';
import { buildUnit, DISTRICT, smallWorld } from '../testing/fixtures.js';
import { createBulkLoader } from '../bulk-load.js';
import { describeEachDialect, openTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { up } from './20261208T0900-normalize-unit-search-text.js';

describeEachDialect('migration 20261208T0900: search text of existing units', (dialect) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await openTestDatabase(dialect);
  });
  afterEach(async () => database.dispose());

  it('rewrites the search text of every existing unit, across batches, so pinyin and full-width forms find them', async () => {
    const world = smallWorld();
    await createBulkLoader(database).regions(world.regions, world.grids);
    const [hutang] = world.grids as [Grid];
    const stores = createStores(database.db, dialect);
    const given = Array.from({ length: 1_203 }, (_, index) => buildUnit(hutang, { name: `湖塘精工${index}（民宿）`, address: `花园街${index}号` }));
    for (const unit of given) await stores.units.insert(unit);
    // As the column read before this migration: name, address and credit code joined by spaces.
    for (const unit of given) {
      await database.db.updateTable('units').set({ searchText: `${unit.name} ${unit.address} ` }).where('id', '=', unit.id).execute();
    }
    const found = async (text: string) => (await stores.units.list({ districtCode: DISTRICT }, { text, sort: 'recent' }, { limit: 200 })).items.length;
    expect(await found('hutangjinggong1202')).toBe(0);

    await up(database.db.withoutPlugins());

    expect(await found('hutangjinggong1202')).toBe(1);
    expect(await found('htjg1202')).toBe(1);
    expect(await found('(民宿)')).toBe(200);
    const first = given[0]!;
    const row = await database.db.selectFrom('units').select('searchText').where('id', '=', first.id).executeTakeFirstOrThrow();
    expect(row.searchText).toBe('湖塘精工0(民宿)|hutangjinggong0(minsu)|htjg0(ms)|花园街0号');
  });
});
