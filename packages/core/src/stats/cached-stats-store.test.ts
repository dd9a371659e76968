import { describe, expect, it } from 'vitest';
import { scopeFilterOf, type ScopeFilter } from '../accounts/scope.js';
import type { Actor } from '../accounts/actor.js';
import type { Change, ChangeFeed } from '../changes/change-feed.js';
import { createInProcessChangeFeed } from '../changes/in-process-change-feed.js';
import { createManualClock } from '../shared/clock.js';
import { HAZARD_STATUSES, type HazardStatus } from '../hazards/hazard-status.js';
import { createCachedStatsStore } from './cached-stats-store.js';
import type { HazardCounts, StatsStore } from './overview.js';

const DISTRICT = '320412';
const TODAY = '2026-03-02';

/**
 * A counting store whose answer names the scope and day it was asked for and how many times it
 * was asked, so a test sees both which entry answered and whether the store was read.
 */
function countingStore() {
  const calls: { scope: ScopeFilter; today: string }[] = [];
  let release: (() => void) | null = null;
  let hold = false;
  const store: StatsStore = {
    async hazardCounts(scope, today) {
      calls.push({ scope, today });
      const call = calls.length;
      if (hold) await new Promise<void>((resolve) => { release = resolve; });
      const byStatus = Object.fromEntries(HAZARD_STATUSES.map((status) => [status, 0])) as Record<HazardStatus, number>;
      return { byStatus, overdue: call, majorOpen: 0, byTown: [{ townCode: JSON.stringify(scope), open: 0, overdue: 0, major: 0, closed: 0, total: 0 }], today } as HazardCounts;
    },
    foldOverdue: async (districtCode, through) => ({ districtCode, foldedThrough: through, advanced: true }),
  };
  return {
    store,
    calls,
    holdNext: () => { hold = true; },
    release: () => { hold = false; release?.(); },
  };
}

function hazardChange(districtCode = DISTRICT): Change {
  return { kind: 'hazard', hazardId: 'h1', action: 'report', status: 'reported', districtCode, townCode: `${districtCode}100`, villageCode: `${districtCode}100201`, gridId: 'g1', sector: 'fire', unitId: null, at: '2026-03-02T02:00:00.000Z' };
}

function setUp(options = { capacity: 256, maxAgeMs: 60_000 }, feed: ChangeFeed = createInProcessChangeFeed()) {
  const inner = countingStore();
  const clock = createManualClock('2026-03-02T02:00:00Z');
  const cached = createCachedStatsStore(inner.store, feed, clock, options);
  return { ...inner, cached, clock, feed };
}

const actor = (role: Actor['role'], scope: Partial<Actor['scope']>, followedSectors?: Actor['followedSectors']): Actor =>
  ({ userId: `u-${role}`, role, districtCode: DISTRICT, scope: { regionCode: DISTRICT, sectors: [], gridIds: [], ...scope }, ...(followedSectors ? { followedSectors } : {}) }) as unknown as Actor;

