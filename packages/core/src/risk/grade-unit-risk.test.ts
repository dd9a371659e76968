import { describe, expect, it } from 'vitest';
import { gradeUnitRisk } from './grade-unit-risk.js';
import type { RiskFacts } from './risk-facts.js';
import { DEFAULT_RISK_GRADING_POLICY, riskPolicyProblems, type RiskGradingPolicy } from './risk-grading-policy.js';

const TODAY = '2026-03-02';
const facts = (overrides: Omit<Partial<RiskFacts>, 'unit'> & { unit?: Partial<RiskFacts['unit']> } = {}): RiskFacts => {
  const { unit, ...rest } = overrides;
  return {
    unit: {
      id: 'u1', districtCode: '320412', townCode: '320412100', villageCode: '320412100201', gridId: 'g1', sector: 'industry_trade',
      kind: 'enterprise', riskTags: [], employees: 30, floorArea: 1200, status: 'active', venueType: null, createdAt: '2024-01-01T00:00:00.000Z', ...unit,
    },
    openGeneral: 0, openMajor: 0, overdue: 0, recentGeneral: 0, recentMajor: 0, lastSupervisionAt: null, lastSupervisionClean: false,
    cleanSelfInspections: 0, lastVisitedAt: null, ...rest,
  };
};
const grade = (input: RiskFacts, policy: RiskGradingPolicy = DEFAULT_RISK_GRADING_POLICY) => gradeUnitRisk(input, policy, TODAY);
const codes = (input: RiskFacts) => grade(input).reasons.map((reason) => reason.code);

describe('risk grading (LEC by default)', () => {
  it('grades an ordinary workshop blue and a dust-handling one orange, with the reasons', () => {
    expect(grade(facts())).toMatchObject({ level: 'blue', score: 42, factors: { likelihood: 1, exposure: 6, consequence: 7 } });
    const dusty = grade(facts({ unit: { riskTags: ['dust'] } }));
    expect(dusty).toMatchObject({ level: 'orange', score: 240 });
    expect(dusty.reasons).toContainEqual({ code: 'tag', effect: 'raises', params: { tag: 'dust' } });
  });

  it('weighs an open major hazard most: red for a dust unit, orange even for an ordinary one', () => {
    expect(grade(facts({ unit: { riskTags: ['dust'] }, openMajor: 1 }))).toMatchObject({ level: 'red', score: 1440 });
    expect(grade(facts({ openMajor: 1 }))).toMatchObject({ level: 'orange', score: 252 });
    // One or two general hazards under rectification are ordinary; three at once, or one overdue, raise the likelihood.
    expect(grade(facts({ openGeneral: 2 }))).toMatchObject({ level: 'blue', score: 42, reasons: expect.arrayContaining([{ code: 'open_general_hazards', effect: 'info', params: { count: 2 } }]) });
    expect(grade(facts({ openGeneral: 3 }))).toMatchObject({ level: 'yellow', score: 126 });
    expect(grade(facts({ overdue: 1, openGeneral: 1 }))).toMatchObject({ level: 'yellow', score: 126 });
    expect(grade(facts({ recentGeneral: 7 })).level).toBe('blue');
    expect(grade(facts({ recentGeneral: 8 })).level).toBe('yellow');
    expect(codes(facts({ openGeneral: 3, overdue: 1 }))).toEqual(expect.arrayContaining(['open_general_hazards', 'overdue_hazards']));
  });

  it('lowers the likelihood after a clean supervision; self-inspections weigh half', () => {
    const dusty = { unit: { riskTags: ['dust' as const] } };
    expect(grade(facts({ ...dusty, lastSupervisionAt: '2026-01-10T02:00:00.000Z', lastSupervisionClean: true }))).toMatchObject({ level: 'yellow', score: 120 });
    expect(grade(facts({ ...dusty, lastSupervisionAt: '2024-01-10T02:00:00.000Z', lastSupervisionClean: true })).level).toBe('orange');
    expect(grade(facts({ ...dusty, cleanSelfInspections: 1 })).level).toBe('orange');
    expect(grade(facts({ ...dusty, cleanSelfInspections: 2 }))).toMatchObject({ level: 'yellow', reasons: expect.arrayContaining([expect.objectContaining({ code: 'clean_self_inspections' })]) });
  });

  it('raises consequence for size and exposure for people present day and night; a closed unit is blue', () => {
    expect(grade(facts({ unit: { employees: 1200 } }))).toMatchObject({ level: 'orange', factors: { consequence: 40 } });
    expect(grade(facts({ unit: { employees: 400 } }))).toMatchObject({ level: 'yellow', factors: { consequence: 15 } });
    expect(grade(facts({ unit: { kind: 'group_rental', sector: 'fire' } }))).toMatchObject({ level: 'yellow', factors: { exposure: 10 } });
    expect(grade(facts({ unit: { riskTags: ['dust'], status: 'closed' }, openMajor: 2 }))).toMatchObject({ level: 'blue', reasons: [{ code: 'unit_closed' }] });
  });

  it('applies the LEC bands with the upper bound inclusive and allows the other colour mapping', () => {
    // 7 × 6 × 10 = 420 > 320; 15 × 6 × 1 = 90 > 70; 7 × 10 × 1 = 70 is not > 70.
    expect(grade(facts({ openMajor: 2 })).level).toBe('red');
    expect(grade(facts({ unit: { kind: 'construction_site', sector: 'construction' } })).score).toBe(90);
    expect(grade(facts({ unit: { kind: 'construction_site', sector: 'construction' } })).level).toBe('yellow');
    expect(grade(facts({ unit: { kind: 'small_venue', sector: 'fire', venueType: 'hotel' } }))).toMatchObject({ score: 70, level: 'blue' });
    const mappingB = { ...DEFAULT_RISK_GRADING_POLICY, lecBands: { red: 160, orange: 70, yellow: 20 } };
    expect(grade(facts({ unit: { riskTags: ['dust'] } }), mappingB).level).toBe('red');
    expect(grade(facts(), mappingB).level).toBe('yellow');
  });

  it('grades by the 5 × 5 matrix when the district chooses LS', () => {
    const ls = { ...DEFAULT_RISK_GRADING_POLICY, method: 'ls' as const };
    expect(grade(facts(), ls)).toMatchObject({ method: 'ls', level: 'blue', score: 6, factors: { likelihood: 2, severity: 3 } });
    expect(grade(facts({ unit: { riskTags: ['dust'] }, openMajor: 1 }), ls)).toMatchObject({ level: 'red', score: 20 });
    expect(grade(facts({ unit: { riskTags: ['dust'] }, openGeneral: 3 }), ls)).toMatchObject({ level: 'orange', score: 15 });
  });

  it('refuses bands that do not descend and patrols less frequent for worse colours', () => {
    const bad = { ...DEFAULT_RISK_GRADING_POLICY, lecBands: { red: 100, orange: 160, yellow: 70 }, patrolDays: { red: 90, orange: 30, yellow: 180, blue: 365 } };
    expect(riskPolicyProblems(bad).map((problem) => problem.path)).toEqual(['/lecBands', '/patrolDays']);
    expect(riskPolicyProblems(DEFAULT_RISK_GRADING_POLICY)).toEqual([]);
  });
});
