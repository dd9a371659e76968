import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import { DEADLINE_STATUS, regionLevelOfCode, type ScopeFilter } from '@safegrid/core';
import type { Database } from '../database-schema.js';
import { NOTHING } from './scope-conditions.js';

/**
 * Hazard rollups (ADR 0031): `hazard_counts` and `assigned_deadline_counts` hold how many hazards
 * share the fields dashboards count by. Every hazard write applies its delta in the same
 * transaction; dashboards of district, town and department scopes read these small tables
 * instead of the hazards.
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
type CountKey = Record<(typeof COUNT_KEY)[number], string>;
type DeadlineKey = Record<(typeof DEADLINE_KEY)[number], string>;

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

/**
 * Adds the delta to the rollup rows (insert or `count = count + delta`) and deletes rows that
 * reached zero. Must run inside the transaction that wrote the hazards.
 */
export async function applyRollupDelta(trx: Kysely<Database>, delta: RollupDelta): Promise<void> {
  const counts = delta.countRows();
  const deadlines = delta.deadlineRows();
  for (let start = 0; start < counts.length; start += ROWS_PER_STATEMENT) {
    const batch = counts.slice(start, start + ROWS_PER_STATEMENT);
    await trx
      .insertInto('hazardCounts')
      .values(batch.map(({ key, delta: count }) => ({ ...key, count })))
      .onConflict((conflict) => conflict.columns([...COUNT_KEY]).doUpdateSet((eb) => ({ count: eb('hazardCounts.count', '+', eb.ref('excluded.count')) })))
      .execute();
  }
  for (let start = 0; start < deadlines.length; start += ROWS_PER_STATEMENT) {
    const batch = deadlines.slice(start, start + ROWS_PER_STATEMENT);
    await trx
      .insertInto('assignedDeadlineCounts')
      .values(batch.map(({ key, delta: count }) => ({ ...key, count })))
      .onConflict((conflict) => conflict.columns([...DEADLINE_KEY]).doUpdateSet((eb) => ({ count: eb('assignedDeadlineCounts.count', '+', eb.ref('excluded.count')) })))
      .execute();
  }
  // Only rows that went down can have reached zero.
  const emptied = counts.filter((row) => row.delta < 0);
  if (emptied.length > 0) {
    await trx
      .deleteFrom('hazardCounts')
      .where('count', '<=', 0)
      .where((eb) => eb.or(emptied.map(({ key }) => eb.and(COUNT_KEY.map((column) => eb(column, '=', key[column]))))))
      .execute();
  }
  const emptiedDeadlines = deadlines.filter((row) => row.delta < 0);
  if (emptiedDeadlines.length > 0) {
    await trx
      .deleteFrom('assignedDeadlineCounts')
      .where('count', '<=', 0)
      .where((eb) => eb.or(emptiedDeadlines.map(({ key }) => eb.and(DEADLINE_KEY.map((column) => eb(column, '=', key[column]))))))
      .execute();
  }
}

/**
 * Recounts a district's rollups from its hazards: one INSERT … SELECT … GROUP BY per facet and
 * table, in one transaction (or the caller's). For bulk loads, repairs and benchmarks.
 */
export async function rebuildHazardRollups(db: Kysely<Database>, districtCode: string): Promise<void> {
  const work = async (trx: Kysely<Database>) => {
    await trx.deleteFrom('hazardCounts').where('districtCode', '=', districtCode).execute();
    await trx.deleteFrom('assignedDeadlineCounts').where('districtCode', '=', districtCode).execute();
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
  };
  if (db.isTransaction) await work(db);
  else await db.transaction().execute(work);
}

type RollupTable = 'hazardCounts' | 'assignedDeadlineCounts';
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
