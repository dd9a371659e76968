import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/audit-chain.js';

// The lead departments as they are on the day of this migration (a migration must not follow later changes).
const LEAD_DEPARTMENT: Readonly<Record<string, string>> = {
  industry_trade: 'emergency', hazardous_chemicals: 'emergency', construction: 'housing', town_gas: 'housing',
  self_built_house: 'housing', fire: 'fire', group_rental: 'housing', special_equipment: 'market',
  road_transport: 'transport', education: 'education', health: 'health', civil_affairs: 'civil_affairs', commerce: 'commerce',
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
type AnyDb = Kysely<any>;

/**
 * 所属部门 on department accounts (issue 15, ADR 0100): until now a department account's department
 * was inferred from its sectors, so a department that leads no sector (公安) could have no account.
 * Existing department accounts get the department their first sector's lead was; other roles keep
 * null. Every account gets a new snapshot in the audit chain, since the new column is part of each
 * row's audited content (without one, the verifier would report every older account as edited).
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('users').addColumn('department', 'text').execute();
  if (db.isTransaction) await backfill(db);
  else await db.transaction().execute(backfill);
}

async function backfill(db: AnyDb): Promise<void> {
  const accounts = await db.selectFrom('users').select(['id', 'role', 'sectors']).execute();
  for (const account of accounts as { id: string; role: string; sectors: unknown }[]) {
    if (account.role !== 'department') continue;
    const sectors = (typeof account.sectors === 'string' ? JSON.parse(account.sectors) : account.sectors ?? []) as string[];
    const department = sectors.map((sector) => LEAD_DEPARTMENT[sector]).find((value) => value !== undefined);
    if (department) await db.updateTable('users').set({ department }).where('id', '=', account.id).execute();
  }
  await appendAudit(db, 'users', accounts.map((account) => String(account.id)));
}
