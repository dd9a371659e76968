import { DustSupervisionResponse, DustSupervisionSummary, UnitResponse } from '@safegrid/contracts';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';
import { multipartJpeg } from '../../testing/multipart.js';

const HUTANG = { lng: 119.91, lat: 31.71, crs: 'wgs84' };
const LUOYANG = { lng: 119.93, lat: 31.71, crs: 'wgs84' };
const officer = { officerName: '王专员', officerPhone: '13800000001', certificateNo: 'FC-2026-0001', trainedOn: '2026-01-10' };

describeEachDialect('涉粉企业常态监管: 安全专员 and 除尘改造 (ADR 0086)', (dialect) => {
  let server: TestServer;
  let office: string;
  let town: string;
  let luoyang: string;
  const units: UnitResponse[] = [];
  const send = (method: 'GET' | 'PUT' | 'POST', url: string, token: string, payload?: object) =>
    server.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
  const summary = async (token: string) => expectResponse<DustSupervisionSummary>(await send('GET', '/api/v1/dust-supervision/summary', token), 200, DustSupervisionSummary);

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    ({ token: office } = await server.login('district'));
    ({ token: town } = await server.login('town'));
    ({ token: luoyang } = await server.login('town', { regionCode: '320412103' }));
    const dustUnit = (name: string, location: object, token: string) => send('POST', '/api/v1/units', token, { name, kind: 'enterprise', address: `${name}路1号`, location, riskTags: ['dust'], dustKind: 'wood' });
    for (const name of ['湖塘甲木业', '湖塘乙木业', '湖塘丙木业']) units.push(expectResponse<UnitResponse>(await dustUnit(name, HUTANG, town), 201, UnitResponse));
    units.push(expectResponse<UnitResponse>(await dustUnit('洛阳丁木业', LUOYANG, luoyang), 201, UnitResponse));
    // Not a dust unit: never counted.
    expectResponse(await send('POST', '/api/v1/units', town, { name: '湖塘机械厂', kind: 'enterprise', address: '湖塘镇', location: HUTANG }), 201, UnitResponse);
  });
  afterAll(async () => server.close());

  it('records officers and retrofits and reports both rates by town with the units still without', async () => {
    const [a, b, c, d] = units;
    const photo = (await server.app.inject({
      method: 'POST', url: '/api/v1/photos', payload: await multipartJpeg('B'), headers: { authorization: `Bearer ${town}`, 'content-type': 'multipart/form-data; boundary=B' },
    })).json() as { id: string };
    const done = expectResponse<DustSupervisionResponse>(await send('PUT', `/api/v1/units/${a?.id}/dust-supervision`, town, { ...officer, retrofitState: 'done', retrofitDate: '2026-02-20', retrofitPhotoId: photo.id }), 200, DustSupervisionResponse);
    expect(done).toMatchObject({ unitId: a?.id, retrofitState: 'done', officerName: '王专员' });
    expectResponse(await send('PUT', `/api/v1/units/${b?.id}/dust-supervision`, town, { ...officer, retrofitState: 'in_progress' }), 200, DustSupervisionResponse);
    // An officer without the training date does not count as 配备.
    expectResponse(await send('PUT', `/api/v1/units/${c?.id}/dust-supervision`, town, { ...officer, trainedOn: null, retrofitState: 'not_started' }), 200, DustSupervisionResponse);

    const district = await summary(office);
    expect(district.towns).toEqual([
      { townCode: '320412100', dustUnits: 3, withOfficer: 2, retrofitDone: 1, officerRate: 0.667, retrofitRate: 0.333 },
      { townCode: '320412103', dustUnits: 1, withOfficer: 0, retrofitDone: 0, officerRate: 0, retrofitRate: 0 },
    ]);
    expect(district.gaps.map((gap) => [gap.unitName, gap.hasOfficer, gap.retrofitState])).toEqual(expect.arrayContaining([
      ['湖塘乙木业', true, 'in_progress'], ['湖塘丙木业', false, 'not_started'], ['洛阳丁木业', false, 'not_started'],
    ]));
    expect(district.gaps).toHaveLength(3);
    // A town sees only its own.
    expect((await summary(luoyang)).towns.map((row) => row.townCode)).toEqual(['320412103']);
    expectProblem(await send('GET', `/api/v1/units/${a?.id}/dust-supervision`, luoyang), 404, 'dust.unit_not_found');
    const read = (await send('GET', `/api/v1/units/${d?.id}/dust-supervision`, luoyang)).json() as { record: unknown };
    expect(read.record).toBeNull();
  });

  it('refuses a done retrofit without date and photo, and a unit that is not a dust unit, naming the field', async () => {
    const [, , c] = units;
    expectProblem(await send('PUT', `/api/v1/units/${c?.id}/dust-supervision`, town, { ...officer, retrofitState: 'done' }), 422, 'request.invalid', ['/retrofitDate', '/retrofitPhotoId']);
    expectProblem(await send('PUT', `/api/v1/units/${c?.id}/dust-supervision`, town, { ...officer, retrofitState: 'finished' }), 400, 'request.invalid', ['/retrofitState']);
    expectProblem(await send('PUT', `/api/v1/units/${c?.id}/dust-supervision`, town, { ...officer, officerPhone: 'abc', retrofitState: 'in_progress' }), 422, 'request.invalid', ['/officerPhone']);
    const unchanged = (await send('GET', `/api/v1/units/${c?.id}/dust-supervision`, town)).json() as { record: { retrofitState: string; trainedOn: string | null } };
    expect(unchanged.record).toMatchObject({ retrofitState: 'not_started', trainedOn: null });
    expect((await server.deps.audit.verify('320412')).ok).toBe(true);
  });
});
