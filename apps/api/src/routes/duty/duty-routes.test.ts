import { HandoverResponse, OnDutyResponse, RosterMonthResponse } from '@safegrid/contracts';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

describeEachDialect('duty roster routes', (dialect) => {
  let server: TestServer;
  let district: string;
  let hutang: string;
  let luoyang: string;
  const send = (method: 'POST' | 'GET' | 'DELETE', url: string, token: string, payload?: unknown) =>
    server.app.inject({ method, url, payload: payload as object | undefined, headers: { authorization: `Bearer ${token}` } });
  const shift = (regionCode: string, date: string, kind: string) => ({ regionCode, date, kind, leader: { name: '李镇长', phone: '13800000001' }, officer: { name: '王值班', phone: '13800000002' } });

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    ({ token: district } = await server.login('district'));
    ({ token: hutang } = await server.login('town'));
    ({ token: luoyang } = await server.login('town', { regionCode: '320412103' }));
  });
  afterAll(async () => server.close());

  it('plans a town’s holiday roster, copies the week, shows who is on duty now and the gaps of the next 7 days', async () => {
    // The test clock stands at 2026-03-02 10:00 in Shanghai, a Monday.
    expect((await send('POST', '/api/v1/duty/shifts', hutang, shift('320412100', '2026-03-02', 'full_day'))).json()).toEqual({ written: 1 });
    await send('POST', '/api/v1/duty/shifts', hutang, shift('320412100', '2026-03-07', 'day'));
    expectProblem(await send('POST', '/api/v1/duty/shifts', luoyang, shift('320412100', '2026-03-03', 'day')), 403, 'duty.manage_refused');
    expectProblem(await send('POST', '/api/v1/duty/shifts', hutang, shift('320412100', '2026-03-02', 'night')), 409, 'duty.shift_overlaps');
    expectProblem(await send('POST', '/api/v1/duty/shifts', hutang, { ...shift('320412100', '2026-03-03', 'day'), officer: { name: ' ' } }), 422, 'request.invalid', ['/officer/name']);
    expect((await send('POST', '/api/v1/duty/shifts/copy-week', hutang, { regionCode: '320412100', fromDate: '2026-03-02', toDate: '2026-03-09' })).json()).toEqual({ written: 2 });

    const month = expectResponse<RosterMonthResponse>(await send('GET', '/api/v1/duty/roster?regionCode=320412100&month=2026-03', district), 200, RosterMonthResponse);
    expect(month).toMatchObject({ regionName: '湖塘镇', canPlan: true });
    expect(month.shifts.map((item) => `${item.date}/${item.kind}`)).toEqual(['2026-03-02/full_day', '2026-03-07/day', '2026-03-09/full_day', '2026-03-14/day']);
    expect(month.restDays.slice(0, 2)).toEqual(['2026-03-01', '2026-03-07']);
    expect(month.gaps.find((gap) => gap.date === '2026-03-07')).toEqual({ date: '2026-03-07', kind: 'half_covered', shiftKind: 'night' });

    const now = expectResponse<OnDutyResponse>(await send('GET', '/api/v1/duty/now', hutang), 200, OnDutyResponse);
    expect(now.map((entry) => [entry.regionName, entry.shift?.officer.name ?? null])).toEqual([['武进区', null], ['湖塘镇', '王值班']]);
    const shiftId = now[1]?.shift?.id ?? '';
    await send('POST', `/api/v1/duty/shifts/${shiftId}/swap`, hutang, { role: 'officer', person: { name: '赵值班', phone: '13800000003' }, reason: '王值班参加培训' });
    const swapped = expectResponse<OnDutyResponse>(await send('GET', '/api/v1/duty/now', hutang), 200, OnDutyResponse);
    expect(swapped[1]?.shift).toMatchObject({ officer: { name: '赵值班' }, swaps: [{ reason: '王值班参加培训', from: '王值班', to: '赵值班' }] });
  });

  it('writes a handover and takes one acknowledgement', async () => {
    const written = expectResponse<HandoverResponse>(await send('POST', '/api/v1/duty/handovers', hutang, { regionCode: '320412100', notes: '夜间注意工地' }), 201, HandoverResponse);
    const acknowledged = expectResponse<HandoverResponse>(await send('POST', `/api/v1/duty/handovers/${written.id}/acknowledge`, hutang), 200, HandoverResponse);
    expect(acknowledged.acknowledgedAt).not.toBeNull();
    expectProblem(await send('POST', `/api/v1/duty/handovers/${written.id}/acknowledge`, hutang), 409, 'duty.handover_acknowledged');
  });
});
