import type { Actor } from '../accounts/actor.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { invalidInput } from '../shared/domain-error.js';
import type { ChecklistTemplate } from './checklist.js';
import { checklistManageRefused, checklistNotFound, duplicateChecklistCode } from './checklist-errors.js';
import { canManageChecklists } from './checklist-policy.js';
import { checklistCodeProblems } from './checklist-rules.js';

export interface CopyChecklistInput {
  readonly checklistId: string;
  /** The district's code for the copy (lower-case letters, digits, dashes). */
  readonly code: string;
  readonly name?: string | undefined;
}

/** Copies a built-in or district template into version 1 of a new district-owned template, inside the caller's transaction. */
export async function copyChecklistRecord(stores: Stores, context: WriteContext, input: CopyChecklistInput): Promise<ChecklistTemplate> {
  const { deps, actor, now } = context;
  if (!canManageChecklists(actor)) throw checklistManageRefused();
  const problems = checklistCodeProblems(input.code);
  if (input.name !== undefined && !input.name.trim()) problems.push({ path: '/name', code: 'required' });
  if (problems.length > 0) throw invalidInput(problems);
  const source = await stores.checklists.findById(input.checklistId, actor.districtCode);
  if (!source) throw checklistNotFound(input.checklistId);
  if (await stores.checklists.codeExists(actor.districtCode, input.code)) throw duplicateChecklistCode(input.code);
  const copy: ChecklistTemplate = {
    ...source,
    id: deps.ids.newId(),
    districtCode: actor.districtCode,
    code: input.code,
    version: 1,
    name: input.name?.trim() ?? source.name,
    status: 'active',
    basedOnId: source.id,
    createdBy: actor.userId,
    createdAt: now.toISOString(),
  };
  await stores.checklists.insert(copy);
  return copy;
}

/** Copies a template into a new district-owned one, in one transaction. */
export async function copyChecklist(deps: CoreDeps, actor: Actor, input: CopyChecklistInput): Promise<ChecklistTemplate> {
  if (!canManageChecklists(actor)) throw checklistManageRefused();
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => copyChecklistRecord(stores, context, input));
}
