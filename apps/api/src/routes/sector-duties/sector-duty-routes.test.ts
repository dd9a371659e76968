import { HazardPage, HazardResponse, OverviewResponse, SectorDutiesResponse, SectorDutyResponse } from '@safegrid/contracts';
import { describeEachDialect } from '@safegrid/storage/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

const HUTANG_POINT = { lng: 119.91, lat: 31.71, crs: 'wgs84' };
const report = (sector: string, title: string) => ({
  source: 'patrol', level: 'general', category: 'occupancy', sector, title, description: '出租屋内违规住人', location: HUTANG_POINT,
});

describeEachDialect('三管三必须: lead and co-responsible departments (ADR 0085)', (dialect) => {
  let server: TestServer;
  let office: string;
  let town: string;
  let housing: string;
  let emergency: string;
  const send = (method: 'GET' | 'PUT' | 'POST', url: string, token: string, payload?: object) =>
    server.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
  const listIds = async (token: string) => (expectResponse<HazardPage>(await send('GET', '/api/v1/hazards?limit=100', token), 200, HazardPage)).items.map((item) => item.id);
  const total = async (token: string) => expectResponse<OverviewResponse>(await send('GET', '/api/v1/stats/overview', token), 200, OverviewResponse).total;

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    ({ token: office } = await server.login('district'));
    ({ token: town } = await server.login('town'));
    // 住建: leads construction, gas and self-built houses (and 群租房 since ADR 0096); co-responsible for the fire sector (九小场所) by default.
    ({ token: housing } = await server.login('department', { sectors: ['construction', 'town_gas', 'self_built_house'] }));
    ({ token: emergency } = await server.login('department', { sectors: ['industry_trade', 'hazardous_chemicals'] }));
  });
  afterAll(async () => server.close());

  it('lists every sector with the default lead and co-responsible departments', async () => {
    const table = expectResponse<SectorDutiesResponse>(await send('GET', '/api/v1/sector-duties', housing), 200, SectorDutiesResponse);
    expect(table.items).toHaveLength(13);
    expect(table.items.find((duty) => duty.sector === 'group_rental')).toEqual({ sector: 'group_rental', lead: 'housing', coDepartments: ['public_security', 'fire'] });
    expect(table.items.find((duty) => duty.sector === 'fire')).toEqual({ sector: 'fire', lead: 'fire', coDepartments: ['housing', 'public_security'] });
    expect(table.items.find((duty) => duty.sector === 'construction')).toEqual({ sector: 'construction', lead: 'housing', coDepartments: [] });
  });

  it('lets a co-responsible department see and follow the sector’s hazards, and not once the district office removes it', async () => {
    const rental = expectResponse<HazardResponse>(await send('POST', '/api/v1/hazards', town, report('fire', '群租房违规住人')), 201, HazardResponse);
    const beforeHousing = await total(housing);
    expect(await listIds(housing)).toContain(rental.id);
    expect((await send('GET', `/api/v1/hazards/${rental.id}`, housing)).statusCode).toBe(200);
    // 应急 is neither lead nor co-responsible for the fire sector: the same 404 as a missing id.
    expect(await listIds(emergency)).not.toContain(rental.id);
    expectProblem(await send('GET', `/api/v1/hazards/${rental.id}`, emergency), 404, 'hazard.not_found');
    const beforeEmergency = await total(emergency);

    const changed = expectResponse<SectorDutyResponse>(await send('PUT', '/api/v1/sector-duties/fire', office, { lead: 'fire', coDepartments: ['emergency'] }), 200, SectorDutyResponse);
    expect(changed).toEqual({ sector: 'fire', lead: 'fire', coDepartments: ['emergency'] });
    expect(await listIds(housing)).not.toContain(rental.id);
    expectProblem(await send('GET', `/api/v1/hazards/${rental.id}`, housing), 404, 'hazard.not_found');
    expect(await total(housing)).toBe(beforeHousing - 1);
    expect(await listIds(emergency)).toContain(rental.id);
    expect(await total(emergency)).toBe(beforeEmergency + 1);
    // The co-responsible department follows the hazard: it may urge it.
    expect((await send('POST', `/api/v1/hazards/${rental.id}/urge`, emergency, { note: '请协同督促整改' })).statusCode).toBe(201);

    // Making 住建 the lead of the fire sector widens its view again.
    expectResponse(await send('PUT', '/api/v1/sector-duties/fire', office, { lead: 'housing', coDepartments: ['fire', 'public_security'] }), 200, SectorDutyResponse);
    expect(await listIds(housing)).toContain(rental.id);
    expect(await listIds(emergency)).not.toContain(rental.id);
  });

  it('refuses others and bad input with nothing changed, and writes each change to the audit trail', async () => {
    const before = expectResponse<SectorDutiesResponse>(await send('GET', '/api/v1/sector-duties', office), 200, SectorDutiesResponse);
    expectProblem(await send('PUT', '/api/v1/sector-duties/commerce', town, { lead: 'commerce', coDepartments: [] }), 403, 'sector_duty.manage_refused');
    expectProblem(await send('PUT', '/api/v1/sector-duties/commerce', housing, { lead: 'commerce', coDepartments: [] }), 403, 'auth.forbidden');
    expectProblem(await send('PUT', '/api/v1/sector-duties/commerce', office, { lead: 'police', coDepartments: [] }), 400, 'request.invalid', ['/lead']);
    expectProblem(await send('PUT', '/api/v1/sector-duties/nowhere', office, { lead: 'commerce', coDepartments: [] }), 400, 'request.invalid', ['/params/sector']);
    expectProblem(await send('PUT', '/api/v1/sector-duties/commerce', office, { lead: 'commerce', coDepartments: ['fire', 'commerce'] }), 422, 'request.invalid', ['/coDepartments/1']);
    expect(expectResponse<SectorDutiesResponse>(await send('GET', '/api/v1/sector-duties', office), 200, SectorDutiesResponse)).toEqual(before);

    const { rows } = await sql<{ count: number | string }>`select count(*) as count from audit_log where source_table = 'sector_duties'`.execute(server.database.db);
    expect(Number(rows[0]?.count)).toBe(2);
    const verified = await server.deps.audit.verify('320412');
    expect(verified.ok).toBe(true);
  });
});
