import { ListCountResponse, UnitChangeResponse, UnitPage, UnitResponse } from '@safegrid/contracts';
import { gcj02ToBd09, wgs84ToGcj02 } from '@safegrid/core';
import { databaseFingerprint, describeEachDialect } from '@safegrid/storage/testing';
import { Type } from 'typebox';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

const unit = (overrides: Record<string, unknown> = {}) => ({
  name: '常州市武进区湖塘精工机械有限公司',
  creditCode: '91350100M000100Y43',
  kind: 'enterprise',
  address: '湖塘镇长虹路88号',
  location: { lng: 119.91, lat: 31.71, crs: 'wgs84' },
  riskTags: ['dust'],
  dustKind: 'metal',
  contacts: [{ name: '王强', role: '安全负责人', phone: '13912345678' }],
  ...overrides,
});

describeEachDialect('unit routes', (dialect) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await buildTestServer({ dialect });
  });
  afterEach(async () => server.close());

  const send = (method: 'POST' | 'PATCH' | 'GET', url: string, token: string, payload?: unknown, headers: Record<string, string> = {}) =>
    server.app.inject({ method, url, payload: payload as object | undefined, headers: { authorization: `Bearer ${token}`, ...headers } });

  it('registers a unit, derives its grid and keeps a history of changes', async () => {
    const town = await server.login('town');
    const created = expectResponse<UnitResponse>(await send('POST', '/api/v1/units', town.token, unit()), 201, UnitResponse);
    expect(created).toMatchObject({ townCode: '320412100', sector: 'industry_trade', department: 'emergency', version: 1 });

    const patched = await send('PATCH', `/api/v1/units/${created.id}`, town.token, { address: '湖塘镇长虹路99号', expectedVersion: 1 });
    expect(expectResponse<UnitResponse>(patched, 200, UnitResponse)).toMatchObject({ address: '湖塘镇长虹路99号', version: 2 });
    expectProblem(await send('PATCH', `/api/v1/units/${created.id}`, town.token, { address: '又改了', expectedVersion: 1 }), 409, 'unit.changed_concurrently');

    const history = expectResponse<UnitChangeResponse[]>(await send('GET', `/api/v1/units/${created.id}/changes`, town.token), 200, Type.Array(UnitChangeResponse));
    expect(history.map((change) => change.action)).toEqual(['create', 'update']);
    expect(history[1]?.changes).toEqual([{ field: 'address', from: '湖塘镇长虹路88号', to: '湖塘镇长虹路99号' }]);
  });

  it('stores a BD-09 or GCJ-02 location as WGS-84', async () => {
    const town = await server.login('town');
    const wgs = { lng: 119.915, lat: 31.705 };
    const bd = gcj02ToBd09(wgs84ToGcj02(wgs));
    const created = (await send('POST', '/api/v1/units', town.token, unit({ creditCode: null, location: { ...bd, crs: 'bd09' } }))).json() as UnitResponse;
    expect(created.location.lng).toBeCloseTo(wgs.lng, 6);
    expect(created.location.lat).toBeCloseTo(wgs.lat, 6);
  });

  it('refuses a credit code with a wrong check digit, naming the field, in Chinese by default', async () => {
    const town = await server.login('town');
    const before = await databaseFingerprint(server.database);
    const problem = expectProblem(await send('POST', '/api/v1/units', town.token, unit({ creditCode: '91350100M000100Y44' })), 422, 'request.invalid', ['/creditCode']);
    expect(problem.errors?.[0]?.message).toBe('统一社会信用代码：校验位不正确');
    expect(await databaseFingerprint(server.database)).toBe(before);
  });

  it('refuses a second unit with the same credit code', async () => {
    const town = await server.login('town');
    await send('POST', '/api/v1/units', town.token, unit());
    expectProblem(await send('POST', '/api/v1/units', town.token, unit({ name: '另一家' })), 409, 'unit.duplicate_credit_code', ['/creditCode']);
  });

  it('searches by a Chinese fragment and filters by tag within scope', async () => {
    const town = await server.login('town');
    await send('POST', '/api/v1/units', town.token, unit());
    await send('POST', '/api/v1/units', town.token, unit({ name: '湖塘老街饭店', creditCode: null, kind: 'gas_user', riskTags: ['gas_use'], dustKind: null }));
    const search = expectResponse<UnitPage>(await send('GET', `/api/v1/units?q=${encodeURIComponent('精工机械')}`, town.token), 200, UnitPage);
    expect(search.items.map((item) => item.name)).toEqual(['常州市武进区湖塘精工机械有限公司']);
    const tagged = expectResponse<UnitPage>(await send('GET', '/api/v1/units?tag=gas_use', town.token), 200, UnitPage);
    expect(tagged.items.map((item) => item.name)).toEqual(['湖塘老街饭店']);
    const luoyang = await server.login('town', { regionCode: '320412103' });
    expect((await send('GET', '/api/v1/units', luoyang.token)).json()).toEqual({ items: [], nextCursor: null });
  });

  it('keeps another town’s unit out of reach for reading and changing', async () => {
    const hutang = await server.login('town');
    const luoyang = await server.login('town', { regionCode: '320412103' });
    const created = (await send('POST', '/api/v1/units', hutang.token, unit())).json() as UnitResponse;
    expectProblem(await send('GET', `/api/v1/units/${created.id}`, luoyang.token), 404, 'unit.not_found');
    expectProblem(await send('PATCH', `/api/v1/units/${created.id}`, luoyang.token, { name: '改名' }), 404, 'unit.not_found');
    // Nor may a town user move its unit into another town.
    expectProblem(await send('PATCH', `/api/v1/units/${created.id}`, hutang.token, { location: { lng: 119.93, lat: 31.71, crs: 'wgs84' } }), 403, 'unit.outside_scope');
  });

  it('refuses an enterprise user editing the registry', async () => {
    const town = await server.login('town');
    const created = (await send('POST', '/api/v1/units', town.token, unit())).json() as UnitResponse;
    const enterprise = await server.login('enterprise', { unitId: created.id });
    expectResponse<UnitResponse>(await send('GET', `/api/v1/units/${created.id}`, enterprise.token), 200, UnitResponse);
    expectProblem(await send('PATCH', `/api/v1/units/${created.id}`, enterprise.token, { name: '改名' }), 403, 'auth.forbidden');
  });

  it('counts the units of the list (共 N 条) with the same filters, in the caller’s scope only', async () => {
    const town = await server.login('town');
    const luoyangTown = await server.login('town', { regionCode: '320412103' });
    await send('POST', '/api/v1/units', town.token, unit());
    await send('POST', '/api/v1/units', town.token, unit({ name: '湖塘饭店', creditCode: null, riskTags: ['gas_use'], dustKind: undefined }));
    const count = async (query: string, token = town.token) =>
      expectResponse<ListCountResponse>(await send('GET', `/api/v1/units/count${query}`, token), 200, ListCountResponse);
    expect(await count('')).toEqual({ total: 2, capped: false });
    expect(await count('?tag=gas_use')).toEqual({ total: 1, capped: false });
    expect(await count(`?q=${encodeURIComponent('精工')}`)).toEqual({ total: 1, capped: false });
    expect(await count('', luoyangTown.token)).toEqual({ total: 0, capped: false });
    expectProblem(await send('GET', '/api/v1/units/count?sort=name', town.token), 400, 'request.invalid', ['/query/sort']);
  });
});
