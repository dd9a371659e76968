import type { Change } from '@safegrid/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type SafeGridDatabase } from './database.js';
import { CHANGE_FEED_APPLICATION_NAME, createPostgresChangeFeed, type PostgresChangeFeed } from './postgres-change-feed.js';
import { openTestDatabase, testDialects, type TestDatabase } from './testing/test-database.js';

function change(hazardId: string): Change {
  return {
    kind: 'hazard', hazardId, action: 'report', status: 'reported', districtCode: '320412', townCode: '320412100',
    villageCode: '320412100201', gridId: 'g1', sector: 'fire', unitId: null, at: '2026-03-02T02:00:00.000Z',
  };
}

/** Collects what a feed delivers; `next(n)` resolves once n changes have arrived. */
function collector(feed: PostgresChangeFeed) {
  const seen: string[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  feed.subscribe((delivered) => {
    seen.push(delivered.kind === 'hazard' ? delivered.hazardId : `notification:${delivered.recipientIds.join(',')}`);
    for (const wait of waiting.filter((entry) => seen.length >= entry.count)) wait.resolve();
  });
  return {
    seen,
    until: (count: number) => (seen.length >= count ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ count, resolve }))),
  };
}

// LISTEN/NOTIFY exists only on PostgreSQL; SQLite runs one process with the in-process feed.
describe.skipIf(!testDialects().includes('postgres'))('PostgreSQL change feed across processes (LISTEN/NOTIFY) [postgres only]', () => {
  let database: TestDatabase;
  let other: SafeGridDatabase;
  let a: PostgresChangeFeed;
  let b: PostgresChangeFeed;

  beforeAll(async () => {
    database = await openTestDatabase('postgres');
    other = openDatabase(database.url ?? '', { poolSize: 2 });
    a = createPostgresChangeFeed({ connectionString: database.url ?? '', db: database.db });
    b = createPostgresChangeFeed({ connectionString: database.url ?? '', db: other.db });
    await Promise.all([a.listening(), b.listening()]);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await other?.close();
    await database?.dispose();
  });

  it('delivers a change to every process once, the publishing one included', async () => {
    const onA = collector(a);
    const onB = collector(b);

    a.publish(change('h1'));
    await onB.until(1);
    b.publish(change('h2'));
    await onA.until(2);
    await onB.until(2);

    // Had A delivered its own h1 again from the notification, it would sit before h2 (commit order).
    expect(onA.seen).toEqual(['h1', 'h2']);
    expect(onB.seen).toEqual(['h1', 'h2']);
  });

  it('carries notification changes (who was told) to the other processes', async () => {
    const onB = collector(b);
    a.publish({ kind: 'notification', districtCode: '320412', recipientIds: ['u1', 'u2'], at: '2026-12-07T02:00:00.000Z' });
    await onB.until(1);
    expect(onB.seen).toEqual(['notification:u1,u2']);
  });

  it('listens again after its connection was killed, and tells caches about the gap (deliveryEpoch)', async () => {
    const listeners = async () => (await sql<{ pid: number }>`
      select pid from pg_stat_activity where application_name = ${CHANGE_FEED_APPLICATION_NAME} and datname = current_database()`.execute(database.db)).rows.map((row) => row.pid);
    const before = await listeners();
    expect(before).toHaveLength(2);
    const epochBefore = a.deliveryEpoch();
    expect(epochBefore).toEqual(expect.any(Number));
    await sql`select pg_terminate_backend(pid) from pg_stat_activity where application_name = ${CHANGE_FEED_APPLICATION_NAME} and datname = current_database()`.execute(database.db);

    // Both feeds reconnect on their own (the first retry after 500 ms); wait (without a deadline)
    // until two new backends listen, watching A's epoch go null in between.
    let sawGap = false;
    for (;;) {
      if (a.deliveryEpoch() === null) sawGap = true;
      const now = await listeners();
      if (now.length === 2 && now.every((pid) => !before.includes(pid))) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await Promise.all([a.listening(), b.listening()]);
    expect(sawGap).toBe(true);
    expect(a.deliveryEpoch()).toEqual(expect.any(Number));
    expect(a.deliveryEpoch()).not.toBe(epochBefore);
    const onA = collector(a);
    b.publish(change('after-reconnect'));
    await onA.until(1);

    expect(onA.seen).toEqual(['after-reconnect']);
  });
});
