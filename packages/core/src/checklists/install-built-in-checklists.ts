import type { CoreDeps } from '../deps.js';
import { BUILT_IN_CHECKLISTS } from './built-in-checklists.js';

/**
 * Writes every built-in template version that the database does not have yet. Built-in versions
 * never change once released: one found with different content means a built-in was edited
 * without a new version number, and the installation stops.
 */
export async function installBuiltInChecklists(deps: Pick<CoreDeps, 'inTransaction'>): Promise<number> {
  return deps.inTransaction(async (stores) => {
    let installed = 0;
    for (const template of BUILT_IN_CHECKLISTS) {
      const existing = await stores.checklists.findById(template.id, '');
      if (!existing) {
        await stores.checklists.insert(template);
        installed += 1;
      } else if (JSON.stringify(existing.items) !== JSON.stringify(template.items)) {
        throw new Error(`built-in checklist ${template.code} v${template.version} differs from the installed one: give the change a new version`);
      }
    }
    return installed;
  });
}
