import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { DialectName } from '../database.js';
import { describeEachDialect, openTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { up } from './20261212T0100-drop-redundant-hazard-index.js';

const DROPPED = 'hazards_district_code_status_deadline';
const KEPT = 'hazards_district_code_status_deadline_id';

/** The reads `hazards_district_code_status_deadline` served: 督办 candidates, overdue counts, a status filter in deadline order. */
const READS = {
  'escalation candidates': sql`select * from hazards where district_code = '320412' and status = 'assigned' and deadline is not null and deadline <= '2026-03-10' order by id limit 50`,
  'overdue count': sql`select count(*) from hazards where district_code = '320412' and status in ('assigned', 'rectifying') and deadline < '2026-03-02'`,
  'status filter in deadline order': sql`select id from hazards where district_code = '320412' and status = 'assigned' and deadline is not null order by deadline, id limit 21`,
};

/**
 * SQLite's plan. PostgreSQL plans an empty test table by default costs (it picked `(district_code, id)`
 * for the ordered read), so its plans say nothing here; the prefix argument holds for its B-trees too.
 */
async function sqlitePlanOf(database: TestDatabase, query: (typeof READS)[keyof typeof READS]): Promise<string> {
  const rows = await sql<{ detail: string }>`explain query plan ${query}`.execute(database.db);
  return rows.rows.map((row) => row.detail).join('\n');
}

const indexNames = async (database: TestDatabase, dialect: DialectName) => (dialect === 'postgres'
  ? await sql<{ name: string }>`select indexname as name from pg_indexes where tablename = 'hazards'`.execute(database.db)
  : await sql<{ name: string }>`select name from sqlite_master where type = 'index' and tbl_name = 'hazards'`.execute(database.db)
).rows.map((row) => row.name);

describeEachDialect('migration 20261212T0100: the redundant hazards index', (dialect) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await openTestDatabase(dialect, { migrateUpTo: '20261211T0100-add-user-departments' });
  });
  afterEach(async () => database.dispose());

  it('drops the index whose columns lead a kept one', async () => {
    expect(await indexNames(database, dialect)).toEqual(expect.arrayContaining([DROPPED, KEPT]));
    await up(database.db.withoutPlugins());
    const names = await indexNames(database, dialect);
    expect(names).toContain(KEPT);
    expect(names).not.toContain(DROPPED);
  });

  // A question about SQLite's planner: the case exists only there (see sqlitePlanOf).
  (dialect === 'sqlite' ? it : () => undefined)('moves each read the dropped index served to the kept one, never to a scan [SQLite plans only]', async () => {
    expect(await sqlitePlanOf(database, READS['escalation candidates'])).toContain(`INDEX ${DROPPED} `);
    // A database migrated to the end (a fresh connection: no statement prepared against the old schema).
    const latest = await openTestDatabase(dialect);
    try {
      for (const [read, query] of Object.entries(READS)) {
        const plan = await sqlitePlanOf(latest, query);
        expect(plan, read).toContain(`INDEX ${KEPT} `);
        expect(plan, read).not.toMatch(/SCAN hazards\b/);
      }
    } finally {
      await latest.dispose();
    }
  });
});
