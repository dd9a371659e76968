import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  HAZARD_CATEGORIES,
  addDays,
  createManualClock,
  foldPastDeadlines,
  getHazardBreakdown,
  getOverview,
  isInScope,
  isOverdue,
  scopeFilterOf,
  shanghaiDate,
  systemActor,
  type Actor,
  type Grid,
  type Hazard,
  type HazardStatus,
  type ManualClock,
  type Sector,
} from '@safegrid/core';
import { buildHazard, DISTRICT, HUTANG } from '../testing/fixtures.js';
import { expectRollupsMatchHazards } from '../testing/rollup-recount.js';
import { emptyHazardTables, openSmallWorldStores, sqlDatabase, storedHazards, type StoredHazardRow } from '../testing/rollup-world.js';
import { describeEachStoreTarget, type StoreTarget, type TestStores } from '../testing/test-stores.js';
import { rebuildHazardRollups } from './hazard-rollups.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const SECTORS: readonly Sector[] = ['fire', 'industry_trade', 'construction'];

/** Dashboards that read the rollups: the district, a town, a department. */
const ACTORS: readonly Actor[] = [
  systemActor(DISTRICT),
  { ...systemActor(DISTRICT), role: 'town', scope: { regionCode: HUTANG, gridIds: [], sectors: [], unitId: null } },
  { ...systemActor(DISTRICT), role: 'department', scope: { regionCode: DISTRICT, gridIds: [], sectors: ['fire', 'industry_trade'], unitId: null } },
];

type Operation =
  | { readonly kind: 'report'; readonly town: number; readonly sector: Sector; readonly level: 'general' | 'major'; readonly category: string }
  | { readonly kind: 'assign' | 'reassign' | 'extend'; readonly target: number; readonly days: number }
  | { readonly kind: 'submit' | 'close' | 'return' | 'dismiss'; readonly target: number }
  /** A write racing a fold (on PostgreSQL they run on two connections). */
  | { readonly kind: 'race'; readonly target: number; readonly days: number }
  /** The clock moves forward, or back (a corrected clock: the fold is then ahead of today). */
  | { readonly kind: 'tick'; readonly days: number }
  | { readonly kind: 'fold' }
  /** Two folds at once: the second finds the first's work done. */
  | { readonly kind: 'fold-twice' };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({
    kind: fc.constant('report' as const),
    town: fc.integer({ min: 0, max: 1 }),
    sector: fc.constantFrom(...SECTORS),
    level: fc.constantFrom('general' as const, 'major' as const),
    category: fc.constantFrom(...HAZARD_CATEGORIES.slice(0, 3)),
  }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constantFrom('assign' as const, 'reassign' as const, 'extend' as const), target: fc.nat(30), days: fc.integer({ min: -6, max: 6 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constantFrom('submit' as const, 'close' as const, 'return' as const, 'dismiss' as const), target: fc.nat(30) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('race' as const), target: fc.nat(30), days: fc.integer({ min: -6, max: 6 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('tick' as const), days: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: -3, max: -1 })) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('fold' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('fold-twice' as const) }) },
);

/** The lifecycle step an operation takes (as the hazard use cases would), or null when it does not apply. */
function nextHazard(hazard: Hazard, op: Operation, today: string): Hazard | null {
  const bump = (changes: Partial<Hazard>): Hazard => ({ ...hazard, ...changes, version: hazard.version + 1 });
  const days = 'days' in op ? op.days : 0;
  const is = (status: HazardStatus) => hazard.status === status;
  switch (op.kind) {
    case 'assign':
      return is('reported') ? bump({ status: 'assigned', deadline: addDays(today, days) }) : null;
    case 'race':
    case 'reassign':
      return is('assigned') ? bump({ deadline: addDays(today, days) }) : null;
    case 'extend':
      return is('assigned') && hazard.deadline ? bump({ deadline: addDays(hazard.deadline, Math.abs(days) + 1), extensionCount: hazard.extensionCount + 1 }) : null;
    case 'submit':
      return is('assigned') ? bump({ status: 'submitted' }) : null;
    case 'close':
      return is('submitted') ? bump({ status: 'closed', closedAt: `${today}T08:00:00.000Z` }) : null;
    case 'return':
      return is('submitted') ? bump({ status: 'assigned' }) : null;
    case 'dismiss':
      return is('reported') ? bump({ status: 'dismissed', dismissReason: 'not_true' }) : null;
    default:
      return null;
  }
}

