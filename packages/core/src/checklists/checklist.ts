import type { HazardCategory, HazardLevel } from '../hazards/hazard.js';
import type { DustKind, RiskTag, Sector, UnitKind } from '../units/unit-catalog.js';

/**
 * Which units something applies to. Each list narrows when it is not empty: the unit's kind must
 * be among `kinds`, its sector among `sectors`, one of its tags among `tags`, its dust kind among
 * `dustKinds`. All lists empty means every unit.
 */
export interface Applicability {
  readonly kinds: readonly UnitKind[];
  readonly sectors: readonly Sector[];
  readonly tags: readonly RiskTag[];
  readonly dustKinds: readonly DustKind[];
}

export const ANY_UNIT: Applicability = { kinds: [], sectors: [], tags: [], dustKinds: [] };

/** One legal source of a checklist item: the regulation or standard and the article or clause. */
export interface LegalCitation {
  readonly regulation: string;
  readonly article: string;
}

/** One check of a checklist (检查项). Its id is a stable code inside the template, e.g. `GM10-11-03`. */
export interface ChecklistItem {
  readonly id: string;
  /** The chapter or article it belongs to, for grouping on screen. */
  readonly section: string;
  /** The requirement, worded as what a compliant unit does (检查内容). */
  readonly text: string;
  /**
   * The problem a failure means, worded as an inspector writes it (隐患描述), e.g. 粉尘爆炸危险场所设在居民区内.
   * A hazard raised from the failed item is titled with it. Empty in items written before findings
   * existed; `findingOf` then derives one.
   */
  readonly finding: string;
  readonly legalBasis: readonly LegalCitation[];
  /** The hazard level a failure of this item means. */
  readonly hazardLevel: HazardLevel;
  readonly category: HazardCategory;
  readonly appliesTo: Applicability;
}

export const CHECKLIST_STATUSES = ['active', 'superseded'] as const;
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];

/**
 * A checklist template (检查表) in one version. Versions never change once written: editing makes
 * the next version and supersedes this one, so an inspection always keeps the items it used.
 */
export interface ChecklistTemplate {
  readonly id: string;
  /** The owning district; null for a built-in template shared by every district. */
  readonly districtCode: string | null;
  /** Stable across versions: `major-hazard-gm10`, or a district's own code. */
  readonly code: string;
  readonly version: number;
  readonly name: string;
  readonly description: string;
  readonly appliesTo: Applicability;
  /** Sectors judged by their own standards instead (第10号令 第二条: 危化、消防、燃气、特种设备). */
  readonly excludedSectors: readonly Sector[];
  readonly items: readonly ChecklistItem[];
  readonly status: ChecklistStatus;
  /** The template this one was copied from or revises. */
  readonly basedOnId: string | null;
  readonly createdBy: string | null;
  readonly createdAt: string;
}

/** True for a built-in template (no owning district). */
export function isBuiltIn(template: Pick<ChecklistTemplate, 'districtCode'>): boolean {
  return template.districtCode === null;
}

/** The finding of an item: its own wording, or for an item without one, its requirement marked as not met. */
export function findingOf(item: Pick<ChecklistItem, 'text' | 'finding'>): string {
  const finding = item.finding.trim();
  return finding || `未做到：${item.text.trim()}`;
}

/** The citations of an item as one line, as a hazard's legal basis shows them. */
export function formatLegalBasis(citations: readonly LegalCitation[]): string {
  return citations.map((citation) => `${citation.regulation}${citation.article}`).join('；');
}
