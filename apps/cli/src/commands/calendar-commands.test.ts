import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '@safegrid/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutput } from '../output.js';
import { calendarImportCommand, calendarListCommand, calendarSetCommand, escalateCommand, parseCalendarLines } from './calendar-commands.js';
import { demoCommand } from './seed-demo.js';

describe('calendar and escalate commands on a real SQLite file', () => {
  let dataDir: string;
  let config: Config;
  const output = createOutput({ json: true, interactive: false });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'safegrid-cli-calendar-test-'));
    config = loadConfig({ SAFEGRID_DATA_DIR: dataDir });
    // Enough hazards that some are under rectification with a deadline, whatever the generator's mix.
    await demoCommand(config, output, { units: 60, hazards: 200, seed: 5 });
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('lists the national 2026 days seeded from chinese-days', async () => {
    const days = await calendarListCommand(config, output, { year: '2026' });
    expect(days.find((day) => day.date === '2026-02-15')).toEqual({ date: '2026-02-15', working: false, name: '春节', source: 'national' });
    expect(days.find((day) => day.date === '2026-10-10')).toEqual({ date: '2026-10-10', working: true, name: '国庆节调休上班', source: 'national' });
  });

  it('imports days from a file, sets and clears one, all or nothing', async () => {
    const file = join(dataDir, '2027.csv');
    writeFileSync(file, '# 2027 春节 (example file)\n2027-02-09,off,春节\n2027-02-20,work,春节调休上班\n');
    expect(await calendarImportCommand(config, output, { file })).toBe(2);
    await calendarSetCommand(config, output, { date: '2027-03-01', state: 'off', name: '本区停工' });
    await calendarSetCommand(config, output, { date: '2027-02-20', state: 'default' });
    const days = await calendarListCommand(config, output, { year: '2027' });
    expect(days.filter((day) => day.source === 'district').map((day) => [day.date, day.working, day.name])).toEqual([['2027-02-09', false, '春节'], ['2027-03-01', false, '本区停工']]);
    expect(days.find((day) => day.date === '2027-02-05')).toMatchObject({ working: false, source: 'national' });
    writeFileSync(file, '2027-04-01,off\n2027-04-31,off\n');
    await expect(calendarImportCommand(config, output, { file })).rejects.toThrow(/line 2/);
    expect(() => parseCalendarLines('2027-04-01,holiday')).toThrow(/work, off, default/);
  });

  it('runs automatic 督办 at a chosen date, once', async () => {
    const first = await escalateCommand(config, output, { date: '2027-06-01' });
    const again = await escalateCommand(config, output, { date: '2027-06-01' });
    expect(first.written).toBeGreaterThan(0);
    expect(again).toEqual({ candidates: 0, written: 0 });
    await expect(escalateCommand(config, output, { date: '2027-6-1' })).rejects.toThrow(/--date/);
  });
});
