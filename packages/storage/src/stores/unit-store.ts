import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import { cappedCount, invalidInput, searchQueryOf, type Unit, type UnitFilter, type UnitStore } from '@safegrid/core';
import type { Database } from '../database-schema.js';
import type { DialectName } from '../database.js';
import { containsPattern } from './row-values.js';
import { regionCondition, scopeCondition } from './scope-conditions.js';
import { toUnit, toUnitChange, toUnitChangeRow, toUnitRow } from './unit-rows.js';
import { appendAudit } from '../audit/audit-chain.js';

type UnitBuilder = ExpressionBuilder<Database, 'units'>;

/** Trigram indexes need three characters; shorter fragments are matched by a scan. */
const TRIGRAM = 3;

/**
 * How a text search is read. `scan`: no trigram index (PostgreSQL, whose planner weighs its
 * pg_trgm index itself, or a fragment under three characters): a `LIKE` condition. On SQLite the
 * trigram index is read once, up to one past the threshold: `matches` carries the units' rowids
 * when there are no more, and the list reads just those rows and sorts them into list order;
 * `list-order` (a broad fragment: 武进区 is in 60% of a district's names) walks the list's own
 * index in order and keeps the units among the matches, stopping at the page's end, which avoids
 * fetching and sorting every match. ADRs 0052, 0115.
 */
export type TextPlan =
  | { readonly kind: 'scan' }
  | { readonly kind: 'matches'; readonly rowids: readonly number[] }
  | { readonly kind: 'list-order' };

function isTrigramSearch(dialect: DialectName, text: string): boolean {
  return dialect === 'sqlite' && [...text].length >= TRIGRAM;
}

/** FTS5 trigram phrase query; double quotes inside the phrase are doubled per FTS5 syntax. */
function trigramPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function textCondition(text: string, plan: TextPlan): Expression<SqlBool> {
  switch (plan.kind) {
    case 'matches':
      // The rowids the trigram index gave (textPlanFor): SQLite fetches each by primary key.
      return sql<SqlBool>`${sql.ref('units.rowid')} in (select value from json_each(${JSON.stringify(plan.rowids)}))`;
    case 'list-order':
      // The unary plus keeps SQLite from driving the query by rowid from the match list.
      return sql<SqlBool>`+${sql.ref('units.rowid')} in (select rowid from units_search where units_search match ${trigramPhrase(text)})`;
    case 'scan':
      // pg_trgm's GIN index serves LIKE on PostgreSQL; on SQLite this is the short-fragment scan.
      return sql<SqlBool>`${sql.ref('units.searchText')} like ${containsPattern(text)} escape '\\'`;
  }
}

function filterConditions(eb: UnitBuilder, filter: UnitFilter, textPlan: TextPlan): Expression<SqlBool>[] {
  const parts: Expression<SqlBool>[] = [];
  if (filter.regionCode) parts.push(regionCondition(eb, 'units', filter.regionCode));
  if (filter.gridId) parts.push(eb('units.gridId', '=', filter.gridId));
  if (filter.kinds?.length) parts.push(eb('units.kind', 'in', [...filter.kinds]));
  if (filter.sectors?.length) parts.push(eb('units.sector', 'in', [...filter.sectors]));
  if (filter.statuses?.length) parts.push(eb('units.status', 'in', [...filter.statuses]));
  if (filter.parentId) parts.push(eb('units.parentId', '=', filter.parentId));
  if (filter.tags?.length) {
    const tags = [...filter.tags];
    parts.push(eb.exists(
      eb.selectFrom('unitTags').select('unitTags.unitId').whereRef('unitTags.unitId', '=', 'units.id').where('unitTags.tag', 'in', tags),
    ));
  }
  if (filter.riskLevels?.length) {
    // The colour in effect: an override through its expiry day, else the computed one.
    const effective = sql`case when ${sql.ref('unitRisks.overrideLevel')} is not null and ${sql.ref('unitRisks.overrideExpiresOn')} >= ${filter.asOf ?? '9999-12-31'}
      then ${sql.ref('unitRisks.overrideLevel')} else ${sql.ref('unitRisks.computedLevel')} end`;
    parts.push(eb.exists(
      eb.selectFrom('unitRisks').select('unitRisks.unitId').whereRef('unitRisks.unitId', '=', 'units.id')
        .where(effective, 'in', [...filter.riskLevels]),
    ));
  }
  const text = searchQueryOf(filter.text);
  if (text) parts.push(textCondition(text, textPlan));
  return parts;
}

