import { systemActor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps, Stores } from '../deps.js';
import type { Hazard, HazardEvent } from '../hazards/hazard.js';
import { recordHazardEvent } from '../hazards/record-hazard-event.js';
import { isCalendarDate, type CalendarDate } from '../shared/calendar-date.js';
import { invalidInput } from '../shared/domain-error.js';
import { dueNoticeSteps, type DueNoticeStep } from './notice-steps.js';

export interface RunEscalationInput {
  readonly districtCode: string;
  /** Today in Asia/Shanghai. */
  readonly today: CalendarDate;
  /** Candidates read per page. */
  readonly pageSize?: number;
}

export interface EscalationOutcome {
  readonly candidates: number;
  /** Steps written by this run (0 on a rerun the same day). */
  readonly written: number;
}

const DEFAULT_PAGE_SIZE = 200;

/**
 * Automatic 督办 of one district on `today`: for every hazard under rectification whose deadline is
 * near or past, writes each step it owes (催办 reminder, overdue notice, escalation) as a timeline
 * event, once per hazard and deadline. Safe to run any number of times, by several workers at once:
 * each step is claimed in `hazard_notice_steps` in the same transaction as its event, and a claim
 * that is already there writes nothing. Each page of candidates is one transaction in which every
 * hazard is read again, so one closed or extended since the page was read owes only what its new
 * state owes.
 */
export async function runEscalation(deps: CoreDeps, input: RunEscalationInput): Promise<EscalationOutcome> {
  if (!isCalendarDate(input.today)) throw invalidInput([{ path: '/today', code: 'format' }]);
  const { districtCode, today } = input;
  const calendar = deps.workingCalendars.forDistrict(districtCode);
  const deadlineTo = calendar.addWorkingDays(today, deps.hazardTimePolicy.remindWorkingDays);
  const limit = input.pageSize ?? DEFAULT_PAGE_SIZE;
  let afterId: string | undefined;
  let candidates = 0;
  let written = 0;
  for (;;) {
    const page = await deps.hazardNotices.listCandidates({ districtCode, deadlineTo, afterId, limit });
    candidates += page.length;
    // One transaction per page, not per hazard: on SQLite every commit waits for the disk and holds
    // the one connection the API reads through too.
    written += await deps.inTransaction(async (stores) => {
      let count = 0;
      for (const hazard of page) count += await takeDueSteps(stores, deps, hazard, today);
      return count;
    });
    if (page.length < limit) break;
    afterId = page[page.length - 1]?.id;
  }
  return { candidates, written };
}

async function takeDueSteps(stores: Stores, deps: CoreDeps, candidate: Hazard, today: CalendarDate): Promise<number> {
  const actor = systemActor(candidate.districtCode);
  const calendar = deps.workingCalendars.forDistrict(candidate.districtCode);
  const hazard = await stores.hazards.findById(candidate.id, scopeFilterOf(actor));
  if (!hazard) return 0;
  const at = deps.clock.now().toISOString();
  let written = 0;
  for (const due of dueNoticeSteps(deps.hazardTimePolicy, calendar, hazard, today)) {
    const claimed = await stores.hazardNotices.markTaken({ districtCode: hazard.districtCode, hazardId: hazard.id, step: due.step, deadline: due.deadline, takenAt: at });
    if (!claimed) continue;
    await recordHazardEvent(stores, deps, noticeEvent(deps, hazard, due, at));
    written += 1;
  }
  return written;
}

function noticeEvent(deps: Pick<CoreDeps, 'ids'>, hazard: Hazard, due: DueNoticeStep, at: string): HazardEvent {
  const actor = systemActor(hazard.districtCode);
  return {
    id: deps.ids.newId(),
    hazardId: hazard.id,
    districtCode: hazard.districtCode,
    action: due.action,
    fromStatus: hazard.status,
    toStatus: hazard.status,
    actorId: actor.userId,
    actorName: actor.displayName,
    actorRole: 'system',
    at,
    note: null,
    photoIds: [],
    details: due.details,
  };
}
