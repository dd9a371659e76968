import { IncidentDetailResponse, IncidentResponse } from '@safegrid/contracts';
import { checkIncidentDeadlines } from '@safegrid/core';
import { describeEachDialect } from '@safegrid/storage/testing';
import { Type } from 'typebox';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

const HOUR = 60 * 60_000;

describeEachDialect('incident routes', (dialect) => {
  let server: TestServer;
  let district: string;
  let hutang: string;
  let luoyang: string;
  const send = (method: 'POST' | 'GET', url: string, token: string, payload?: unknown, language = 'zh-CN') =>
    server.app.inject({ method, url, payload: payload as object | undefined, headers: { authorization: `Bearer ${token}`, 'accept-language': language } });
  const body = () => ({
    unitName: '常州某建材有限公司', townCode: '320412100', occurredAt: new Date(server.clock.now().getTime() - 15 * 60_000).toISOString(),
    place: '湖塘镇某路1号', location: { lng: 119.91, lat: 31.71, crs: 'wgs84' }, type: 'collapse', course: '车间顶棚坍塌',
    deaths: 3, seriousInjuries: 0, minorInjuries: 2, missing: 0, directLossYuan: 3_000_000, measures: '封控现场', reporterName: '王值班',
  });

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    ({ token: district } = await server.login('district'));
    ({ token: hutang } = await server.login('town'));
    ({ token: luoyang } = await server.login('town', { regionCode: '320412103' }));
  });
  afterAll(async () => server.close());

  it('records a 较大 accident, runs its countdown, records 迟报 once, and lists it for the duty officer', async () => {
    const created = expectResponse<IncidentResponse>(await send('POST', '/api/v1/incidents', hutang, body()), 201, IncidentResponse);
    expect(created).toMatchObject({ grade: 'larger', townName: '湖塘镇', urgency: 'open', next: { step: 'county_to_city' }, gradeByCriterion: { deaths: 'larger', seriousInjuries: 'general' } });
    expectProblem(await send('GET', `/api/v1/incidents/${created.id}`, luoyang), 404, 'incident.not_found');
    expect((await send('GET', '/api/v1/incidents/duty', luoyang)).json()).toEqual([]);

    server.clock.advance(2 * HOUR + 60_000);
    await checkIncidentDeadlines(server.deps, '320412');
    await checkIncidentDeadlines(server.deps, '320412');
    const duty = expectResponse<IncidentResponse[]>(await send('GET', '/api/v1/incidents/duty', district), 200, Type.Array(IncidentResponse));
    expect(duty.map((item) => [item.id, item.urgency])).toEqual([[created.id, 'late']]);
    expect(duty[0]?.lateReports).toEqual([expect.objectContaining({ step: 'county_to_city', doneAt: null })]);

    const stepped = expectResponse<IncidentDetailResponse>(await send('POST', `/api/v1/incidents/${created.id}/steps`, district, { step: 'county_to_city' }), 200, IncidentDetailResponse);
    expect(stepped.incident.steps.find((step) => step.step === 'county_to_city')).toMatchObject({ state: 'done_late' });
    expect(stepped.versions.map((version) => version.kind)).toEqual(['first_report', 'late_recorded', 'step_reported']);
    const followed = expectResponse<IncidentDetailResponse>(await send('POST', `/api/v1/incidents/${created.id}/follow-ups`, hutang, { changes: { deaths: 10 }, note: '伤员经抢救无效死亡' }), 200, IncidentDetailResponse);
    expect(followed.incident).toMatchObject({ grade: 'major', version: 4 });
    expect(followed.versions[0]?.facts.deaths).toBe(3);
    expectProblem(await send('POST', `/api/v1/incidents/${created.id}/close`, district, { note: '核报' }), 422, 'incident.steps_open');
  });

  it('refuses bad input naming the fields, in Chinese and English, and lets no grid worker record', async () => {
    const bad = await send('POST', '/api/v1/incidents', district, { ...body(), townCode: undefined, deaths: -1 }, 'en');
    expectProblem(bad, 400, 'request.invalid', ['/deaths']);
    const noTown = expectProblem(await send('POST', '/api/v1/incidents', district, { ...body(), townCode: undefined }), 422, 'request.invalid', ['/townCode']);
    expect(JSON.stringify(noTown)).toContain('镇（街道）');
    const { token: worker } = await server.login('grid_worker');
    expectProblem(await send('POST', '/api/v1/incidents', worker, body()), 403, 'auth.forbidden');
    expectProblem(await send('GET', '/api/v1/incidents', worker), 403, 'auth.forbidden');
  });
});
