import {
  addDays,
  defaultDeadline,
  type CalendarDate,
  type DismissReason,
  type HazardAction,
  type HazardCategory,
  type HazardLevel,
  type HazardSource,
  type HazardTimePolicy,
  type RectificationPlan,
  type User,
} from '@safegrid/core';
import { DEMO_CALENDAR } from './demo-calendar.js';
import { DAY_MS, HOUR_MS, inOfficeHours, shanghaiDay } from './demo-timeframe.js';
import type { Random } from './random.js';

/** One step of a hazard's history before it becomes an event: who did what, when. */
export interface LifecycleStep {
  readonly action: 'report' | HazardAction;
  readonly at: number;
  readonly actor: User;
  readonly note: string | null;
  readonly details: Readonly<Record<string, unknown>>;
  /** The 五到位 plan a major hazard is assigned with (kept on the hazard, not in the event). */
  readonly plan?: RectificationPlan;
}

export interface LifecycleInput {
  readonly random: Random;
  readonly reportedMs: number;
  readonly nowMs: number;
  readonly policy: HazardTimePolicy;
  readonly level: HazardLevel;
  readonly category: HazardCategory;
  readonly source: HazardSource;
  readonly reporter: User;
  /** The town office: assigns, extends, reviews general hazards. */
  readonly supervisor: User;
  /** The district office: reviews (closes or returns) major hazards. */
  readonly districtUser: User;
  /** Who may rectify, preferred first: the unit's 安全专员 and/or the grid's workers. */
  readonly rectifiers: readonly User[];
  /** Set for a repeated report: it is dismissed as a duplicate of this hazard. */
  readonly duplicateOf: string | null;
  readonly planFor: (deadline: CalendarDate) => RectificationPlan;
}

// Share of reports dismissed as untrue, by source: tips from the public are checked most often.
const NOT_TRUE_SHARE: Readonly<Record<HazardSource, number>> = {
  public: 0.18, patrol: 0.02, inspection: 0.01, campaign: 0.015, self_check: 0.005,
};
const MIN_GAP_MS = 60_000;
const RETURN_SHARE = 0.08;
const REASSIGN_SHARE = 0.03;
const EXTENSION_SHARE = 0.45;

const NOTES = {
  assign: ['请于整改期限内完成整改并上传整改照片', '请落实整改责任，按期整改到位', '责令限期整改'],
  assignMajor: ['已制定治理方案，落实"五到位"，挂牌督办', '重大事故隐患，按治理方案限期整改，挂牌督办'],
  submit: ['已按要求完成整改，请复查', '整改完毕，附整改后照片', '已整改到位，申请复查销号'],
  extend: ['需采购防爆设备，申请延期', '整改涉及土建施工，工期较长，申请延期', '等待燃气公司上门更换管道，申请延期', '设备供应商交货延迟，申请延期'],
  reassign: ['改由企业安全专员负责整改', '网格调整，改派整改责任人', '改由属地网格员跟踪整改'],
  close: ['复查合格，予以销号', '现场复查整改到位，同意销号'],
  closeMajor: ['经专家验收合格，同意销号', '治理方案落实到位，验收合格，予以销号'],
  return: ['复查发现整改不到位，退回重新整改', '整改照片与现场不符，退回重新整改', '部分问题未整改，退回'],
  notTrue: ['经现场核实，反映情况不属实', '现场核查未发现所反映问题'],
  duplicate: ['与已登记隐患重复'],
} as const;

/** The instant a Shanghai calendar day ends (the next day's 00:00 at UTC+8). */
function endOfDeadlineDay(deadline: CalendarDate): number {
  // Parsed by hand: this runs for every step of a million hazards in benchmarks.
  const year = Number(deadline.slice(0, 4));
  const month = Number(deadline.slice(5, 7));
  const day = Number(deadline.slice(8, 10));
  return Date.UTC(year, month - 1, day + 1) - 8 * HOUR_MS;
}

/** A lifecycle being played: the steps so far and the rectification's current terms. */
interface Run {
  readonly input: LifecycleInput;
  readonly steps: LifecycleStep[];
  last: number;
  deadline: CalendarDate;
  assignee: User;
  extensions: number;
}

/** The time of the next step: at least a minute after the last one, moved into office hours. */
function nextAt(run: Run, ms: number): number {
  return Math.max(run.last + MIN_GAP_MS, inOfficeHours(Math.floor(ms), run.input.random.int(0, 150 * 60_000)));
}

/** Records a step; a step after `now` has not happened yet, which ends the simulation (false). */
function record(run: Run, step: LifecycleStep): boolean {
  if (step.at > run.input.nowMs) return false;
  run.steps.push(step);
  run.last = step.at;
  return true;
}

/**
 * Plays a hazard's life forward from its report, as the lifecycle allows (report → assign → submit
 * → close, with dismiss, extend, reassign and return), and stops at `now`: recent hazards are
 * still open, some are overdue, old ones are mostly closed. Times strictly increase.
 */
