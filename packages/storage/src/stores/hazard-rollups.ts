import { PostgresAdapter, sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import { DEADLINE_STATUS, regionLevelOfCode, type CalendarDate, type OverdueFold, type ScopeFilter } from '@safegrid/core';
import type { Database } from '../database-schema.js';
import { NOTHING } from './scope-conditions.js';

/**
 * Hazard rollups (ADR 0031): `hazard_counts` and `assigned_deadline_counts` hold how many hazards
 * share the fields dashboards count by. Every hazard write applies its delta in the same
 * transaction; dashboards of district, town and department scopes read these small tables
 * instead of the hazards.
 *
 * Folding past deadlines: overdue is "assigned with a deadline before today", so it changes with the
 * calendar, not with writes. Summing `assigned_deadline_counts` over every past day costs one row per
 * key and day — thousands in a district. Instead `overdue_counts` holds, per key, the assigned hazards
 * whose deadline is on or before the district's `overdue_folds.folded_through` (the watermark W):
 *
 *   overdue(today) = overdue_counts + Σ deadline rows in (W, today) − Σ deadline rows in [today, W]
 *
 * The first range is the days since the last fold (none or one when the daily fold runs); the second
 * is empty unless someone folded ahead of the reader's today. Both are index ranges of a few rows.
 * Two things keep `overdue_counts` exact:
 * - every write's delta to a deadline row whose day is on or before W goes to `overdue_counts` too;
 * - a fold (foldOverdueCounts) adds the deadline rows of (W, through] and moves W to `through`.
 * A write and a fold must not interleave: a fold summing the deadline rows while an uncommitted
 * write changes one with the old W would lose that change. On PostgreSQL a write locks its
 * district's `overdue_folds` row FOR SHARE and a fold FOR UPDATE, both until commit, so a fold waits
 * for writes in flight and sums what they committed, and writes behind it read the new W. The row is
 * created ('' = nothing folded) by whichever comes first, so there is always a row to lock. SQLite
 * runs one writing transaction at a time, which is stronger. `assigned_deadline_counts` keeps every
 * day either way: it stays the plain per-day rollup, and rebuilds and recounts stay simple.
 */

/** The fields of a hazard that rollups count by. */
export interface CountedFields {
  readonly districtCode: string;
  readonly townCode: string;
  readonly sector: string;
  readonly level: string;
  readonly status: string;
  readonly source: string;
  readonly category: string;
  readonly deadline: string | null;
}

/** The hazard columns rollups count by. */
export const COUNTED_COLUMNS = ['districtCode', 'townCode', 'sector', 'level', 'status', 'source', 'category', 'deadline'] as const;

/** The counted fields of a hazard row (as written or as read back). */
export function countedFields(row: { readonly [K in (typeof COUNTED_COLUMNS)[number]]?: string | null | undefined }): CountedFields {
  const text = (value: string | null | undefined) => value ?? '';
  return {
    districtCode: text(row.districtCode),
    townCode: text(row.townCode),
    sector: text(row.sector),
    level: text(row.level),
    status: text(row.status),
    source: text(row.source),
    category: text(row.category),
    deadline: row.deadline ?? null,
  };
}

/** The breakdowns beyond town, sector, level and status that rollups keep: one row set per facet. */
export const ROLLUP_FACETS = ['all', 'source', 'category'] as const;
export type RollupFacet = (typeof ROLLUP_FACETS)[number];

const COUNT_KEY = ['districtCode', 'townCode', 'sector', 'level', 'status', 'facet', 'facetValue'] as const;
const DEADLINE_KEY = ['districtCode', 'townCode', 'sector', 'level', 'facet', 'facetValue', 'deadline'] as const;
const OVERDUE_KEY = ['districtCode', 'townCode', 'sector', 'level', 'facet', 'facetValue'] as const;
type CountKey = Record<(typeof COUNT_KEY)[number], string>;
type DeadlineKey = Record<(typeof DEADLINE_KEY)[number], string>;
type OverdueKey = Record<(typeof OVERDUE_KEY)[number], string>;

// SQLite allows 32,766 bound parameters per statement; 500 rows × 8 columns stays far below.
const ROWS_PER_STATEMENT = 500;

function facetValue(fields: CountedFields, facet: RollupFacet): string {
  return facet === 'all' ? '' : fields[facet];
}

/** Net changes per rollup row, with rows that net to zero left out. */
export interface RollupDelta {
  /** Counts `fields` once more (`sign` 1) or once less (`sign` -1). */
  add(fields: CountedFields, sign: 1 | -1): RollupDelta;
  /** Rows to change, sorted by key so concurrent writers lock rollup rows in the same order. */
  countRows(): { key: CountKey; delta: number }[];
  deadlineRows(): { key: DeadlineKey; delta: number }[];
}

export function createRollupDelta(): RollupDelta {
  const counts = new Map<string, { key: CountKey; delta: number }>();
  const deadlines = new Map<string, { key: DeadlineKey; delta: number }>();
  const delta: RollupDelta = {
    add(fields, sign) {
      for (const facet of ROLLUP_FACETS) {
        const base = { districtCode: fields.districtCode, townCode: fields.townCode, sector: fields.sector, level: fields.level, facet, facetValue: facetValue(fields, facet) };
        bump(counts, { ...base, status: fields.status }, COUNT_KEY, sign);
        if (fields.status === DEADLINE_STATUS && fields.deadline !== null) bump(deadlines, { ...base, deadline: fields.deadline }, DEADLINE_KEY, sign);
      }
      return delta;
    },
    countRows: () => sortedNonZero(counts),
    deadlineRows: () => sortedNonZero(deadlines),
  };
  return delta;
}

function bump<K extends Record<string, string>>(map: Map<string, { key: K; delta: number }>, key: K, columns: readonly (keyof K)[], sign: number): void {
  const id = columns.map((column) => key[column]).join('\u0000');
  const entry = map.get(id);
  if (entry) entry.delta += sign;
  else map.set(id, { key, delta: sign });
}

function sortedNonZero<K>(map: Map<string, { key: K; delta: number }>): { key: K; delta: number }[] {
  return [...map.entries()]
    .filter(([, entry]) => entry.delta !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, entry]) => entry);
}

