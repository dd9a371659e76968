import { sql, type Expression, type ExpressionBuilder, type Kysely, type Selectable, type SqlBool } from 'kysely';
import {
  decodeHazardCursor, foldHazardText, HAZARD_TEXT_FOLDS, hazardSortOrder, searchQueryOf, type HazardFilter, type HazardSortPosition, type PageRequest,
  type ScopeFilter,
} from '@safegrid/core';
import type { Database, HazardsTable } from '../database-schema.js';
import { containsPattern } from './row-values.js';
import { overdueHazard } from './rule-conditions.js';
import { regionCondition, scopeCondition } from './scope-conditions.js';

type HazardBuilder = ExpressionBuilder<Database, 'hazards'>;

/** One scope and filter whose matches are one index range in id order (ideally). */
interface Range {
  readonly scope: ScopeFilter;
  readonly filter: HazardFilter;
}

/**
 * A list query splits its IN lists into at most this many ranges. Each range reads at most one
 * page from its index, so the merge sorts at most this many pages.
 */
const MAX_RANGES = 12;

function filterConditions(eb: HazardBuilder, filter: HazardFilter, today: string): Expression<SqlBool>[] {
  const parts: Expression<SqlBool>[] = [];
  const anyOf = (column: string, values: readonly string[] | undefined) => {
    if (values && values.length > 0) parts.push(eb(sql.ref(column), 'in', [...values]));
  };
  anyOf('hazards.status', filter.statuses);
  anyOf('hazards.level', filter.levels);
  anyOf('hazards.source', filter.sources);
  anyOf('hazards.category', filter.categories);
  anyOf('hazards.sector', filter.sectors);
  if (filter.regionCode) parts.push(regionCondition(eb, 'hazards', filter.regionCode));
  if (filter.gridId) parts.push(eb('hazards.gridId', '=', filter.gridId));
  if (filter.unitId) parts.push(eb('hazards.unitId', '=', filter.unitId));
  if (filter.assigneeId) parts.push(eb('hazards.assigneeId', '=', filter.assigneeId));
  if (filter.reportedFrom) parts.push(eb('hazards.reportedAt', '>=', filter.reportedFrom));
  if (filter.reportedTo) parts.push(eb('hazards.reportedAt', '<', filter.reportedTo));
  if (filter.deadlineFrom) parts.push(eb('hazards.deadline', '>=', filter.deadlineFrom));
  if (filter.deadlineTo) parts.push(eb('hazards.deadline', '<=', filter.deadlineTo));
  if (filter.overdue !== undefined) {
    const overdue = overdueHazard(today);
    parts.push(filter.overdue ? overdue : eb.not(overdue));
  }
  if (filter.text) parts.push(textCondition(eb, filter.text));
  return parts;
}

/** A column with the hazard search's folds applied (`foldHazardText`), as nested SQL `replace` calls. */
function folded(column: string) {
  return HAZARD_TEXT_FOLDS.reduce((expression, [from, to]) => sql`replace(${expression}, ${from}, ${to})`, sql`${sql.ref(column)}`);
}

/**
 * 搜索 on the hazard list: the folded title or description contains the folded query, or the
 * hazard's unit is found by the registry's search (name, pinyin, initials, address, credit code;
 * ADR 0078), so `hutang` finds 湖塘's hazards as it finds its units.
 */
function textCondition(eb: HazardBuilder, typed: string): Expression<SqlBool> {
  const fragment = containsPattern(foldHazardText(typed));
  const conditions: Expression<SqlBool>[] = [
    sql<SqlBool>`${folded('hazards.title')} like ${fragment} escape '\\'`,
    sql<SqlBool>`${folded('hazards.description')} like ${fragment} escape '\\'`,
  ];
  const unitQuery = searchQueryOf(typed);
  if (unitQuery) {
    conditions.push(eb('hazards.unitId', 'in', eb.selectFrom('units').select('units.id')
      .where(sql<SqlBool>`${sql.ref('units.searchText')} like ${containsPattern(unitQuery)} escape '\\'`)));
  }
  return eb.or(conditions);
}

/**
 * The scope and filter as disjoint ranges, one per value of each IN list on a column that leads
 * an `(…, column, id)` index: statuses (the default "open" list is two), the grids of a grid
 * worker, sectors and levels. An `IN` over such a column cannot be read in id order from one
 * index, so the database would sort every match to return one page.
 */
export function splitIntoRanges(scope: ScopeFilter, filter: HazardFilter): readonly Range[] {
  let ranges: Range[] = [{ scope, filter }];
  const split = <T>(values: readonly T[] | undefined, narrow: (range: Range, value: T) => Range) => {
    const distinct = [...new Set(values ?? [])];
    // Duplicates would return a row twice; one value is already a single range.
    if (distinct.length < 2 || ranges.length * distinct.length > MAX_RANGES) return;
    ranges = ranges.flatMap((range) => distinct.map((value) => narrow(range, value)));
  };
  split(filter.statuses, (range, status) => ({ ...range, filter: { ...range.filter, statuses: [status] } }));
  split(scope.gridIds, (range, gridId) => ({ ...range, scope: { ...range.scope, gridIds: [gridId] } }));
  split(scope.sectors, (range, sector) => ({ ...range, scope: { ...range.scope, sectors: [sector] } }));
  split(filter.sectors, (range, sector) => ({ ...range, filter: { ...range.filter, sectors: [sector] } }));
  split(filter.levels, (range, level) => ({ ...range, filter: { ...range.filter, levels: [level] } }));
  return ranges;
}

