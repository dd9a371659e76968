import type { CalendarDate } from '../shared/calendar-date.js';
import type { CalendarDay } from './working-calendar.js';

/** A district's own entry: a local exception, or a day of next year's list before the data package knows it. */
export interface DistrictCalendarDay extends CalendarDay {
  readonly districtCode: string;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

export interface CalendarStore {
  /** The national days (State Council list, seeded from the chinese-days package), oldest first. */
  listNational(): Promise<CalendarDay[]>;
  /** Writes national days, replacing those of the same dates (the data package is the authority). */
  putNational(days: readonly CalendarDay[]): Promise<void>;
  /** The district's own entries, oldest first; every district's when `districtCode` is absent. */
  listDistrict(districtCode?: string): Promise<DistrictCalendarDay[]>;
  /** Writes the district's entries, replacing those of the same dates. */
  putDistrict(days: readonly DistrictCalendarDay[]): Promise<void>;
  /** Removes the district's entries for these dates (they fall back to the national calendar). */
  removeDistrict(districtCode: string, dates: readonly CalendarDate[]): Promise<void>;
}
