import type { CalendarStore } from './calendar-store.js';
import { buildWorkingCalendar, type CalendarDay, type WorkingCalendar } from './working-calendar.js';

/**
 * Every district's working calendar, held in memory so deadline rules stay synchronous and never
 * read the database inside a transaction (ADR 0063). The data is small (some thirty national days a
 * year plus a district's exceptions), so a refresh reloads it whole.
 */
export interface WorkingCalendars {
  /** The district's calendar as of the last refresh (weekdays only before the first). */
  forDistrict(districtCode: string): WorkingCalendar;
  /** Reloads every calendar from the store: at start, after an edit, and on a timer for edits of other processes. */
  refresh(store: Pick<CalendarStore, 'listNational' | 'listDistrict'>): Promise<void>;
}

export function createWorkingCalendars(): WorkingCalendars {
  let national: readonly CalendarDay[] = [];
  let local = new Map<string, CalendarDay[]>();
  let built = new Map<string, WorkingCalendar>();
  return {
    forDistrict(districtCode) {
      let calendar = built.get(districtCode);
      if (!calendar) {
        calendar = buildWorkingCalendar(national, local.get(districtCode) ?? []);
        built.set(districtCode, calendar);
      }
      return calendar;
    },
    async refresh(store) {
      const [nationalDays, districtDays] = await Promise.all([store.listNational(), store.listDistrict()]);
      const byDistrict = new Map<string, CalendarDay[]>();
      for (const day of districtDays) {
        const list = byDistrict.get(day.districtCode) ?? [];
        list.push({ date: day.date, working: day.working, name: day.name });
        byDistrict.set(day.districtCode, list);
      }
      // Swap all at once: a reader never sees half of a refresh.
      national = nationalDays;
      local = byDistrict;
      built = new Map();
    },
  };
}
