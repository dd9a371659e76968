import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import { COUNT_CAP, type ListCount, type Page, type PageRequest } from '../shared/pagination.js';
import type { Inspection } from './inspection.js';
import { inspectionNotFound } from './inspection-errors.js';
import type { InspectionFilter } from './inspection-store.js';

/** One inspection in the actor's scope (another town's is not found). */
export async function getInspection(deps: CoreDeps, actor: Actor, inspectionId: string): Promise<Inspection> {
  const inspection = await deps.inspections.findById(inspectionId, scopeFilterOf(actor));
  if (!inspection) throw inspectionNotFound(inspectionId);
  return inspection;
}

/** Inspections in the actor's scope matching `filter`, in `filter.sort` order (newest first by default). */
export async function listInspections(
  deps: CoreDeps,
  actor: Actor,
  input: { readonly filter: InspectionFilter; readonly page: PageRequest },
): Promise<Page<Inspection>> {
  return deps.inspections.list(scopeFilterOf(actor), input.filter, input.page);
}

/** How many inspections the actor can see that match `filter`, up to `COUNT_CAP` (共 N 条 of the list). */
export async function countInspections(deps: CoreDeps, actor: Actor, input: { readonly filter: InspectionFilter }): Promise<ListCount> {
  return deps.inspections.count(scopeFilterOf(actor), input.filter, COUNT_CAP);
}
