import { addDays, shanghaiDate, type CalendarDate } from '../shared/calendar-date.js';
import { CLOSED_UNIT_STATUS, type RiskTag, type UnitKind } from '../units/unit-catalog.js';
import type { RiskFacts } from './risk-facts.js';
import type { RiskBands, RiskGradingPolicy } from './risk-grading-policy.js';
import type { RiskLevel, RiskMethod } from './risk-level.js';
import type { RiskReason } from './risk-reason.js';

/** The outcome of grading: colour, the method's score and factors, and the reasons. */
export interface RiskGrade {
  readonly level: RiskLevel;
  readonly method: RiskMethod;
  readonly score: number;
  readonly factors: Readonly<Record<string, number>>;
  readonly reasons: readonly RiskReason[];
}

// LEC value scales (reference §4.2). Steps index into them.
const CONSEQUENCE = [1, 3, 7, 15, 40, 100] as const; // C: 引人注目 … 大灾难
const EXPOSURE = [0.5, 1, 2, 3, 6, 10] as const; // E: 非常罕见 … 连续暴露
const LIKELIHOOD = [0.5, 1, 3, 6, 10] as const; // L: 很不可能 … 完全可以预料

/** The consequence step a kind of unit starts from: what an accident there could do. */
const KIND_CONSEQUENCE: Readonly<Record<UnitKind, number>> = {
  enterprise: 2, park: 2, hazardous_chemicals: 4, construction_site: 3, small_venue: 2, group_rental: 3,
  self_built_house: 3, gas_user: 2, crowded_place: 3, school: 3, medical: 3, elderly_care: 3, logistics: 2,
  gas_supplier: 4,
};

/** Tags that raise the consequence to at least a step: dust, ammonia and molten metal can kill several. */
const TAG_CONSEQUENCE: Readonly<Partial<Record<RiskTag, number>>> = {
  dust: 4, hazardous_chemicals: 4, ammonia_refrigeration: 4, molten_metal: 4, confined_space: 3, crowded: 3,
  lithium_battery: 3, gas_use: 3,
};

/** People are present day and night: housing, care and lodging. */
const CONTINUOUS_KINDS: readonly UnitKind[] = ['group_rental', 'self_built_house', 'elderly_care', 'medical'];

const LARGE_EMPLOYEES = 300;
const VERY_LARGE_EMPLOYEES = 1000;
const LARGE_FLOOR_AREA = 20_000;
// A hazard or two under rectification is ordinary; three open at once, or many in a year, is not.
const MANY_OPEN_GENERAL = 3;
const MANY_RECENT = 8;

const reason = (code: RiskReason['code'], effect: RiskReason['effect'], params: RiskReason['params'] = {}): RiskReason => ({ code, effect, params });

function consequenceStep(facts: RiskFacts, reasons: RiskReason[]): number {
  const { unit } = facts;
  let step = KIND_CONSEQUENCE[unit.kind];
  reasons.push(reason('kind', 'info', { kind: unit.kind }));
  for (const tag of unit.riskTags) {
    const minimum = TAG_CONSEQUENCE[tag];
    if (minimum !== undefined && minimum > step) {
      step = minimum;
      reasons.push(reason('tag', 'raises', { tag }));
    }
  }
  const employees = unit.employees ?? 0;
  const bump = employees >= VERY_LARGE_EMPLOYEES ? 2 : employees >= LARGE_EMPLOYEES || (unit.floorArea ?? 0) >= LARGE_FLOOR_AREA ? 1 : 0;
  if (bump > 0) reasons.push(reason('size', 'raises', { employees, floorArea: unit.floorArea ?? 0 }));
  return Math.min(CONSEQUENCE.length - 1, step + bump);
}

function exposureStep(facts: RiskFacts, reasons: RiskReason[]): number {
  const { unit } = facts;
  if (unit.status === 'suspended') {
    reasons.push(reason('occasional_exposure', 'lowers'));
    return 3;
  }
  if (CONTINUOUS_KINDS.includes(unit.kind) || unit.venueType === 'hotel') {
    reasons.push(reason('continuous_exposure', 'raises'));
    return 5;
  }
  return 4;
}

