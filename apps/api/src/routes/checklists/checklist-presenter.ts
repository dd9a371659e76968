import { isBuiltIn, type ChecklistTemplate, type ChecklistView } from '@safegrid/core';
import type { ChecklistResponse } from '@safegrid/contracts';

export function presentChecklist(template: ChecklistTemplate, applicableItemIds: readonly string[] | null = null): ChecklistResponse {
  return {
    id: template.id,
    districtCode: template.districtCode,
    builtIn: isBuiltIn(template),
    code: template.code,
    version: template.version,
    name: template.name,
    description: template.description,
    appliesTo: { kinds: [...template.appliesTo.kinds], sectors: [...template.appliesTo.sectors], tags: [...template.appliesTo.tags], dustKinds: [...template.appliesTo.dustKinds] },
    excludedSectors: [...template.excludedSectors],
    items: template.items.map((item) => ({
      id: item.id, section: item.section, text: item.text, finding: item.finding, legalBasis: item.legalBasis.map((citation) => ({ ...citation })),
      hazardLevel: item.hazardLevel, category: item.category,
      appliesTo: { kinds: [...item.appliesTo.kinds], sectors: [...item.appliesTo.sectors], tags: [...item.appliesTo.tags], dustKinds: [...item.appliesTo.dustKinds] },
    })),
    status: template.status,
    basedOnId: template.basedOnId,
    createdBy: template.createdBy,
    createdAt: template.createdAt,
    applicableItemIds: applicableItemIds ? [...applicableItemIds] : null,
  };
}

export function presentChecklistView(view: ChecklistView): ChecklistResponse {
  return presentChecklist(view.template, view.applicableItemIds);
}
