import { FinishInspectionResponse, HazardPage, InspectionPage, InspectionResponse, type UnitResponse } from '@safegrid/contracts';
import { currentBuiltInChecklistId } from '@safegrid/core';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';
import { multipartJpeg } from '../../testing/multipart.js';

const DUST = currentBuiltInChecklistId('dust-gb15577');
const HERE = { lng: 119.91, lat: 31.71 };

// A phone syncing an inspection made offline may send any step again after its answer was lost
// (issue 16): every retry must give the first result and create nothing more.
describeEachDialect('inspection routes on retry', (dialect) => {
  let server: TestServer;
  let town: string;
  let worker: string;
  let unit: UnitResponse;

  const send = (method: 'POST' | 'GET', url: string, token: string, payload?: unknown, key?: string) =>
    server.app.inject({ method, url, payload: payload as object | undefined, headers: { authorization: `Bearer ${token}`, ...(key ? { 'idempotency-key': key } : {}) } });
  const upload = async (token: string) => {
    const response = await server.app.inject({
      method: 'POST', url: '/api/v1/photos', payload: await multipartJpeg('B'),
      headers: { authorization: `Bearer ${token}`, 'content-type': 'multipart/form-data; boundary=B' },
    });
    return (response.json() as { id: string }).id;
  };
  const startBody = () => ({ unitId: unit.id, checklistId: DUST, location: { ...HERE, crs: 'wgs84' } });
  const inspectionsOfUnit = async () => expectResponse<InspectionPage>(await send('GET', `/api/v1/inspections?unitId=${unit.id}&limit=100`, town), 200, InspectionPage).items;
  const hazardsOfUnit = async () => expectResponse<HazardPage>(await send('GET', `/api/v1/hazards?unitId=${unit.id}&limit=100`, town), 200, HazardPage).items;
  const answersFor = (inspection: InspectionResponse, photo: string) => inspection.itemIds.map((itemId) => (itemId === 'DUST-D4'
    ? { itemId, result: 'fail', note: '除尘器未设锁气卸灰阀', photoIds: [photo] }
    : { itemId, result: itemId.startsWith('DUST-F') ? 'na' : 'pass' }));

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    ({ token: town } = await server.login('town'));
    ({ token: worker } = await server.login('grid_worker'));
    const created = await send('POST', '/api/v1/units', town, {
      name: '常州市武进区湖塘重试木业有限公司', kind: 'enterprise', address: '湖塘镇木业路9号', location: { ...HERE, crs: 'wgs84' }, riskTags: ['dust'], dustKind: 'wood',
    });
    expect(created.statusCode, created.body).toBe(201);
    unit = created.json() as UnitResponse;
  });
  afterAll(async () => server.close());

  it('starts, answers and finishes once however often each step is sent again with its key', async () => {
    const first = expectResponse<InspectionResponse>(await send('POST', '/api/v1/inspections', worker, startBody(), 'phone-start-0001'), 201, InspectionResponse);
    const again = expectResponse<InspectionResponse>(await send('POST', '/api/v1/inspections', worker, startBody(), 'phone-start-0001'), 200, InspectionResponse);
    expect(again.id).toBe(first.id);
    expect((await inspectionsOfUnit()).map((inspection) => inspection.id)).toEqual([first.id]);

    const photo = await upload(worker);
    const answers = answersFor(first, photo);
    const answered = expectResponse<InspectionResponse>(await send('POST', `/api/v1/inspections/${first.id}/answers`, worker, { answers }), 200, InspectionResponse);
    const reanswered = expectResponse<InspectionResponse>(await send('POST', `/api/v1/inspections/${first.id}/answers`, worker, { answers }), 200, InspectionResponse);
    const shape = (inspection: InspectionResponse) => inspection.answers.map(({ itemId, result, note, photoIds }) => ({ itemId, result, note, photoIds }));
    expect(shape(reanswered)).toEqual(shape(answered));
    expect(reanswered.unanswered).toBe(0);

    const signature = await upload(worker);
    const finish = { signedBy: '王强', signature };
    const finished = expectResponse<FinishInspectionResponse>(await send('POST', `/api/v1/inspections/${first.id}/finish`, worker, finish, 'phone-finish-0001'), 200, FinishInspectionResponse);
    const refinished = expectResponse<FinishInspectionResponse>(await send('POST', `/api/v1/inspections/${first.id}/finish`, worker, finish, 'phone-finish-0001'), 200, FinishInspectionResponse);
    expect(finished.hazardIds).toHaveLength(1);
    expect(refinished.hazardIds).toEqual(finished.hazardIds);
    expect(refinished.inspection).toMatchObject({ id: first.id, status: 'finished', version: finished.inspection.version, failedItems: 1 });
    expect((await hazardsOfUnit()).map((hazard) => hazard.id)).toEqual(finished.hazardIds);
    expect((await inspectionsOfUnit()).filter((inspection) => inspection.status === 'finished')).toHaveLength(1);

    // A start retried after the finish still names the same (now finished) inspection.
    const late = expectResponse<InspectionResponse>(await send('POST', '/api/v1/inspections', worker, startBody(), 'phone-start-0001'), 200, InspectionResponse);
    expect(late).toMatchObject({ id: first.id, status: 'finished' });
    expect(await inspectionsOfUnit()).toHaveLength(1);
  });

  it('refuses a key sent again with a different request, and changes nothing', async () => {
    const started = expectResponse<InspectionResponse>(await send('POST', '/api/v1/inspections', worker, startBody(), 'phone-start-0002'), 201, InspectionResponse);
    const before = (await inspectionsOfUnit()).length;
    expectProblem(await send('POST', '/api/v1/inspections', worker, { ...startBody(), farReason: '另一次' }, 'phone-start-0002'), 409, 'idempotency.key_reused');
    expect(await inspectionsOfUnit()).toHaveLength(before);

    const other = expectResponse<InspectionResponse>(await send('POST', '/api/v1/inspections', worker, startBody(), 'phone-start-0003'), 201, InspectionResponse);
    for (const inspection of [started, other]) {
      const photo = await upload(worker);
      expect((await send('POST', `/api/v1/inspections/${inspection.id}/answers`, worker, { answers: answersFor(inspection, photo) })).statusCode).toBe(200);
    }
    const signature = await upload(worker);
    expect((await send('POST', `/api/v1/inspections/${started.id}/finish`, worker, { signedBy: '王强', signature }, 'phone-finish-0002')).statusCode).toBe(200);
    // The same finish key on another inspection is another request: refused, the other stays open.
    expectProblem(await send('POST', `/api/v1/inspections/${other.id}/finish`, worker, { signedBy: '王强', signature }, 'phone-finish-0002'), 409, 'idempotency.key_reused');
    expect((await send('GET', `/api/v1/inspections/${other.id}`, worker)).json()).toMatchObject({ status: 'in_progress' });
  });

  it('refuses a finish under a new key once the inspection was finished elsewhere, so the phone can say why', async () => {
    const started = expectResponse<InspectionResponse>(await send('POST', '/api/v1/inspections', worker, startBody(), 'phone-start-0004'), 201, InspectionResponse);
    const photo = await upload(worker);
    expect((await send('POST', `/api/v1/inspections/${started.id}/answers`, worker, { answers: answersFor(started, photo) })).statusCode).toBe(200);
    const signature = await upload(worker);
    expect((await send('POST', `/api/v1/inspections/${started.id}/finish`, worker, { signedBy: '王强', signature }, 'desktop-finish-0004')).statusCode).toBe(200);
    const hazards = (await hazardsOfUnit()).length;

    expectProblem(await send('POST', `/api/v1/inspections/${started.id}/finish`, worker, { signedBy: '王强', signature }, 'phone-finish-0004'), 409, 'inspection.action_not_allowed');
    expectProblem(await send('POST', `/api/v1/inspections/${started.id}/answers`, worker, { answers: answersFor(started, photo) }), 409, 'inspection.action_not_allowed');
    expect(await hazardsOfUnit()).toHaveLength(hazards);
  });
});
