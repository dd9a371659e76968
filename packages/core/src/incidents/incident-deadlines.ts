import type { Incident, IncidentGrade, IncidentType, LateNotifyTarget, ReportStep } from './incident.js';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

/**
 * The time limits of 国务院令第493号 as data (ADR 0076).
 * - Art. 9: the unit's head reports to the county-level 安全生产监督管理部门 within 1 hour of the accident.
 * - Art. 10/11: each level passes it up, each step within 2 hours of the level below having it:
 *   一般 up to the 设区的市 level, 较大 up to the province, 重大 and 特别重大 up to the State Council.
 * - Art. 13: casualty changes within 30 days of the accident are 补报; road traffic and fire: 7 days.
 */
export interface StepRule {
  readonly step: ReportStep;
  /** The step whose completion starts this one's clock; null: the accident itself. */
  readonly after: ReportStep | null;
  readonly limitMs: number;
  /** The lowest grade that needs this step. */
  readonly from: IncidentGrade;
  /** The level that receives the report, whose duty officer and leader are told when it is late. */
  readonly receiver: LateNotifyTarget['level'];
}

export const STEP_RULES: readonly StepRule[] = [
  { step: 'unit_to_county', after: null, limitMs: 1 * HOUR, from: 'general', receiver: 'county' },
  { step: 'county_to_city', after: 'unit_to_county', limitMs: 2 * HOUR, from: 'general', receiver: 'city' },
  { step: 'city_to_province', after: 'county_to_city', limitMs: 2 * HOUR, from: 'larger', receiver: 'province' },
  { step: 'province_to_state', after: 'city_to_province', limitMs: 2 * HOUR, from: 'major', receiver: 'state' },
];

/** Art. 13's casualty window in days. */
export function casualtyWindowDays(type: IncidentType): number {
  return type === 'road_traffic' || type === 'fire' ? 7 : 30;
}

export function casualtyWindowEndsAt(occurredAt: string, type: IncidentType): string {
  return new Date(new Date(occurredAt).getTime() + casualtyWindowDays(type) * DAY).toISOString();
}

export type StepState =
  /** Not needed for this grade. */
  | 'not_required'
  /** The step before it is not done yet, so its clock has not started. */
  | 'waiting'
  | 'pending'
  | 'overdue'
  | 'done'
  | 'done_late';

export interface StepStatus {
  readonly step: ReportStep;
  readonly state: StepState;
  /** Null while waiting or not required. */
  readonly dueAt: string | null;
  readonly doneAt: string | null;
  readonly receiver: StepRule['receiver'];
}

const GRADE_ORDER: readonly IncidentGrade[] = ['general', 'larger', 'major', 'especially_major'];
const requiredFor = (rule: StepRule, grade: IncidentGrade) => GRADE_ORDER.indexOf(grade) >= GRADE_ORDER.indexOf(rule.from);

/** Every step of an incident with its due time and state at `now`: the countdown the pages show. */
export function stepStatuses(incident: Pick<Incident, 'facts' | 'grade' | 'steps'>, now: Date): StepStatus[] {
  const doneAt = new Map(incident.steps.map((done) => [done.step, done.doneAt]));
  return STEP_RULES.map((rule) => {
    const done = doneAt.get(rule.step) ?? null;
    const startedAt = rule.after === null ? incident.facts.occurredAt : (doneAt.get(rule.after) ?? null);
    const dueAt = startedAt === null ? null : new Date(new Date(startedAt).getTime() + rule.limitMs).toISOString();
    const base = { step: rule.step, dueAt, doneAt: done, receiver: rule.receiver };
    if (done !== null) return { ...base, state: dueAt !== null && done > dueAt ? 'done_late' : 'done' };
    if (!requiredFor(rule, incident.grade)) return { ...base, dueAt: null, state: 'not_required' };
    if (dueAt === null) return { ...base, state: 'waiting' };
    return { ...base, state: now.toISOString() > dueAt ? 'overdue' : 'pending' };
  });
}

/** The next open deadline (earliest pending or overdue step), or null when nothing is running. */
export function nextDeadline(statuses: readonly StepStatus[]): StepStatus | null {
  return statuses.filter((status) => status.state === 'pending' || status.state === 'overdue').sort((a, b) => ((a.dueAt ?? '') < (b.dueAt ?? '') ? -1 : 1))[0] ?? null;
}
