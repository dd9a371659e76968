import { sql, type Kysely } from 'kysely';

const FACETS = ['all', 'source', 'category'] as const;

/**
 * Dashboard rollups (ADR 0031): hazard counts per district, town, sector, level, status and facet
 * (all / source / category), and hazards currently assigned per deadline day for overdue counts.
 * Kept exact by the hazard store in the same transaction as each hazard write; filled here from
 * the hazards already stored, so an existing database upgrades with correct numbers.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('hazard_counts')
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('town_code', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('facet', 'text', (c) => c.notNull().check(sql`facet in ('all', 'source', 'category')`))
    .addColumn('facet_value', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('hazard_counts_pkey', ['district_code', 'town_code', 'sector', 'level', 'status', 'facet', 'facet_value'])
    .execute();
  await db.schema
    .createTable('assigned_deadline_counts')
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('town_code', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('facet', 'text', (c) => c.notNull().check(sql`facet in ('all', 'source', 'category')`))
    .addColumn('facet_value', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('assigned_deadline_counts_pkey', ['district_code', 'town_code', 'sector', 'level', 'facet', 'facet_value', 'deadline'])
    .execute();
  // Overdue reads filter on district and facet, then range over deadline.
  await db.schema
    .createIndex('assigned_deadline_counts_district_code_facet_deadline')
    .on('assigned_deadline_counts')
    .columns(['district_code', 'facet', 'deadline'])
    .execute();

  for (const facet of FACETS) {
    const value = facet === 'all' ? sql`''` : sql.ref(facet);
    // PostgreSQL refuses a constant in GROUP BY: the `all` facet groups by nothing more.
    const groupValue = facet === 'all' ? sql`` : sql`, ${sql.ref(facet)}`;
    await sql`
      insert into hazard_counts (district_code, town_code, sector, level, status, facet, facet_value, count)
      select district_code, town_code, sector, level, status, ${sql.lit(facet)}, ${value}, count(*)
      from hazards
      group by district_code, town_code, sector, level, status${groupValue}
    `.execute(db);
    await sql`
      insert into assigned_deadline_counts (district_code, town_code, sector, level, facet, facet_value, deadline, count)
      select district_code, town_code, sector, level, ${sql.lit(facet)}, ${value}, deadline, count(*)
      from hazards
      where status = 'assigned' and deadline is not null
      group by district_code, town_code, sector, level, deadline${groupValue}
    `.execute(db);
  }
}