describe('createCachedStatsStore', () => {
  it('answers a repeated request for one scope and day from the cache', async () => {
    const { cached, calls } = setUp();
    const first = await cached.hazardCounts({ districtCode: DISTRICT }, TODAY);
    const second = await cached.hazardCounts({ districtCode: DISTRICT }, TODAY);
    expect(second).toBe(first);
    expect(calls).toHaveLength(1);
  });

  it('never answers one scope with another scope\'s entry: every role and scope the actors can have', async () => {
    const { cached, calls } = setUp();
    const actors = [
      actor('district', {}),
      actor('town', { regionCode: '320412100' }),
      actor('town', { regionCode: '320412103' }),
      actor('department', { sectors: ['fire'] }),
      actor('department', { sectors: ['fire'] }, ['industry_trade']),
      actor('department', { sectors: ['industry_trade'] }),
      actor('department', { regionCode: '320412100', sectors: ['fire'] }),
      actor('grid_worker', { regionCode: '320412100201', gridIds: ['g1'] }),
      actor('grid_worker', { regionCode: '320412100201', gridIds: ['g1', 'g2'] }),
      actor('enterprise', { unitId: 'unit-1' }),
      actor('enterprise', { unitId: 'unit-2' }),
      { ...actor('district', {}), districtCode: '320411', scope: { regionCode: '320411', sectors: [], gridIds: [] } } as unknown as Actor,
    ];
    const filters = actors.map(scopeFilterOf);
    // Twice over: the second round is all hits, and each must be the entry of its own filter.
    for (let round = 0; round < 2; round += 1) {
      for (const filter of filters) {
        const counts = await cached.hazardCounts(filter, TODAY);
        expect(counts.byTown[0]?.townCode).toBe(JSON.stringify(filter));
      }
    }
    expect(calls).toHaveLength(filters.length);
  });

  it('shares an entry only between filters that let the same rows through (list order does not count)', async () => {
    const { cached, calls } = setUp();
    await cached.hazardCounts({ districtCode: DISTRICT, sectors: ['fire', 'industry_trade'] }, TODAY);
    await cached.hazardCounts({ districtCode: DISTRICT, sectors: ['industry_trade', 'fire'] }, TODAY);
    expect(calls).toHaveLength(1);
    await cached.hazardCounts({ districtCode: DISTRICT, sectors: [] }, TODAY);
    await cached.hazardCounts({ districtCode: DISTRICT }, TODAY);
    expect(calls).toHaveLength(3);
  });

  it('drops a district\'s entries when a hazard change of that district is published, and only those', async () => {
    const { cached, calls, feed } = setUp();
    await cached.hazardCounts({ districtCode: DISTRICT }, TODAY);
    await cached.hazardCounts({ districtCode: '320411' }, TODAY);
    feed.publish({ kind: 'notification', districtCode: DISTRICT, recipientIds: ['u1'], at: '2026-03-02T02:00:00.000Z' });
    await cached.hazardCounts({ districtCode: DISTRICT }, TODAY);
    expect(calls).toHaveLength(2);
    feed.publish(hazardChange());
    await cached.hazardCounts({ districtCode: DISTRICT }, TODAY);
    await cached.hazardCounts({ districtCode: '320411' }, TODAY);
    expect(calls.map((call) => call.scope.districtCode)).toEqual([DISTRICT, '320411', DISTRICT]);
  });

  it('does not keep counts that were being read while a change was published', async () => {
    const { cached, calls, feed, holdNext, release } = setUp();
    holdNext();
    const reading = cached.hazardCounts({ districtCode: DISTRICT }, TODAY);
    feed.publish(hazardChange());
    release();
    await reading;
    await cached.hazardCounts({ districtCode: DISTRICT }, TODAY);
    expect(calls).toHaveLength(2);
  });

  it('keys by the Shanghai day: a new day is read afresh and earlier days are dropped', async () => {
    const { cached, calls } = setUp();
    await cached.hazardCounts({ districtCode: DISTRICT }, TODAY);
    await cached.hazardCounts({ districtCode: DISTRICT }, '2026-03-03');
    expect(calls.map((call) => call.today)).toEqual([TODAY, '2026-03-03']);
    // A late request still on the old day is answered, but from the store: the old day's entry is gone.
    await cached.hazardCounts({ districtCode: DISTRICT }, TODAY);
    await cached.hazardCounts({ districtCode: DISTRICT }, TODAY);
    expect(calls.map((call) => call.today)).toEqual([TODAY, '2026-03-03', TODAY, TODAY]);
    await cached.hazardCounts({ districtCode: DISTRICT }, '2026-03-03');
    expect(calls).toHaveLength(4);
  });

  it('holds at most `capacity` entries and evicts the least recently read', async () => {
    const { cached, calls } = setUp({ capacity: 3, maxAgeMs: 60_000 });
    const town = (n: number): ScopeFilter => ({ districtCode: DISTRICT, regionCode: `320412${100 + n}` });
    for (const n of [1, 2, 3]) await cached.hazardCounts(town(n), TODAY);
    await cached.hazardCounts(town(1), TODAY); // now 2 is the least recently read
    await cached.hazardCounts(town(4), TODAY); // evicts 2
    expect(calls).toHaveLength(4);
    await cached.hazardCounts(town(1), TODAY);
    await cached.hazardCounts(town(3), TODAY);
    await cached.hazardCounts(town(4), TODAY);
    expect(calls).toHaveLength(4);
    await cached.hazardCounts(town(2), TODAY);
    expect(calls).toHaveLength(5);
  });

  it('recomputes an entry older than maxAgeMs', async () => {
    const { cached, calls, clock } = setUp({ capacity: 256, maxAgeMs: 60_000 });
    await cached.hazardCounts({ districtCode: DISTRICT }, TODAY);
    clock.advance(59_999);
    await cached.hazardCounts({ districtCode: DISTRICT }, TODAY);
    expect(calls).toHaveLength(1);
    clock.advance(1);
    await cached.hazardCounts({ districtCode: DISTRICT }, TODAY);
    expect(calls).toHaveLength(2);
  });

  it('caches nothing while the feed may miss changes, and nothing from before a gap', async () => {
    const local = createInProcessChangeFeed();
    let epoch: number | null = 1;
    const feed: ChangeFeed = { publish: local.publish, subscribe: local.subscribe, deliveryEpoch: () => epoch };
    const { cached, calls } = setUp(undefined, feed);
    await cached.hazardCounts({ districtCode: DISTRICT }, TODAY);
    await cached.hazardCounts({ districtCode: DISTRICT }, TODAY);
    expect(calls).toHaveLength(1);
    epoch = null; // the listening connection is lost
    await cached.hazardCounts({ districtCode: DISTRICT }, TODAY);
    await cached.hazardCounts({ districtCode: DISTRICT }, TODAY);
    expect(calls).toHaveLength(3);
    epoch = 2; // listening again: the entry from epoch 1 must not come back
    await cached.hazardCounts({ districtCode: DISTRICT }, TODAY);
    await cached.hazardCounts({ districtCode: DISTRICT }, TODAY);
    expect(calls).toHaveLength(4);
  });
});