function encodeCursor(position: [string, string]): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** A cursor from a client; a malformed one is refused, naming the field. */
function decodeCursor(cursor: string): [string, string] {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
    return [value[0], value[1]];
  }
  throw invalidInput([{ path: '/cursor', code: 'invalid_cursor' }]);
}

async function writeTags(db: Kysely<Database>, unit: Unit): Promise<void> {
  await db.deleteFrom('unitTags').where('unitId', '=', unit.id).where('districtCode', '=', unit.districtCode).execute();
  if (unit.riskTags.length === 0) return;
  await db
    .insertInto('unitTags')
    .values(unit.riskTags.map((tag) => ({ unitId: unit.id, districtCode: unit.districtCode, tag })))
    .execute();
}

/** Rows per multi-row statement: about 30 columns each stays well under SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const ROWS_PER_STATEMENT = 500;

/** Above this many trigram matches a SQLite text search walks the list order (see TextPlan). */
const BROAD_SEARCH_MATCHES = 2000;

/**
 * How a text search is read (TextPlan). The trigram index is read once per search, and only up to
 * one past the threshold: a narrow fragment's rowids go into the list query as they are (before,
 * the index was read twice, once to count and once in the list), and a broad one's reading stops
 * at 2,001 rather than counting all of 武进区 in every district (ADR 0115). `Infinity` reads them all.
 */
export async function textPlanFor(db: Kysely<Database>, dialect: DialectName, text: string | undefined, broadSearchMatches: number): Promise<TextPlan> {
  if (!text || !isTrigramSearch(dialect, text)) return { kind: 'scan' };
  const matches = sql`select rowid as id from units_search where units_search match ${trigramPhrase(text)}`;
  const capped = Number.isFinite(broadSearchMatches) ? sql`${matches} limit ${Math.max(0, Math.floor(broadSearchMatches)) + 1}` : matches;
  const { rows } = await sql<{ id: number }>`${capped}`.execute(db);
  return rows.length > broadSearchMatches ? { kind: 'list-order' } : { kind: 'matches', rowids: rows.map((row) => Number(row.id)) };
}

export interface UnitStoreOptions {
  /** Tests move it to cover both ways of reading a text search. */
  readonly broadSearchMatches?: number;
}

