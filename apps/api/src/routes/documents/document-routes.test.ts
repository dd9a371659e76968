import { createHash } from 'node:crypto';
import { DocumentResponse, type InspectionResponse, type UnitResponse } from '@safegrid/contracts';
import { currentBuiltInChecklistId } from '@safegrid/core';
import { describeEachDialect } from '@safegrid/storage/testing';
import { Type } from 'typebox';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';
import { multipartJpeg } from '../../testing/multipart.js';

const DUST = currentBuiltInChecklistId('dust-gb15577');
const HERE = { lng: 119.91, lat: 31.71, crs: 'wgs84' };

describeEachDialect('document routes', (dialect) => {
  let server: TestServer;
  let district: { token: string; user: { id: string } };
  let officer: { token: string; user: { id: string } };
  let coOfficer: { token: string; user: { id: string } };
  let unit: UnitResponse;
  let inspection: InspectionResponse;
  let hazardIds: string[];

  const send = (method: 'POST' | 'GET' | 'PUT', url: string, token: string, payload?: unknown) =>
    server.app.inject({ method, url, payload: payload as object | undefined, headers: { authorization: `Bearer ${token}` } });
  const upload = async (token: string) => {
    const response = await server.app.inject({
      method: 'POST', url: '/api/v1/photos', payload: await multipartJpeg('B'),
      headers: { authorization: `Bearer ${token}`, 'content-type': 'multipart/form-data; boundary=B' },
    });
    return (response.json() as { id: string }).id;
  };

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    district = await server.login('district');
    officer = await server.login('town');
    coOfficer = await server.login('town');
    unit = (await send('POST', '/api/v1/units', officer.token, {
      name: '常州市武进区湖塘木业有限公司', creditCode: '91350100M000100Y43', kind: 'enterprise', address: '湖塘镇木业路1号', location: HERE, riskTags: ['dust'], dustKind: 'wood',
    })).json() as UnitResponse;
    const started = (await send('POST', '/api/v1/inspections', officer.token, { unitId: unit.id, checklistId: DUST, location: HERE })).json() as InspectionResponse;
    const answers = started.itemIds.map((itemId) => (['DUST-D4', 'DUST-A1'].includes(itemId)
      ? { itemId, result: 'fail', note: `${itemId} 不符合要求` }
      : { itemId, result: itemId.startsWith('DUST-F') ? 'na' : 'pass' }));
    await send('POST', `/api/v1/inspections/${started.id}/answers`, officer.token, { answers });
    const finished = await send('POST', `/api/v1/inspections/${started.id}/finish`, officer.token, { signedBy: '王强', signature: await upload(officer.token) });
    expect(finished.statusCode, finished.body).toBe(200);
    ({ inspection, hazardIds } = finished.json() as { inspection: InspectionResponse; hazardIds: string[] });
  });
  afterAll(async () => server.close());

  it('asks for both officers’ 执法证号, recorded by the district office only', async () => {
    const missing = await send('POST', '/api/v1/documents', officer.token, { kind: 'inspection_record', inspectionId: inspection.id, coOfficerId: coOfficer.user.id });
    expectProblem(missing, 422, 'document.officer_without_certificate');
    expectProblem(await send('PUT', `/api/v1/users/${coOfficer.user.id}/certificate`, officer.token, { certificateNo: '3204120001' }), 403, 'document.certificate_refused');
    expect((await send('PUT', `/api/v1/users/${officer.user.id}/certificate`, district.token, { certificateNo: '32041220260017' })).statusCode).toBe(204);
    expect((await send('PUT', `/api/v1/users/${coOfficer.user.id}/certificate`, district.token, { certificateNo: '32041220260023' })).statusCode).toBe(204);
    const officers = (await send('GET', '/api/v1/documents/officers', officer.token)).json() as { userId: string; certificateNo: string }[];
    expect(officers.map((one) => one.certificateNo).sort()).toEqual(['32041220260017', '32041220260023']);
  });

  it('issues a 责令限期整改指令书 from an inspection, numbered in sequence, stored and re-downloadable unchanged', async () => {
    const noDeadline = await send('POST', '/api/v1/documents', officer.token, { kind: 'rectification_order', inspectionId: inspection.id, coOfficerId: coOfficer.user.id });
    expectProblem(noDeadline, 422, 'request.invalid', ['/deadline']);
    const issue = () => send('POST', '/api/v1/documents', officer.token, { kind: 'rectification_order', inspectionId: inspection.id, coOfficerId: coOfficer.user.id, deadline: '2026-03-16' });
    const first = expectResponse<DocumentResponse>(await issue(), 201, DocumentResponse);
    expect(first).toMatchObject({ kind: 'rectification_order', number: '武应急责改〔2026〕第0001号', year: 2026, seq: 1, unitId: unit.id, inspectionId: inspection.id });
    expect([...first.hazardIds].sort()).toEqual([...hazardIds].sort());
    const file = await send('GET', `/api/v1/documents/${first.id}/file`, officer.token);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(createHash('sha256').update(file.rawPayload).digest('hex')).toBe(first.sha256);
    expect(file.rawPayload.length).toBe(first.byteSize);

    const reissued = expectResponse<DocumentResponse>(await send('POST', '/api/v1/documents', officer.token, {
      kind: 'rectification_order', inspectionId: inspection.id, coOfficerId: coOfficer.user.id, deadline: '2026-03-20', supersedesId: first.id,
    }), 201, DocumentResponse);
    expect(reissued).toMatchObject({ number: '武应急责改〔2026〕第0002号', supersedesId: first.id });
    expect((await send('GET', `/api/v1/documents/${first.id}/file`, officer.token)).rawPayload.equals(file.rawPayload)).toBe(true);

    const record = expectResponse<DocumentResponse>(await send('POST', '/api/v1/documents', officer.token, { kind: 'inspection_record', inspectionId: inspection.id, coOfficerId: coOfficer.user.id }), 201, DocumentResponse);
    expect(record.number).toBe('武应急检记〔2026〕第0001号');
    const listed = expectResponse<DocumentResponse[]>(await send('GET', `/api/v1/documents?inspectionId=${inspection.id}`, officer.token), 200, Type.Array(DocumentResponse));
    expect(listed.map((document) => document.number)).toEqual([record.number, reissued.number, first.number]);
    const byHazard = expectResponse<DocumentResponse[]>(await send('GET', `/api/v1/documents?hazardId=${hazardIds[0]}`, officer.token), 200, Type.Array(DocumentResponse));
    expect(byHazard.map((document) => document.number)).toEqual([record.number, reissued.number, first.number]);

    // Another town sees neither the list nor the file.
    const luoyang = await server.login('town', { regionCode: '320412103' });
    expect((await send('GET', `/api/v1/documents/${first.id}/file`, luoyang.token)).statusCode).toBe(404);
    expect((await send('GET', `/api/v1/documents?inspectionId=${inspection.id}`, luoyang.token)).statusCode).toBe(404);
  });

  it('gives documents issued at the same time different numbers', async () => {
    const responses = await Promise.all(Array.from({ length: 8 }, () => send('POST', '/api/v1/documents', officer.token, {
      kind: 'inspection_record', inspectionId: inspection.id, coOfficerId: coOfficer.user.id,
    })));
    const numbers = responses.map((response) => expectResponse<DocumentResponse>(response, 201, DocumentResponse).seq);
    expect(new Set(numbers).size).toBe(8);
  });

  it('refuses a 整改复查意见书 for a hazard not closed after review, and grid workers issuing documents', async () => {
    expectProblem(await send('POST', '/api/v1/documents', officer.token, { kind: 'review_opinion', hazardIds: [hazardIds[0]], coOfficerId: coOfficer.user.id }), 422, 'document.hazard_not_closed');
    const worker = await server.login('grid_worker');
    expectProblem(await send('POST', '/api/v1/documents', worker.token, { kind: 'inspection_record', inspectionId: inspection.id, coOfficerId: coOfficer.user.id }), 403, 'document.refused');
  });
});
