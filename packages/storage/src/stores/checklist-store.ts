import type { Kysely } from 'kysely';
import type { ChecklistStore } from '@safegrid/core';
import type { Database } from '../database-schema.js';
import { toChecklist, toChecklistRow } from './checklist-rows.js';

/** Checklist templates: a district sees the built-in ones (no district) and its own. */
export function createChecklistStore(db: Kysely<Database>): ChecklistStore {
  const visibleTo = (districtCode: string) =>
    db.selectFrom('checklists').selectAll().where((eb) => eb.or([eb('districtCode', 'is', null), eb('districtCode', '=', districtCode)]));
  return {
    async findById(id, districtCode) {
      const row = await visibleTo(districtCode).where('id', '=', id).executeTakeFirst();
      return row && toChecklist(row);
    },

    async list(districtCode, filter) {
      const rows = await visibleTo(districtCode)
        .$if(filter.code !== undefined, (query) => query.where('code', '=', filter.code as string))
        .$if(!filter.includeSuperseded, (query) => query.where('status', '=', 'active'))
        .execute();
      return rows
        .map(toChecklist)
        .sort((a, b) => Number(a.districtCode !== null) - Number(b.districtCode !== null) || a.code.localeCompare(b.code) || b.version - a.version);
    },

    async codeExists(districtCode, code) {
      const row = await db.selectFrom('checklists').select('id').where('districtCode', '=', districtCode).where('code', '=', code).executeTakeFirst();
      return row !== undefined;
    },

    async insert(template) {
      await db.insertInto('checklists').values(toChecklistRow(template)).execute();
    },

    async supersede(id) {
      const result = await db.updateTable('checklists').set({ status: 'superseded' }).where('id', '=', id).where('status', '=', 'active').executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
