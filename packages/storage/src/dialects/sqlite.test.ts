import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type SafeGridDatabase } from '../database.js';

// The prepared-statement cache is part of the SQLite dialect only.
describe('SQLite prepared-statement cache (SQLite only: the pg driver has no such cache here)', () => {
  let database: SafeGridDatabase;
  beforeEach(() => {
    database = openDatabase('sqlite::memory:');
  });
  afterEach(async () => database.close());

  it('answers a repeated query with fresh parameters each time', async () => {
    await sql`create table t (id integer primary key, name text)`.execute(database.db);
    for (let id = 1; id <= 5; id++) await sql`insert into t (id, name) values (${id}, ${`n${id}`})`.execute(database.db);
    for (let id = 1; id <= 5; id++) {
      const { rows } = await sql<{ name: string }>`select name from t where id = ${id}`.execute(database.db);
      expect(rows).toEqual([{ name: `n${id}` }]);
    }
  });

  it('sees a column added after the statement was first prepared', async () => {
    await sql`create table t (a integer)`.execute(database.db);
    await sql`insert into t (a) values (1)`.execute(database.db);
    expect((await sql`select * from t`.execute(database.db)).rows).toEqual([{ a: 1 }]);
    await sql`alter table t add column b text default 'x'`.execute(database.db);
    expect((await sql`select * from t`.execute(database.db)).rows).toEqual([{ a: 1, b: 'x' }]);
  });

  it('keeps working past the cache size: evicted statements are prepared again', async () => {
    await sql`create table t (id integer primary key)`.execute(database.db);
    await sql`insert into t (id) values (1)`.execute(database.db);
    // 600 distinct SQL texts, then the first ones again.
    for (let round = 0; round < 2; round++) {
      for (let n = 0; n < 600; n++) {
        const { rows } = await sql<{ v: number }>`select id + ${sql.lit(n)} as v from t`.execute(database.db);
        expect(rows).toEqual([{ v: 1 + n }]);
      }
    }
  });
});
