import { describe, expect, it } from 'vitest';
import { buildWorkingCalendar, defaultDeadline, DEFAULT_HAZARD_TIME_POLICY } from '@safegrid/core';
import { nationalCalendarDays, statutoryDaysOff } from './national-holidays.js';

// Real days: 国务院办公厅关于2026年部分节假日安排的通知 as shipped by chinese-days 1.5.7, and for 2027
// (not yet in the package) the days the law fixes (全国年节及纪念日放假办法, 2024 revision).
const calendar = buildWorkingCalendar(nationalCalendarDays(2027));

describe('national working calendar (chinese-days + statutory days)', () => {
  it('2026 春节: 2-15 to 2-23 off, Saturdays 2-14 and 2-28 worked (调休)', () => {
    for (let day = 15; day <= 23; day += 1) expect(calendar.isWorkingDay(`2026-02-${day}`), `2026-02-${day}`).toBe(false);
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-28')).toBe(true);
    expect(calendar.dayOf('2026-02-14')?.name).toBe('春节调休上班');
    // Friday 2-13 + 1 working day is the worked Saturday; + 2 jumps the whole holiday to Tuesday 2-24.
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(calendar.addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-28')).toBe(6);
  });

  it('2026 国庆: 10-1 to 10-7 off, Sunday 9-20 and Saturday 10-10 worked', () => {
    for (let day = 1; day <= 7; day += 1) expect(calendar.isWorkingDay(`2026-10-0${day}`)).toBe(false);
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(calendar.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(calendar.workingDayOnOrAfter('2026-10-03')).toBe('2026-10-08');
    // A general electrical hazard (7 working days) assigned on Thursday 9-24: 中秋 Friday 9-25 and the
    // weekend do not count; 9-28, 9-29, 9-30, 10-8, 10-9, Saturday 10-10 (调休) and Monday 10-12 do.
    expect(defaultDeadline(DEFAULT_HAZARD_TIME_POLICY, { level: 'general', category: 'electrical' }, '2026-09-24', calendar)).toBe('2026-10-12');
  });

  it('issue 11: ten working days from Monday 2026-12-07 is 2026-12-21', () => {
    expect(calendar.addWorkingDays('2026-12-07', 10)).toBe('2026-12-21');
  });

  it('2027, before its notice is out: the statutory 春节 (除夕 2-5 to 初三 2-8) and 国庆 (10-1 to 10-3) are off', () => {
    expect(statutoryDaysOff(2027).filter((day) => day.name.startsWith('春节')).map((day) => day.date)).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
    expect(calendar.isWorkingDay('2027-02-05')).toBe(false);
    expect(calendar.isWorkingDay('2027-02-08')).toBe(false);
    expect(calendar.addWorkingDays('2027-02-04', 1)).toBe('2027-02-09');
    expect(calendar.isWorkingDay('2027-10-01')).toBe(false);
    expect(calendar.addWorkingDays('2027-09-30', 1)).toBe('2027-10-04');
    expect(calendar.isWorkingDay('2027-01-01')).toBe(false);
  });

  it('checks the statutory rule against a year the package knows: every 2026 statutory day is off in the notice', () => {
    const notice2026 = buildWorkingCalendar(nationalCalendarDays(2026));
    for (const day of statutoryDaysOff(2026)) expect(notice2026.isWorkingDay(day.date), day.date).toBe(false);
  });
});
