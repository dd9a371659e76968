import type { Actor } from '../accounts/actor.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { invalidInput } from '../shared/domain-error.js';
import type { Sector } from '../units/unit-catalog.js';
import type { Applicability, ChecklistItem, ChecklistTemplate } from './checklist.js';
import { checklistManageRefused, duplicateChecklistCode } from './checklist-errors.js';
import { canManageChecklists } from './checklist-policy.js';
import { checklistCodeProblems, checklistItemProblems } from './checklist-rules.js';

export interface CreateChecklistInput {
  /** The district's code for the template (lower-case letters, digits, dashes; not a built-in code). */
  readonly code: string;
  readonly name: string;
  readonly description: string;
  readonly appliesTo: Applicability;
  readonly excludedSectors: readonly Sector[];
  readonly items: readonly ChecklistItem[];
}

const trimItem = (item: ChecklistItem): ChecklistItem => ({
  ...item,
  section: item.section.trim(),
  text: item.text.trim(),
  finding: item.finding.trim(),
  legalBasis: item.legalBasis.map((citation) => ({ regulation: citation.regulation.trim(), article: citation.article.trim() })),
});

/**
 * Writes version 1 of a district template made from nothing (sections, items, basis, level,
 * applicability), inside the caller's transaction. Every item needs its finding: a hazard raised from
 * it is titled with it. Later edits go through `reviseChecklistRecord` like any district template.
 */
export async function createChecklistRecord(stores: Stores, context: WriteContext, input: CreateChecklistInput): Promise<ChecklistTemplate> {
  const { deps, actor, now } = context;
  if (!canManageChecklists(actor)) throw checklistManageRefused();
  const problems = [...checklistCodeProblems(input.code), ...checklistItemProblems(input.items, { requireFinding: true })];
  if (!input.name.trim()) problems.push({ path: '/name', code: 'required' });
  if (problems.length > 0) throw invalidInput(problems);
  if (await stores.checklists.codeExists(actor.districtCode, input.code)) throw duplicateChecklistCode(input.code);
  const template: ChecklistTemplate = {
    id: deps.ids.newId(),
    districtCode: actor.districtCode,
    code: input.code,
    version: 1,
    name: input.name.trim(),
    description: input.description.trim(),
    appliesTo: input.appliesTo,
    excludedSectors: [...new Set(input.excludedSectors)],
    items: input.items.map(trimItem),
    status: 'active',
    basedOnId: null,
    createdBy: actor.userId,
    createdAt: now.toISOString(),
  };
  await stores.checklists.insert(template);
  return template;
}

/** Creates a district template from nothing, in one transaction. */
export async function createChecklist(deps: CoreDeps, actor: Actor, input: CreateChecklistInput): Promise<ChecklistTemplate> {
  if (!canManageChecklists(actor)) throw checklistManageRefused();
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => createChecklistRecord(stores, context, input));
}
