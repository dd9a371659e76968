import type { ChecklistItem, ReviseChecklistBody } from '@safegrid/contracts';

const NO_APPLICABILITY = { kinds: [], sectors: [], tags: [], dustKinds: [] } as const;

/**
 * The next version as the API takes it, from the editor's values: text trimmed, item codes in
 * capitals, every item keeping its applicability (a new item applies to every unit the template does).
 */
export function reviseBodyOf(values: ReviseChecklistBody): ReviseChecklistBody {
  const items = (values.items ?? []).map((item): ChecklistItem => ({
    id: (item.id ?? '').trim().toUpperCase(),
    section: (item.section ?? '').trim(),
    text: (item.text ?? '').trim(),
    legalBasis: (item.legalBasis ?? []).map((citation) => ({ regulation: (citation.regulation ?? '').trim(), article: (citation.article ?? '').trim() })),
    hazardLevel: item.hazardLevel,
    category: item.category,
    appliesTo: {
      kinds: [...(item.appliesTo?.kinds ?? NO_APPLICABILITY.kinds)],
      sectors: [...(item.appliesTo?.sectors ?? NO_APPLICABILITY.sectors)],
      tags: [...(item.appliesTo?.tags ?? NO_APPLICABILITY.tags)],
      dustKinds: [...(item.appliesTo?.dustKinds ?? NO_APPLICABILITY.dustKinds)],
    },
  }));
  return {
    name: values.name.trim(),
    description: (values.description ?? '').trim(),
    appliesTo: values.appliesTo,
    excludedSectors: [...values.excludedSectors],
    items,
  };
}
