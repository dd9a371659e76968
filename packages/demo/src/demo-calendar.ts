import { buildWorkingCalendar, type WorkingCalendar } from '@safegrid/core';

/**
 * The calendar generated deadlines are counted on: weekdays only. Demo data is synthetic and the
 * generator has no database to read the national holidays from; a deadline it puts on a holiday
 * stays there, as existing deadlines keep their dates (ADR 0063).
 */
export const DEMO_CALENDAR: WorkingCalendar = buildWorkingCalendar([]);
