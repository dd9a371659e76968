import { describe, expect, it } from 'vitest';
import { addDays } from '../shared/calendar-date.js';
import { buildWorkingCalendar, overdueCutoff, type CalendarDay } from './working-calendar.js';
import { daysOverdue, defaultDeadline, DEFAULT_HAZARD_TIME_POLICY, escalationCutoffs, escalationLevel, workingDaysLeft } from '../hazards/hazard-time-policy.js';

// A small made-up holiday block (the real State Council days are tested in adapters'
// national-holidays.test.ts): Thu 2026-12-24 and Fri 12-25 off, Sat 12-26 worked in exchange.
const BLOCK: CalendarDay[] = [
  { date: '2026-12-24', working: false, name: '测试假日' },
  { date: '2026-12-25', working: false, name: '测试假日' },
  { date: '2026-12-26', working: true, name: '测试调休上班' },
];
const calendar = buildWorkingCalendar(BLOCK);

describe('working calendar', () => {
  it('counts ten working days from Monday 2026-12-07 to Monday 12-21 (issue 11), not 12-17', () => {
    const weekdays = buildWorkingCalendar([]);
    expect(weekdays.addWorkingDays('2026-12-07', 10)).toBe('2026-12-21');
    expect(weekdays.workingDaysBetween('2026-12-07', '2026-12-21')).toBe(10);
    expect(defaultDeadline({ ...DEFAULT_HAZARD_TIME_POLICY, defaultDays: { general: 10, major: 60 } }, { level: 'general', category: 'other' }, '2026-12-07', weekdays)).toBe('2026-12-21');
  });

  it('skips holidays and counts a 调休 weekend as a working day', () => {
    expect(calendar.isWorkingDay('2026-12-24')).toBe(false);
    expect(calendar.isWorkingDay('2026-12-26')).toBe(true);
    expect(calendar.isWorkingDay('2026-12-27')).toBe(false);
    expect(calendar.addWorkingDays('2026-12-23', 1)).toBe('2026-12-26');
    expect(calendar.addWorkingDays('2026-12-23', 2)).toBe('2026-12-28');
    expect(calendar.addWorkingDays('2026-12-28', -2)).toBe('2026-12-23');
    expect(calendar.nextWorkingDay('2026-12-23')).toBe('2026-12-26');
    expect(calendar.workingDayOnOrAfter('2026-12-24')).toBe('2026-12-26');
    expect(calendar.workingDayOnOrAfter('2026-12-23')).toBe('2026-12-23');
    expect(calendar.workingDaysBetween('2026-12-23', '2026-12-28')).toBe(2);
    expect(calendar.workingDaysBetween('2026-12-28', '2026-12-23')).toBe(-2);
    expect(calendar.workingDaysBetween('2026-12-23', '2026-12-23')).toBe(0);
  });

  it('lets a district entry override the national day of the same date', () => {
    const local = buildWorkingCalendar(BLOCK, [{ date: '2026-12-26', working: false, name: '本区不调休' }, { date: '2026-12-30', working: false, name: '本区停工' }]);
    expect(local.isWorkingDay('2026-12-26')).toBe(false);
    expect(local.addWorkingDays('2026-12-23', 3)).toBe('2026-12-31');
    expect(local.dayOf('2026-12-30')?.name).toBe('本区停工');
  });

  it('counts overdue and left in working days; the weekend after a Friday deadline is overdue by 0 working days', () => {
    const hazard = { status: 'assigned' as const, deadline: '2026-12-23' };
    expect(workingDaysLeft(hazard, '2026-12-21', calendar)).toBe(2);
    expect(workingDaysLeft(hazard, '2026-12-23', calendar)).toBe(0);
    expect(workingDaysLeft(hazard, '2026-12-24', calendar)).toBeNull();
    expect(daysOverdue(hazard, '2026-12-25', calendar)).toBe(0);
    expect(daysOverdue(hazard, '2026-12-26', calendar)).toBe(1);
    expect(daysOverdue(hazard, '2026-12-28', calendar)).toBe(2);
    expect(daysOverdue({ status: 'submitted', deadline: '2026-12-23' }, '2026-12-28', calendar)).toBe(0);
  });

  it('gives storage cutoff dates that agree with counting, day by day (oracle)', () => {
    const deadlines = Array.from({ length: 40 }, (_, index) => addDays('2026-12-01', index));
    for (const today of deadlines) {
      for (const days of [1, 2, 3, 8]) {
        const cutoff = overdueCutoff(calendar, today, days);
        for (const deadline of deadlines.filter((date) => date < today)) {
          expect(deadline <= cutoff, `${deadline} ≥ ${days} working days overdue on ${today}`).toBe(calendar.workingDaysBetween(deadline, today) >= days);
        }
      }
      const cutoffs = escalationCutoffs(DEFAULT_HAZARD_TIME_POLICY, calendar, today);
      for (const deadline of deadlines.filter((date) => date < today)) {
        const level = escalationLevel(DEFAULT_HAZARD_TIME_POLICY, daysOverdue({ status: 'assigned', deadline }, today, calendar));
        const byCutoff = deadline <= cutoffs.district ? 'district' : deadline <= cutoffs.department ? 'department' : deadline <= cutoffs.town ? 'town' : 'none';
        expect(byCutoff).toBe(level);
      }
    }
  });
});