/** Whether the database takes row locks (PostgreSQL); SQLite runs one writing transaction at a time. */
function locksRows(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * The districts' fold watermarks ('' when nothing is folded), their rows locked until commit: shared
 * by writers, exclusive for folds and rebuilds (see the top of this file). A district without a row
 * gets one first, so a write and a district's first fold always meet on the same row.
 */
async function lockFoldMarks(trx: Kysely<Database>, districts: readonly string[], mode: 'share' | 'update'): Promise<Map<string, string>> {
  const sorted = [...new Set(districts)].sort();
  const read = () =>
    trx
      .selectFrom('overdueFolds')
      .select(['districtCode', 'foldedThrough'])
      .where('districtCode', 'in', sorted)
      .orderBy('districtCode')
      .$if(locksRows(trx), (query) => (mode === 'share' ? query.forShare() : query.forUpdate()))
      .execute();
  let rows = await read();
  if (rows.length < sorted.length) {
    const known = new Set(rows.map((row) => row.districtCode));
    await trx
      .insertInto('overdueFolds')
      .values(sorted.filter((district) => !known.has(district)).map((districtCode) => ({ districtCode, foldedThrough: '' })))
      .onConflict((conflict) => conflict.column('districtCode').doNothing())
      .execute();
    rows = await read();
  }
  return new Map(rows.map((row) => [row.districtCode, row.foldedThrough]));
}

/** The part of the deadline rows' changes that falls on folded days, as changes to `overdue_counts`. */
async function foldedPart(trx: Kysely<Database>, deadlines: readonly { key: DeadlineKey; delta: number }[]): Promise<{ key: OverdueKey; delta: number }[]> {
  if (deadlines.length === 0) return [];
  const marks = await lockFoldMarks(trx, deadlines.map(({ key }) => key.districtCode), 'share');
  const overdue = new Map<string, { key: OverdueKey; delta: number }>();
  for (const { key, delta } of deadlines) {
    const foldedThrough = marks.get(key.districtCode) ?? '';
    if (key.deadline > foldedThrough) continue;
    const { deadline: _deadline, ...overdueKey } = key;
    bump(overdue, overdueKey, OVERDUE_KEY, delta);
  }
  return sortedNonZero(overdue);
}

type CountTable = 'hazardCounts' | 'assignedDeadlineCounts' | 'overdueCounts';

/** `count = count + delta` per row (inserting missing rows), then deletes the rows that reached zero. */
async function addCounts<K extends Record<string, string>>(trx: Kysely<Database>, table: CountTable, keyColumns: readonly (keyof K & string)[], rows: readonly { key: K; delta: number }[]): Promise<void> {
  // The three count tables share this shape; Kysely cannot type a table chosen at run time.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
  const untyped = trx as unknown as Kysely<any>;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const batch = rows.slice(start, start + ROWS_PER_STATEMENT);
    await untyped
      .insertInto(table)
      .values(batch.map(({ key, delta: count }) => ({ ...key, count })))
      .onConflict((conflict) => conflict.columns([...keyColumns]).doUpdateSet((eb) => ({ count: eb(`${table}.count`, '+', eb.ref('excluded.count')) })))
      .execute();
  }
  // Only rows that went down can have reached zero.
  const emptied = rows.filter((row) => row.delta < 0);
  if (emptied.length > 0) {
    await untyped
      .deleteFrom(table)
      .where('count', '<=', 0)
      .where((eb) => eb.or(emptied.map(({ key }) => eb.and(keyColumns.map((column) => eb(sql.ref(column), '=', key[column] as string))))))
      .execute();
  }
}

