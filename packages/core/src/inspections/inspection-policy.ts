import type { Actor } from '../accounts/actor.js';
import type { InspectionKind } from './inspection.js';

/**
 * Everyone who may see a unit may inspect it: supervisors (district, department, town, grid
 * worker) make supervision inspections; an enterprise's safety officer makes self-inspections of
 * its own unit (scope keeps it there).
 */
export function inspectionKindOf(actor: Actor): InspectionKind {
  return actor.role === 'enterprise' ? 'self_inspection' : 'supervision';
}

/** Answers, finishing and cancelling belong to whoever started the inspection (and signs it). */
export function isInspector(actor: Actor, inspection: { readonly inspectorId: string }): boolean {
  return inspection.inspectorId === actor.userId;
}
