import { BUILT_IN_CHECKLISTS, findingOf, inspectionHazardLegalBasis, inspectionHazardTitle, type ChecklistItem } from '@safegrid/core';
import type { Kysely } from 'kysely';

/**
 * Hazards raised from failed checklist items were titled `<item code> <requirement>`, which says the
 * opposite of the problem (ADR 0072). This rewrites each such hazard still carrying that generated
 * title: the title becomes the item's finding (built-in items: the finding of the same item in the
 * built-in's current version; district items: the requirement marked as not met), the code and the
 * requirement move to the legal basis ahead of the citations it had, and a description that only
 * repeated the requirement becomes the finding. Titles a person changed are left alone.
 *
 * Built-in versions never change once released (the installer refuses that), so the findings read
 * from core here are fixed for the version they belong to.
 */
const OLD_TITLE_LIMIT = 100;

function oldTitle(item: Pick<ChecklistItem, 'id' | 'text'>): string {
  const title = `${item.id} ${item.text}`;
  return title.length <= OLD_TITLE_LIMIT ? title : `${title.slice(0, OLD_TITLE_LIMIT - 1)}…`;
}

interface StoredItem {
  readonly id: string;
  readonly text: string;
  readonly finding?: string;
}

interface FindingRow {
  readonly hazard_id: string;
  readonly item_id: string;
  readonly checklist_code: string;
  readonly checklist_district: string | null;
  readonly items: unknown;
  readonly title: string;
  readonly description: string;
  readonly legal_basis: string | null;
}

const builtInFindings = new Map(BUILT_IN_CHECKLISTS.flatMap((template) => template.items.map((item) => [`${template.code}/${item.id}`, item.finding] as const)));

function storedItems(value: unknown): StoredItem[] {
  return (typeof value === 'string' ? JSON.parse(value) : value) as StoredItem[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  const rows = (await db
    .selectFrom('inspection_findings as f')
    .innerJoin('inspections as i', 'i.id', 'f.inspection_id')
    .innerJoin('checklists as c', 'c.id', 'i.checklist_id')
    .innerJoin('hazards as h', 'h.id', 'f.hazard_id')
    .select(['f.hazard_id', 'f.item_id', 'i.checklist_code', 'c.district_code as checklist_district', 'c.items', 'h.title', 'h.description', 'h.legal_basis'])
    .execute()) as FindingRow[];
  for (const row of rows) {
    const stored = storedItems(row.items).find((candidate) => candidate.id === row.item_id);
    if (!stored || row.title !== oldTitle(stored)) continue;
    const builtIn = row.checklist_district === null ? builtInFindings.get(`${row.checklist_code}/${stored.id}`) : undefined;
    const item = { id: stored.id, text: stored.text, finding: stored.finding ?? builtIn ?? '' };
    const citations = row.legal_basis ? [{ regulation: row.legal_basis, article: '' }] : [];
    await db
      .updateTable('hazards')
      .set({
        title: inspectionHazardTitle(item),
        description: row.description === stored.text ? findingOf(item) : row.description,
        legal_basis: inspectionHazardLegalBasis(item, citations),
      })
      .where('id', '=', row.hazard_id)
      .execute();
  }
}
