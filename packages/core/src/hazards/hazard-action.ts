import type { Actor } from '../accounts/actor.js';
import type { Stores, WriteServices } from '../deps.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { DismissReason, Hazard, HazardEvent, RectificationPlan } from './hazard.js';
import type { HazardAction } from './hazard-status.js';
import type { ReviewFinding } from '../evidence/evidence-policy.js';

/** The body of `POST /hazards/{id}/actions`, one shape per action. */
export type HazardActionInput =
  | { readonly action: 'assign'; readonly deadline?: CalendarDate | undefined; readonly assigneeId?: string | undefined; readonly plan?: Partial<RectificationPlan> | undefined; readonly note?: string | undefined }
  | { readonly action: 'dismiss'; readonly reason: DismissReason; readonly duplicateOf?: string | undefined; readonly note?: string | undefined }
  | { readonly action: 'submit'; readonly photoIds: readonly string[]; readonly note?: string | undefined }
  | { readonly action: 'extend'; readonly deadline: CalendarDate; readonly note: string }
  | { readonly action: 'reassign'; readonly assigneeId: string; readonly note?: string | undefined }
  | { readonly action: 'close'; readonly photoIds?: readonly string[] | undefined; readonly note?: string | undefined }
  | { readonly action: 'return'; readonly note: string; readonly deadline?: CalendarDate | undefined }
  | { readonly action: 'review'; readonly photoIds: readonly string[]; readonly finding: ReviewFinding; readonly note?: string | undefined };

export type HazardActionOf<A extends HazardAction> = Extract<HazardActionInput, { action: A }>;

/** What an action step hands back: the changed hazard and what its event records. */
export interface HazardActionOutcome {
  readonly hazard: Hazard;
  readonly photoIds?: readonly string[];
  readonly details?: HazardEvent['details'];
}

/** Everything a step may consult; it runs inside the action's transaction. */
export interface HazardActionContext {
  readonly deps: WriteServices;
  readonly stores: Stores;
  readonly actor: Actor;
  readonly now: string;
  readonly today: CalendarDate;
}

/** One action's rule: checks its input against the hazard and returns the next hazard. */
export type HazardActionStep<A extends HazardAction> = (
  context: HazardActionContext,
  hazard: Hazard,
  input: HazardActionOf<A>,
) => Promise<HazardActionOutcome>;
