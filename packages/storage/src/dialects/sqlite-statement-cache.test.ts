import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './sqlite-statement-cache.js';

describe('the SQLite statement cache', () => {
  const opened: BetterSqlite3.Database[] = [];
  function open(): BetterSqlite3.Database {
    const database = new BetterSqlite3(':memory:');
    database.exec('create table things (id integer primary key, name text)');
    database.exec("insert into things (id, name) values (1, 'one'), (2, 'two'), (3, 'three')");
    opened.push(database);
    return database;
  }
  afterEach(() => {
    for (const database of opened.splice(0)) database.close();
  });

  it('hands out the same prepared statement for the same SQL, with fresh parameters each call', () => {
    const cached = withStatementCache(open());
    const first = cached.prepare('select name from things where id = ?');
    expect(cached.prepare('select name from things where id = ?')).toBe(first);
    expect(cached.prepare('select name from things where id = ?').all([2])).toEqual([{ name: 'two' }]);
    expect(cached.prepare('select name from things where id = ?').all([3])).toEqual([{ name: 'three' }]);
    expect(cached.prepare('select id from things where id = ?')).not.toBe(first);
  });

  it('prepares a fresh statement while the cached one is still iterating', () => {
    const cached = withStatementCache(open());
    const query = 'select id from things order by id';
    const iterating = cached.prepare(query).iterate([]);
    expect(iterating.next().value).toEqual({ id: 1 });
    expect(cached.prepare(query).all([])).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
    expect([...iterating]).toEqual([{ id: 2 }, { id: 3 }]);
  });

  it('forgets the least recently used statement beyond its capacity', () => {
    const cached = withStatementCache(open(), 2);
    const a = cached.prepare('select 1');
    const b = cached.prepare('select 2');
    expect(cached.prepare('select 1')).toBe(a);
    cached.prepare('select 3');
    expect(cached.prepare('select 1')).toBe(a);
    expect(cached.prepare('select 2')).not.toBe(b);
  });

  it('sees schema changes made after a statement was cached, through Kysely', async () => {
    const db = new Kysely<Record<string, Record<string, unknown>>>({ dialect: new SqliteDialect({ database: withStatementCache(open()) }) });
    const read = () => db.selectFrom('things').selectAll().where('id', '=', 1).execute();
    expect(await read()).toEqual([{ id: 1, name: 'one' }]);
    await sql`alter table things add column colour text default 'red'`.execute(db);
    expect(await read()).toEqual([{ id: 1, name: 'one', colour: 'red' }]);
    await sql`drop table things`.execute(db);
    await expect(read()).rejects.toThrow(/no such table/);
    await db.destroy();
  });
});
