import type { Stores } from '../deps.js';
import { publicReportRateLimited } from './public-report-errors.js';
import type { PublicReportSettings } from './public-report.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/**
 * Counts one submission per client address (hourly window) and per mobile number (daily window,
 * when one is given) and refuses above the limits. Keys are hashed, so the table holds no address
 * or number in clear. Counted in the database, so the limits hold across API processes.
 */
export async function countPublicSubmission(
  stores: Pick<Stores, 'publicReports'>,
  input: { now: Date; settings: PublicReportSettings; addressKey: string; phoneKey: string | null },
): Promise<void> {
  const { now, settings } = input;
  const checks = [
    { by: 'address' as const, key: `address:${input.addressKey}`, window: HOUR, limit: settings.reportsPerHourPerAddress },
    ...(input.phoneKey ? [{ by: 'phone' as const, key: `phone:${input.phoneKey}`, window: DAY, limit: settings.reportsPerDayPerPhone }] : []),
  ];
  for (const check of checks) {
    const start = Math.floor(now.getTime() / check.window) * check.window;
    const count = await stores.publicReports.countAttempt(check.key, new Date(start).toISOString(), new Date(now.getTime() - 2 * DAY).toISOString());
    if (count > check.limit) throw publicReportRateLimited(check.by, Math.max(1, Math.ceil((start + check.window - now.getTime()) / 1000)));
  }
}
