import { sql, type Kysely } from 'kysely';

/**
 * Folded overdue counts (ADR 0031, "Folding past deadlines"): `overdue_counts` holds, per rollup key,
 * the assigned hazards whose deadline is on or before the district's `overdue_folds.folded_through`;
 * the overview adds only the deadline days after that. Starts empty: until a district's first fold
 * there is no `overdue_folds` row and the overview reads every past deadline day, as before.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('overdue_counts')
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('town_code', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('facet', 'text', (c) => c.notNull().check(sql`facet in ('all', 'source', 'category')`))
    .addColumn('facet_value', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('overdue_counts_pkey', ['district_code', 'town_code', 'sector', 'level', 'facet', 'facet_value'])
    .execute();
  // The overview reads one facet of a district by town and level; breakdowns by sector or facet value.
  await db.schema
    .createIndex('overdue_counts_by_facet_town')
    .on('overdue_counts')
    .columns(['district_code', 'facet', 'town_code', 'level', 'count'])
    .execute();
  await db.schema
    .createTable('overdue_folds')
    .addColumn('district_code', 'text', (c) => c.notNull().primaryKey())
    // '' = nothing folded yet; otherwise every deadline on or before this day is in overdue_counts.
    .addColumn('folded_through', 'text', (c) => c.notNull())
    .execute();
}
