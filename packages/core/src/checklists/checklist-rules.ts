import type { FieldProblem } from '../shared/domain-error.js';
import type { ChecklistItem } from './checklist.js';
import { isBuiltInCode } from './built-in-checklists.js';

const ITEM_ID = /^[A-Z0-9][A-Z0-9-]{1,39}$/;
const DISTRICT_CODE = /^[a-z0-9][a-z0-9-]{2,47}$/;

/** Problems with a district's template code: lower-case letters, digits and dashes, not a built-in code. */
export function checklistCodeProblems(code: string): FieldProblem[] {
  if (!DISTRICT_CODE.test(code)) return [{ path: '/code', code: 'checklist_code_format' }];
  if (isBuiltInCode(code)) return [{ path: '/code', code: 'reserved' }];
  return [];
}

/**
 * Problems with a template's items: ids unique and well formed, text and legal basis present; with
 * `requireFinding`, each item's finding too (new templates; revisions of copies made before findings
 * existed may leave it empty and get a derived one).
 */
export function checklistItemProblems(items: readonly ChecklistItem[], options: { readonly requireFinding?: boolean } = {}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (items.length === 0) problems.push({ path: '/items', code: 'required' });
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (!ITEM_ID.test(item.id)) problems.push({ path: `/items/${index}/id`, code: 'item_id_format' });
    else if (seen.has(item.id)) problems.push({ path: `/items/${index}/id`, code: 'not_unique' });
    seen.add(item.id);
    if (!item.text.trim()) problems.push({ path: `/items/${index}/text`, code: 'required' });
    if (options.requireFinding && !item.finding.trim()) problems.push({ path: `/items/${index}/finding`, code: 'required' });
    if (!item.section.trim()) problems.push({ path: `/items/${index}/section`, code: 'required' });
    if (item.legalBasis.length === 0) problems.push({ path: `/items/${index}/legalBasis`, code: 'required' });
    item.legalBasis.forEach((citation, citationIndex) => {
      if (!citation.regulation.trim()) problems.push({ path: `/items/${index}/legalBasis/${citationIndex}/regulation`, code: 'required' });
    });
  });
  return problems;
}
