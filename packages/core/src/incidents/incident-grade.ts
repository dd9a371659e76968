import { INCIDENT_GRADES, type Casualties, type IncidentGrade } from './incident.js';

/**
 * Art. 3 of 国务院令第493号: each criterion's lower bound per grade. Art. 3 (last paragraph):
 * "本条所称的'以上'包括本数，所称的'以下'不包括本数", so a bound is reached AT the number:
 * 3 deaths is 较大, 2 is 一般; ¥1000万 exactly is 较大.
 */
export const GRADE_THRESHOLDS: Readonly<Record<Exclude<IncidentGrade, 'general'>, { deaths: number; seriousInjuries: number; directLossYuan: number }>> = {
  larger: { deaths: 3, seriousInjuries: 10, directLossYuan: 10_000_000 },
  major: { deaths: 10, seriousInjuries: 50, directLossYuan: 50_000_000 },
  especially_major: { deaths: 30, seriousInjuries: 100, directLossYuan: 100_000_000 },
};

export type GradeCriterion = 'deaths' | 'seriousInjuries' | 'directLossYuan';

export interface GradeAssessment {
  /** The highest grade any criterion reaches. */
  readonly grade: IncidentGrade;
  /** The grade each criterion gives on its own, to show why. */
  readonly byCriterion: Readonly<Record<GradeCriterion, IncidentGrade>>;
}

/**
 * Deaths for grading count the missing (下落不明) with the dead. Art. 3 names 死亡 only, but Art. 12 (4)
 * makes 下落不明 part of the casualty figure every report carries, and accident statistics and the
 * published grades of the Ministry count "死亡（失踪）" together: a missing person is graded as a death
 * until found alive, when a 续报 lowers the figure and the grade follows. ADR 0076 records this choice.
 */
export function gradingDeaths(casualties: Pick<Casualties, 'deaths' | 'missing'>): number {
  return casualties.deaths + casualties.missing;
}

function gradeFor(criterion: GradeCriterion, value: number): IncidentGrade {
  let reached: IncidentGrade = 'general';
  for (const grade of INCIDENT_GRADES) {
    if (grade !== 'general' && value >= GRADE_THRESHOLDS[grade][criterion]) reached = grade;
  }
  return reached;
}

const rank = (grade: IncidentGrade) => INCIDENT_GRADES.indexOf(grade);

export function higherGrade(a: IncidentGrade, b: IncidentGrade): IncidentGrade {
  return rank(a) >= rank(b) ? a : b;
}

/** The grade from the three criteria: the highest wins. */
export function assessGrade(casualties: Casualties): GradeAssessment {
  const byCriterion = {
    deaths: gradeFor('deaths', gradingDeaths(casualties)),
    seriousInjuries: gradeFor('seriousInjuries', casualties.seriousInjuries),
    directLossYuan: gradeFor('directLossYuan', casualties.directLossYuan),
  };
  return { grade: higherGrade(higherGrade(byCriterion.deaths, byCriterion.seriousInjuries), byCriterion.directLossYuan), byCriterion };
}
