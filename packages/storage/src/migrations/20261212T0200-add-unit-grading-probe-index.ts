import type { Kysely } from 'kysely';

/**
 * The start-up check for ungraded units (`UnitRiskStore.hasUngraded`, ADR 0111) walked the units
 * table row by row (`SCAN units`) because no index carried both the district and the status. With
 * `(district_code, status, id)` it reads the district's operating units from this index alone and
 * probes `unit_risks` by its key for each: index entries only, no table row of either.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('units_district_code_status_id').on('units').columns(['district_code', 'status', 'id']).execute();
}
