import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import type { Inspection } from './inspection.js';
import { inspectionActionNotAllowed, inspectionChangedConcurrently, inspectionNotFound, notTheInspector } from './inspection-errors.js';
import { isInspector } from './inspection-policy.js';
import { nextInspectionStatus } from './inspection-status.js';

/** Abandons an inspection in progress (wrong unit, site closed); nothing it recorded becomes a hazard. */
export async function cancelInspection(deps: CoreDeps, actor: Actor, input: { readonly inspectionId: string }): Promise<Inspection> {
  const now = deps.clock.now().toISOString();
  return deps.inTransaction(async ({ inspections }) => {
    const inspection = await inspections.findById(input.inspectionId, scopeFilterOf(actor));
    if (!inspection) throw inspectionNotFound(input.inspectionId);
    if (!isInspector(actor, inspection)) throw notTheInspector();
    const status = nextInspectionStatus(inspection.status, 'cancel');
    if (!status) throw inspectionActionNotAllowed('cancel', inspection.status);
    const cancelled: Inspection = { ...inspection, status, updatedAt: now, version: inspection.version + 1 };
    if (!(await inspections.update(cancelled, inspection.version))) throw inspectionChangedConcurrently(inspection.id);
    return cancelled;
  });
}
