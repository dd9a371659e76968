import type { TrendResponse } from '@safegrid/contracts';

type Month = TrendResponse['months'][number];

/** 整改率 of hazards found in a month: closed ÷ found, leaving out those dismissed as untrue or duplicate. */
export function monthRate(month: Month | undefined): number | null {
  if (!month) return null;
  const rectifiable = month.found - month.foundDismissed;
  return rectifiable > 0 ? month.foundClosed / rectifiable : null;
}

/** The current month (the last of the trend). */
export function currentMonth(trend: TrendResponse | undefined): Month | undefined {
  return trend?.months[trend.months.length - 1];
}
