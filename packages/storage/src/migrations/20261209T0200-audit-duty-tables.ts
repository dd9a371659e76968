import type { Kysely } from 'kysely';
import { chainUnaudited } from '../audit/audit-chain.js';

/**
 * Issue 14's records join the hash-chained audit trail (ADR 0071, 0082): incidents, warnings, task
 * plans, tasks and monthly reports. Rows written before this migration are chained here as they
 * stand now; every later write appends its snapshot in the write's transaction.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await chainUnaudited(db);
}
