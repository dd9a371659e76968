import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/**
 * Tables distributed by district on Citus (ADR 0030). Kept here, not imported: a migration must
 * not change when today's list does.
 */
export const DISTRIBUTED_TABLES = [
  'units', 'unit_tags', 'unit_changes', 'hazards', 'hazard_events', 'photos', 'hazard_photos', 'inspections',
  'inspection_findings', 'inspection_photos', 'campaigns', 'unit_risks', 'unit_risk_history', 'tenant_reviews',
  'tenant_outcomes', 'hazard_counts', 'assigned_deadline_counts', 'risk_policies',
] as const;

/** Widened keys that stores name in ON CONFLICT: on SQLite they become unique indexes. */
const UPSERT_KEYS: readonly (readonly [string, readonly string[]])[] = [
  ['unit_risks', ['unit_id']],
  ['tenant_outcomes', ['unit_id']],
  ['hazard_photos', ['photo_id', 'hazard_id']],
  ['inspection_photos', ['photo_id', 'inspection_id']],
];

interface ForeignKey {
  readonly name: string;
  readonly table: string;
  readonly columns: string[];
  readonly refTable: string;
  readonly refColumns: string[];
  /** pg_constraint.confdeltype */
  readonly deleteAction: string;
}

const ON_DELETE: Record<string, string> = { a: 'no action', r: 'restrict', c: 'cascade', d: 'set default' };
const quoted = (names: readonly string[]) => sql.join(names.map((name) => sql.id(name)));

/**
 * Makes the PostgreSQL schema distributable by `district_code` (ADR 0030, rules 1 and 2): every
 * primary key of a distributed table gains `district_code` (after its own columns, so lookups by
 * id alone still use it), and every foreign key between two distributed tables is re-created on
 * (column, district_code) → (id, district_code). Ids are UUIDv7, unique on their own, so widening
 * a key cannot fail on existing data. Foreign keys to reference tables (regions, grids,
 * checklists) stay as they are.
 *
 * SQLite is one file on one machine and is never distributed; rebuilding its tables to widen keys
 * would cost minutes on a large district for nothing. It only gets unique indexes matching the
 * widened keys that upserts name in ON CONFLICT, so the stores' statements are the same on both.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, context: MigrationContext): Promise<void> {
  if (context.dialect !== 'postgres') {
    for (const [table, columns] of UPSERT_KEYS) {
      await db.schema.createIndex(`${table}_citus_key`).on(table).columns([...columns, 'district_code']).unique().execute();
    }
    return;
  }
  const distributed = new Set<string>(DISTRIBUTED_TABLES);

  const { rows: foreignKeys } = await sql<ForeignKey>`
    select con.conname as name, rel.relname as "table", ref.relname as "refTable",
      array(select a.attname::text from unnest(con.conkey) with ordinality k(attnum, n)
            join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum order by k.n) as columns,
      array(select a.attname::text from unnest(con.confkey) with ordinality k(attnum, n)
            join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum order by k.n) as "refColumns",
      con.confdeltype as "deleteAction"
    from pg_constraint con
    join pg_class rel on rel.oid = con.conrelid
    join pg_class ref on ref.oid = con.confrelid
    where con.contype = 'f' and rel.relnamespace = current_schema()::regnamespace
    order by con.conname`.execute(db);
  const widened = foreignKeys
    .filter((key) => distributed.has(key.table) && distributed.has(key.refTable) && !key.columns.includes('district_code'))
    .map((key) => ({ ...key, onDelete: ON_DELETE[key.deleteAction] ?? 'no action' }));
  for (const key of widened) {
    await sql`alter table ${sql.id(key.table)} drop constraint ${sql.id(key.name)}`.execute(db);
  }

  const { rows: primaryKeys } = await sql<{ table: string; name: string; columns: string[] }>`
    select rel.relname as "table", con.conname as name,
      array(select a.attname::text from unnest(con.conkey) with ordinality k(attnum, n)
            join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum order by k.n) as columns
    from pg_constraint con
    join pg_class rel on rel.oid = con.conrelid
    where con.contype = 'p' and rel.relnamespace = current_schema()::regnamespace`.execute(db);
  for (const key of primaryKeys) {
    if (!distributed.has(key.table) || key.columns.includes('district_code')) continue;
    await sql`alter table ${sql.id(key.table)} drop constraint ${sql.id(key.name)},
      add constraint ${sql.id(key.name)} primary key (${quoted([...key.columns, 'district_code'])})`.execute(db);
  }

  for (const key of widened) {
    await sql`alter table ${sql.id(key.table)} add constraint ${sql.id(key.name)}
      foreign key (${quoted([...key.columns, 'district_code'])})
      references ${sql.id(key.refTable)} (${quoted([...key.refColumns, 'district_code'])})
      on delete ${sql.raw(key.onDelete)}`.execute(db);
  }
}