export interface HazardListRequest {
  readonly scope: ScopeFilter;
  readonly filter: HazardFilter;
  readonly page: PageRequest;
  readonly today: string;
}

/** Rows after the cursor in an order over a column that is never null (level), or over the id. */
function afterPosition(eb: HazardBuilder, column: 'hazards.id' | 'hazards.level' | 'hazards.deadline', direction: 'asc' | 'desc', position: HazardSortPosition): Expression<SqlBool> {
  const beyond = direction === 'asc' ? '>' : '<';
  if (column === 'hazards.id') return eb('hazards.id', beyond, position.id);
  return eb.or([
    eb(column, beyond, position.value as string),
    eb.and([eb(column, '=', position.value as string), eb('hazards.id', beyond, position.id)]),
  ]);
}

/**
 * The rows of one list page plus one (to tell whether there is a next page), in `filter.sort`
 * order. Each range is read in that order up to that many rows and the ranges are merged (UNION
 * ALL), so no plan sorts all matches (issue 4: the open-status first page sorted 33k rows on
 * SQLite). A deadline order reads the hazards with a deadline first and, when the page is not
 * full, those without one after them (in id order), so each part is one index range and NULLs sort
 * last on both databases (ADR 0091).
 */
export async function selectHazardPage(db: Kysely<Database>, request: HazardListRequest): Promise<Selectable<HazardsTable>[]> {
  const { page, today, filter } = request;
  const order = hazardSortOrder(filter.sort);
  const after = page.cursor === undefined ? undefined : decodeHazardCursor(filter.sort, page.cursor);
  const ranges = splitIntoRanges(request.scope, filter);
  const column = order.column === 'id' ? 'hazards.id' as const : order.column === 'level' ? 'hazards.level' as const : 'hazards.deadline' as const;
  const readRanges = async (part: 'valued' | 'missing', limit: number) => {
    const rangeQuery = (range: Range) => {
      let query = db
        .selectFrom('hazards')
        .selectAll()
        .where((eb) => eb.and([scopeCondition(eb, 'hazards', range.scope), ...filterConditions(eb, range.filter, today)]));
      if (part === 'missing') {
        query = query.where('hazards.deadline', 'is', null);
        if (after?.value === null) query = query.where('hazards.id', order.direction === 'asc' ? '>' : '<', after.id);
        return query.orderBy('hazards.id', order.direction).limit(limit);
      }
      if (column === 'hazards.deadline') query = query.where('hazards.deadline', 'is not', null);
      if (after) query = query.where((eb) => afterPosition(eb, column, order.direction, after));
      if (column !== 'hazards.id') query = query.orderBy(column, order.direction);
      return query.orderBy('hazards.id', order.direction).limit(limit);
    };
    const [first, ...others] = ranges.map(rangeQuery);
    if (!first) return [];
    if (others.length === 0) return first.execute();
    // SQLite allows ORDER BY and LIMIT only on a whole compound SELECT, so each range is a subquery.
    const merged = others.reduce(
      (union, other, index) => union.unionAll(db.selectFrom(other.as(`range${index + 1}`)).selectAll()),
      db.selectFrom(first.as('range0')).selectAll(),
    );
    const outer = part === 'valued' && column !== 'hazards.id' ? merged.orderBy(column === 'hazards.level' ? 'level' : 'deadline', order.direction) : merged;
    return outer.orderBy('id', order.direction).limit(limit).execute();
  };
  const wanted = page.limit + 1;
  // After a cursor in the no-deadline part, only that part remains.
  const valued = after !== undefined && column === 'hazards.deadline' && after.value === null ? [] : await readRanges('valued', wanted);
  if (column !== 'hazards.deadline' || valued.length >= wanted) return valued;
  return [...valued, ...(await readRanges('missing', wanted - valued.length))];
}

/**
 * The number of hazards matching scope and filter, reading at most `cap + 1` of them: the limit
 * sits inside the subquery, so the database stops after that many index entries (ADR 0090).
 */
export async function countHazardMatches(db: Kysely<Database>, request: Omit<HazardListRequest, 'page'>, cap: number): Promise<number> {
  const matches = db
    .selectFrom('hazards')
    .select('hazards.id')
    .where((eb) => eb.and([scopeCondition(eb, 'hazards', request.scope), ...filterConditions(eb, request.filter, request.today)]))
    .limit(cap + 1);
  const row = await db.selectFrom(matches.as('matches')).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
