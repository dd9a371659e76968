import { sql, type Kysely } from 'kysely';
import { AUDITED_TABLES, canonicalRow, entryHash, GENESIS_HASH, type AuditedTable, type AuditedTableName } from './audited-tables.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the audit reads any audited table by its SQL name
type AnyDb = Kysely<any>;

const ENTRIES_PER_STATEMENT = 500;
const KEYS_PER_READ = 500;
/** Rows the backfill reads per query, and its temporary table of the chain order. */
const BACKFILL_PAGE = 5_000;
const BACKFILL_ORDER = 'audit_backfill_order';

interface PendingRow {
  readonly sourceId: string;
  readonly content: string;
}

/**
 * Takes the district's chain head and holds it until the transaction ends. The upsert is one
 * statement for a district's first entry and every later one: on PostgreSQL `ON CONFLICT DO
 * UPDATE` locks the head row, so a second transaction appending to the same district waits here
 * (appends serialise per district; other districts do not wait). SQLite has one writer anyway.
 */
async function lockHead(db: AnyDb, districtCode: string): Promise<{ seq: number; hash: string }> {
  const head = await db
    .insertInto('audit_heads')
    .values({ district_code: districtCode, seq: 0, hash: GENESIS_HASH })
    .onConflict((conflict) => conflict.column('district_code').doUpdateSet({ district_code: sql`excluded.district_code` }))
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  return { seq: Number(head.seq), hash: String(head.hash) };
}

/** Links rows of one district onto its chain, in the order given. */
async function chainRows(db: AnyDb, spec: AuditedTable, districtCode: string, rows: readonly PendingRow[]): Promise<void> {
  if (rows.length === 0) return;
  let { seq, hash } = await lockHead(db, districtCode);
  const entries = rows.map((row) => {
    seq += 1;
    const entry = { districtCode, seq, sourceTable: spec.table, sourceId: row.sourceId, content: row.content, prevHash: hash };
    hash = entryHash(entry);
    return { district_code: districtCode, seq, source_table: spec.table, source_id: row.sourceId, content: row.content, prev_hash: entry.prevHash, hash };
  });
  for (let start = 0; start < entries.length; start += ENTRIES_PER_STATEMENT) {
    await db.insertInto('audit_log').values(entries.slice(start, start + ENTRIES_PER_STATEMENT)).execute();
  }
  await db.updateTable('audit_heads').set({ seq, hash }).where('district_code', '=', districtCode).execute();
}

/** Groups rows (already in chain order) by district, dropping those the table does not audit. */
function byDistrict(spec: AuditedTable, rows: readonly Record<string, unknown>[]): Map<string, PendingRow[]> {
  const groups = new Map<string, PendingRow[]>();
  for (const row of rows) {
    if (spec.include && !spec.include(row)) continue;
    const district = String(row.district_code);
    const group = groups.get(district) ?? [];
    group.push({ sourceId: String(row[spec.key]), content: canonicalRow(spec, row) });
    groups.set(district, group);
  }
  return groups;
}

/**
 * Appends the current content of the rows `keys` of an audited table to their districts' chains,
 * in the caller's transaction (right after the write, so the row and its entry commit together).
 * Reads the rows back rather than trusting the values written: the entry holds exactly what the
 * database holds, which is what `verify` will compare. Outside a transaction it opens one.
 */
export async function appendAudit(db: AnyDb, table: AuditedTableName, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  if (!db.isTransaction) {
    await db.transaction().execute((trx) => appendAudit(trx, table, keys));
    return;
  }
  const spec: AuditedTable = AUDITED_TABLES[table];
  const raw = db.withoutPlugins();
  for (let start = 0; start < keys.length; start += KEYS_PER_READ) {
    const slice = keys.slice(start, start + KEYS_PER_READ);
    const rows = (await raw.selectFrom(spec.table).selectAll().where(spec.key, 'in', slice).execute()) as Record<string, unknown>[];
    const order = new Map(slice.map((key, index) => [key, index]));
    rows.sort((a, b) => (order.get(String(a[spec.key])) ?? 0) - (order.get(String(b[spec.key])) ?? 0));
    for (const [district, pending] of byDistrict(spec, rows)) await chainRows(raw, spec, district, pending);
  }
}

/**
 * Chains every audited row that has no entry yet, oldest first, table by table: the migration that
 * created the log (existing data), bulk loads (demo, imports, the bench's COPY), and a table that
 * opts in later. State tables are chained as they are now. Returns how many rows were chained.
 *
 * The chain order is fixed once per table in a temporary table (row number → key, indexed), and the
 * rows are then read `BACKFILL_PAGE` at a time in that order: a district's millions of events never
 * sit in memory at once (reading them in one query ran the bench's PostgreSQL load out of heap at
 * 4 million events). The temporary table is dropped in the same transaction.
 */
export async function chainUnaudited(db: AnyDb, tables: readonly AuditedTableName[] = Object.keys(AUDITED_TABLES) as AuditedTableName[]): Promise<number> {
  if (!db.isTransaction) return db.transaction().execute((trx) => chainUnaudited(trx, tables));
  const raw = db.withoutPlugins();
  let chained = 0;
  // A migration runs with today's list of audited tables, some of which a later migration creates:
  // only the tables that exist now are chained (the later migration chains its own).
  const existing = new Set((await raw.introspection.getTables()).map((table) => table.name));
  for (const spec of tables.map((table): AuditedTable => AUDITED_TABLES[table])) {
    if (!existing.has(spec.table)) continue;
    const key = sql.ref(`source.${spec.key}`);
    // Literals, not parameters: PostgreSQL takes no bind parameters in CREATE TABLE AS. Both are this module's constants.
    await sql`create temporary table ${sql.table(BACKFILL_ORDER)} as
      select ${key} as source_key, row_number() over (order by ${sql.ref(`source.${spec.orderBy}`)}, ${key}) as n
      from ${sql.table(spec.table)} as source
      where not exists (select 1 from audit_log where audit_log.source_table = ${sql.lit(spec.table)} and audit_log.source_id = ${key})`.execute(raw);
    await sql`create index ${sql.id(`${BACKFILL_ORDER}_n`)} on ${sql.table(BACKFILL_ORDER)} (n)`.execute(raw);
    for (let after = 0; ; after += BACKFILL_PAGE) {
      const rows = (await raw
        .selectFrom(`${BACKFILL_ORDER} as pending`)
        .innerJoin(`${spec.table} as source`, `source.${spec.key}`, 'pending.source_key')
        .selectAll('source')
        .where('pending.n', '>', after)
        .orderBy('pending.n')
        .limit(BACKFILL_PAGE)
        .execute()) as Record<string, unknown>[];
      for (const [district, pending] of byDistrict(spec, rows)) {
        await chainRows(raw, spec, district, pending);
        chained += pending.length;
      }
      if (rows.length < BACKFILL_PAGE) break;
    }
    await sql`drop table ${sql.table(BACKFILL_ORDER)}`.execute(raw);
  }
  return chained;
}
