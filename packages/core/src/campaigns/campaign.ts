import type { LngLat } from '../geo/geometry.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import { CLOSED_UNIT_STATUS, type RiskTag, type Sector, type UnitKind, type UnitStatus } from '../units/unit-catalog.js';
import type { Unit } from '../units/unit.js';

/**
 * Which units a campaign covers (整治范围). Each list narrows when not empty: kind among `kinds`,
 * sector among `sectors`, a tag among `tags`, a town or village in `regionCodes`. Closed units are never in scope.
 */
export interface CampaignScope {
  readonly kinds: readonly UnitKind[];
  readonly sectors: readonly Sector[];
  readonly tags: readonly RiskTag[];
  readonly regionCodes: readonly string[];
}

/** Targets in percent: units inspected, and hazards found that are closed (整改率). */
export interface CampaignTarget {
  readonly coverage: number;
  readonly rectification: number | null;
}

/** A time-boxed campaign (专项整治, 百日攻坚) with a scope, a checklist and targets. */
export interface Campaign {
  readonly id: string;
  readonly districtCode: string;
  /** Who runs it: the district, or a town for its own campaign (seen only by that town and above). */
  readonly ownerRegionCode: string;
  readonly name: string;
  readonly description: string;
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate;
  readonly scope: CampaignScope;
  readonly checklistId: string;
  readonly checklistCode: string;
  readonly target: CampaignTarget;
  readonly createdBy: string;
  readonly createdByName: string;
  readonly createdAt: string;
}

export const CAMPAIGN_PHASES = ['planned', 'active', 'ended'] as const;
export type CampaignPhase = (typeof CAMPAIGN_PHASES)[number];

/** Derived from the calendar, not stored: before, during or after the period (both days included). */
export function campaignPhase(campaign: Pick<Campaign, 'startsOn' | 'endsOn'>, today: CalendarDate): CampaignPhase {
  if (today < campaign.startsOn) return 'planned';
  return today > campaign.endsOn ? 'ended' : 'active';
}

export type CampaignScopeUnit = Pick<Unit, 'kind' | 'sector' | 'riskTags' | 'townCode' | 'villageCode' | 'status'>;

/** True when the unit falls inside the campaign's scope. */
export function isUnitInCampaignScope(scope: CampaignScope, unit: CampaignScopeUnit): boolean {
  if (unit.status === CLOSED_UNIT_STATUS) return false;
  if (scope.kinds.length > 0 && !scope.kinds.includes(unit.kind)) return false;
  if (scope.sectors.length > 0 && !scope.sectors.includes(unit.sector)) return false;
  if (scope.tags.length > 0 && !scope.tags.some((tag) => unit.riskTags.includes(tag))) return false;
  if (scope.regionCodes.length > 0 && !scope.regionCodes.some((code) => unit.townCode.startsWith(code) || unit.villageCode.startsWith(code))) return false;
  return true;
}

/** A unit of a campaign's scope as coverage lists and maps show it. */
export interface CampaignUnit {
  readonly id: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly status: UnitStatus;
  readonly townCode: string;
  readonly villageCode: string;
  readonly gridId: string;
  readonly location: LngLat;
  readonly parentId: string | null;
}

/** A finished inspection counted for a campaign. */
export interface CampaignInspection {
  readonly inspectionId: string;
  readonly unitId: string;
  readonly finishedAt: string;
  readonly failedItems: number;
  readonly selfInspection: boolean;
}

/** A hazard found by one of a campaign's inspections. */
export interface CampaignHazard {
  readonly hazardId: string;
  readonly unitId: string;
  readonly itemId: string;
  readonly level: 'general' | 'major';
  readonly status: string;
  readonly reportedAt: string;
  readonly closedAt: string | null;
}
