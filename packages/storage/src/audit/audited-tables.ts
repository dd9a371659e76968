import { createHash } from 'node:crypto';

/**
 * Tables whose rows form the district's hash-chained audit trail (ADR 0071). A table opts in with
 * one entry here and a call to `appendAudit` wherever the application writes it (stores, bulk
 * loads); `safegrid audit verify` then checks it with no further code.
 *
 * - `append`: rows are written once and never changed (timelines, histories, events). Every row
 *   must have exactly one chain entry with its exact content.
 * - `state`: a row the application updates (a review's decision, an account). Every write appends
 *   a snapshot; the row must equal its latest snapshot.
 */
export interface AuditedTable {
  readonly table: string;
  readonly key: string;
  readonly mode: 'append' | 'state';
  /** Columns stored as JSON (text on SQLite, jsonb on PostgreSQL): compared as parsed values. */
  readonly json: readonly string[];
  /** Columns kept out of the log in clear but still covered: their SHA-256 is chained instead. */
  readonly digest?: readonly string[];
  /** Only rows this accepts are audited (e.g. risk overrides, not every recomputation). */
  readonly include?: (row: Readonly<Record<string, unknown>>) => boolean;
  /** Column giving the order in which existing rows are chained by the backfill. */
  readonly orderBy: string;
}

export const AUDITED_TABLES = {
  hazard_events: { table: 'hazard_events', key: 'id', mode: 'append', json: ['photo_ids', 'details'], orderBy: 'at' },
  unit_changes: { table: 'unit_changes', key: 'id', mode: 'append', json: ['changes'], orderBy: 'at' },
  unit_risk_history: {
    table: 'unit_risk_history', key: 'id', mode: 'append', json: ['reasons'], orderBy: 'at',
    include: (row) => row.kind === 'override_set' || row.kind === 'override_cleared',
  },
  tenant_reviews: { table: 'tenant_reviews', key: 'id', mode: 'state', json: ['tenant'], orderBy: 'applied_at' },
  tenant_outcomes: { table: 'tenant_outcomes', key: 'unit_id', mode: 'state', json: [], orderBy: 'decided_at' },
  users: { table: 'users', key: 'id', mode: 'state', json: ['grid_ids', 'sectors'], digest: ['password_hash'], orderBy: 'created_at' },
  account_lock_events: { table: 'account_lock_events', key: 'id', mode: 'append', json: [], orderBy: 'at' },
  sector_duties: { table: 'sector_duties', key: 'id', mode: 'state', json: ['co_departments'], orderBy: 'updated_at' },
  equipment: { table: 'equipment', key: 'id', mode: 'state', json: [], orderBy: 'updated_at' },
  dust_supervision: { table: 'dust_supervision', key: 'unit_id', mode: 'state', json: [], orderBy: 'updated_at' },
  // Issue 14 (ADR 0082): incident reports (every version's state: facts, grade, steps, 迟报), warnings
  // (issued, upgraded, lifted, reminded as events on the row) and work-task lists.
  incidents: { table: 'incidents', key: 'id', mode: 'state', json: ['facts', 'steps', 'late_reports'], orderBy: 'created_at' },
  warnings: { table: 'warnings', key: 'id', mode: 'state', json: ['town_codes', 'addressees', 'events'], orderBy: 'created_at' },
  task_plans: { table: 'task_plans', key: 'id', mode: 'state', json: [], orderBy: 'created_at' },
  plan_tasks: { table: 'plan_tasks', key: 'id', mode: 'state', json: ['lead', 'co_responsible', 'milestones', 'target'], orderBy: 'created_at' },
  task_reports: { table: 'task_reports', key: 'id', mode: 'state', json: ['evidence_photo_ids'], orderBy: 'reported_at' },
  evidence_policies: { table: 'evidence_policies', key: 'district_code', mode: 'state', json: [], orderBy: 'updated_at' },
  two_factor_events: { table: 'two_factor_events', key: 'id', mode: 'append', json: [], orderBy: 'at' },
  two_factor_policies: { table: 'two_factor_policies', key: 'district_code', mode: 'state', json: [], orderBy: 'updated_at' },
} as const satisfies Record<string, AuditedTable>;

export type AuditedTableName = keyof typeof AUDITED_TABLES;

export function auditedTable(name: string): AuditedTable | undefined {
  return (AUDITED_TABLES as Record<string, AuditedTable>)[name];
}

/** The first link's predecessor. */
export const GENESIS_HASH = '0'.repeat(64);

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** JSON with object keys sorted at every level: one text per value, whatever order a database returns keys in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A row as read from either database, as canonical JSON: timestamps as ISO-8601 UTC (PostgreSQL
 * returns Date, SQLite the text we stored), JSON columns parsed (text on SQLite, jsonb on
 * PostgreSQL, which reorders keys), 64-bit integers as text, digested columns as their SHA-256.
 */
export function canonicalRow(spec: AuditedTable, row: Readonly<Record<string, unknown>>): string {
  const normalised: Record<string, unknown> = {};
  for (const [column, raw] of Object.entries(row)) {
    let value: unknown = raw;
    if (value instanceof Date) value = value.toISOString();
    else if (typeof value === 'bigint') value = value.toString();
    else if (spec.json.includes(column) && typeof value === 'string') value = JSON.parse(value) as unknown;
    if (spec.digest?.includes(column) && typeof value === 'string') value = `sha256:${sha256Hex(value)}`;
    normalised[column] = value;
  }
  return canonicalJson(normalised);
}

/** An entry's own hash: over its predecessor's hash, its place, what it points at and the content. */
export function entryHash(entry: { readonly prevHash: string; readonly seq: number; readonly sourceTable: string; readonly sourceId: string; readonly content: string }): string {
  return sha256Hex(`${entry.prevHash}\n${entry.seq}\n${entry.sourceTable}\n${entry.sourceId}\n${entry.content}`);
}
