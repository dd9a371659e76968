import type { CoreDeps } from '../deps.js';
import { addDays, isCalendarDate, type CalendarDate } from '../shared/calendar-date.js';
import { invalidInput } from '../shared/domain-error.js';
import type { OverdueFold } from './overview.js';

export interface FoldPastDeadlinesInput {
  readonly districtCode: string;
  /** Today in Asia/Shanghai: deadlines before it have passed. */
  readonly today: CalendarDate;
}

/**
 * Folds every deadline day that has passed (before `today`: the same rule as `isOverdue`) into the
 * district's overdue counts, so the overview counts overdue hazards in constant work. Idempotent:
 * a second or concurrent run finds the fold already there. A daily job runs it per district.
 */
export async function foldPastDeadlines(deps: Pick<CoreDeps, 'stats'>, input: FoldPastDeadlinesInput): Promise<OverdueFold> {
  if (!isCalendarDate(input.today)) throw invalidInput([{ path: '/today', code: 'format' }]);
  return deps.stats.foldOverdue(input.districtCode, addDays(input.today, -1));
}
