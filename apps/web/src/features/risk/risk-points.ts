import { RISK_LEVELS, type RiskLevel, type RiskMapResponse } from '@safegrid/contracts';
import type { UnitPoint } from '../map/unit-point-layer';
import { riskColourOf } from './risk-colours';

/** red 4, orange 3, yellow 2, blue 1, not graded 0: a cluster lists its colours most urgent first. */
export function riskRank(level: RiskLevel | null): number {
  return level ? RISK_LEVELS.length - RISK_LEVELS.indexOf(level) : 0;
}

/** 四色图 points: each unit in its colour, labelled with its name and colour. */
export function riskPointsOf(entries: RiskMapResponse, labelOf: (level: RiskLevel | null, overridden: boolean) => string): UnitPoint[] {
  return entries.map((entry) => ({
    id: entry.unitId,
    location: entry.location,
    color: riskColourOf(entry.level).fill,
    textColor: riskColourOf(entry.level).text,
    rank: riskRank(entry.level),
    label: `${entry.name} · ${labelOf(entry.level, entry.overridden)}`,
    classLabel: labelOf(entry.level, false),
  }));
}
