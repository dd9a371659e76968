import type { HazardResponse, OverviewResponse } from '@safegrid/contracts';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';

const HUTANG_POINT = { lng: 119.91, lat: 31.71, crs: 'wgs84' };
const LUOYANG_POINT = { lng: 119.93, lat: 31.71, crs: 'wgs84' };
const report = (location: object, title: string) => ({ source: 'patrol', level: 'general', category: 'fire_lane', title, description: '', sector: 'fire', location });

// The overview is cached per scope and Shanghai day (ADR 0111): these check that the cache never
// answers with numbers a write, the calendar or another scope has made wrong. No sleeps: each write
// has committed and announced itself before its response, so the very next request must see it.
describeEachDialect('GET /stats/overview (cached per scope)', (dialect) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await buildTestServer({ dialect });
  });
  afterEach(async () => server.close());

  const post = (url: string, token: string, payload: object) =>
    server.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${token}` } });
  const overview = async (token: string) => {
    const response = await server.app.inject({ method: 'GET', url: '/api/v1/stats/overview', headers: { authorization: `Bearer ${token}` } });
    expect(response.statusCode).toBe(200);
    return response.json() as OverviewResponse;
  };

  it(`a report and an action change the next overview [${dialect}]`, async () => {
    const district = await server.login('district');
    const town = await server.login('town');
    const worker = await server.login('grid_worker');
    expect((await overview(district.token)).total).toBe(0);
    expect((await overview(district.token)).total).toBe(0); // now answered from the cache

    const created = await post('/api/v1/hazards', worker.token, report(HUTANG_POINT, '消防车道被占用'));
    expect(created.statusCode).toBe(201);
    const afterReport = await overview(district.token);
    expect(afterReport.total).toBe(1);
    expect(afterReport.byStatus.reported).toBe(1);

    const { id } = created.json() as HazardResponse;
    expect((await post(`/api/v1/hazards/${id}/actions`, town.token, { action: 'assign', deadline: '2026-03-05', assigneeId: worker.user.id })).statusCode).toBe(200);
    const afterAssign = await overview(district.token);
    expect(afterAssign.byStatus).toMatchObject({ reported: 0, assigned: 1 });
    expect(afterAssign.overdue).toBe(0);
  });

  it(`two scopes never share an entry [${dialect}]`, async () => {
    const hutang = await server.login('town');
    const luoyang = await server.login('town', { regionCode: '320412103' });
    const fire = await server.login('department', { sectors: ['fire'] });
    const schools = await server.login('department', { sectors: ['education'] });
    const reported = await post('/api/v1/hazards', hutang.token, report(HUTANG_POINT, '湖塘的隐患'));
    expect(reported.statusCode).toBe(201);

    // Each twice: the second answer comes from the cache and must still be the scope's own.
    for (let round = 0; round < 2; round += 1) {
      expect((await overview(hutang.token)).total).toBe(1);
      expect((await overview(luoyang.token)).total).toBe(0);
      expect((await overview(fire.token)).total).toBe(1);
      expect((await overview(schools.token)).total).toBe(0);
    }
    expect((await post('/api/v1/hazards', luoyang.token, report(LUOYANG_POINT, '洛阳的隐患'))).statusCode).toBe(201);
    expect((await overview(hutang.token)).total).toBe(1);
    expect((await overview(luoyang.token)).total).toBe(1);
    expect((await overview(fire.token)).total).toBe(2);
  });

  it(`counts an assigned hazard overdue from the first request after midnight in Shanghai [${dialect}]`, async () => {
    const town = await server.login('town');
    const worker = await server.login('grid_worker');
    const { id } = (await post('/api/v1/hazards', worker.token, report(HUTANG_POINT, '过期的隐患'))).json() as HazardResponse;
    expect((await post(`/api/v1/hazards/${id}/actions`, town.token, { action: 'assign', deadline: '2026-03-05', assigneeId: worker.user.id })).statusCode).toBe(200);

    server.clock.set('2026-03-05T15:59:59Z'); // 23:59:59 on the deadline day in Shanghai
    const district = await server.login('district'); // a session of that evening
    expect((await overview(district.token)).overdue).toBe(0);
    expect((await overview(district.token)).overdue).toBe(0);
    server.clock.set('2026-03-05T16:00:00Z'); // 00:00 on the 6th in Shanghai, no write in between
    expect((await overview(district.token)).overdue).toBe(1);
  });
});