export function simulateLifecycle(input: LifecycleInput): LifecycleStep[] {
  const { random } = input;
  const run: Run = {
    input, steps: [{ action: 'report', at: input.reportedMs, actor: input.reporter, note: null, details: {} }],
    last: input.reportedMs, deadline: '', assignee: input.rectifiers[0] as User, extensions: 0,
  };
  const dismissReason: DismissReason | null = input.duplicateOf ? 'duplicate' : random.chance(NOT_TRUE_SHARE[input.source]) ? 'not_true' : null;
  if (dismissReason) {
    record(run, {
      action: 'dismiss', at: nextAt(run, run.last + random.float(1, 48) * HOUR_MS), actor: input.supervisor,
      note: random.pick(dismissReason === 'duplicate' ? NOTES.duplicate : NOTES.notTrue),
      details: { reason: dismissReason, duplicateOf: input.duplicateOf },
    });
  } else if (assign(run)) {
    rectify(run);
  }
  return run.steps;
}

function assign(run: Run): boolean {
  const { input } = run;
  const { random } = input;
  const isMajor = input.level === 'major';
  // A major hazard waits for its 五到位 plan before it is assigned (reference §3.4).
  const delayHours = (random.chance(0.04) ? random.exponential(240) : random.float(0.5, 36)) + (isMajor ? random.float(48, 240) : 0);
  const assignAt = nextAt(run, run.last + delayHours * HOUR_MS);
  run.deadline = defaultDeadline(input.policy, input, shanghaiDay(assignAt), DEMO_CALENDAR);
  const step: LifecycleStep = {
    action: 'assign', at: assignAt, actor: input.supervisor, note: random.pick(isMajor ? NOTES.assignMajor : NOTES.assign),
    details: { deadline: run.deadline, assigneeId: run.assignee.id },
  };
  return record(run, isMajor ? { ...step, plan: input.planFor(run.deadline) } : step);
}

/** Rounds of rectification and review until the hazard is closed or `now` is reached. */
function rectify(run: Run): void {
  const { input } = run;
  const { random } = input;
  const reviewer = input.level === 'major' ? input.districtUser : input.supervisor;
  for (let round = 0; ; round += 1) {
    const deadlineEnd = endOfDeadlineDay(run.deadline);
    const roll = random.next();
    // Most finish before the deadline; some late, a few very late (the overdue ones at `now`).
    const submitTarget = roll < 0.8
      ? random.float(run.last + 2 * HOUR_MS, Math.max(run.last + 3 * HOUR_MS, deadlineEnd - 2 * HOUR_MS))
      : deadlineEnd + random.exponential(roll < 0.97 ? 12 : 90) * DAY_MS;
    if (!maybeReassign(run, submitTarget) || !extendWhileLate(run, submitTarget)) return;
    if (!record(run, { action: 'submit', at: nextAt(run, submitTarget), actor: run.assignee, note: random.pick(NOTES.submit), details: {} })) return;
    const reviewAt = nextAt(run, run.last + random.float(4, 120) * HOUR_MS);
    if (round < 2 && random.chance(RETURN_SHARE)) {
      const deadline = defaultDeadline(input.policy, input, shanghaiDay(reviewAt), DEMO_CALENDAR);
      if (!record(run, { action: 'return', at: reviewAt, actor: reviewer, note: random.pick(NOTES.return), details: { deadline } })) return;
      run.deadline = deadline;
      continue;
    }
    const note = random.pick(input.level === 'major' ? NOTES.closeMajor : NOTES.close);
    record(run, { action: 'close', at: reviewAt, actor: reviewer, note, details: {} });
    return;
  }
}

/** Now and then the town hands the work to the other rectifier (安全专员 ↔ grid worker). */
function maybeReassign(run: Run, submitTarget: number): boolean {
  const { input } = run;
  const other = input.rectifiers.find((user) => user.id !== run.assignee.id);
  if (!other || !input.random.chance(REASSIGN_SHARE)) return true;
  const at = nextAt(run, run.last + (submitTarget - run.last) * input.random.float(0.1, 0.4));
  const details = { previousAssigneeId: run.assignee.id, assigneeId: other.id };
  if (!record(run, { action: 'reassign', at, actor: input.supervisor, note: input.random.pick(NOTES.reassign), details })) return false;
  run.assignee = other;
  return true;
}

/** A rectifier who will be late often asks for an extension before the deadline, within the policy's limit. */
function extendWhileLate(run: Run, submitTarget: number): boolean {
  const { input } = run;
  const { random } = input;
  let deadlineEnd = endOfDeadlineDay(run.deadline);
  while (submitTarget > deadlineEnd && run.extensions < input.policy.maxExtensions && random.chance(EXTENSION_SHARE)) {
    const at = nextAt(run, Math.max(run.last + HOUR_MS, deadlineEnd - random.float(1, 3) * DAY_MS));
    // An extension is asked for before the deadline has passed.
    if (at >= deadlineEnd) return true;
    const deadline = addDays(run.deadline, random.int(7, 30));
    const details = { previousDeadline: run.deadline, deadline };
    if (!record(run, { action: 'extend', at, actor: input.supervisor, note: random.pick(NOTES.extend), details })) return false;
    run.deadline = deadline;
    deadlineEnd = endOfDeadlineDay(deadline);
    run.extensions += 1;
  }
  return true;
}
