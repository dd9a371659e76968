import type { CalendarDate } from '../shared/calendar-date.js';
import type { Sector } from '../units/unit-catalog.js';
import type { RiskLevel, RiskMethod } from './risk-level.js';
import type { RiskReason } from './risk-reason.js';

/** A district office's decision to grade a unit differently, with its reason, until a date. */
export interface RiskOverride {
  readonly level: RiskLevel;
  readonly reason: string;
  /** The last Shanghai calendar day the override holds; the next day the computed colour returns. */
  readonly expiresOn: CalendarDate;
  readonly setBy: string;
  readonly setByName: string;
  readonly setAt: string;
}

/** A unit's current risk grading (风险分级): the computed colour with its reasons, and any override. */
export interface UnitRisk {
  readonly unitId: string;
  readonly districtCode: string;
  readonly townCode: string;
  readonly villageCode: string;
  readonly gridId: string;
  readonly sector: Sector;
  readonly computedLevel: RiskLevel;
  readonly method: RiskMethod;
  readonly score: number;
  readonly factors: Readonly<Record<string, number>>;
  readonly reasons: readonly RiskReason[];
  readonly computedAt: string;
  readonly override: RiskOverride | null;
  /** The latest supervisor's visit, for patrol frequency. */
  readonly lastVisitedAt: string | null;
}

export const RISK_HISTORY_KINDS = ['computed', 'override_set', 'override_cleared'] as const;
export type RiskHistoryKind = (typeof RISK_HISTORY_KINDS)[number];

/** One change of a unit's grading: a new computed colour, or an override set or cleared. */
export interface RiskHistoryEntry {
  readonly id: string;
  readonly unitId: string;
  readonly districtCode: string;
  readonly at: string;
  readonly kind: RiskHistoryKind;
  /** The colour in effect before and after the change. */
  readonly fromLevel: RiskLevel | null;
  readonly toLevel: RiskLevel;
  readonly computedLevel: RiskLevel;
  readonly reasons: readonly RiskReason[];
  readonly actorId: string;
  readonly actorName: string;
  readonly note: string | null;
}

/** True while an override holds: up to and including its expiry day. */
export function isOverrideActive(override: RiskOverride | null, today: CalendarDate): override is RiskOverride {
  return override !== null && override.expiresOn >= today;
}

/** The colour in effect on `today`: the override while it holds, else the computed one. */
export function effectiveRiskLevel(risk: Pick<UnitRisk, 'computedLevel' | 'override'>, today: CalendarDate): RiskLevel {
  return isOverrideActive(risk.override, today) ? risk.override.level : risk.computedLevel;
}

/** The reasons shown for the colour in effect: the override first while it holds. */
export function effectiveRiskReasons(risk: Pick<UnitRisk, 'reasons' | 'override'>, today: CalendarDate): RiskReason[] {
  if (!isOverrideActive(risk.override, today)) return [...risk.reasons];
  const { level, reason, expiresOn } = risk.override;
  return [{ code: 'override', effect: 'info', params: { level, reason, expiresOn } }, ...risk.reasons];
}
