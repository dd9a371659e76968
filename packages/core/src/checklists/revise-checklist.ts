import type { Actor } from '../accounts/actor.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { invalidInput } from '../shared/domain-error.js';
import type { Sector } from '../units/unit-catalog.js';
import { isBuiltIn, type Applicability, type ChecklistItem, type ChecklistTemplate } from './checklist.js';
import { builtInChecklistReadOnly, checklistManageRefused, checklistNotFound, checklistSuperseded } from './checklist-errors.js';
import { canManageChecklists } from './checklist-policy.js';
import { checklistItemProblems } from './checklist-rules.js';

export interface ReviseChecklistInput {
  readonly checklistId: string;
  readonly name: string;
  readonly description: string;
  readonly appliesTo: Applicability;
  readonly excludedSectors: readonly Sector[];
  readonly items: readonly ChecklistItem[];
}

/**
 * Edits a district template inside the caller's transaction by writing its next version and
 * superseding the one edited. The old version stays as it was, so inspections made with it keep
 * their items. Built-ins are copied, not edited.
 */
export async function reviseChecklistRecord(stores: Stores, context: WriteContext, input: ReviseChecklistInput): Promise<ChecklistTemplate> {
  const { deps, actor, now } = context;
  if (!canManageChecklists(actor)) throw checklistManageRefused();
  const problems = checklistItemProblems(input.items);
  if (!input.name.trim()) problems.push({ path: '/name', code: 'required' });
  if (problems.length > 0) throw invalidInput(problems);
  const current = await stores.checklists.findById(input.checklistId, actor.districtCode);
  if (!current) throw checklistNotFound(input.checklistId);
  if (isBuiltIn(current)) throw builtInChecklistReadOnly(current.id);
  if (current.status !== 'active' || !(await stores.checklists.supersede(current.id))) throw checklistSuperseded(current.id);
  const next: ChecklistTemplate = {
    ...current,
    id: deps.ids.newId(),
    version: current.version + 1,
    name: input.name.trim(),
    description: input.description.trim(),
    appliesTo: input.appliesTo,
    excludedSectors: [...new Set(input.excludedSectors)],
    items: input.items.map((item) => ({ ...item, text: item.text.trim(), section: item.section.trim() })),
    status: 'active',
    basedOnId: current.id,
    createdBy: actor.userId,
    createdAt: now.toISOString(),
  };
  await stores.checklists.insert(next);
  return next;
}

/** Edits a district template by writing its next version, in one transaction. */
export async function reviseChecklist(deps: CoreDeps, actor: Actor, input: ReviseChecklistInput): Promise<ChecklistTemplate> {
  if (!canManageChecklists(actor)) throw checklistManageRefused();
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => reviseChecklistRecord(stores, context, input));
}