/** Nonzero counts per key, as a plain object that compares whatever the order. */
function tally(keys: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

describeEachStoreTarget('overdue counts with past deadlines folded (ADR 0031)', (target: StoreTarget) => {
  let database: TestStores;
  let grids: [Grid, Grid];

  async function open(): Promise<void> {
    ({ stores: database, grids } = await openSmallWorldStores(target));
  }

  beforeAll(open);
  afterAll(async () => database.dispose());

  /** No hazards and no folds: the SQL tables emptied, or a fresh in-memory store. */
  async function emptyHazards(): Promise<void> {
    if (await emptyHazardTables(database)) return;
    await database.dispose();
    await open();
  }

  function depsAt(clock: ManualClock) {
    return { ...database.stores, clock };
  }

  function hazardRows(today: string): Promise<StoredHazardRow[]> {
    return storedHazards(database, today);
  }

  /** The overview's overdue count, per town, and the sector and source breakdowns' overdue, against a plain count over hazards. */
  async function expectOverdueMatchesHazards(clock: ManualClock, step: string): Promise<void> {
    const deps = depsAt(clock);
    const today = shanghaiDate(clock.now());
    const rows = await hazardRows(today);
    for (const actor of ACTORS) {
      const overdue = rows.filter((row) => isInScope(scopeFilterOf(actor), row) && isOverdue(row, today));
      const where = `${step}, ${actor.role}, today ${today}`;
      const overview = await getOverview(deps, actor);
      expect(overview.overdue, where).toBe(overdue.length);
      expect(Object.fromEntries(overview.byTown.filter((town) => town.overdue !== 0).map((town) => [town.townCode, town.overdue])), where).toEqual(tally(overdue.map((row) => row.townCode)));
      for (const dimension of ['sector', 'source'] as const) {
        const breakdown = await getHazardBreakdown(deps, actor, dimension);
        expect(Object.fromEntries(breakdown.filter((row) => row.overdue !== 0).map((row) => [row.key, row.overdue])), `${dimension}: ${where}`).toEqual(tally(overdue.map((row) => row[dimension])));
      }
    }
  }

  /** On SQL targets, the rollup tables against a recount from the hazards; the fake has no rollups. */
  async function expectRollupsMatchIfSql(): Promise<void> {
    const sqlTarget = sqlDatabase(database);
    if (sqlTarget) await expectRollupsMatchHazards(sqlTarget);
  }

  it(`random lifecycles, day changes and folds keep the overdue counts equal to a plain count [${target}]`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 40 }), async (operations) => {
        await emptyHazards();
        const clock = createManualClock('2026-03-02T02:00:00Z');
        const deps = depsAt(clock);
        const fold = () => foldPastDeadlines(deps, { districtCode: DISTRICT, today: shanghaiDate(clock.now()) });
        const current: Hazard[] = [];
        for (const [index, op] of operations.entries()) {
          const today = shanghaiDate(clock.now());
          if (op.kind === 'tick') {
            clock.advance(op.days * DAY_MS);
          } else if (op.kind === 'fold') {
            await fold();
          } else if (op.kind === 'fold-twice') {
            const runs = await Promise.all([fold(), fold()]);
            expect(runs[0].foldedThrough).toBe(runs[1].foldedThrough);
            expect(runs.filter((run) => run.advanced).length).toBeLessThanOrEqual(1);
          } else if (op.kind === 'report') {
            const hazard = buildHazard(grids[op.town] as Grid, { sector: op.sector, level: op.level, category: op.category as Hazard['category'] });
            await deps.hazards.insert(hazard);
            current.push(hazard);
          } else if (current.length > 0) {
            const position = op.target % current.length;
            const hazard = current[position] as Hazard;
            const next = nextHazard(hazard, op, today);
            if (!next) {
              if (op.kind === 'race') await fold();
              continue;
            }
            const [updated] = await Promise.all([deps.hazards.update(next, hazard.version), ...(op.kind === 'race' ? [fold()] : [])]);
            expect(updated).toBe(true);
            current[position] = next;
          }
          await expectOverdueMatchesHazards(clock, `step ${index} ${op.kind}`);
        }
        await expectRollupsMatchIfSql();
      }),
      { numRuns: target === 'postgres' ? 30 : 60 },
    );
  }, 300_000);

  /** Twenty past deadlines over two towns, one due yesterday and one due today, on 2026-03-02. */
  async function loadPastDeadlines(deps: ReturnType<typeof depsAt>): Promise<void> {
    const [hutang, luoyang] = grids;
    for (let day = 1; day <= 20; day += 1) {
      await deps.hazards.insert(buildHazard(day % 2 ? hutang : luoyang, { status: 'assigned', deadline: addDays('2026-02-01', day), sector: SECTORS[day % SECTORS.length] }));
    }
    await deps.hazards.insert(buildHazard(hutang, { status: 'assigned', deadline: '2026-03-01' }));
    await deps.hazards.insert(buildHazard(hutang, { status: 'assigned', deadline: '2026-03-02' })); // due today: not overdue
  }

  it(`a fold advances once, and the overview stays true with the clock behind or past it [${target}]`, async () => {
    await emptyHazards();
    const clock = createManualClock('2026-03-02T02:00:00Z');
    const deps = depsAt(clock);
    await loadPastDeadlines(deps);
    expect((await getOverview(deps, systemActor(DISTRICT))).overdue).toBe(21);

    expect(await foldPastDeadlines(deps, { districtCode: DISTRICT, today: '2026-03-02' })).toEqual({ districtCode: DISTRICT, foldedThrough: '2026-03-01', advanced: true });
    expect(await foldPastDeadlines(deps, { districtCode: DISTRICT, today: '2026-03-02' })).toEqual({ districtCode: DISTRICT, foldedThrough: '2026-03-01', advanced: false });
    await expectRollupsMatchIfSql();
    // A clock set back behind the fold: the folded days from today on are taken back out.
    clock.set('2026-02-28T02:00:00Z');
    expect((await getOverview(deps, systemActor(DISTRICT))).overdue).toBe(20);
    await expectOverdueMatchesHazards(clock, 'clock behind the fold');
    clock.set('2026-03-02T02:00:00Z');
    expect((await getOverview(deps, systemActor(DISTRICT))).overdue).toBe(21);
    clock.advance(DAY_MS); // the hazard due on 03-02 is overdue on 03-03, before any fold
    expect((await getOverview(deps, systemActor(DISTRICT))).overdue).toBe(22);
    await expectOverdueMatchesHazards(clock, 'past the fold');
  });

  if (target !== 'memory') {
    it(`[SQL targets only: the per-day deadline rows and the folded counts are rollup tables] after a fold the overview no longer reads the folded days, and a rebuild restores them [${target}]`, async () => {
      const db = sqlDatabase(database);
      if (!db) throw new Error('a SQL target without its database');
      await emptyHazards();
      const clock = createManualClock('2026-03-02T02:00:00Z');
      const deps = depsAt(clock);
      await loadPastDeadlines(deps);
      await foldPastDeadlines(deps, { districtCode: DISTRICT, today: '2026-03-02' });
      // The folded days' rows are no longer read: removing them leaves the count as it was.
      await sql`delete from assigned_deadline_counts where deadline <= '2026-03-01'`.execute(db.db);
      expect((await getOverview(deps, systemActor(DISTRICT))).overdue).toBe(21);
      clock.advance(DAY_MS); // the hazard due on 03-02 is overdue on 03-03, before any fold
      expect((await getOverview(deps, systemActor(DISTRICT))).overdue).toBe(22);

      // A rebuild restores the per-day rows and recounts the folded counts up to the same day.
      await sql`update overdue_counts set count = 99`.execute(db.db);
      await rebuildHazardRollups(db.db, DISTRICT);
      await expectRollupsMatchHazards(db);
      await expectOverdueMatchesHazards(clock, 'after rebuild');
    });
  }

  it(`the use case refuses a day that is not a calendar date [${target}]`, async () => {
    const deps = depsAt(createManualClock('2026-03-02T02:00:00Z'));
    await expect(foldPastDeadlines(deps, { districtCode: DISTRICT, today: '2026-02-30' })).rejects.toMatchObject({ kind: 'invalid_input', fields: [{ path: '/today', code: 'format' }] });
  });
});
