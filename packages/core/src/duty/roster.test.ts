import { describe, expect, it } from 'vitest';
import { createInMemoryDeps, HUTANG, LUOYANG, TEST_DISTRICT } from '../testing/in-memory-deps.js';
import { planRoster } from './plan-roster.js';
import { acknowledgeHandover, writeHandover } from './handover-actions.js';
import { getRosterMonth, whoIsOnDutyNow } from './read-roster.js';
import { mondayOf, rosterGaps, shiftOnDuty, shiftWindow, type DutyShift } from './roster.js';

const person = (name: string) => ({ name, phone: '13800000000' });

describe('duty rosters: shifts, on duty now, gaps, copy a week, swaps, handovers', () => {
  it('places day, night and 24-hour shifts in Asia/Shanghai time; a night shift runs into the next morning', () => {
    expect(shiftWindow('2026-03-02', 'day')).toEqual({ startsAt: '2026-03-02T00:00:00.000Z', endsAt: '2026-03-02T10:00:00.000Z' });
    expect(shiftWindow('2026-03-02', 'night')).toEqual({ startsAt: '2026-03-02T10:00:00.000Z', endsAt: '2026-03-03T00:00:00.000Z' });
    expect(shiftWindow('2026-03-02', 'full_day')).toEqual({ startsAt: '2026-03-02T00:00:00.000Z', endsAt: '2026-03-03T00:00:00.000Z' });
    const night = { date: '2026-03-02', kind: 'night', regionCode: HUTANG } as DutyShift;
    expect(shiftOnDuty([night], new Date('2026-03-02T23:59:59Z'))).toBe(night);
    expect(shiftOnDuty([night], new Date('2026-03-03T00:00:00Z'))).toBeNull();
    expect(mondayOf('2026-03-08')).toBe('2026-03-02');
  });

  it('flags every date of the next days without both halves staffed by a leader and an officer', () => {
    const shift = (date: string, kind: DutyShift['kind'], leader = '李' ) => ({ date, kind, regionCode: HUTANG, leader: person(leader), officer: person('王') }) as DutyShift;
    const gaps = rosterGaps(HUTANG, [shift('2026-03-02', 'full_day'), shift('2026-03-03', 'day'), shift('2026-03-04', 'day'), shift('2026-03-04', 'night', ' ')], '2026-03-02', 4);
    expect(gaps).toEqual([
      { regionCode: HUTANG, date: '2026-03-03', kind: 'half_covered', shiftKind: 'night' },
      { regionCode: HUTANG, date: '2026-03-04', kind: 'no_leader', shiftKind: 'night' },
      { regionCode: HUTANG, date: '2026-03-05', kind: 'no_shift', shiftKind: null },
    ]);
  });

  it('lets a town plan its own roster only, copies a week, records swaps with reasons, and shows who is on duty', async () => {
    const deps = createInMemoryDeps();
    const district = deps.given.user('district');
    const hutang = deps.given.user('town');
    const luoyang = deps.given.user('town', { town: LUOYANG });
    deps.tables.regions.push({ code: HUTANG, districtCode: TEST_DISTRICT, parentCode: TEST_DISTRICT, level: 'town', kind: 'town', name: '湖塘镇', sortOrder: 0, center: null, boundary: null });
    const set = (actor: typeof district, regionCode: string, date: string, kind: DutyShift['kind']) =>
      planRoster(deps, actor, { action: 'set', input: { regionCode, date, kind, leader: person('李镇长'), officer: person('王值班') } });
    // The clock stands at 2026-03-02 10:00 Shanghai time, a Monday.
    await set(hutang, HUTANG, '2026-03-02', 'full_day');
    await expect(set(luoyang, HUTANG, '2026-03-03', 'day')).rejects.toMatchObject({ code: 'duty.manage_refused' });
    await expect(set(hutang, HUTANG, '2026-03-02', 'day')).rejects.toMatchObject({ code: 'duty.shift_overlaps' });
    await set(district, TEST_DISTRICT, '2026-03-02', 'day');
    expect(await planRoster(deps, hutang, { action: 'copy_week', regionCode: HUTANG, fromDate: '2026-03-04', toDate: '2026-03-11' })).toBe(1);
    expect(await planRoster(deps, hutang, { action: 'copy_week', regionCode: HUTANG, fromDate: '2026-03-04', toDate: '2026-03-11' })).toBe(0);

    const now = await whoIsOnDutyNow(deps, hutang);
    expect(now.map((entry) => [entry.regionCode, entry.shift?.kind ?? null])).toEqual([[TEST_DISTRICT, 'day'], [HUTANG, 'full_day']]);
    const shiftId = now[1]?.shift?.id ?? '';
    await expect(planRoster(deps, hutang, { action: 'swap', shiftId, role: 'officer', person: person('赵'), reason: ' ' })).rejects.toMatchObject({ fields: [{ path: '/reason', code: 'required' }] });
    await planRoster(deps, hutang, { action: 'swap', shiftId, role: 'officer', person: person('赵'), reason: '王值班生病' });

    const month = await getRosterMonth(deps, district, HUTANG, '2026-03');
    expect(month.shifts.map((shift) => [shift.date, shift.officer.name, shift.swaps.map((swap) => swap.reason)])).toEqual([['2026-03-02', '赵', ['王值班生病']], ['2026-03-09', '王值班', []]]);
    expect(month.restDays).toContain('2026-03-07');
    expect(month.gaps.map((gap) => gap.date)).toEqual(['2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08']);
    await expect(getRosterMonth(deps, luoyang, HUTANG, '2026-03')).rejects.toMatchObject({ fields: [{ path: '/regionCode', code: 'not_found' }] });
  });

  it('marks rest days from the district\'s working-day calendar: weekends, 法定节假日 and not 调休 working weekends', async () => {
    const deps = createInMemoryDeps();
    const district = deps.given.user('district');
    // Sample days for the test (not the State Council's 2026 arrangement): a Monday off, the Sunday before worked.
    await deps.inTransaction((stores) => stores.calendar.putNational([
      { date: '2026-03-09', working: false, name: '测试假日' },
      { date: '2026-03-08', working: true, name: '调休上班' },
    ]));
    const plain = await getRosterMonth(deps, district, HUTANG, '2026-03');
    expect(plain.restDays.slice(0, 4)).toEqual(['2026-03-01', '2026-03-07', '2026-03-08', '2026-03-14']);
    await deps.workingCalendars.refresh(deps.calendar);
    const month = await getRosterMonth(deps, district, HUTANG, '2026-03');
    expect(month.restDays.slice(0, 4)).toEqual(['2026-03-01', '2026-03-07', '2026-03-09', '2026-03-14']);
    expect(month.days.slice(6, 9)).toEqual([
      { date: '2026-03-07', rest: true, name: null },
      { date: '2026-03-08', rest: false, name: '调休上班' },
      { date: '2026-03-09', rest: true, name: '测试假日' },
    ]);
    expect(month.days).toHaveLength(31);
  });

  it('writes a handover with the open incidents, flags it after an hour unacknowledged, and takes one acknowledgement', async () => {
    const deps = createInMemoryDeps();
    const hutang = deps.given.user('town');
    const handover = await writeHandover(deps, hutang, { regionCode: HUTANG, warnings: '大风蓝色预警', notes: '注意工地' });
    deps.clock.advance(61 * 60_000);
    expect((await getRosterMonth(deps, hutang, HUTANG, '2026-03')).handovers).toEqual([expect.objectContaining({ id: handover.id, flagged: true, openIncidents: [] })]);
    await acknowledgeHandover(deps, hutang, handover.id);
    await expect(acknowledgeHandover(deps, hutang, handover.id)).rejects.toMatchObject({ code: 'duty.handover_acknowledged' });
    expect((await getRosterMonth(deps, hutang, HUTANG, '2026-03')).handovers[0]).toMatchObject({ flagged: false, acknowledgedByName: hutang.displayName });
  });
});
