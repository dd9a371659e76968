import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every date the platform shows is in Asia/Shanghai, whatever the device's zone. */
export const ZONE = 'Asia/Shanghai';

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).tz(ZONE).format('YYYY-MM-DD HH:mm') : '—';
}

/** A calendar date as stored (`YYYY-MM-DD`, already Shanghai). */
export function formatDate(date: string | null | undefined): string {
  return date ?? '—';
}

/** Today's calendar date in Shanghai. */
export function todayInShanghai(now: Date = new Date()): string {
  return dayjs(now).tz(ZONE).format('YYYY-MM-DD');
}

/** The instant a Shanghai calendar date begins, as ISO UTC (for `reportedFrom`/`reportedTo` filters). */
export function startOfShanghaiDay(date: string): string {
  return dayjs.tz(date, ZONE).toISOString();
}

export function shanghaiDateOf(iso: string): string {
  return dayjs(iso).tz(ZONE).format('YYYY-MM-DD');
}

export { dayjs };
