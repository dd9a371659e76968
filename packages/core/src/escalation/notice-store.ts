import type { CalendarDate } from '../shared/calendar-date.js';
import type { Hazard } from '../hazards/hazard.js';
import type { NoticeStep } from './notice-steps.js';

export interface NoticeCandidateQuery {
  readonly districtCode: string;
  /** Deadlines on or before this date (today plus the reminder window): the only ones that may owe a step. */
  readonly deadlineTo: CalendarDate;
  /** Keyset: ids after this one, ascending. */
  readonly afterId?: string | undefined;
  readonly limit: number;
}

export interface TakenNoticeStep {
  readonly districtCode: string;
  readonly hazardId: string;
  readonly step: NoticeStep;
  readonly deadline: CalendarDate;
  readonly takenAt: string;
}

/** "Sent once" for automatic 督办: which step was taken for which hazard and deadline. */
export interface HazardNoticeStore {
  /**
   * Hazards under rectification of the district whose deadline is on or before `deadlineTo` and
   * that have not yet had the last step for their current deadline: the candidates of one run,
   * read by deadline range (an index), never by scanning every hazard.
   */
  listCandidates(query: NoticeCandidateQuery): Promise<Hazard[]>;
  /** Records the step; false when it was already taken (a rerun, or another worker first). */
  markTaken(step: TakenNoticeStep): Promise<boolean>;
  /** The steps taken for a hazard, oldest first. */
  listTaken(hazardId: string, districtCode: string): Promise<TakenNoticeStep[]>;
}
