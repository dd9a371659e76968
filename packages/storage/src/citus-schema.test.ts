import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISTRIBUTED_TABLES as WIDENED_TABLES } from './migrations/20261126T1100-widen-keys-for-citus.js';
import { JOB_COORDINATOR_TABLES, JOB_DISTRIBUTED_TABLES } from './migrations/20261207T1000-create-jobs.js';
import { NOTIFICATION_COORDINATOR_TABLES, NOTIFICATION_DISTRIBUTED_TABLES } from './migrations/20261208T0200-create-notifications.js';
import { DOCUMENT_DISTRIBUTED_TABLES } from './migrations/20261208T0400-create-enforcement-documents.js';
import { API_KEY_COORDINATOR_TABLES } from './migrations/20261208T0710-create-api-keys.js';
import { PUBLIC_REPORT_COORDINATOR_TABLES, PUBLIC_REPORT_DISTRIBUTED_TABLES } from './migrations/20261208T0700-create-public-reports.js';
import { INCIDENT_DISTRIBUTED_TABLES } from './migrations/20261208T0800-create-incidents.js';
import { DUTY_DISTRIBUTED_TABLES } from './migrations/20261208T0810-create-duty-rosters.js';
import { WARNING_DISTRIBUTED_TABLES } from './migrations/20261208T0820-create-warnings.js';
import { TASK_LIST_DISTRIBUTED_TABLES } from './migrations/20261208T0830-create-task-lists.js';
import { SECTOR_DUTY_DISTRIBUTED_TABLES } from './migrations/20261209T0400-create-sector-duties.js';
import { EQUIPMENT_DISTRIBUTED_TABLES } from './migrations/20261209T0410-create-equipment.js';
import { DUST_SUPERVISION_DISTRIBUTED_TABLES } from './migrations/20261209T0420-create-dust-supervision.js';
import { REPORT_DISTRIBUTED_TABLES } from './migrations/20261209T0300-create-leadership-reports.js';
import { EVIDENCE_DISTRIBUTED_TABLES } from './migrations/20261209T0500-create-evidence-policies.js';
import { TWO_FACTOR_COORDINATOR_TABLES } from './migrations/20261210T0300-create-two-factor.js';
import { UNIT_IMPORT_DISTRIBUTED_TABLES } from './migrations/20261210T0700-create-unit-imports.js';
import { openTestDatabase, testDialects, type TestDatabase } from './testing/test-database.js';

// Tables created after the Citus migration are distributed by district_code too.
const DISTRIBUTED_TABLES: readonly string[] = [...WIDENED_TABLES, ...JOB_DISTRIBUTED_TABLES, 'overdue_counts', 'overdue_folds', 'calendar_district_days', 'hazard_notice_steps', 'hazard_supervisions',
  ...NOTIFICATION_DISTRIBUTED_TABLES, 'audit_log', 'audit_heads', 'audit_anchors', ...DOCUMENT_DISTRIBUTED_TABLES, ...PUBLIC_REPORT_DISTRIBUTED_TABLES, ...INCIDENT_DISTRIBUTED_TABLES, ...DUTY_DISTRIBUTED_TABLES, ...WARNING_DISTRIBUTED_TABLES, ...TASK_LIST_DISTRIBUTED_TABLES,
  ...SECTOR_DUTY_DISTRIBUTED_TABLES, ...EQUIPMENT_DISTRIBUTED_TABLES, ...DUST_SUPERVISION_DISTRIBUTED_TABLES, ...REPORT_DISTRIBUTED_TABLES, ...EVIDENCE_DISTRIBUTED_TABLES,
  ...UNIT_IMPORT_DISTRIBUTED_TABLES];