/** The unit registry; every read is narrowed by the caller's scope inside the SQL. */
export function createUnitStore(db: Kysely<Database>, dialect: DialectName, options: UnitStoreOptions = {}): UnitStore {
  const broadSearchMatches = options.broadSearchMatches ?? BROAD_SEARCH_MATCHES;
  const planFor = (text: string | undefined) => textPlanFor(db, dialect, text, broadSearchMatches);
  return {
    async findById(id, scope) {
      const row = await db
        .selectFrom('units')
        .selectAll()
        .where('units.id', '=', id)
        .where((eb) => scopeCondition(eb, 'units', scope))
        .executeTakeFirst();
      return row && toUnit(row);
    },

    async namesOf(districtCode, ids) {
      const names = new Map<string, string>();
      // Chunks keep the bound parameters under SQLite's and PostgreSQL's limits.
      for (let start = 0; start < ids.length; start += 500) {
        const chunk = ids.slice(start, start + 500);
        const rows = await db.selectFrom('units').select(['id', 'name']).where('districtCode', '=', districtCode).where('id', 'in', chunk).execute();
        for (const row of rows) names.set(row.id, row.name);
      }
      return names;
    },

    async findByCreditCode(districtCode, creditCode) {
      const row = await db
        .selectFrom('units')
        .selectAll()
        .where('districtCode', '=', districtCode)
        .where('creditCode', '=', creditCode)
        .executeTakeFirst();
      return row && toUnit(row);
    },

    async findByCreditCodes(districtCode, creditCodes) {
      const found = new Map<string, Unit>();
      for (let start = 0; start < creditCodes.length; start += ROWS_PER_STATEMENT) {
        const rows = await db
          .selectFrom('units')
          .selectAll()
          .where('districtCode', '=', districtCode)
          .where('creditCode', 'in', creditCodes.slice(start, start + ROWS_PER_STATEMENT))
          .execute();
        for (const row of rows) if (row.creditCode !== null) found.set(row.creditCode, toUnit(row));
      }
      return found;
    },

    async insert(unit) {
      await db.insertInto('units').values(toUnitRow(unit)).execute();
      await writeTags(db, unit);
    },

    async insertMany(units) {
      // Multi-row statements in chunks that keep the bound parameters under both databases' limits.
      for (let start = 0; start < units.length; start += ROWS_PER_STATEMENT) {
        const chunk = units.slice(start, start + ROWS_PER_STATEMENT);
        await db.insertInto('units').values(chunk.map(toUnitRow)).execute();
        const tags = chunk.flatMap((unit) => unit.riskTags.map((tag) => ({ unitId: unit.id, districtCode: unit.districtCode, tag })));
        if (tags.length > 0) await db.insertInto('unitTags').values(tags).execute();
      }
    },

    async update(unit, expectedVersion) {
      const { id: _id, districtCode: _district, createdAt: _created, ...changes } = toUnitRow(unit);
      const result = await db
        .updateTable('units')
        .set(changes)
        .where('id', '=', unit.id)
        .where('districtCode', '=', unit.districtCode)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      await writeTags(db, unit);
      return true;
    },

    async list(scope, filter, page) {
      const byName = filter.sort !== 'recent';
      const after = page.cursor === undefined ? undefined : decodeCursor(page.cursor);
      const textPlan = await planFor(searchQueryOf(filter.text));
      const rows = await db
        .selectFrom('units')
        .selectAll('units')
        .where((eb) => eb.and([scopeCondition(eb, 'units', scope), ...filterConditions(eb, filter, textPlan)]))
        .$if(after !== undefined && byName, (query) =>
          query.where((eb) => eb.or([
            eb('units.nameSort', '>', after?.[0] ?? ''),
            eb.and([eb('units.nameSort', '=', after?.[0] ?? ''), eb('units.id', '>', after?.[1] ?? '')]),
          ])))
        .$if(after !== undefined && !byName, (query) => query.where('units.id', '<', after?.[1] ?? ''))
        .$if(byName, (query) => query.orderBy('units.nameSort', 'asc').orderBy('units.id', 'asc'))
        .$if(!byName, (query) => query.orderBy('units.id', 'desc'))
        .limit(page.limit + 1)
        .execute();
      const items = rows.slice(0, page.limit);
      const last = items[items.length - 1];
      return {
        items: items.map(toUnit),
        nextCursor: rows.length > page.limit && last ? encodeCursor([last.nameSort, last.id]) : null,
      };
    },

    async count(scope, filter, cap) {
      const textPlan = await planFor(searchQueryOf(filter.text));
      const matches = db
        .selectFrom('units')
        .select('units.id')
        .where((eb) => eb.and([scopeCondition(eb, 'units', scope), ...filterConditions(eb, filter, textPlan)]))
        .limit(cap + 1);
      const row = await db.selectFrom(matches.as('matches')).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      return cappedCount(Number(row.n), cap);
    },

    async recordChange(change) {
      await db.insertInto('unitChanges').values(toUnitChangeRow(change)).execute();
      await appendAudit(db, 'unit_changes', [change.id]);
    },

    async recordChanges(changes) {
      for (let start = 0; start < changes.length; start += ROWS_PER_STATEMENT) {
        await db.insertInto('unitChanges').values(changes.slice(start, start + ROWS_PER_STATEMENT).map(toUnitChangeRow)).execute();
      }
      await appendAudit(db, 'unit_changes', changes.map((change) => change.id));
    },

    async listChanges(unitId, districtCode) {
      const rows = await db
        .selectFrom('unitChanges')
        .selectAll()
        .where('unitId', '=', unitId)
        .where('districtCode', '=', districtCode)
        .orderBy('id', 'asc')
        .execute();
      return rows.map(toUnitChange);
    },
  };
}

