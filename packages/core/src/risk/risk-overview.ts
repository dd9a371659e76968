import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf, type ScopeFilter } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import type { LngLat } from '../geo/geometry.js';
import { shanghaiDate } from '../shared/calendar-date.js';
import type { UnitKind } from '../units/unit-catalog.js';
import { RISK_LEVELS, type RiskLevel } from './risk-level.js';
import type { RiskPosition } from './unit-risk-store.js';
import { effectiveRiskLevel, isOverrideActive } from './unit-risk.js';

/** The actor's scope narrowed to `regionCode`; null when that region lies outside it. */
export function narrowScope(scope: ScopeFilter, regionCode: string | undefined): ScopeFilter | null {
  if (!regionCode) return scope;
  if (!regionCode.startsWith(scope.districtCode)) return null;
  if (scope.regionCode === undefined || regionCode.startsWith(scope.regionCode)) return { ...scope, regionCode };
  return scope.regionCode.startsWith(regionCode) ? scope : null;
}

export type LevelCounts = Record<RiskLevel | 'ungraded', number>;

export interface RiskOverview {
  readonly total: number;
  readonly byLevel: LevelCounts;
  /** Units whose colour is set by an override in force. */
  readonly overridden: number;
  readonly byTown: readonly ({ readonly townCode: string } & LevelCounts)[];
}

const emptyCounts = (): LevelCounts => ({ red: 0, orange: 0, yellow: 0, blue: 0, ungraded: 0 });

/** Units by colour in the actor's scope (四色图 legend and dashboard), overall and by town. */
export async function getRiskOverview(deps: CoreDeps, actor: Actor, input: { readonly regionCode?: string | undefined }): Promise<RiskOverview> {
  const scope = narrowScope(scopeFilterOf(actor), input.regionCode);
  const positions = scope ? await deps.unitRisks.listPositions(scope) : [];
  const today = shanghaiDate(deps.clock.now());
  const byLevel = emptyCounts();
  const towns = new Map<string, LevelCounts>();
  let overridden = 0;
  for (const { unit, risk } of positions) {
    const key = risk ? effectiveRiskLevel(risk, today) : 'ungraded';
    if (risk && isOverrideActive(risk.override, today)) overridden += 1;
    byLevel[key] += 1;
    const town = towns.get(unit.townCode) ?? emptyCounts();
    town[key] += 1;
    towns.set(unit.townCode, town);
  }
  const byTown = [...towns.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([townCode, counts]) => ({ townCode, ...counts }));
  return { total: positions.length, byLevel, overridden, byTown };
}

export interface RiskMapPoint {
  readonly unitId: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly location: LngLat;
  readonly level: RiskLevel | null;
  readonly overridden: boolean;
}

/** Every unit of the actor's scope as a coloured point (四色图), optionally only some colours. */
export async function listRiskMap(
  deps: CoreDeps,
  actor: Actor,
  input: { readonly regionCode?: string | undefined; readonly levels?: readonly RiskLevel[] | undefined },
): Promise<RiskMapPoint[]> {
  const scope = narrowScope(scopeFilterOf(actor), input.regionCode);
  if (!scope) return [];
  const today = shanghaiDate(deps.clock.now());
  const points = (await deps.unitRisks.listPositions(scope)).map(({ unit, risk }: RiskPosition): RiskMapPoint => ({
    unitId: unit.id, name: unit.name, kind: unit.kind, location: unit.location,
    level: risk ? effectiveRiskLevel(risk, today) : null, overridden: risk ? isOverrideActive(risk.override, today) : false,
  }));
  const levels = input.levels;
  if (!levels?.length) return points;
  return points.filter((point) => point.level !== null && levels.includes(point.level));
}

export { RISK_LEVELS };
