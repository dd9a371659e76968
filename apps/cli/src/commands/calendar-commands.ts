import { readFile } from 'node:fs/promises';
import { isCalendarDate, listCalendarDays, runEscalation, setCalendarDays, shanghaiDate, systemActor, type CalendarDayChange, type CalendarDayView, type EscalationOutcome } from '@safegrid/core';
import { openPlatform, type Config, type Platform } from '@safegrid/platform';
import { UsageError, type Output } from '../output.js';

const STATES = { work: true, off: false, default: null } as const;
type DayState = keyof typeof STATES;

async function withDistrict<T>(config: Config, district: string | undefined, work: (platform: Platform, districtCode: string) => Promise<T>): Promise<T> {
  const platform = await openPlatform(config);
  try {
    const all = await platform.deps.regions.listDistrictCodes();
    const districtCode = district ?? all[0];
    if (!districtCode || !all.includes(districtCode)) throw new UsageError(district ? `unknown --district ${district}` : 'the database has no district yet');
    return await work(platform, districtCode);
  } finally {
    await platform.close();
  }
}

function parseState(raw: string | undefined, where: string): boolean | null {
  if (raw === undefined || !(raw in STATES)) throw new UsageError(`${where}: the day must be one of work, off, default`);
  return STATES[raw as DayState];
}

/** `safegrid calendar list [--year Y] [--district D]`: the year's holidays and 调休 working days, with their source. */
export async function calendarListCommand(config: Config, output: Output, options: { year?: string | undefined; district?: string | undefined }): Promise<CalendarDayView[]> {
  const year = options.year ?? shanghaiDate(new Date()).slice(0, 4);
  if (!/^\d{4}$/.test(year)) throw new UsageError('--year must be a year such as 2027');
  return withDistrict(config, options.district, async (platform, districtCode) => {
    const days = await listCalendarDays(platform.deps, systemActor(districtCode), { from: `${year}-01-01`, to: `${year}-12-31` });
    const named = days.filter((day) => day.source !== 'weekday');
    for (const day of named) output.info(`${day.date}  ${day.working ? '上班' : '休息'}  ${day.source.padEnd(8)} ${day.name ?? ''}`);
    if (named.length === 0) output.info(`no holidays or 调休 days known for ${year}: enter them with \`safegrid calendar import\``);
    output.result({ days: named });
    return named;
  });
}

/** `safegrid calendar set DATE work|off|default [--name N] [--district D]`: one day of the district's own calendar. */
export async function calendarSetCommand(config: Config, output: Output, options: { date?: string | undefined; state?: string | undefined; name?: string | undefined; district?: string | undefined }): Promise<void> {
  if (!options.date || !isCalendarDate(options.date)) throw new UsageError('calendar set needs a date YYYY-MM-DD');
  const working = parseState(options.state, 'calendar set');
  await withDistrict(config, options.district, async (platform, districtCode) => {
    await setCalendarDays(platform.deps, systemActor(districtCode), [{ date: options.date as string, working, name: options.name }]);
    output.info(`${options.date}: ${working === null ? 'back to the national calendar' : working ? '上班 (working day)' : '休息 (day off)'}`);
  });
}

/**
 * Reads `date,work|off[,name]` lines (UTF-8; blank lines and lines starting with # are skipped), e.g.
 * next year's 部分节假日安排 as published, so deadlines count it before the data package has it.
 */
export function parseCalendarLines(text: string): CalendarDayChange[] {
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#')).map((line, index) => {
    const [date = '', state, ...name] = line.split(',').map((part) => part.trim());
    if (!isCalendarDate(date)) throw new UsageError(`line ${index + 1}: "${date}" is not a date YYYY-MM-DD`);
    return { date, working: parseState(state, `line ${index + 1}`), name: name.join(',') || undefined };
  });
}

/** `safegrid calendar import FILE [--district D]`: sets every day of the file, all or nothing. */
export async function calendarImportCommand(config: Config, output: Output, options: { file?: string | undefined; district?: string | undefined }): Promise<number> {
  if (!options.file) throw new UsageError('calendar import needs a file of date,work|off,name lines');
  const changes = parseCalendarLines(await readFile(options.file, 'utf8'));
  if (changes.length === 0) throw new UsageError(`${options.file} has no days`);
  return withDistrict(config, options.district, async (platform, districtCode) => {
    const changed = await setCalendarDays(platform.deps, systemActor(districtCode), changes);
    output.info(`imported ${changed} day(s) into the calendar of ${districtCode}`);
    output.result({ changed });
    return changed;
  });
}

/**
 * `safegrid escalate [--date D] [--district D]`: runs automatic 督办 now as of the Shanghai date D
 * (default today), e.g. to catch up after an outage or in tests on a chosen day. Idempotent, like the job.
 */
export async function escalateCommand(config: Config, output: Output, options: { date?: string | undefined; district?: string | undefined }): Promise<EscalationOutcome> {
  const today = options.date ?? shanghaiDate(new Date());
  if (!isCalendarDate(today)) throw new UsageError('--date must be YYYY-MM-DD');
  return withDistrict(config, options.district, async (platform, districtCode) => {
    const outcome = await runEscalation(platform.deps, { districtCode, today });
    output.info(`${districtCode} on ${today}: ${outcome.candidates} candidate(s), ${outcome.written} step(s) written`);
    output.result(outcome);
    return outcome;
  });
}
