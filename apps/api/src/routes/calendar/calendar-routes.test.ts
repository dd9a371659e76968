import { CalendarDaysResponse, SetCalendarDaysResponse, HazardEventResponse, HazardResponse, HazardSupervisionResponse, SupervisionPage, SupervisionResponse } from '@safegrid/contracts';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

const HUTANG_POINT = { lng: 119.91, lat: 31.71, crs: 'wgs84' };
const LUOYANG_POINT = { lng: 119.93, lat: 31.71, crs: 'wgs84' };
const majorReport = (location = HUTANG_POINT) => ({
  source: 'inspection', level: 'major', category: 'dust_explosion', sector: 'industry_trade', title: '除尘系统未设泄爆装置', description: '3号车间铝粉除尘器', location,
});

describeEachDialect('calendar, 催办 and 挂牌督办 routes', (dialect) => {
  let server: TestServer;
  let office: string;
  let town: string;
  let department: string;
  const send = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, token: string, payload?: object) =>
    server.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    ({ token: office } = await server.login('district'));
    ({ token: town } = await server.login('town'));
    ({ token: department } = await server.login('department', { sectors: ['industry_trade'] }));
  });
  afterAll(async () => server.close());

  it('lets the district office enter next year’s days and shows them in the month view; others may only read', async () => {
    const days = [
      { date: '2027-02-05', working: false, name: '春节' },
      { date: '2027-02-20', working: true, name: '春节调休上班' },
    ];
    expectResponse(await send('PUT', '/api/v1/calendar/days', office, { days }), 200, SetCalendarDaysResponse);
    const month = expectResponse<CalendarDaysResponse>(await send('GET', '/api/v1/calendar/days?from=2027-02-01&to=2027-02-28', town), 200, CalendarDaysResponse);
    expect(month.items).toHaveLength(28);
    expect(month.items.find((day) => day.date === '2027-02-05')).toEqual({ date: '2027-02-05', working: false, name: '春节', source: 'district' });
    expect(month.items.find((day) => day.date === '2027-02-20')).toEqual({ date: '2027-02-20', working: true, name: '春节调休上班', source: 'district' });
    expect(month.items.find((day) => day.date === '2027-02-06')).toEqual({ date: '2027-02-06', working: false, name: null, source: 'weekday' });
    // The in-memory calendar follows at once: a deadline on 2-5 moves to Monday 2-8.
    expect(server.deps.workingCalendars.forDistrict('320412').workingDayOnOrAfter('2027-02-05')).toBe('2027-02-08');
    expectResponse(await send('PUT', '/api/v1/calendar/days', office, { days: [{ date: '2027-02-20', working: null }] }), 200, SetCalendarDaysResponse);
    expect(server.deps.workingCalendars.forDistrict('320412').isWorkingDay('2027-02-20')).toBe(false);

    expectProblem(await send('PUT', '/api/v1/calendar/days', town, { days }), 403, 'calendar.manage_refused');
    expectProblem(await send('PUT', '/api/v1/calendar/days', department, { days }), 403, 'auth.forbidden');
    expectProblem(await send('PUT', '/api/v1/calendar/days', office, { days: [{ date: '2027-02-30', working: false }] }), 400, 'request.invalid', ['/days/0/date']);
    expectProblem(await send('GET', '/api/v1/calendar/days?from=2027-01-01&to=2028-06-01', town), 422, 'request.invalid', ['/to']);
  });

  it('urges with a note (department), lists for 挂牌督办, shows the town its own, and delists only after closing', async () => {
    const hazard = expectResponse<HazardResponse>(await send('POST', '/api/v1/hazards', town, majorReport()), 201, HazardResponse);
    const elsewhere = expectResponse<HazardResponse>(await send('POST', '/api/v1/hazards', office, majorReport(LUOYANG_POINT)), 201, HazardResponse);

    const urged = expectResponse<HazardEventResponse>(await send('POST', `/api/v1/hazards/${hazard.id}/urge`, department, { note: '请尽快制定治理方案' }), 201, HazardEventResponse);
    expect(urged).toMatchObject({ action: 'urge', note: '请尽快制定治理方案', fromStatus: 'reported', toStatus: 'reported' });
    expectProblem(await send('POST', `/api/v1/hazards/${hazard.id}/urge`, town, { note: '催' }), 403, 'hazard.urge_refused');
    expectProblem(await send('POST', `/api/v1/hazards/${hazard.id}/urge`, office, { note: '' }), 400, 'request.invalid', ['/note']);

    const listing = { supervisingDepartment: '区应急管理局', requiredBy: '2026-05-29' };
    const listed = expectResponse<SupervisionResponse>(await send('PUT', `/api/v1/hazards/${hazard.id}/supervision`, office, listing), 201, SupervisionResponse);
    expect(listed).toMatchObject({ hazardId: hazard.id, ...listing, delistedAt: null });
    expectResponse(await send('PUT', `/api/v1/hazards/${elsewhere.id}/supervision`, office, listing), 201, SupervisionResponse);
    expectProblem(await send('PUT', `/api/v1/hazards/${hazard.id}/supervision`, office, listing), 409, 'supervision.already_listed');
    expectProblem(await send('PUT', `/api/v1/hazards/${hazard.id}/supervision`, town, listing), 403, 'supervision.refused');
    expectProblem(await send('PUT', `/api/v1/hazards/${hazard.id}/supervision`, office, { supervisingDepartment: '区应急管理局', requiredBy: '2026-13-01' }), 400, 'request.invalid', ['/requiredBy']);

    const detail = expectResponse<HazardSupervisionResponse>(await send('GET', `/api/v1/hazards/${hazard.id}/supervision`, town), 200, HazardSupervisionResponse);
    expect(detail.supervision?.supervisingDepartment).toBe('区应急管理局');
    const districtList = expectResponse<SupervisionPage>(await send('GET', '/api/v1/supervisions?active=true', office), 200, SupervisionPage);
    expect(districtList.items.map((item) => item.hazard.id).sort()).toEqual([hazard.id, elsewhere.id].sort());
    const townList = expectResponse<SupervisionPage>(await send('GET', '/api/v1/supervisions', town), 200, SupervisionPage);
    expect(townList.items.map((item) => item.hazard.id)).toEqual([hazard.id]);

    expectProblem(await send('DELETE', `/api/v1/hazards/${hazard.id}/supervision`, office), 409, 'supervision.not_closed');
    const events = (await send('GET', `/api/v1/hazards/${hazard.id}/events`, town)).json() as HazardEventResponse[] | { items: HazardEventResponse[] };
    const actions = (Array.isArray(events) ? events : events.items).map((event) => event.action);
    expect(actions).toEqual(['report', 'urge', 'supervise']);
  });
});
