import { sql, type Kysely } from 'kysely';
import { appendAudit } from '../audit/audit-chain.js';

// The names as they are on the day of this migration (a migration must not follow later renames).
const FIRE = 'fire';
const GROUP_RENTAL = 'group_rental';
const HOUSING_SECTORS = ['construction', 'town_gas', 'self_built_house'];
const MOVED = [FIRE, GROUP_RENTAL];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
type AnyDb = Kysely<any>;

/**
 * 群租房 gets a sector of its own, led by 住建 with 公安 and 消防 co-responsible (issue 15, ADR 0096).
 * Until now group rentals were in the fire sector. This moves, in one transaction:
 * - units of kind `group_rental` still in the fire sector, and with them their hazards, inspections,
 *   risk grades and enforcement documents (the sector there is the scope the record is seen in);
 * - hazards with no unit whose category is `occupancy` (违规住人, how public reports of 群租房 arrive)
 *   and that sit in the fire sector, as the category table now routes them;
 * - the hazard rollups of the two sectors, recounted from the hazards (folded overdue days included);
 * - campaign scopes and checklist applicability that name the fire sector and can include group
 *   rentals: they also name the new sector, so no unit leaves a campaign or a checklist;
 * - 住建's department accounts (their sectors are those their department leads) also carry the new
 *   sector, with a new snapshot in the audit chain, so notices and assignment reach them.
 * Units of kind `group_rental` put into another sector by hand keep it.
 */
export async function up(db: AnyDb): Promise<void> {
  if (db.isTransaction) await move(db);
  else await db.transaction().execute(move);
}

async function move(db: AnyDb): Promise<void> {
  const units = db.selectFrom('units').select('id').where('kind', '=', GROUP_RENTAL).where('sector', '=', FIRE);
  for (const table of ['hazards', 'inspections', 'unit_risks', 'enforcement_documents']) {
    await db.updateTable(table).set({ sector: GROUP_RENTAL }).where('sector', '=', FIRE).where('unit_id', 'in', units).execute();
  }
  await db.updateTable('hazards').set({ sector: GROUP_RENTAL })
    .where('sector', '=', FIRE).where('unit_id', 'is', null).where('category', '=', 'occupancy').execute();
  await db.updateTable('units').set({ sector: GROUP_RENTAL }).where('kind', '=', GROUP_RENTAL).where('sector', '=', FIRE).execute();
  await recountRollups(db);
  await widenScopes(db, 'campaigns', 'scope');
  await widenScopes(db, 'checklists', 'applies_to');
  await widenExcluded(db);
  await widenHousingAccounts(db);
}

async function recountRollups(db: AnyDb): Promise<void> {
  for (const table of ['hazard_counts', 'assigned_deadline_counts', 'overdue_counts']) {
    await db.deleteFrom(table).where('sector', 'in', MOVED).execute();
  }
  for (const facet of ['all', 'source', 'category']) {
    const value = facet === 'all' ? sql`''` : sql.ref(facet);
    // PostgreSQL refuses a constant in GROUP BY: the `all` facet groups by nothing more.
    const groupValue = facet === 'all' ? sql`` : sql`, ${sql.ref(facet)}`;
    await sql`
      insert into hazard_counts (district_code, town_code, sector, level, status, facet, facet_value, count)
      select district_code, town_code, sector, level, status, ${sql.lit(facet)}, ${value}, count(*)
      from hazards
      where sector in (${sql.lit(FIRE)}, ${sql.lit(GROUP_RENTAL)})
      group by district_code, town_code, sector, level, status${groupValue}
    `.execute(db);
    await sql`
      insert into assigned_deadline_counts (district_code, town_code, sector, level, facet, facet_value, deadline, count)
      select district_code, town_code, sector, level, ${sql.lit(facet)}, ${value}, deadline, count(*)
      from hazards
      where status = 'assigned' and deadline is not null and sector in (${sql.lit(FIRE)}, ${sql.lit(GROUP_RENTAL)})
      group by district_code, town_code, sector, level, deadline${groupValue}
    `.execute(db);
  }
  // The folded part: every deadline day on or before the district's watermark, from the rows just recounted.
  await sql`
    insert into overdue_counts (district_code, town_code, sector, level, facet, facet_value, count)
    select d.district_code, d.town_code, d.sector, d.level, d.facet, d.facet_value, sum(d.count)
    from assigned_deadline_counts d
    join overdue_folds f on f.district_code = d.district_code
    where f.folded_through <> '' and d.deadline <= f.folded_through and d.sector in (${sql.lit(FIRE)}, ${sql.lit(GROUP_RENTAL)})
    group by d.district_code, d.town_code, d.sector, d.level, d.facet, d.facet_value
  `.execute(db);
}

const parsed = (value: unknown): Record<string, unknown> => (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, unknown>;
// JSON text: SQLite stores it as is, PostgreSQL casts it to jsonb.
const stored = (value: unknown): string => JSON.stringify(value);

/** A scope that names the fire sector and does not shut group rentals out by kind also names the new sector. */
function widened(scope: Record<string, unknown>): Record<string, unknown> | null {
  const sectors = (scope.sectors ?? []) as string[];
  const kinds = (scope.kinds ?? []) as string[];
  if (!sectors.includes(FIRE) || sectors.includes(GROUP_RENTAL)) return null;
  if (kinds.length > 0 && !kinds.includes(GROUP_RENTAL)) return null;
  return { ...scope, sectors: [...sectors, GROUP_RENTAL] };
}

async function widenScopes(db: AnyDb, table: string, column: string): Promise<void> {
  const rows = await db.selectFrom(table).select(['id', column]).execute();
  for (const row of rows) {
    const next = widened(parsed(row[column]));
    if (next) await db.updateTable(table).set({ [column]: stored(next) }).where('id', '=', row.id).execute();
  }
}

/** A checklist kept away from the fire sector stays away from group rentals too. */
async function widenExcluded(db: AnyDb): Promise<void> {
  const rows = await db.selectFrom('checklists').select(['id', 'excluded_sectors']).execute();
  for (const row of rows) {
    const excluded = parsed(row.excluded_sectors) as unknown as string[];
    if (excluded.includes(FIRE) && !excluded.includes(GROUP_RENTAL)) {
      await db.updateTable('checklists').set({ excluded_sectors: stored([...excluded, GROUP_RENTAL]) }).where('id', '=', row.id).execute();
    }
  }
}

async function widenHousingAccounts(db: AnyDb): Promise<void> {
  const rows = await db.selectFrom('users').select(['id', 'sectors']).where('role', '=', 'department').execute();
  const changed: string[] = [];
  for (const row of rows) {
    const sectors = parsed(row.sectors) as unknown as string[];
    if (!sectors.some((sector) => HOUSING_SECTORS.includes(sector)) || sectors.includes(GROUP_RENTAL)) continue;
    await db.updateTable('users').set({ sectors: stored([...sectors, GROUP_RENTAL]) }).where('id', '=', row.id).execute();
    changed.push(String(row.id));
  }
  await appendAudit(db, 'users', changed);
}
