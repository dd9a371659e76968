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
import { createBulkLoader } from '../bulk-load.js';
import { createStores } from '../stores.js';
import { buildHazard, DISTRICT, HUTANG, smallWorld } from '../testing/fixtures.js';
import { expectRollupsMatchHazards } from '../testing/rollup-recount.js';
import { describeEachDialect, openTestDatabase, type TestDatabase } from '../testing/test-database.js';
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

type HazardRow = Pick<Hazard, 'districtCode' | 'townCode' | 'villageCode' | 'gridId' | 'sector' | 'unitId' | 'source' | 'status' | 'deadline'>;

/** Nonzero counts per key, as a plain object that compares whatever the order. */
function tally(keys: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

describeEachDialect('overdue counts with past deadlines folded (ADR 0031)', (dialect) => {
  let database: TestDatabase;
  let grids: [Grid, Grid];

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    const world = smallWorld();
    await createBulkLoader(database).regions(world.regions, world.grids);
    grids = world.grids as [Grid, Grid];
  });
  afterAll(async () => database.dispose());

  async function emptyHazards(): Promise<void> {
    for (const table of ['hazards', 'hazard_counts', 'assigned_deadline_counts', 'overdue_counts', 'overdue_folds']) await sql`delete from ${sql.table(table)}`.execute(database.db);
  }

  function depsAt(clock: ManualClock) {
    return { ...createStores(database.db, dialect), clock };
  }

  /** The overview's overdue count, per town, and the sector and source breakdowns' overdue, against a plain count over hazards. */
  async function expectOverdueMatchesHazards(clock: ManualClock, step: string): Promise<void> {
    const deps = depsAt(clock);
    const today = shanghaiDate(clock.now());
    const rows = (await database.db
      .selectFrom('hazards')
      .select(['districtCode', 'townCode', 'villageCode', 'gridId', 'sector', 'unitId', 'source', 'status', 'deadline'])
      .execute()) as HazardRow[];
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

  it(`random lifecycles, day changes and folds keep the overdue counts equal to a plain count [${dialect}]`, async () => {
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
            const target = op.target % current.length;
            const hazard = current[target] as Hazard;
            const next = nextHazard(hazard, op, today);
            if (!next) {
              if (op.kind === 'race') await fold();
              continue;
            }
            const [updated] = await Promise.all([deps.hazards.update(next, hazard.version), ...(op.kind === 'race' ? [fold()] : [])]);
            expect(updated).toBe(true);
            current[target] = next;
          }
          await expectOverdueMatchesHazards(clock, `step ${index} ${op.kind}`);
        }
        await expectRollupsMatchHazards(database);
      }),
      { numRuns: dialect === 'postgres' ? 30 : 60 },
    );
  }, 300_000);

  it(`after a fold the overview no longer reads the folded deadline days [${dialect}]`, async () => {
    await emptyHazards();
    const clock = createManualClock('2026-03-02T02:00:00Z');
    const deps = depsAt(clock);
    const [hutang, luoyang] = grids;
    for (let day = 1; day <= 20; day += 1) {
      await deps.hazards.insert(buildHazard(day % 2 ? hutang : luoyang, { status: 'assigned', deadline: addDays('2026-02-01', day), sector: SECTORS[day % SECTORS.length] }));
    }
    await deps.hazards.insert(buildHazard(hutang, { status: 'assigned', deadline: '2026-03-01' }));
    await deps.hazards.insert(buildHazard(hutang, { status: 'assigned', deadline: '2026-03-02' })); // due today: not overdue
    expect((await getOverview(deps, systemActor(DISTRICT))).overdue).toBe(21);

    expect(await foldPastDeadlines(deps, { districtCode: DISTRICT, today: '2026-03-02' })).toEqual({ districtCode: DISTRICT, foldedThrough: '2026-03-01', advanced: true });
    expect(await foldPastDeadlines(deps, { districtCode: DISTRICT, today: '2026-03-02' })).toEqual({ districtCode: DISTRICT, foldedThrough: '2026-03-01', advanced: false });
    await expectRollupsMatchHazards(database);
    // A clock set back behind the fold: the folded days from today on are taken back out.
    clock.set('2026-02-28T02:00:00Z');
    expect((await getOverview(deps, systemActor(DISTRICT))).overdue).toBe(20);
    await expectOverdueMatchesHazards(clock, 'clock behind the fold');
    clock.set('2026-03-02T02:00:00Z');
    // The folded days' rows are no longer read: removing them leaves the count as it was.
    await sql`delete from assigned_deadline_counts where deadline <= '2026-03-01'`.execute(database.db);
    expect((await getOverview(deps, systemActor(DISTRICT))).overdue).toBe(21);
    clock.advance(DAY_MS); // the hazard due on 03-02 is overdue on 03-03, before any fold
    expect((await getOverview(deps, systemActor(DISTRICT))).overdue).toBe(22);

    // A rebuild restores the per-day rows and recounts the folded counts up to the same day.
    await sql`update overdue_counts set count = 99`.execute(database.db);
    await rebuildHazardRollups(database.db, DISTRICT);
    await expectRollupsMatchHazards(database);
    await expectOverdueMatchesHazards(clock, 'after rebuild');
  });

  it(`the use case refuses a day that is not a calendar date [${dialect}]`, async () => {
    const deps = depsAt(createManualClock('2026-03-02T02:00:00Z'));
    await expect(foldPastDeadlines(deps, { districtCode: DISTRICT, today: '2026-02-30' })).rejects.toMatchObject({ kind: 'invalid_input', fields: [{ path: '/today', code: 'format' }] });
  });
});
