import { HOUR_MS, shanghaiHourAndWeekday, shanghaiMonth } from './demo-timeframe.js';

/**
 * When hazards are reported: an intensity over the history window, by hour. Reports follow office
 * hours and weekdays, rise during campaign months and grow as the platform is adopted. Hazard j of
 * n is placed at the quantile (j + u) / n, so report times increase with j and any hazard's time
 * can be computed alone.
 */
export interface HazardTimeline {
  /** The report instant for quantile q in [0, 1). */
  at(quantile: number): number;
  /** True in a campaign month (专项整治 or 安全生产月), when more reports come from campaigns. */
  isCampaignMonth(ms: number): boolean;
}

// Office-hours profile of reports by Shanghai hour.
const HOUR_WEIGHTS = [0, 0, 0, 0, 0, 0, 0.05, 0.3, 1.2, 2, 2, 1.6, 0.6, 1, 1.9, 2, 1.7, 1.1, 0.4, 0.2, 0.15, 0.1, 0.05, 0];
// By weekday as Date.getUTCDay numbers them: 0 Sunday … 6 Saturday.
const WEEKDAY_WEIGHTS = [0.3, 1, 1, 1, 1, 0.95, 0.4];
/**
 * By month: 安全生产月 (June), the autumn 百日攻坚 campaign (September–November), the checks before the
 * Spring Festival (January) and the quiet of the festival itself (February).
 */
const MONTH_WEIGHTS = [0, 1.25, 0.6, 1.1, 1.05, 1, 1.7, 0.95, 0.9, 1.35, 1.4, 1.35, 1];
const CAMPAIGN_MONTHS = new Set([1, 6, 9, 10, 11]);

export function createHazardTimeline(startMs: number, endMs: number): HazardTimeline {
  const hours = Math.max(1, Math.floor((endMs - startMs) / HOUR_MS));
  const cumulative = new Float64Array(hours);
  let total = 0;
  for (let hour = 0; hour < hours; hour += 1) {
    const ms = startMs + hour * HOUR_MS;
    const clock = shanghaiHourAndWeekday(ms);
    const adoption = 0.7 + 0.5 * (hour / hours);
    total += (HOUR_WEIGHTS[clock.hour] ?? 0) * (WEEKDAY_WEIGHTS[clock.weekday] ?? 1) * (MONTH_WEIGHTS[shanghaiMonth(ms)] ?? 1) * adoption;
    cumulative[hour] = total;
  }
  return {
    at(quantile) {
      const target = quantile * total;
      let low = 0;
      let high = hours - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((cumulative[middle] as number) > target) high = middle;
        else low = middle + 1;
      }
      const before = low === 0 ? 0 : (cumulative[low - 1] as number);
      const width = (cumulative[low] as number) - before;
      const fraction = width > 0 ? (target - before) / width : 0;
      return Math.min(endMs - 1, Math.floor(startMs + (low + fraction) * HOUR_MS));
    },
    isCampaignMonth: (ms) => CAMPAIGN_MONTHS.has(shanghaiMonth(ms)),
  };
}
