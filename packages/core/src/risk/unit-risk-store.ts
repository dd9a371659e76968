import type { ScopeFilter } from '../accounts/scope.js';
import type { LngLat } from '../geo/geometry.js';
import type { Unit } from '../units/unit.js';
import type { RiskFacts, RiskWindow } from './risk-facts.js';
import type { RiskGradingPolicy } from './risk-grading-policy.js';
import type { RiskHistoryEntry, UnitRisk } from './unit-risk.js';

/** A unit with its grading, as maps, dashboards and patrol lists need it. */
export interface RiskPosition {
  readonly unit: Pick<Unit, 'id' | 'name' | 'kind' | 'townCode' | 'villageCode' | 'gridId' | 'status' | 'createdAt'> & { readonly location: LngLat };
  /** Null for a unit not graded yet. */
  readonly risk: UnitRisk | null;
}

export interface UnitRiskStore {
  find(unitId: string, districtCode: string): Promise<UnitRisk | undefined>;
  findMany(unitIds: readonly string[], districtCode: string): Promise<UnitRisk[]>;
  /** Inserts or replaces the unit's grading. */
  save(risk: UnitRisk): Promise<void>;
  saveMany(risks: readonly UnitRisk[]): Promise<void>;
  appendHistory(entries: readonly RiskHistoryEntry[]): Promise<void>;
  /** Oldest first. */
  listHistory(unitId: string, districtCode: string): Promise<RiskHistoryEntry[]>;
  /**
   * The facts of the district's units (all of them, or those in `unitIds`), read from units,
   * hazards and inspections. A unit that does not exist has no entry.
   */
  loadFacts(districtCode: string, window: RiskWindow, unitIds?: readonly string[]): Promise<RiskFacts[]>;
  /** Active and suspended units inside `scope` with their grading (closed units left out); for speed the gradings' reasons and factors are empty. */
  listPositions(scope: ScopeFilter): Promise<RiskPosition[]>;
  /** True when an operating unit of the district has no grading yet: index entries only, no unit read into memory (ADR 0080, 0111). */
  hasUngraded(districtCode: string): Promise<boolean>;
}

export interface RiskPolicyStore {
  find(districtCode: string): Promise<RiskGradingPolicy | undefined>;
  save(districtCode: string, policy: RiskGradingPolicy, change: { at: string; by: string }): Promise<void>;
}
