import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { regionLevelOfCode, type ScopeFilter } from '@safegrid/core';
import type { Database } from '../database-schema.js';

type ScopedTable = 'hazards' | 'units' | 'inspections' | 'unitRisks' | 'tenantReviews' | 'tenantOutcomes' | 'enforcementDocuments';
// The builder may range over joins that include the scoped table; conditions use explicit references.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type AnyBuilder = ExpressionBuilder<Database, any>;

const NOTHING = sql<SqlBool>`1 = 0`;

/** Rows of `table` in the region subtree rooted at `code` (district, town or village). */
export function regionCondition(
  eb: AnyBuilder,
  table: ScopedTable,
  code: string,
): Expression<SqlBool> {
  const column = { district: 'districtCode', town: 'townCode', village: 'villageCode' } as const;
  const level = regionLevelOfCode(code);
  if (!level) return NOTHING;
  return eb(sql.ref(`${table}.${column[level]}`), '=', code);
}

/** The WHERE condition that keeps only what a scope may see; the same rule as core's isInScope. */
export function scopeCondition(
  eb: AnyBuilder,
  table: ScopedTable,
  scope: ScopeFilter,
): Expression<SqlBool> {
  const ref = (column: string) => sql.ref(`${table}.${column}`);
  const parts: Expression<SqlBool>[] = [eb(ref('districtCode'), '=', scope.districtCode)];
  if (scope.regionCode !== undefined) parts.push(regionCondition(eb, table, scope.regionCode));
  if (scope.gridIds !== undefined) parts.push(scope.gridIds.length > 0 ? eb(ref('gridId'), 'in', [...scope.gridIds]) : NOTHING);
  if (scope.sectors !== undefined) parts.push(scope.sectors.length > 0 ? eb(ref('sector'), 'in', [...scope.sectors]) : NOTHING);
  if (scope.unitId !== undefined) parts.push(eb(ref(table === 'units' ? 'id' : 'unitId'), '=', scope.unitId));
  return eb.and(parts);
}

export { NOTHING };
