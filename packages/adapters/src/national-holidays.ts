import { createRequire } from 'node:module';
import { addDays, type CalendarDay } from '@safegrid/core';

interface ChineseDaysData {
  /** date → "English,中文,days" for each day off of a statutory holiday. */
  readonly holidays: Readonly<Record<string, string>>;
  /** date → the same, for each weekend day worked in exchange (调休上班). */
  readonly workdays: Readonly<Record<string, string>>;
}

interface ChineseDaysLunar {
  getSolarDateFromLunar(lunarDate: string): { date: string };
  getSolarTermDate(year: number, month: number, term: 'pure_brightness'): string;
}

const require = createRequire(import.meta.url);

/**
 * The national days off and 调休 working days of the State Council's yearly 部分节假日安排 notices, as
 * the chinese-days package (vtj-dev/chinese-days, MIT) ships them (2004–2026 in 1.5.7), and, for the
 * years after its last one up to `throughYear`, the statutory days alone (see `statutoryDaysOff`).
 */
export function nationalCalendarDays(throughYear: number): CalendarDay[] {
  const data = require('chinese-days/dist/chinese-days.json') as ChineseDaysData;
  const chineseName = (value: string) => value.split(',')[1] ?? value;
  const days: CalendarDay[] = [
    ...Object.entries(data.holidays).map(([date, value]) => ({ date, working: false, name: chineseName(value) })),
    ...Object.entries(data.workdays).map(([date, value]) => ({ date, working: true, name: `${chineseName(value)}调休上班` })),
  ];
  const lastKnownYear = Math.max(...days.map((day) => Number(day.date.slice(0, 4))));
  for (let year = lastKnownYear + 1; year <= throughYear; year += 1) days.push(...statutoryDaysOff(year));
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The days off the law itself fixes for `year` (《全国年节及纪念日放假办法》 art. 2, as revised by State
 * Council decree 795 of 2024, in force 2025-01-01): 元旦 1 day; 春节 4 (除夕 and 正月初一 to 初三);
 * 清明 1 (the 清明 solar term); 劳动节 2 (May 1–2); 端午 1 (五月初五); 中秋 1 (八月十五); 国庆 3
 * (October 1–3). These are certain before the year's 部分节假日安排 notice is out; the notice adds
 * the bridging days and the 调休 working weekends, which the district office enters (web, CLI
 * `safegrid calendar import`) when it is published. Lunar dates and the solar term come from chinese-days.
 */
export function statutoryDaysOff(year: number): CalendarDay[] {
  const lunar = require('chinese-days') as ChineseDaysLunar;
  const fromLunar = (monthDay: string) => lunar.getSolarDateFromLunar(`${year}-${monthDay}`).date;
  const springFestival = fromLunar('01-01');
  const day = (date: string, name: string): CalendarDay => ({ date, working: false, name: `${name}（法定）` });
  return [
    day(`${year}-01-01`, '元旦'),
    day(addDays(springFestival, -1), '春节'),
    day(springFestival, '春节'),
    day(addDays(springFestival, 1), '春节'),
    day(addDays(springFestival, 2), '春节'),
    day(lunar.getSolarTermDate(year, 4, 'pure_brightness'), '清明'),
    day(`${year}-05-01`, '劳动节'),
    day(`${year}-05-02`, '劳动节'),
    day(fromLunar('05-05'), '端午'),
    day(fromLunar('08-15'), '中秋'),
    day(`${year}-10-01`, '国庆节'),
    day(`${year}-10-02`, '国庆节'),
    day(`${year}-10-03`, '国庆节'),
  ];
}