/**
 * Adds the delta to the rollup rows (insert or `count = count + delta`) and deletes rows that
 * reached zero; changes to deadline days already folded go to `overdue_counts` too. Must run inside
 * the transaction that wrote the hazards.
 */
export async function applyRollupDelta(trx: Kysely<Database>, delta: RollupDelta): Promise<void> {
  const deadlines = delta.deadlineRows();
  // First the fold watermark (shared lock): a fold may not run between this read and the commit.
  const overdue = await foldedPart(trx, deadlines);
  await addCounts(trx, 'hazardCounts', COUNT_KEY, delta.countRows());
  await addCounts(trx, 'assignedDeadlineCounts', DEADLINE_KEY, deadlines);
  await addCounts(trx, 'overdueCounts', OVERDUE_KEY, overdue);
}

/** Adds the district's deadline rows of the days in (from, through] to `overdue_counts`. */
async function addFoldedDays(trx: Kysely<Database>, districtCode: string, from: string, through: string): Promise<void> {
  await trx
    .insertInto('overdueCounts')
    .columns([...OVERDUE_KEY, 'count'])
    .expression(
      trx
        .selectFrom('assignedDeadlineCounts')
        .select([...OVERDUE_KEY])
        .select((eb) => eb.fn.sum<number>('count').as('count'))
        .where('districtCode', '=', districtCode)
        .where('deadline', '>', from)
        .where('deadline', '<=', through)
        .groupBy([...OVERDUE_KEY]),
    )
    .onConflict((conflict) => conflict.columns([...OVERDUE_KEY]).doUpdateSet((eb) => ({ count: eb('overdueCounts.count', '+', eb.ref('excluded.count')) })))
    .execute();
}

/**
 * Folds a district's deadline days up to `through` into `overdue_counts` and moves its watermark
 * there (see the top of this file). Never moves back: when the watermark is already at or past
 * `through`, changes nothing — so a second or concurrent run (it waits for the first) is harmless.
 */
