import type { CoreDeps } from '../deps.js';
import { shanghaiDate } from '../shared/calendar-date.js';
import { foldPastDeadlines } from './fold-past-deadlines.js';

/**
 * Per district, daily soon after midnight in Asia/Shanghai: the deadlines that passed move into the
 * overdue counts. Idempotent, so a retried or doubled run is harmless; a late run only costs the
 * overview a few more deadline days until it happens.
 */
export const foldPastDeadlinesJob = {
  kind: 'stats.fold-past-deadlines',
  schedule: { cron: '5 0 * * *', timeZone: 'Asia/Shanghai' },
  run: (deps: CoreDeps, payload: { readonly districtCode: string }) =>
    foldPastDeadlines(deps, { districtCode: payload.districtCode, today: shanghaiDate(deps.clock.now()) }),
} as const;
