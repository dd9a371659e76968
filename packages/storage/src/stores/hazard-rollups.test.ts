import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  BREAKDOWN_DIMENSIONS,
  HAZARD_CATEGORIES,
  HAZARD_SOURCES,
  HAZARD_STATUSES,
  isInScope,
  type BreakdownRow,
  type Grid,
  type Hazard,
  type HazardCounts,
  type ScopeFilter,
  type Sector,
} from '@safegrid/core';
import { createBulkLoader } from '../bulk-load.js';
import { createStores } from '../stores.js';
import { buildHazard, DISTRICT, HUTANG, LUOYANG, smallWorld, testId } from '../testing/fixtures.js';
import { expectRollupsMatchHazards } from '../testing/rollup-recount.js';
import { openTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { emptyHazardTables, openSmallWorldStores, sqlDatabase, storedHazards, type StoredHazardRow } from '../testing/rollup-world.js';
import { describeEachStoreTarget, type TestStores } from '../testing/test-stores.js';
import { migrateToLatest } from '../database.js';
import { rebuildHazardRollups } from './hazard-rollups.js';
import { toHazardRow } from './hazard-rows.js';

const SECTORS: readonly Sector[] = ['fire', 'industry_trade', 'construction', 'town_gas'];
const OPEN = new Set(['reported', 'assigned', 'submitted']);

/** Scopes whose dashboards read rollups (district, towns, departments) and some that do not. */
const SCOPES: readonly ScopeFilter[] = [
  { districtCode: DISTRICT },
  { districtCode: DISTRICT, regionCode: DISTRICT },
  { districtCode: DISTRICT, regionCode: HUTANG },
  { districtCode: DISTRICT, regionCode: LUOYANG },
  { districtCode: DISTRICT, sectors: ['fire', 'industry_trade'] },
  { districtCode: DISTRICT, regionCode: HUTANG, sectors: ['construction'] },
  { districtCode: DISTRICT, sectors: [] },
  { districtCode: DISTRICT, regionCode: `${HUTANG}201` }, // a village: counted from hazards
  { districtCode: '320411' }, // another district sees nothing
];

type Operation =
  | { readonly kind: 'report'; readonly town: number; readonly sector: Sector; readonly level: 'general' | 'major'; readonly source: string; readonly category: string }
  | { readonly kind: 'assign' | 'reassign' | 'extend'; readonly target: number; readonly days: number }
  | { readonly kind: 'submit' | 'close' | 'return' | 'dismiss' | 'stale'; readonly target: number }
  | { readonly kind: 'tick'; readonly days: number };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({
    kind: fc.constant('report' as const),
    town: fc.integer({ min: 0, max: 1 }),
    sector: fc.constantFrom(...SECTORS),
    level: fc.constantFrom('general' as const, 'major' as const),
    source: fc.constantFrom(...HAZARD_SOURCES),
    category: fc.constantFrom(...HAZARD_CATEGORIES.slice(0, 4)),
  }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('assign' as const, 'reassign' as const, 'extend' as const), target: fc.nat(30), days: fc.integer({ min: -3, max: 10 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constantFrom('submit' as const, 'close' as const, 'return' as const, 'dismiss' as const, 'stale' as const), target: fc.nat(30) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('tick' as const), days: fc.integer({ min: 1, max: 5 }) }) },
);

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The lifecycle step an operation takes, or null when the hazard is not in a state it applies to. */
function nextHazard(hazard: Hazard, op: Operation, today: string): Hazard | null {
  const bump = (changes: Partial<Hazard>): Hazard => ({ ...hazard, ...changes, version: hazard.version + 1 });
  switch (op.kind) {
    case 'assign':
      return hazard.status === 'reported' ? bump({ status: 'assigned', deadline: addDays(today, op.days) }) : null;
    case 'reassign':
      return hazard.status === 'assigned' ? bump({ deadline: addDays(today, op.days), assigneeId: testId() }) : null;
    case 'extend':
      return hazard.status === 'assigned' && hazard.deadline ? bump({ deadline: addDays(hazard.deadline, Math.abs(op.days) + 1), extensionCount: hazard.extensionCount + 1 }) : null;
    case 'submit':
      return hazard.status === 'assigned' ? bump({ status: 'submitted' }) : null;
    case 'close':
      return hazard.status === 'submitted' ? bump({ status: 'closed', closedAt: `${today}T08:00:00.000Z` }) : null;
    case 'return':
      return hazard.status === 'submitted' ? bump({ status: 'assigned' }) : null;
    case 'dismiss':
      return hazard.status === 'reported' ? bump({ status: 'dismissed', dismissReason: 'not_true' }) : null;
    default:
      return null;
  }
}

