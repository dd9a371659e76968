import { addDays, shanghaiDate, type CalendarDate } from '../shared/calendar-date.js';
import type { RiskGradingPolicy } from './risk-grading-policy.js';
import type { RiskLevel } from './risk-level.js';
import { effectiveRiskLevel, type UnitRisk } from './unit-risk.js';

export const PATROL_STATES = ['late', 'due', 'ok'] as const;
export type PatrolState = (typeof PATROL_STATES)[number];

/** When a unit is next to be visited, by its colour's patrol frequency (巡查频次). */
export interface PatrolStatus {
  readonly level: RiskLevel;
  readonly intervalDays: number;
  readonly lastVisitedOn: CalendarDate | null;
  readonly dueOn: CalendarDate;
  /** late: past due; due: within the policy's dueSoonDays; ok: later. */
  readonly state: PatrolState;
}

/**
 * The patrol due date counts from the last supervisor's visit, or from registration for a unit
 * never visited. The colour in effect (override included) chooses the interval.
 */
export function patrolStatus(
  position: { readonly unit: { readonly createdAt: string }; readonly risk: Pick<UnitRisk, 'computedLevel' | 'override' | 'lastVisitedAt'> },
  policy: RiskGradingPolicy,
  today: CalendarDate,
): PatrolStatus {
  const level = effectiveRiskLevel(position.risk, today);
  const intervalDays = policy.patrolDays[level];
  const lastVisitedOn = position.risk.lastVisitedAt ? shanghaiDate(position.risk.lastVisitedAt) : null;
  const dueOn = addDays(lastVisitedOn ?? shanghaiDate(position.unit.createdAt), intervalDays);
  const state: PatrolState = dueOn < today ? 'late' : dueOn <= addDays(today, policy.dueSoonDays) ? 'due' : 'ok';
  return { level, intervalDays, lastVisitedOn, dueOn, state };
}
