import { sql } from 'kysely';
import type { SafeGridDatabase } from '../database.js';

const TABLES = [
  'regions', 'grids', 'users', 'sessions', 'units', 'unit_tags', 'unit_changes', 'hazards', 'hazard_events', 'photos',
  'hazard_photos', 'idempotency_keys', 'checklists', 'campaigns', 'inspections', 'inspection_findings', 'inspection_photos',
  'unit_risks', 'unit_risk_history', 'risk_policies', 'tenant_reviews', 'tenant_outcomes', 'hazard_counts', 'assigned_deadline_counts',
  'jobs', 'schedule_runs', 'audit_log', 'audit_heads', 'audit_anchors',
] as const;

/**
 * Every row of every domain table, serialised in a stable order: two equal fingerprints mean
 * nothing was written in between. Sessions are left out when `ignoreSessions` (a login writes one).
 */
export async function databaseFingerprint(database: SafeGridDatabase, options: { ignoreSessions?: boolean } = {}): Promise<string> {
  const parts: string[] = [];
  for (const table of TABLES) {
    if (options.ignoreSessions && table === 'sessions') continue;
    const result = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(database.db.withoutPlugins());
    const rows = result.rows.map((row) => JSON.stringify(row, (_key, value: unknown) => (value instanceof Date ? value.toISOString() : value)));
    parts.push(`${table}:${rows.sort().join('\n')}`);
  }
  return parts.join('\n#\n');
}