type CountedRow = StoredHazardRow;

/** The overview recounted from every hazard row, without the rollups. */
function recountOverview(rows: readonly CountedRow[], today: string): HazardCounts {
  const byStatus = Object.fromEntries(HAZARD_STATUSES.map((status) => [status, 0])) as Record<string, number>;
  const towns = new Map<string, { open: number; overdue: number; major: number; closed: number; total: number }>();
  let overdue = 0;
  let majorOpen = 0;
  for (const row of rows) {
    const late = row.status === 'assigned' && row.deadline !== null && row.deadline < today;
    const major = row.level === 'major' && OPEN.has(row.status);
    byStatus[row.status] = (byStatus[row.status] ?? 0) + 1;
    if (late) overdue += 1;
    if (major) majorOpen += 1;
    const town = towns.get(row.townCode) ?? { open: 0, overdue: 0, major: 0, closed: 0, total: 0 };
    town.total += 1;
    if (OPEN.has(row.status)) town.open += 1;
    if (row.status === 'closed') town.closed += 1;
    if (late) town.overdue += 1;
    if (major) town.major += 1;
    towns.set(row.townCode, town);
  }
  const byTown = [...towns.entries()].map(([townCode, counts]) => ({ townCode, ...counts })).sort((a, b) => a.townCode.localeCompare(b.townCode));
  return { byStatus: byStatus as HazardCounts['byStatus'], overdue, majorOpen, byTown };
}

function recountBreakdown(rows: readonly CountedRow[], dimension: (typeof BREAKDOWN_DIMENSIONS)[number], today: string): BreakdownRow[] {
  const groups = new Map<string, { open: number; overdue: number; major: number; closed: number; total: number }>();
  for (const row of rows) {
    const key = row[dimension];
    const group = groups.get(key) ?? { open: 0, overdue: 0, major: 0, closed: 0, total: 0 };
    group.total += 1;
    if (OPEN.has(row.status)) group.open += 1;
    if (OPEN.has(row.status) && row.level === 'major') group.major += 1;
    if (row.status === 'closed') group.closed += 1;
    if (row.status === 'assigned' && row.deadline !== null && row.deadline < today) group.overdue += 1;
    groups.set(key, group);
  }
  return [...groups.entries()].map(([key, counts]) => ({ key, ...counts })).sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
}

