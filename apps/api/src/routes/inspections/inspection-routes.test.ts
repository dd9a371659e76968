import { ChecklistResponse, FinishInspectionResponse, HazardResponse, InspectionPage, InspectionResponse, ListCountResponse, type UnitResponse } from '@safegrid/contracts';
import { currentBuiltInChecklistId } from '@safegrid/core';
import { databaseFingerprint, describeEachDialect } from '@safegrid/storage/testing';
import { Type } from 'typebox';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';
import { multipartJpeg } from '../../testing/multipart.js';

const DUST = currentBuiltInChecklistId('dust-gb15577');
const GM10 = currentBuiltInChecklistId('major-hazard-gm10');
const HERE = { lng: 119.91, lat: 31.71 };

describeEachDialect('inspection routes', (dialect) => {
  let server: TestServer;
  let town: string;
  let worker: string;
  let unit: UnitResponse;

  const send = (method: 'POST' | 'GET', url: string, token: string, payload?: unknown) =>
    server.app.inject({ method, url, payload: payload as object | undefined, headers: { authorization: `Bearer ${token}` } });
  const upload = async (token: string) => {
    const response = await server.app.inject({
      method: 'POST', url: '/api/v1/photos', payload: await multipartJpeg('B'),
      headers: { authorization: `Bearer ${token}`, 'content-type': 'multipart/form-data; boundary=B' },
    });
    return (response.json() as { id: string }).id;
  };
  const start = async (token: string, body: Record<string, unknown> = {}) =>
    send('POST', '/api/v1/inspections', token, { unitId: unit.id, checklistId: DUST, location: { ...HERE, crs: 'wgs84' }, ...body });

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    ({ token: town } = await server.login('town'));
    ({ token: worker } = await server.login('grid_worker'));
    unit = (await send('POST', '/api/v1/units', town, {
      name: '常州市武进区湖塘木业有限公司', kind: 'enterprise', address: '湖塘镇木业路1号', location: { ...HERE, crs: 'wgs84' }, riskTags: ['dust'], dustKind: 'wood',
    })).json() as UnitResponse;
  });
  afterAll(async () => server.close());

  it('offers the checklists that fit the unit, with the items that apply', async () => {
    const fitting = expectResponse<ChecklistResponse[]>(await send('GET', `/api/v1/checklists?unitId=${unit.id}`, worker), 200, Type.Array(ChecklistResponse));
    expect(fitting.map((checklist) => checklist.code).sort()).toEqual(['dust-gb15577', 'major-hazard-gm10']);
    const gm10 = fitting.find((checklist) => checklist.id === GM10);
    expect(gm10?.items).toHaveLength(64);
    expect(gm10?.applicableItemIds).toContain('GM10-11-06');
    expect(gm10?.applicableItemIds).not.toContain('GM10-12-01');
  });

  it('runs an inspection on site whose failed items become hazards, returned as hazardIds', async () => {
    const started = expectResponse<InspectionResponse>(await start(worker), 201, InspectionResponse);
    expect(started).toMatchObject({ status: 'in_progress', kind: 'supervision', checklistCode: 'dust-gb15577', distanceMetres: 0, unanswered: started.itemIds.length });
    const photo = await upload(worker);
    const answers = started.itemIds.map((itemId) => (itemId === 'DUST-D4'
      ? { itemId, result: 'fail', note: '木粉除尘器未设锁气卸灰阀', photoIds: [photo] }
      : { itemId, result: itemId.startsWith('DUST-F') ? 'na' : 'pass' }));
    const answered = expectResponse<InspectionResponse>(await send('POST', `/api/v1/inspections/${started.id}/answers`, worker, { answers }), 200, InspectionResponse);
    expect(answered.unanswered).toBe(0);
    const signature = await upload(worker);
    const finished = expectResponse<FinishInspectionResponse>(
      await send('POST', `/api/v1/inspections/${started.id}/finish`, worker, { signedBy: '王强', signature }), 200, FinishInspectionResponse,
    );
    expect(finished.hazardIds).toHaveLength(1);
    expect(finished.inspection).toMatchObject({ status: 'finished', failedItems: 1, signedBy: '王强', signaturePhotoId: signature, hazardIds: finished.hazardIds });
    const hazard = expectResponse<HazardResponse>(await send('GET', `/api/v1/hazards/${finished.hazardIds[0]}`, town), 200, HazardResponse);
    expect(hazard).toMatchObject({ unitId: unit.id, source: 'inspection', level: 'major', status: 'reported', photoIds: [photo], legalBasis: expect.stringContaining('第十一条第（六）项') });
    const events = (await send('GET', `/api/v1/hazards/${hazard.id}/events`, town)).json() as { details: Record<string, unknown> }[];
    expect(events[0]?.details).toMatchObject({ inspectionId: started.id, itemId: 'DUST-D4' });
    const unitNow = (await send('GET', `/api/v1/units/${unit.id}`, town)).json() as UnitResponse;
    expect(unitNow.riskLevel).toBe('red');
    expect(unitNow.riskReasons.map((reason) => reason.text)).toContain('有 1 项重大事故隐患未销号');
    // The town sees the signature photo through the inspection.
    expect((await send('GET', `/api/v1/photos/${signature}`, town)).statusCode).toBe(200);
    const list = expectResponse<InspectionPage>(await send('GET', `/api/v1/inspections?unitId=${unit.id}&status=finished`, town), 200, InspectionPage);
    expect(list.items.map((item) => item.id)).toContain(started.id);
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const started = (await start(worker)).json() as InspectionResponse;
    const cases: [string, string, unknown, number, string[]][] = [
      ['POST', '/api/v1/inspections', { unitId: unit.id, checklistId: DUST, location: { lng: 119.95, lat: 31.71 } }, 422, ['/farReason']],
      ['POST', '/api/v1/inspections', { unitId: unit.id, checklistId: 'x', location: HERE }, 400, ['/checklistId']],
      ['POST', '/api/v1/inspections', { unitId: unit.id, checklistId: currentBuiltInChecklistId('gas-user'), location: HERE }, 422, ['/checklistId']],
      ['POST', `/api/v1/inspections/${started.id}/answers`, { answers: [{ itemId: 'DUST-A1', result: 'maybe' }] }, 400, ['/answers/0/result']],
      ['POST', `/api/v1/inspections/${started.id}/answers`, { answers: [{ itemId: 'GM10-03-01', result: 'pass' }] }, 422, ['/answers/0/itemId']],
      ['POST', `/api/v1/inspections/${started.id}/answers`, { answers: [] }, 400, ['/answers']],
      ['POST', `/api/v1/inspections/${started.id}/finish`, { signedBy: '王强' }, 400, ['/signature']],
      ['POST', `/api/v1/inspections/${started.id}/finish`, { signedBy: '王强', signature: '01900000-0000-7000-8000-00000000abcd' }, 422, ['/signature', ...started.itemIds.map((id) => `/answers/${id}`)]],
    ];
    for (const [method, url, payload, status, paths] of cases) {
      const before = await databaseFingerprint(server.database);
      const problem = expectProblem(await send(method as 'POST', url, worker, payload), status, 'request.invalid', paths);
      expect(problem.errors?.every((error) => error.message.length > 0)).toBe(true);
      expect(await databaseFingerprint(server.database)).toBe(before);
    }
    const far = expectProblem(await send('POST', '/api/v1/inspections', worker, { unitId: unit.id, checklistId: DUST, location: { lng: 119.95, lat: 31.71 } }), 422, 'request.invalid');
    expect(far.errors?.[0]?.message).toMatch(/^远距离开始检查的原因：距单位 \d+ 米，超过 500 米时须说明原因$/);
  });

  it('keeps inspections inside scope and to their inspector', async () => {
    const started = (await start(worker)).json() as InspectionResponse;
    const luoyang = await server.login('town', { regionCode: '320412103' });
    expectProblem(await send('GET', `/api/v1/inspections/${started.id}`, luoyang.token), 404, 'inspection.not_found');
    expectProblem(await send('POST', `/api/v1/inspections/${started.id}/answers`, luoyang.token, { answers: [{ itemId: 'DUST-A1', result: 'pass' }] }), 404, 'inspection.not_found');
    expect(((await send('GET', '/api/v1/inspections', luoyang.token)).json() as InspectionPage).items).toEqual([]);
    expectProblem(await send('POST', `/api/v1/inspections/${started.id}/cancel`, town, {}), 403, 'inspection.not_inspector');
    expectProblem(await send('POST', '/api/v1/inspections', luoyang.token, { unitId: unit.id, checklistId: DUST, location: HERE }), 404, 'unit.not_found');
    // A grid worker of another grid and a department of other sectors see nothing of it either.
    const grids = (await send('GET', '/api/v1/grids?regionCode=320412103', town)).json() as { id: string }[];
    const luoyangGrid = grids[0]?.id ?? '';
    const luoyangWorker = await server.login('grid_worker', { regionCode: '320412103201', gridIds: [luoyangGrid] });
    const gasDepartment = await server.login('department', { sectors: ['town_gas'] });
    for (const token of [luoyangWorker.token, gasDepartment.token]) {
      expectProblem(await send('GET', `/api/v1/inspections/${started.id}`, token), 404, 'inspection.not_found');
      expect(((await send('GET', '/api/v1/inspections', token)).json() as InspectionPage).items).toEqual([]);
    }
    const industry = await server.login('department', { sectors: ['industry_trade'] });
    expect((await send('GET', `/api/v1/inspections/${started.id}`, industry.token)).statusCode).toBe(200);
    const cancelled = expectResponse<InspectionResponse>(await send('POST', `/api/v1/inspections/${started.id}/cancel`, worker, {}), 200, InspectionResponse);
    expect(cancelled.status).toBe('cancelled');
    expectProblem(await send('POST', `/api/v1/inspections/${started.id}/cancel`, worker, {}), 409, 'inspection.action_not_allowed');
  });

  it('lets an enterprise self-inspect its own unit only', async () => {
    const officer = await server.login('enterprise', { unitId: unit.id });
    const own = expectResponse<InspectionResponse>(await start(officer.token), 201, InspectionResponse);
    expect(own.kind).toBe('self_inspection');
    const other = (await send('POST', '/api/v1/units', town, { name: '别家厂', kind: 'enterprise', address: '湖塘镇', location: HERE })).json() as UnitResponse;
    expectProblem(await send('POST', '/api/v1/inspections', officer.token, { unitId: other.id, checklistId: GM10, location: HERE }), 404, 'unit.not_found');
  });

  it('counts the inspections of the list (共 N 条) with the same filters, in the caller’s scope only', async () => {
    await start(worker);
    const cancelled = (await start(worker)).json() as InspectionResponse;
    await send('POST', `/api/v1/inspections/${cancelled.id}/cancel`, worker, {});
    const luoyang = await server.login('town', { regionCode: '320412103' });
    const listed = async (query: string, token: string) => {
      let total = 0;
      let cursor: string | null = null;
      do {
        const page: InspectionPage = expectResponse<InspectionPage>(await send('GET', `/api/v1/inspections?limit=2${query}${cursor ? `&cursor=${cursor}` : ''}`, token), 200, InspectionPage);
        total += page.items.length;
        cursor = page.nextCursor;
      } while (cursor);
      return total;
    };
    for (const [query, token] of [['', town], ['&status=cancelled', town], ['&status=in_progress&kind=supervision', worker], ['', luoyang.token]] as const) {
      const count = expectResponse<ListCountResponse>(await send('GET', `/api/v1/inspections/count${query.replace('&', '?')}`, token), 200, ListCountResponse);
      expect(count, query).toEqual({ total: await listed(query, token), capped: false });
    }
    expect(((await send('GET', '/api/v1/inspections/count?status=cancelled', town)).json() as ListCountResponse).total).toBeGreaterThanOrEqual(1);
    expect((await send('GET', '/api/v1/inspections/count', luoyang.token)).json()).toEqual({ total: 0, capped: false });
    expectProblem(await send('GET', '/api/v1/inspections/count?limit=3', town), 400, 'request.invalid', ['/query/limit']);
    expectProblem(await send('GET', '/api/v1/inspections/count?cursor=abc', town), 400, 'request.invalid', ['/query/cursor']);
    expectProblem(await send('GET', '/api/v1/inspections/count?status=burning', town), 400, 'request.invalid', ['/query/status/0']);
  });
});
