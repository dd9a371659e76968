import type { Applicability, ChecklistItem, CreateChecklistBody, ReviseChecklistBody } from '@safegrid/contracts';

const NO_APPLICABILITY = { kinds: [], sectors: [], tags: [], dustKinds: [] } as const;

/**
 * The next version as the API takes it, from the editor's values: text trimmed, item codes in
 * capitals, every applicability list present (a new item applies to every unit the template does).
 */
/** A cleared select leaves its list undefined; the API wants every list, empty meaning "any". */
function applicabilityOf(value: Partial<Applicability> | undefined): Applicability {
  return {
    kinds: [...(value?.kinds ?? NO_APPLICABILITY.kinds)],
    sectors: [...(value?.sectors ?? NO_APPLICABILITY.sectors)],
    tags: [...(value?.tags ?? NO_APPLICABILITY.tags)],
    dustKinds: [...(value?.dustKinds ?? NO_APPLICABILITY.dustKinds)],
  };
}

export function reviseBodyOf(values: ReviseChecklistBody): ReviseChecklistBody {
  const items = (values.items ?? []).map((item): ChecklistItem => ({
    id: (item.id ?? '').trim().toUpperCase(),
    section: (item.section ?? '').trim(),
    text: (item.text ?? '').trim(),
    finding: (item.finding ?? '').trim(),
    legalBasis: (item.legalBasis ?? []).map((citation) => ({ regulation: (citation.regulation ?? '').trim(), article: (citation.article ?? '').trim() })),
    hazardLevel: item.hazardLevel,
    category: item.category,
    appliesTo: applicabilityOf(item.appliesTo),
  }));
  return {
    name: values.name.trim(),
    description: (values.description ?? '').trim(),
    appliesTo: applicabilityOf(values.appliesTo),
    excludedSectors: [...(values.excludedSectors ?? [])],
    items,
  };
}

/** A new template as the API takes it: the district's code (lower case) and the editor's values, cleaned as for a revision. */
export function createBodyOf(values: CreateChecklistBody): CreateChecklistBody {
  return { code: (values.code ?? '').trim().toLowerCase(), ...reviseBodyOf(values) };
}
