import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect, openTestDatabase, type TestDatabase } from '../testing/index.js';
import { compiledLookup } from './compiled-lookup.js';

interface Scratch {
  lookupThings: { thingId: string; displayName: string; districtCode: string };
}

describeEachDialect('a compiled lookup', (dialect) => {
  let database: TestDatabase;
  let db: Kysely<Scratch>;

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    db = database.db as unknown as Kysely<Scratch>;
    await sql`create table lookup_things (thing_id text primary key, display_name text not null, district_code text not null)`.execute(db);
    await db.insertInto('lookupThings').values([
      { thingId: 'a', displayName: 'Alpha', districtCode: '320412' },
      { thingId: 'b', displayName: 'Beta', districtCode: '320411' },
    ]).execute();
  });
  afterAll(() => database.dispose());

  it('answers each value with its own row, mapped like any other query, and nothing for a miss', async () => {
    const byId = compiledLookup(db, (id) => db.selectFrom('lookupThings').selectAll().where('thingId', '=', id));
    expect(await byId('a')).toEqual({ thingId: 'a', displayName: 'Alpha', districtCode: '320412' });
    expect(await byId('b')).toEqual({ thingId: 'b', displayName: 'Beta', districtCode: '320411' });
    expect(await byId('zzz')).toBeUndefined();
    expect(await byId('a')).toEqual({ thingId: 'a', displayName: 'Alpha', districtCode: '320412' });
  });

  it('runs inside a transaction on the transaction', async () => {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('lookupThings').values({ thingId: 'c', displayName: 'Gamma', districtCode: '320412' }).execute();
      const byId = compiledLookup<Scratch, { displayName: string }>(trx, (id) => trx.selectFrom('lookupThings').select('displayName').where('thingId', '=', id));
      expect(await byId('c')).toEqual({ displayName: 'Gamma' });
    });
  });

  it('refuses a query whose only parameter is not the looked-up value', async () => {
    const twoParameters = compiledLookup(db, (id) => db.selectFrom('lookupThings').selectAll().where('thingId', '=', id).where('districtCode', '=', '320412'));
    await expect(twoParameters('a')).rejects.toThrow(/exactly one parameter/);
    const constant = compiledLookup(db, () => db.selectFrom('lookupThings').selectAll().where('thingId', '=', 'a'));
    await expect(constant('b')).rejects.toThrow(/exactly one parameter/);
  });
});