export async function foldOverdueCounts(db: Kysely<Database>, districtCode: string, through: CalendarDate): Promise<OverdueFold> {
  const work = async (trx: Kysely<Database>): Promise<OverdueFold> => {
    const marks = await lockFoldMarks(trx, [districtCode], 'update');
    const from = marks.get(districtCode) ?? '';
    if (through <= from) return { districtCode, foldedThrough: from === '' ? null : from, advanced: false };
    await addFoldedDays(trx, districtCode, from, through);
    await trx.updateTable('overdueFolds').set({ foldedThrough: through }).where('districtCode', '=', districtCode).execute();
    return { districtCode, foldedThrough: through, advanced: true };
  };
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/**
 * Recounts a district's rollups from its hazards: one INSERT … SELECT … GROUP BY per facet and
 * table, in one transaction (or the caller's). For bulk loads, repairs and benchmarks. The folded
 * overdue counts are recounted up to the district's watermark, which stays where it was.
 */
export async function rebuildHazardRollups(db: Kysely<Database>, districtCode: string): Promise<void> {
  const work = async (trx: Kysely<Database>) => {
    // The fold watermark first and exclusively, as a fold takes it: no write or fold runs meanwhile.
    const foldedThrough = (await lockFoldMarks(trx, [districtCode], 'update')).get(districtCode) ?? '';
    await trx.deleteFrom('hazardCounts').where('districtCode', '=', districtCode).execute();
    await trx.deleteFrom('assignedDeadlineCounts').where('districtCode', '=', districtCode).execute();
    await trx.deleteFrom('overdueCounts').where('districtCode', '=', districtCode).execute();
    for (const facet of ROLLUP_FACETS) {
      const value = facet === 'all' ? sql<string>`''` : sql<string>`${sql.ref(`hazards.${facet}`)}`;
      await trx
        .insertInto('hazardCounts')
        .columns([...COUNT_KEY, 'count'])
        .expression(
          trx
            .selectFrom('hazards')
            .select(['districtCode', 'townCode', 'sector', 'level', 'status'])
            .select(sql.lit(facet).as('facet'))
            .select(value.as('facetValue'))
            .select((eb) => eb.fn.countAll<number>().as('count'))
            .where('districtCode', '=', districtCode)
            .groupBy(['districtCode', 'townCode', 'sector', 'level', 'status'])
            .$if(facet !== 'all', (query) => query.groupBy(`hazards.${facet as 'source' | 'category'}`)),
        )
        .execute();
      await trx
        .insertInto('assignedDeadlineCounts')
        .columns([...DEADLINE_KEY, 'count'])
        .expression(
          trx
            .selectFrom('hazards')
            .select(['districtCode', 'townCode', 'sector', 'level'])
            .select(sql.lit(facet).as('facet'))
            .select(value.as('facetValue'))
            .select(sql<string>`${sql.ref('hazards.deadline')}`.as('deadline'))
            .select((eb) => eb.fn.countAll<number>().as('count'))
            .where('districtCode', '=', districtCode)
            .where('status', '=', DEADLINE_STATUS)
            .where('deadline', 'is not', null)
            .groupBy(['districtCode', 'townCode', 'sector', 'level', 'deadline'])
            .$if(facet !== 'all', (query) => query.groupBy(`hazards.${facet as 'source' | 'category'}`)),
        )
        .execute();
    }
    // The folded days, from the deadline rows just recounted.
    if (foldedThrough !== '') await addFoldedDays(trx, districtCode, '', foldedThrough);
  };
  if (db.isTransaction) await work(db);
  else await db.transaction().execute(work);
}

type RollupTable = CountTable;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- either rollup table
type RollupBuilder = ExpressionBuilder<Database, any>;

/**
 * Whether a scope can read rollups: district, town and department scopes can (their filters are
 * district, town or sector, all rollup columns). Grid workers, villages and enterprises cannot;
 * they see few hazards and keep the indexed query over hazards.
 */
export function isRollupScope(scope: ScopeFilter): boolean {
  if (scope.gridIds !== undefined || scope.unitId !== undefined) return false;
  if (scope.regionCode === undefined) return true;
  const level = regionLevelOfCode(scope.regionCode);
  return level === 'district' || level === 'town';
}

/** The rollup rows inside a rollup scope (see isRollupScope). */
export function rollupScopeCondition(eb: RollupBuilder, table: RollupTable, scope: ScopeFilter): Expression<SqlBool> {
  const ref = (column: string) => sql.ref(`${table}.${column}`);
  const parts: Expression<SqlBool>[] = [eb(ref('districtCode'), '=', scope.districtCode)];
  if (scope.regionCode !== undefined) {
    const level = regionLevelOfCode(scope.regionCode);
    if (level === 'district') parts.push(eb(ref('districtCode'), '=', scope.regionCode));
    else if (level === 'town') parts.push(eb(ref('townCode'), '=', scope.regionCode));
    else parts.push(NOTHING);
  }
  if (scope.sectors !== undefined) parts.push(scope.sectors.length > 0 ? eb(ref('sector'), 'in', [...scope.sectors]) : NOTHING);
  return eb.and(parts);
}

/** Columns of `overdue_counts` that overdue counts can be grouped by. */
export type OverdueColumn = 'townCode' | 'sector' | 'level' | 'facetValue';

/**
 * Overdue hazards on `today` inside a rollup scope, per value of `columns`, from one facet's rows:
 * the folded counts plus the deadline days between the district's watermark and today (see the
 * top of this file). One statement, so it reads one snapshot even while a fold commits.
 */
export async function readOverdueCounts<C extends OverdueColumn>(
  db: Kysely<Database>,
  scope: ScopeFilter,
  facet: RollupFacet,
  today: CalendarDate,
  columns: readonly C[],
): Promise<({ readonly [K in C]: string } & { readonly count: number | string })[]> {
  const watermark = db
    .selectFrom('overdueFolds')
    .select((eb) => eb.fn.coalesce(eb.fn.max('overdueFolds.foldedThrough'), sql.lit('')).as('foldedThrough'))
    .where('overdueFolds.districtCode', '=', scope.districtCode)
    .as('mark');
  const names: readonly OverdueColumn[] = columns;
  const keysOf = (table: string) => names.map((column) => sql<string>`${sql.ref(`${table}.${column}`)}`.as(column));
  const count = (sign: '' | '-') => sql<number>`${sql.raw(sign)}${sql.ref('assignedDeadlineCounts.count')}`.as('count');
  const folded = db
    .selectFrom('overdueCounts')
    .select(keysOf('overdueCounts'))
    .select(sql<number>`${sql.ref('overdueCounts.count')}`.as('count'))
    .where((eb) => rollupScopeCondition(eb, 'overdueCounts', scope))
    .where('overdueCounts.facet', '=', facet);
  const days = db
    .selectFrom('assignedDeadlineCounts')
    .innerJoin(watermark, (join) => join.onTrue())
    .select(keysOf('assignedDeadlineCounts'))
    .where((eb) => rollupScopeCondition(eb, 'assignedDeadlineCounts', scope))
    .where('assignedDeadlineCounts.facet', '=', facet);
  // Days passed since the last fold count; days folded ahead of `today` are taken back out.
  const sincefold = days
    .select(count(''))
    .whereRef('assignedDeadlineCounts.deadline', '>', 'mark.foldedThrough')
    .where('assignedDeadlineCounts.deadline', '<', today);
  const foldedAhead = days
    .select(count('-'))
    .where('assignedDeadlineCounts.deadline', '>=', today)
    .whereRef('assignedDeadlineCounts.deadline', '<=', 'mark.foldedThrough');
  const total = sql<number | string>`sum(${sql.ref('overdue.count')})`;
  const rows = await db
    .selectFrom(folded.unionAll(sincefold).unionAll(foldedAhead).as('overdue'))
    .select(names.map((column) => sql<string>`${sql.ref(`overdue.${column}`)}`.as(column)))
    .select(total.as('count'))
    .groupBy(names.map((column) => sql.ref(`overdue.${column}`)))
    .having(total, '<>', 0)
    .execute();
  return rows as unknown as ({ readonly [K in C]: string } & { readonly count: number | string })[];
}
