import type { HazardLevel } from '../hazards/hazard.js';
import type { Sector, SubIndustry } from '../units/unit-catalog.js';
import type { Unit } from '../units/unit.js';
import type { Applicability, ChecklistItem, ChecklistTemplate, LegalCitation } from './checklist.js';

export type ApplicableUnit = Pick<Unit, 'kind' | 'sector' | 'riskTags' | 'dustKind'> & { readonly subIndustry?: SubIndustry | null | undefined };

/** 第10号令 (2023) item codes start with this; so do copies of its items. */
export const GM10_ITEM_PREFIX = 'GM10-';
/** How a citation of 第10号令 names it. */
const GM10_MARK = '应急管理部令第10号';

/**
 * Sectors with their own major-hazard standards (第10号令 第二条): a hazard there is not judged by
 * 第10号令 (reference §1.1), e.g. 城镇燃气 by 建城规〔2023〕4号.
 */
export const GM10_EXCLUDED_SECTORS: readonly Sector[] = ['hazardous_chemicals', 'fire', 'town_gas', 'special_equipment'];

/** True when the unit is one of those `applicability` names (each non-empty list must match). */
export function matchesApplicability(applicability: Applicability, unit: ApplicableUnit): boolean {
  if (applicability.kinds.length > 0 && !applicability.kinds.includes(unit.kind)) return false;
  if (applicability.sectors.length > 0 && !applicability.sectors.includes(unit.sector)) return false;
  if (applicability.tags.length > 0 && !applicability.tags.some((tag) => unit.riskTags.includes(tag))) return false;
  if (applicability.dustKinds.length > 0 && (unit.dustKind === null || !applicability.dustKinds.includes(unit.dustKind))) return false;
  return true;
}

/** The sub-industry each industry article of 第10号令 is written for (第四条 冶金 … 第十条 烟草). */
const GM10_INDUSTRY_ARTICLES: Readonly<Record<string, SubIndustry>> = {
  '04': 'metallurgy', '05': 'nonferrous', '06': 'building_materials', '07': 'machinery', '08': 'light_industry', '09': 'textile', '10': 'tobacco',
};

/**
 * The sub-industry a 第10号令 item is written for, from its code (`GM10-07-02` → 机械), or null for the
 * general and hazard-specific articles (第三条, 第十一至十三条) and for other items.
 */
export function gm10SubIndustry(item: Pick<ChecklistItem, 'id'>): SubIndustry | null {
  const match = /^GM10-(\d{2})-/.exec(item.id);
  return (match && GM10_INDUSTRY_ARTICLES[match[1] ?? '']) ?? null;
}

/**
 * True unless the item belongs to another 工贸 sub-industry than the unit's. A unit whose
 * sub-industry is not recorded is still shown every industry article, answered 不适用 where it
 * differs (ADR 0041); a 商贸 unit gets none of them.
 */
function matchesSubIndustry(item: Pick<ChecklistItem, 'id'>, unit: ApplicableUnit): boolean {
  const wanted = gm10SubIndustry(item);
  return wanted === null || !unit.subIndustry || wanted === unit.subIndustry;
}

/** True when the item is a 第10号令 item or cites that order. */
export function citesGm10(item: Pick<ChecklistItem, 'id' | 'legalBasis'>): boolean {
  return item.id.startsWith(GM10_ITEM_PREFIX) || item.legalBasis.some((citation) => citation.regulation.includes(GM10_MARK));
}

/** True when the unit's sector is judged by its own standard rather than 第10号令. */
export function isOutsideGm10(unit: Pick<ApplicableUnit, 'sector'>): boolean {
  return GM10_EXCLUDED_SECTORS.includes(unit.sector);
}

export type TemplateRefusal = 'excluded_sector' | 'not_applicable';

/**
 * Why the template may not be used on the unit, or null when it may. A template made of 第10号令
 * items is never used on a 危化/消防/燃气/特种设备 unit, whatever a district's copy says.
 */
export function templateRefusal(template: ChecklistTemplate, unit: ApplicableUnit): TemplateRefusal | null {
  if (template.excludedSectors.includes(unit.sector)) return 'excluded_sector';
  if (isOutsideGm10(unit) && template.items.length > 0 && template.items.every(citesGm10)) return 'excluded_sector';
  if (!matchesApplicability(template.appliesTo, unit)) return 'not_applicable';
  if (applicableItems(template, unit).length === 0) return 'not_applicable';
  return null;
}

/** The items of the template that apply to the unit, in template order. */
export function applicableItems(template: Pick<ChecklistTemplate, 'items'>, unit: ApplicableUnit): ChecklistItem[] {
  return template.items.filter((item) => matchesApplicability(item.appliesTo, unit) && matchesSubIndustry(item, unit));
}

/**
 * The level and legal basis a failure of `item` gives on `unit`. An item that is major only by
 * 第10号令 is not classified major on a unit outside that standard's scope; its 第10号令 citations are
 * dropped (reference §1.1: route the hazard to the sector's own standard).
 */
export function judgeFailure(item: ChecklistItem, unit: ApplicableUnit): { level: HazardLevel; legalBasis: readonly LegalCitation[] } {
  if (!isOutsideGm10(unit) || !citesGm10(item)) return { level: item.hazardLevel, legalBasis: item.legalBasis };
  const others = item.legalBasis.filter((citation) => !citation.regulation.includes(GM10_MARK));
  return { level: 'general', legalBasis: others };
}
