import type { FieldProblem } from '../shared/domain-error.js';
import { RISK_LEVELS, type RiskLevel, type RiskMethod } from './risk-level.js';

/** Thresholds of a method's score: at or above (LS) or above (LEC) each one, that colour. */
export interface RiskBands {
  readonly red: number;
  readonly orange: number;
  readonly yellow: number;
}

/**
 * A district's risk grading settings (reference §4, §11 item 3: the colour mapping is not fixed
 * nationally). Stored per district; the defaults apply until a district changes them.
 */
export interface RiskGradingPolicy {
  readonly method: RiskMethod;
  /** LEC: D > red → red, D > orange → orange, D > yellow → yellow, else blue. */
  readonly lecBands: RiskBands;
  /** LS: R ≥ red → red, R ≥ orange → orange, R ≥ yellow → yellow, else blue. */
  readonly lsBands: RiskBands;
  /** Days between patrols (巡查频次) by colour. */
  readonly patrolDays: Readonly<Record<RiskLevel, number>>;
  /** A patrol shows as due this many days before it is late. */
  readonly dueSoonDays: number;
  /** How far back hazards and inspections count as recent. */
  readonly recentMonths: number;
}

/**
 * LEC with mapping A of reference §4.2 (>320 red, >160 orange, >70 yellow); LS bands of §4.3
 * (20 / 15 / 9); patrols monthly, quarterly, half-yearly, yearly.
 */
export const DEFAULT_RISK_GRADING_POLICY: RiskGradingPolicy = {
  method: 'lec',
  lecBands: { red: 320, orange: 160, yellow: 70 },
  lsBands: { red: 20, orange: 15, yellow: 9 },
  patrolDays: { red: 30, orange: 90, yellow: 180, blue: 365 },
  dueSoonDays: 14,
  recentMonths: 12,
};

function bandProblems(bands: RiskBands, path: string, max: number): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const level of ['red', 'orange', 'yellow'] as const) {
    if (!(bands[level] > 0 && bands[level] <= max)) problems.push({ path: `${path}/${level}`, code: 'out_of_range' });
  }
  if (!(bands.red > bands.orange && bands.orange > bands.yellow)) problems.push({ path: path, code: 'bands_not_descending' });
  return problems;
}

/** Problems with a policy: bands strictly descending and in range, patrols more frequent for worse colours. */
export function riskPolicyProblems(policy: RiskGradingPolicy): FieldProblem[] {
  const problems = [...bandProblems(policy.lecBands, '/lecBands', 100_000), ...bandProblems(policy.lsBands, '/lsBands', 25)];
  const days = RISK_LEVELS.map((level) => policy.patrolDays[level]);
  RISK_LEVELS.forEach((level, index) => {
    const value = days[index] ?? 0;
    if (!Number.isInteger(value) || value < 1 || value > 730) problems.push({ path: `/patrolDays/${level}`, code: 'out_of_range' });
  });
  if (days.some((value, index) => index > 0 && value < (days[index - 1] ?? 0))) problems.push({ path: '/patrolDays', code: 'patrol_days_order' });
  return problems;
}