function likelihoodStep(facts: RiskFacts, windowStart: CalendarDate, reasons: RiskReason[]): number {
  let step = 1;
  if (facts.openMajor > 0) {
    step = Math.max(step, facts.openMajor > 1 ? 4 : 3);
    reasons.push(reason('open_major_hazards', 'raises', { count: facts.openMajor }));
  } else if (facts.recentMajor > 0) {
    step += 1;
    reasons.push(reason('recent_major_hazards', 'raises', { count: facts.recentMajor }));
  }
  if (facts.openGeneral >= MANY_OPEN_GENERAL) {
    step += 1;
    reasons.push(reason('open_general_hazards', 'raises', { count: facts.openGeneral }));
  } else if (facts.openGeneral > 0) {
    reasons.push(reason('open_general_hazards', 'info', { count: facts.openGeneral }));
  }
  if (facts.overdue > 0) {
    step += 1;
    reasons.push(reason('overdue_hazards', 'raises', { count: facts.overdue }));
  }
  if (facts.recentGeneral >= MANY_RECENT) {
    step += 1;
    reasons.push(reason('many_recent_hazards', 'raises', { count: facts.recentGeneral }));
  }
  const supervisedRecently = facts.lastSupervisionAt !== null && shanghaiDate(facts.lastSupervisionAt) >= windowStart;
  // Enterprise self-inspections weigh half of a supervisor's: two clean ones count as one clean supervision.
  if (supervisedRecently && facts.lastSupervisionClean) {
    step -= 1;
    reasons.push(reason('clean_supervision', 'lowers', { date: shanghaiDate(facts.lastSupervisionAt ?? '') }));
  } else if (facts.cleanSelfInspections >= 2 && facts.openMajor === 0) {
    step -= 1;
    reasons.push(reason('clean_self_inspections', 'lowers', { count: facts.cleanSelfInspections }));
  }
  if (!supervisedRecently) reasons.push(reason('not_inspected_recently', 'info'));
  return Math.max(0, Math.min(LIKELIHOOD.length - 1, step));
}

function levelAbove(score: number, bands: RiskBands, inclusive: boolean): RiskLevel {
  const over = (threshold: number) => (inclusive ? score >= threshold : score > threshold);
  if (over(bands.red)) return 'red';
  if (over(bands.orange)) return 'orange';
  if (over(bands.yellow)) return 'yellow';
  return 'blue';
}

/**
 * Grades a unit from its facts (pure). Consequence comes from kind, tags and size; exposure from
 * how people are present; likelihood from open, overdue and recent hazards and from inspections.
 * LEC multiplies the three (reference §4.2); LS multiplies likelihood and severity on 1–5 scales
 * (§4.3). Bands map the score to a colour. A closed unit is blue.
 */
export function gradeUnitRisk(facts: RiskFacts, policy: RiskGradingPolicy, today: CalendarDate): RiskGrade {
  if (facts.unit.status === CLOSED_UNIT_STATUS) {
    return { level: 'blue', method: policy.method, score: 0, factors: {}, reasons: [reason('unit_closed', 'lowers')] };
  }
  const reasons: RiskReason[] = [];
  const windowStart = addDays(today, -Math.round(policy.recentMonths * 30.4));
  const c = consequenceStep(facts, reasons);
  const e = exposureStep(facts, reasons);
  const l = likelihoodStep(facts, windowStart, reasons);
  if (policy.method === 'lec') {
    const factors = { likelihood: LIKELIHOOD[l] ?? 1, exposure: EXPOSURE[e] ?? 6, consequence: CONSEQUENCE[c] ?? 7 };
    const score = Math.round(factors.likelihood * factors.exposure * factors.consequence * 100) / 100;
    const level = levelAbove(score, policy.lecBands, false);
    return { level, method: 'lec', score, factors, reasons: [...reasons, reason('score', 'info', { method: 'lec', score, ...factors })] };
  }
  // LS: severity 1–5 from the consequence step; likelihood 1–5, one higher for continuous presence, one lower when suspended.
  const severity = Math.min(5, c + 1);
  const likelihood = Math.max(1, Math.min(5, l + 1 + (e === 5 ? 1 : e <= 3 ? -1 : 0)));
  const score = likelihood * severity;
  const level = levelAbove(score, policy.lsBands, true);
  return { level, method: 'ls', score, factors: { likelihood, severity }, reasons: [...reasons, reason('score', 'info', { method: 'ls', score, likelihood, severity })] };
}
