import type { CoreDeps, Stores } from '../deps.js';
import { BUILT_IN_CHECKLISTS } from './built-in-checklists.js';

/** JSON with object keys sorted: PostgreSQL's jsonb gives keys back in its own order, not the written one. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (item && typeof item === 'object' && !Array.isArray(item)
    ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : item));
}

/**
 * Writes every built-in template version that the database does not have yet, inside the caller's
 * transaction, superseding the built-in's earlier versions. Built-in versions never change once released: one found with different content means
 * a built-in was edited without a new version number, and the installation stops.
 */
export async function installBuiltInChecklistsRecord(stores: Stores): Promise<number> {
  let installed = 0;
  for (const template of BUILT_IN_CHECKLISTS) {
    const existing = await stores.checklists.findById(template.id, '');
    if (!existing) {
      // A new version of a built-in replaces the one before: inspections keep the version they used.
      for (const older of await stores.checklists.list('', { code: template.code })) {
        if (older.districtCode === null && older.version < template.version) await stores.checklists.supersede(older.id);
      }
      await stores.checklists.insert(template);
      installed += 1;
    } else if (canonicalJson(existing.items) !== canonicalJson(template.items)) {
      throw new Error(`built-in checklist ${template.code} v${template.version} differs from the installed one: give the change a new version`);
    }
  }
  return installed;
}

/** Installs the missing built-in template versions in one transaction. */
export async function installBuiltInChecklists(deps: Pick<CoreDeps, 'inTransaction'>): Promise<number> {
  return deps.inTransaction((stores) => installBuiltInChecklistsRecord(stores));
}
