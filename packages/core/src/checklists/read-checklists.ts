import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import { invalidInput } from '../shared/domain-error.js';
import type { ChecklistTemplate } from './checklist.js';
import { applicableItems, templateRefusal } from './checklist-applicability.js';
import { checklistNotFound } from './checklist-errors.js';

/** A template as a reader sees it; for a given unit, which of its items apply. */
export interface ChecklistView {
  readonly template: ChecklistTemplate;
  /** With a unit: the ids of the items that apply to it; otherwise null. */
  readonly applicableItemIds: readonly string[] | null;
}

export interface ListChecklistsInput {
  /** Only templates usable on this unit (in the caller's scope), with the items that apply to it. */
  readonly unitId?: string | undefined;
  readonly code?: string | undefined;
  readonly includeSuperseded?: boolean | undefined;
}

/** The built-in templates and the district's own, active versions unless asked otherwise. */
export async function listChecklists(deps: CoreDeps, actor: Actor, input: ListChecklistsInput): Promise<ChecklistView[]> {
  const templates = await deps.checklists.list(actor.districtCode, { code: input.code, includeSuperseded: input.includeSuperseded });
  if (!input.unitId) return templates.map((template) => ({ template, applicableItemIds: null }));
  const unit = await deps.units.findById(input.unitId, scopeFilterOf(actor));
  if (!unit) throw invalidInput([{ path: '/unitId', code: 'not_found' }]);
  return templates
    .filter((template) => templateRefusal(template, unit) === null)
    .map((template) => ({ template, applicableItemIds: applicableItems(template, unit).map((item) => item.id) }));
}

/** One template version (built-in or the district's own) with all its items. */
export async function getChecklist(deps: CoreDeps, actor: Actor, checklistId: string): Promise<ChecklistTemplate> {
  const template = await deps.checklists.findById(checklistId, actor.districtCode);
  if (!template) throw checklistNotFound(checklistId);
  return template;
}

/** Every version of the template's code the district can see, newest first. */
export async function listChecklistVersions(deps: CoreDeps, actor: Actor, checklistId: string): Promise<ChecklistTemplate[]> {
  const template = await getChecklist(deps, actor, checklistId);
  const versions = await deps.checklists.list(actor.districtCode, { code: template.code, includeSuperseded: true });
  return versions.filter((version) => version.districtCode === template.districtCode);
}
