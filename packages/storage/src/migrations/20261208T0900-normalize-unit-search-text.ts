import type { Kysely } from 'kysely';
import { unitSearchText } from '@safegrid/core';

const BATCH = 1_000;

/**
 * Search that finds (issue 16): `units.search_text` now holds the normalized name with its pinyin
 * and initials, the address and the credit code (`unitSearchText`). Rewrites the column of every
 * existing unit, in id order and in batches; SQLite's trigram index follows through its trigger.
 * The text is derived data, so this uses today's rule rather than a frozen copy: rerunning it with
 * a later rule gives that rule's text, which is what a later rewrite would want anyway.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  let after = '';
  for (;;) {
    const rows: { id: string; name: string; address: string; credit_code: string | null }[] = await db
      .selectFrom('units')
      .select(['id', 'name', 'address', 'credit_code'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    for (const row of rows) {
      const searchText = unitSearchText({ name: row.name, address: row.address, creditCode: row.credit_code });
      await db.updateTable('units').set({ search_text: searchText }).where('id', '=', row.id).execute();
    }
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1]!.id;
  }
}
