import type { HazardResponse } from '@safegrid/contracts';

/** The five steps of a hazard's life as offices name them: 上报 → 交办 → 整改 → 复查 → 销号. */
export const HAZARD_STEPS = ['report', 'assign', 'rectify', 'review', 'close'] as const;
export type HazardStep = (typeof HAZARD_STEPS)[number];

export interface HazardStepsView {
  /** Index of the step in progress; HAZARD_STEPS.length when closed. */
  readonly current: number;
  /** How the current step stands: `error` when overdue or not accepted (不予受理). */
  readonly status: 'process' | 'finish' | 'error';
  /** When each step was last completed (ISO), from the timeline. */
  readonly doneAt: readonly (string | null)[];
  readonly dismissed: boolean;
}

interface TimelineEvent {
  readonly action: string;
  readonly at: string;
}

// Which timeline action completes which step. 复查 and 销号 are one act here (the reviewer closes).
const COMPLETES: Readonly<Record<string, readonly HazardStep[]>> = {
  report: ['report'],
  assign: ['assign'],
  submit: ['rectify'],
  close: ['review', 'close'],
  dismiss: ['assign'],
};

/** Where a hazard stands on the five steps, from its status and timeline (oldest event first). */
export function hazardStepsOf(hazard: Pick<HazardResponse, 'status' | 'isOverdue'>, events: readonly TimelineEvent[]): HazardStepsView {
  const doneAt: (string | null)[] = HAZARD_STEPS.map(() => null);
  for (const event of events) {
    // A return (复查不通过) reopens rectification: its earlier completion no longer counts.
    if (event.action === 'return') doneAt[HAZARD_STEPS.indexOf('rectify')] = null;
    for (const step of COMPLETES[event.action] ?? []) doneAt[HAZARD_STEPS.indexOf(step)] = event.at;
  }
  switch (hazard.status) {
    case 'reported':
      return { current: 1, status: 'process', doneAt, dismissed: false };
    case 'assigned':
      return { current: 2, status: hazard.isOverdue ? 'error' : 'process', doneAt, dismissed: false };
    case 'submitted':
      return { current: 3, status: 'process', doneAt, dismissed: false };
    case 'closed':
      return { current: HAZARD_STEPS.length, status: 'finish', doneAt, dismissed: false };
    case 'dismissed':
      return { current: 1, status: 'error', doneAt, dismissed: true };
  }
}
