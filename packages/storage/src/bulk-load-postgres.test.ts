import { randomBytes } from 'node:crypto';
import type { Grid, HazardEvent } from '@safegrid/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBulkLoader } from './bulk-load.js';
import { deferSecondaryIndexes, openPostgresCopyLoader } from './bulk-load-postgres.js';
import { migrateToLatest, openDatabase, type SafeGridDatabase } from './database.js';
import { createStores } from './stores.js';
import { buildHazard, buildUnit, DISTRICT, smallWorld, testId } from './testing/fixtures.js';
import { testDialects } from './testing/test-database.js';

const ADMIN_URL = process.env.SAFEGRID_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

// COPY exists only on PostgreSQL; the suite runs whenever DB_DIALECTS includes it (CI sets both).
describe.runIf(testDialects().includes('postgres'))('PostgreSQL COPY bulk loading', () => {
  const name = `safegrid_test_copy_${randomBytes(5).toString('hex')}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  let database: SafeGridDatabase;
  let grid: Grid;

  beforeAll(async () => {
    await admin(`create database ${name} template template0 encoding 'UTF8'`);
    database = openDatabase(url.toString(), { poolSize: 2 });
    await migrateToLatest(database);
    const world = smallWorld();
    await createBulkLoader(database).regions(world.regions, world.grids);
    grid = world.grids[0] as Grid;
  });
  afterAll(async () => {
    await database.close();
    await admin(`drop database if exists ${name} with (force)`);
  });

  it('writes units, tags, hazards and events that read back exactly, awkward text included', async () => {
    const park = buildUnit(grid, { name: '湖塘\t科技园\\一期', riskTags: ['dust', 'confined_space'] });
    const tenant = buildUnit(grid, { parentId: park.id, address: '第一行\n第二行\r', contacts: [] });
    const hazard = buildHazard(grid, { unitId: tenant.id, description: 'tab\there, quote " and \\N literally', photoIds: [], plan: null });
    const event: HazardEvent = {
      id: testId(), districtCode: DISTRICT, hazardId: hazard.id, action: 'report', fromStatus: null, toStatus: 'reported',
      actorId: 'u1', actorName: '王强', actorRole: 'grid_worker', at: hazard.reportedAt, note: null, photoIds: [], details: { via: 'a\tb' },
    };
    const loader = await openPostgresCopyLoader(url.toString());
    try {
      await loader.units([tenant, park]);
      await loader.hazards([hazard], [event]);
    } finally {
      await loader.close();
    }
    const stores = createStores(database.db, 'postgres');
    const scope = { districtCode: DISTRICT };
    expect(await stores.units.findById(park.id, scope)).toMatchObject({ name: park.name, riskTags: park.riskTags });
    expect(await stores.units.findById(tenant.id, scope)).toMatchObject({ address: tenant.address, parentId: park.id });
    expect(await stores.hazards.findById(hazard.id, scope)).toMatchObject({ description: hazard.description, unitId: tenant.id });
    const tags = await database.db.selectFrom('unitTags').select('tag').where('unitId', '=', park.id).orderBy('tag').execute();
    expect(tags.map((row) => row.tag)).toEqual(['confined_space', 'dust']);
    const events = await database.db.selectFrom('hazardEvents').selectAll().where('hazardId', '=', hazard.id).execute();
    expect(events).toHaveLength(1);
  });

  it('rolls a failed batch back whole', async () => {
    const unit = buildUnit(grid);
    const orphan = buildUnit(grid, { parentId: testId() });
    const loader = await openPostgresCopyLoader(url.toString());
    try {
      await expect(loader.units([unit, orphan])).rejects.toThrow();
    } finally {
      await loader.close();
    }
    expect(await createStores(database.db, 'postgres').units.findById(unit.id, { districtCode: DISTRICT })).toBeUndefined();
  });

  it('drops secondary indexes for a load and builds the same ones again', async () => {
    const indexes = async () => (await database.db.selectFrom('pg_indexes' as never).select('indexname' as never)
      .where('tablename' as never, 'in', ['hazards', 'hazard_events'] as never).orderBy('indexname' as never).execute()).map((row) => (row as { indexname: string }).indexname);
    const before = await indexes();
    const deferred = await deferSecondaryIndexes(url.toString(), ['hazards', 'hazard_events']);
    expect(deferred.names.length).toBeGreaterThan(0);
    expect(await indexes()).toEqual(before.filter((index) => !deferred.names.includes(index)));
    expect(await indexes()).toContain('hazards_pkey');
    await deferred.restore();
    expect(await indexes()).toEqual(before);
  });
});