describeEachStoreTarget('hazard rollups against a full recount', (target) => {
  let database: TestStores;
  let grids: [Grid, Grid];

  async function open(): Promise<void> {
    ({ stores: database, grids } = await openSmallWorldStores(target));
  }

  beforeAll(open);
  afterAll(async () => database.dispose());

  /** No hazards and no rollups: the SQL tables emptied, or a fresh in-memory store. */
  async function emptyHazards(): Promise<void> {
    if (await emptyHazardTables(database)) return;
    await database.dispose();
    await open();
  }

  function allRows(today: string): Promise<StoredHazardRow[]> {
    return storedHazards(database, today);
  }

  /** The dashboards of every scope equal the recount from hazards, and (on SQL) the rollup tables equal a GROUP BY. */
  async function expectDashboardsMatch(today: string): Promise<void> {
    const sqlTarget = sqlDatabase(database);
    if (sqlTarget) await expectRollupsMatchHazards(sqlTarget);
    const { stats, dashboard } = database.stores;
    const rows = await allRows(today);
    // Grid workers and enterprises: counted from hazards, held to the same recount.
    const scopes = [...SCOPES, { districtCode: DISTRICT, gridIds: [grids[0].id] }, { districtCode: DISTRICT, regionCode: LUOYANG, gridIds: [grids[0].id] }, { districtCode: DISTRICT, unitId: testId() }];
    for (const scope of scopes) {
      const visible = rows.filter((row) => isInScope(scope, row));
      expect(await stats.hazardCounts(scope, today), JSON.stringify(scope)).toEqual(recountOverview(visible, today));
      for (const dimension of BREAKDOWN_DIMENSIONS) {
        expect(await dashboard.breakdown(scope, dimension, today), `${dimension} ${JSON.stringify(scope)}`).toEqual(recountBreakdown(visible, dimension, today));
      }
    }
  }

  /** The SQL database of a SQL target, for the cases only the rollup tables show. */
  function sqlOnly(): TestDatabase {
    const db = sqlDatabase(database);
    if (!db) throw new Error('a SQL-only case ran on memory');
    return db;
  }

  it(`random lifecycles keep the overview and breakdowns equal to a recount [${target}]`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 40 }), async (operations) => {
        await emptyHazards();
        const { hazards } = database.stores;
        const current: Hazard[] = [];
        let today = '2026-03-02';
        for (const op of operations) {
          if (op.kind === 'tick') {
            today = addDays(today, op.days);
          } else if (op.kind === 'report') {
            const hazard = buildHazard(grids[op.town] as Grid, { sector: op.sector, level: op.level, source: op.source as Hazard['source'], category: op.category as Hazard['category'] });
            await hazards.insert(hazard);
            current.push(hazard);
          } else if (current.length > 0) {
            const index = op.target % current.length;
            const hazard = current[index] as Hazard;
            if (op.kind === 'stale') {
              // A writer holding an old version changes nothing, rollups included.
              expect(await hazards.update({ ...hazard, status: 'closed' }, hazard.version - 1)).toBe(false);
              continue;
            }
            const next = nextHazard(hazard, op, today);
            if (!next) continue;
            expect(await hazards.update(next, hazard.version)).toBe(true);
            current[index] = next;
          }
        }
        await expectDashboardsMatch(today);
      }),
      { numRuns: target === 'postgres' ? 50 : 100 },
    );
  }, 120_000);

  if (target !== 'memory') {
    it(`[SQL targets only: the rollup tables] rebuildHazardRollups recounts a district from its hazards [${target}]`, async () => {
      await emptyHazards();
      const sqlTarget = sqlOnly();
      const { hazards } = database.stores;
      const [hutang, luoyang] = grids;
      await hazards.insert(buildHazard(hutang, { status: 'assigned', deadline: '2026-02-01', level: 'major' }));
      await hazards.insert(buildHazard(luoyang, { status: 'closed', sector: 'town_gas', source: 'public', category: 'gas' }));
      await sql`delete from hazard_counts`.execute(sqlTarget.db); // lose the rollups, as after a raw import
      await sql`update assigned_deadline_counts set count = 7`.execute(sqlTarget.db);
      await rebuildHazardRollups(sqlTarget.db, DISTRICT);
      await expectDashboardsMatch('2026-03-02');
      const { stats } = database.stores;
      expect(await stats.hazardCounts({ districtCode: DISTRICT }, '2026-03-02')).toMatchObject({ overdue: 1, majorOpen: 1, byStatus: { assigned: 1, closed: 1 } });
    });
  }

  it(`hazards loaded in bulk count on the dashboards (on SQL the bulk loader writes the rollups) [${target}]`, async () => {
    await emptyHazards();
    const [hutang, luoyang] = grids;
    const loaded = Array.from({ length: 30 }, (_, index) => buildHazard(index % 2 ? hutang : luoyang, {
      status: HAZARD_STATUSES[index % HAZARD_STATUSES.length],
      deadline: index % 5 === 1 ? addDays('2026-02-25', index) : null,
      sector: SECTORS[index % SECTORS.length],
      source: HAZARD_SOURCES[index % HAZARD_SOURCES.length],
    }));
    await database.hazards(loaded);
    await expectDashboardsMatch('2026-03-02');
  });

  if (target !== 'memory') {
    it(`[SQL targets only: a migration of the rollup tables] the migration fills the rollups from the hazards of an existing database [${target}]`, async () => {
      const old = await openTestDatabase(target, { migrateUpTo: '20261124T0900-add-dashboard-indexes' });
      try {
        const world = smallWorld();
        await createBulkLoader(old).regions(world.regions, world.grids);
        const [hutang, luoyang] = world.grids as [Grid, Grid];
        const existing = [
          buildHazard(hutang, { status: 'assigned', deadline: '2026-02-01', level: 'major' }),
          buildHazard(hutang, { status: 'assigned', deadline: '2026-04-01', source: 'public' }),
          buildHazard(luoyang, { status: 'closed', sector: 'town_gas', category: 'gas' }),
          buildHazard(luoyang, { status: 'reported', sector: 'town_gas', category: 'gas' }),
        ];
        // That schema's hazards table has no equipment link yet (20261209T0410).
        await old.db.insertInto('hazards').values(existing.map((hazard) => {
          const { equipmentId: _equipmentId, ...row } = toHazardRow(hazard);
          return row;
        })).execute();
        await migrateToLatest(old);
        await expectRollupsMatchHazards(old);
        const { stats } = createStores(old.db, target);
        expect(await stats.hazardCounts({ districtCode: DISTRICT }, '2026-03-02')).toMatchObject({
          overdue: 1, majorOpen: 1, byStatus: { assigned: 2, closed: 1, reported: 1 },
        });
      } finally {
        await old.dispose();
      }
    });
  }
});
