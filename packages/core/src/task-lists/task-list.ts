import { addDays, type CalendarDate } from '../shared/calendar-date.js';
import { DEPARTMENTS, type Department } from '../units/unit-catalog.js';

/**
 * 清单管理 (对标对表, ADR 0077): a plan of the district (e.g. 安全生产治本攻坚三年行动 2024—2026) as
 * actions and tasks; each task has a lead office and co-responsible ones, a deadline and optional
 * yearly milestones, and a measurable target. Lead offices report progress monthly; the status of
 * every task (按期推进 / 滞后 / 已完成) follows from its deadline and its reports.
 */
export type OfficeRef = { readonly kind: 'town'; readonly code: string } | { readonly kind: 'department'; readonly code: Department };

export interface TaskPlan {
  readonly id: string;
  readonly districtCode: string;
  readonly name: string;
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate;
  readonly createdBy: string;
  readonly createdAt: string;
}

export interface PlanTask {
  readonly id: string;
  readonly districtCode: string;
  readonly planId: string;
  /** The action (行动) the task belongs to, e.g. 重大事故隐患动态清零行动. */
  readonly action: string;
  readonly title: string;
  readonly lead: OfficeRef;
  readonly coResponsible: readonly OfficeRef[];
  /** Reports are due monthly from this date. */
  readonly startsOn: CalendarDate;
  readonly deadline: CalendarDate;
  readonly milestones: readonly { readonly year: number; readonly target: string }[];
  readonly target: { readonly description: string; readonly value: number | null; readonly unit: string; readonly metric?: TargetMetric | null };
  readonly completedAt: string | null;
  readonly createdAt: string;
}

export interface TaskReport {
  readonly id: string;
  readonly districtCode: string;
  readonly taskId: string;
  /** The month reported on, `YYYY-MM`. */
  readonly period: string;
  readonly text: string;
  readonly figure: number | null;
  readonly evidencePhotoIds: readonly string[];
  readonly completes: boolean;
  readonly reportedBy: string;
  readonly reportedByName: string;
  readonly reportedAt: string;
}

/**
 * A live figure of the platform a target may be linked to, counted over the hazards of the task's
 * lead office (its town, or its department's sectors) as the dashboard counts them:
 * rectification_rate 隐患整改率 in % (closed ÷ all but dismissed), overdue 逾期未整改隐患数,
 * major_open 重大隐患未销号数.
 */
export const TARGET_METRICS = ['rectification_rate', 'overdue', 'major_open'] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

export const TASK_STATUSES = ['on_track', 'behind', 'done'] as const;
/** on_track 按期推进, behind 滞后, done 已完成. */
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** A month's report is due by this day of the next month. */
export const REPORT_DUE_DAY = 5;

const monthOf = (date: CalendarDate) => date.slice(0, 7);
const nextMonth = (month: string) => addDays(`${month}-28`, 7).slice(0, 7);

/** The months whose report is due by `today` and missing: from the task's first month to the last month whose due day passed. */
export function missingReports(task: Pick<PlanTask, 'startsOn' | 'deadline'>, reports: readonly Pick<TaskReport, 'period'>[], today: CalendarDate): string[] {
  const reported = new Set(reports.map((report) => report.period));
  const missing: string[] = [];
  const last = monthOf(task.deadline);
  for (let month = monthOf(task.startsOn); month <= last; month = nextMonth(month)) {
    const dueOn = `${nextMonth(month)}-${String(REPORT_DUE_DAY).padStart(2, '0')}`;
    if (today <= dueOn) break;
    if (!reported.has(month)) missing.push(month);
  }
  return missing;
}

/** The one status rule: done once a report completes it; behind past its deadline or with a report missing; on track otherwise. */
export function taskStatus(task: Pick<PlanTask, 'startsOn' | 'deadline' | 'completedAt'>, reports: readonly Pick<TaskReport, 'period'>[], today: CalendarDate): TaskStatus {
  if (task.completedAt !== null) return 'done';
  if (today > task.deadline || missingReports(task, reports, today).length > 0) return 'behind';
  return 'on_track';
}

export function officeKey(office: OfficeRef): string {
  return `${office.kind}:${office.code}`;
}

export function isOffice(value: { kind: string; code: string }): value is OfficeRef {
  return (value.kind === 'town' && /^\d{9}$/.test(value.code)) || (value.kind === 'department' && (DEPARTMENTS as readonly string[]).includes(value.code));
}