const REFERENCE_TABLES = ['regions', 'grids', 'checklists', 'calendar_national_days'];
const COORDINATOR_TABLES = ['users', 'sessions', 'login_attempts', 'login_failures', 'account_lock_events', 'idempotency_keys', 'kysely_migration', 'kysely_migration_lock', ...JOB_COORDINATOR_TABLES, ...NOTIFICATION_COORDINATOR_TABLES, ...PUBLIC_REPORT_COORDINATOR_TABLES, ...API_KEY_COORDINATOR_TABLES, ...TWO_FACTOR_COORDINATOR_TABLES];

// Citus distributes PostgreSQL only; SQLite's keys are left narrow on purpose (the migration says why).
describe.skipIf(!testDialects().includes('postgres'))('schema distributable by district on Citus (ADR 0030) [postgres only: Citus extends PostgreSQL; skipped without postgres in DB_DIALECTS]', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase('postgres');
  });
  afterAll(async () => database?.dispose());

  const constraints = async (type: 'p' | 'u' | 'f') => (await sql<{ table: string; name: string; columns: string[]; refTable: string | null; refColumns: string[] | null }>`
    select rel.relname as "table", con.conname as name, ref.relname as "refTable",
      array(select a.attname::text from unnest(con.conkey) with ordinality k(attnum, n)
            join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum order by k.n) as columns,
      case when con.contype = 'f' then array(select a.attname::text from unnest(con.confkey) with ordinality k(attnum, n)
            join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum order by k.n) end as "refColumns"
    from pg_constraint con
    join pg_class rel on rel.oid = con.conrelid
    left join pg_class ref on ref.oid = con.confrelid
    where con.contype = ${type} and rel.relnamespace = current_schema()::regnamespace`.execute(database.db)).rows;

  it('classifies every table: distributed, reference or kept on the coordinator', async () => {
    const { rows } = await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = current_schema()`.execute(database.db);
    const classified = new Set([...DISTRIBUTED_TABLES, ...REFERENCE_TABLES, ...COORDINATOR_TABLES]);
    expect(rows.map((row) => row.name).filter((name) => !classified.has(name))).toEqual([]);
  });

  it('gives every distributed table a non-null district_code', async () => {
    const { rows } = await sql<{ table: string; nullable: string }>`
      select table_name as "table", is_nullable as nullable from information_schema.columns
      where table_schema = current_schema() and column_name = 'district_code'`.execute(database.db);
    const notNull = new Set(rows.filter((row) => row.nullable === 'NO').map((row) => row.table));
    expect(DISTRIBUTED_TABLES.filter((table) => !notNull.has(table))).toEqual([]);
  });

  it('rule 1: every primary key and unique key of a distributed table includes district_code', async () => {
    const keys = [...(await constraints('p')), ...(await constraints('u'))];
    const { rows: uniqueIndexes } = await sql<{ table: string; name: string; definition: string }>`
      select tablename as "table", indexname as name, indexdef as definition from pg_indexes
      where schemaname = current_schema() and indexdef like 'CREATE UNIQUE INDEX%'`.execute(database.db);
    const distributed = new Set<string>(DISTRIBUTED_TABLES);
    expect(keys.filter((key) => distributed.has(key.table) && !key.columns.includes('district_code')).map((key) => key.name)).toEqual([]);
    expect(uniqueIndexes.filter((index) => distributed.has(index.table) && !index.definition.includes('district_code')).map((index) => index.name)).toEqual([]);
    expect(keys.filter((key) => distributed.has(key.table)).length).toBeGreaterThanOrEqual(DISTRIBUTED_TABLES.length);
  });

  it('rule 2: every foreign key between distributed tables pairs district_code with district_code', async () => {
    const distributed = new Set<string>(DISTRIBUTED_TABLES);
    const between = (await constraints('f')).filter((key) => distributed.has(key.table) && distributed.has(key.refTable ?? ''));
    expect(between.length).toBeGreaterThan(10);
    const unpaired = between.filter((key) => {
      const at = key.columns.indexOf('district_code');
      return at < 0 || key.refColumns?.[at] !== 'district_code';
    });
    expect(unpaired.map((key) => key.name)).toEqual([]);
  });
});
