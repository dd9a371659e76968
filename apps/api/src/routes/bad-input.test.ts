import { databaseFingerprint, describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../testing/build-test-server.js';
import { expectProblem } from '../testing/expectations.js';
import { multipartBytes } from '../testing/multipart.js';

const UNKNOWN_ID = '01900000-0000-7000-8000-00000000abcd';
const TEN_MB = 'x'.repeat(10 * 1024 * 1024);

const validUnit = {
  name: '常州市武进区测试五金厂', creditCode: '91350100M000100Y43', kind: 'enterprise', address: '湖塘镇测试路1号',
  location: { lng: 119.91, lat: 31.71, crs: 'wgs84' },
};
const validHazard = { source: 'patrol', level: 'general', category: 'electrical', title: '电线私拉乱接', sector: 'fire', location: { lng: 119.91, lat: 31.71 } };

interface Case {
  readonly name: string;
  readonly method: 'POST' | 'PATCH';
  readonly url: (ids: Ids) => string;
  readonly payload: unknown;
  readonly status: number;
  readonly code: string;
  readonly paths?: string[];
}
interface Ids {
  hazardId: string;
  unitId: string;
}

const CASES: Case[] = [
  // POST /units
  { name: 'unit: missing fields', method: 'POST', url: () => '/api/v1/units', payload: {}, status: 400, code: 'request.invalid', paths: ['/name', '/kind', '/address', '/location'] },
  { name: 'unit: wrong types', method: 'POST', url: () => '/api/v1/units', payload: { ...validUnit, name: 42, employees: 'many' }, status: 400, code: 'request.invalid', paths: ['/name', '/employees'] },
  { name: 'unit: too long', method: 'POST', url: () => '/api/v1/units', payload: { ...validUnit, name: '厂'.repeat(101) }, status: 400, code: 'request.invalid', paths: ['/name'] },
  { name: 'unit: bad credit code', method: 'POST', url: () => '/api/v1/units', payload: { ...validUnit, creditCode: '91350100M000100Y4O' }, status: 422, code: 'request.invalid', paths: ['/creditCode'] },
  { name: 'unit: coordinates out of range', method: 'POST', url: () => '/api/v1/units', payload: { ...validUnit, location: { lng: 190, lat: -95 } }, status: 400, code: 'request.invalid', paths: ['/location/lng', '/location/lat'] },
  { name: 'unit: location outside the district', method: 'POST', url: () => '/api/v1/units', payload: { ...validUnit, location: { lng: 121.47, lat: 31.23 } }, status: 422, code: 'request.invalid', paths: ['/location'] },
  { name: 'unit: unknown enum and field', method: 'POST', url: () => '/api/v1/units', payload: { ...validUnit, kind: 'spaceport', colour: 'red' }, status: 400, code: 'request.invalid', paths: ['/kind', '/colour'] },
  { name: 'unit: unknown park id', method: 'POST', url: () => '/api/v1/units', payload: { ...validUnit, parentId: UNKNOWN_ID }, status: 422, code: 'request.invalid', paths: ['/parentId'] },
  { name: 'unit: 10 MB body', method: 'POST', url: () => '/api/v1/units', payload: { ...validUnit, name: TEN_MB }, status: 413, code: 'request.body_too_large' },
  // PATCH /units/:id
  { name: 'unit patch: empty', method: 'PATCH', url: (ids) => `/api/v1/units/${ids.unitId}`, payload: {}, status: 400, code: 'request.invalid' },
  { name: 'unit patch: bad phone', method: 'PATCH', url: (ids) => `/api/v1/units/${ids.unitId}`, payload: { contacts: [{ name: '王', role: '', phone: '123' }] }, status: 400, code: 'request.invalid', paths: ['/contacts/0/phone'] },
  { name: 'unit patch: unknown id', method: 'PATCH', url: () => `/api/v1/units/${UNKNOWN_ID}`, payload: { name: '新名' }, status: 404, code: 'unit.not_found' },
  { name: 'unit patch: malformed id', method: 'PATCH', url: () => '/api/v1/units/not-an-id', payload: { name: '新名' }, status: 400, code: 'request.invalid', paths: ['/params/id'] },
  // POST /hazards
  { name: 'hazard: missing fields', method: 'POST', url: () => '/api/v1/hazards', payload: { title: '无来源' }, status: 400, code: 'request.invalid', paths: ['/source', '/level', '/category'] },
  { name: 'hazard: wrong types', method: 'POST', url: () => '/api/v1/hazards', payload: { ...validHazard, photoIds: 'abc', foundAt: 12 }, status: 400, code: 'request.invalid', paths: ['/photoIds', '/foundAt'] },
  { name: 'hazard: too long', method: 'POST', url: () => '/api/v1/hazards', payload: { ...validHazard, description: '长'.repeat(2001) }, status: 400, code: 'request.invalid', paths: ['/description'] },
  { name: 'hazard: coordinates out of range', method: 'POST', url: () => '/api/v1/hazards', payload: { ...validHazard, location: { lng: -181, lat: 91, crs: 'utm' } }, status: 400, code: 'request.invalid', paths: ['/location/lng', '/location/lat', '/location/crs'] },
  { name: 'hazard: unknown unit', method: 'POST', url: () => '/api/v1/hazards', payload: { ...validHazard, unitId: UNKNOWN_ID }, status: 422, code: 'request.invalid', paths: ['/unitId'] },
  { name: 'hazard: unknown photo', method: 'POST', url: () => '/api/v1/hazards', payload: { ...validHazard, photoIds: [UNKNOWN_ID] }, status: 422, code: 'request.invalid', paths: ['/photoIds/0'] },
  { name: 'hazard: 10 MB body', method: 'POST', url: () => '/api/v1/hazards', payload: { ...validHazard, description: TEN_MB }, status: 413, code: 'request.body_too_large' },
  // POST /hazards/:id/actions
  { name: 'action: unknown action', method: 'POST', url: (ids) => `/api/v1/hazards/${ids.hazardId}/actions`, payload: { action: 'burn' }, status: 400, code: 'request.invalid', paths: ['/action'] },
  { name: 'action: missing action', method: 'POST', url: (ids) => `/api/v1/hazards/${ids.hazardId}/actions`, payload: { note: 'x' }, status: 400, code: 'request.invalid', paths: ['/action'] },
  { name: 'action: bad deadline', method: 'POST', url: (ids) => `/api/v1/hazards/${ids.hazardId}/actions`, payload: { action: 'assign', deadline: '2026-02-30' }, status: 400, code: 'request.invalid', paths: ['/deadline'] },
  { name: 'action: deadline in the past', method: 'POST', url: (ids) => `/api/v1/hazards/${ids.hazardId}/actions`, payload: { action: 'assign', deadline: '2020-01-01' }, status: 422, code: 'request.invalid', paths: ['/deadline'] },
  { name: 'action: field of another action', method: 'POST', url: (ids) => `/api/v1/hazards/${ids.hazardId}/actions`, payload: { action: 'close', reason: 'not_true' }, status: 400, code: 'request.invalid', paths: ['/reason'] },
  { name: 'action: unknown assignee', method: 'POST', url: (ids) => `/api/v1/hazards/${ids.hazardId}/actions`, payload: { action: 'assign', assigneeId: UNKNOWN_ID }, status: 422, code: 'request.invalid', paths: ['/assigneeId'] },
  { name: 'action: unknown hazard', method: 'POST', url: () => `/api/v1/hazards/${UNKNOWN_ID}/actions`, payload: { action: 'assign' }, status: 404, code: 'hazard.not_found' },
  { name: 'action: 10 MB body', method: 'POST', url: (ids) => `/api/v1/hazards/${ids.hazardId}/actions`, payload: { action: 'close', note: TEN_MB }, status: 413, code: 'request.body_too_large' },
  // POST /auth/login
  { name: 'login: missing password', method: 'POST', url: () => '/api/v1/auth/login', payload: { username: 'x' }, status: 400, code: 'request.invalid', paths: ['/password'] },
  { name: 'login: 10 MB body', method: 'POST', url: () => '/api/v1/auth/login', payload: { username: TEN_MB, password: 'x' }, status: 413, code: 'request.body_too_large' },
];

describeEachDialect('bad input to every write endpoint answers 4xx problem+json and changes nothing', (dialect) => {
  let server: TestServer;
  let token: string;
  let ids: Ids;

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    ({ token } = await server.login('town'));
    const headers = { authorization: `Bearer ${token}` };
    const unit = await server.app.inject({ method: 'POST', url: '/api/v1/units', headers, payload: { ...validUnit, creditCode: null } });
    const hazard = await server.app.inject({ method: 'POST', url: '/api/v1/hazards', headers, payload: validHazard });
    ids = { unitId: (unit.json() as { id: string }).id, hazardId: (hazard.json() as { id: string }).id };
  });
  afterAll(async () => server.close());

  it.each(CASES)('$name', async (testCase) => {
    const before = await databaseFingerprint(server.database);
    const response = await server.app.inject({
      method: testCase.method,
      url: testCase.url(ids),
      payload: JSON.stringify(testCase.payload),
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    });
    const problem = expectProblem(response, testCase.status, testCase.code, testCase.paths);
    for (const error of problem.errors ?? []) expect(error.message.length).toBeGreaterThan(0);
    expect(await databaseFingerprint(server.database)).toBe(before);
  });

  it('photo upload: not an image (named .jpg) is refused by content', async () => {
    const before = await databaseFingerprint(server.database);
    const response = await server.app.inject({
      method: 'POST', url: '/api/v1/photos',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'multipart/form-data; boundary=B' },
      payload: multipartBytes('B', Buffer.from('<html>not a photo</html>'), 'evil.jpg'),
    });
    expectProblem(response, 422, 'photo.unsupported_type', ['/file']);
    expect(await databaseFingerprint(server.database)).toBe(before);
  });

  it('photo upload: larger than the limit is refused with 413', async () => {
    const before = await databaseFingerprint(server.database);
    const response = await server.app.inject({
      method: 'POST', url: '/api/v1/photos',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'multipart/form-data; boundary=B' },
      payload: multipartBytes('B', Buffer.alloc(server.config.photoMaxBytes + 1, 0xff), 'big.jpg'),
    });
    expectProblem(response, 413, 'photo.too_large', ['/file']);
    expect(await databaseFingerprint(server.database)).toBe(before);
  });

  it('photo upload: no file part', async () => {
    const response = await server.app.inject({
      method: 'POST', url: '/api/v1/photos',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: '{}',
    });
    expectProblem(response, 415, 'request.unsupported_media_type');
  });

  it('gives messages in English on request', async () => {
    const response = await server.app.inject({
      method: 'POST', url: '/api/v1/units', payload: { ...validUnit, creditCode: '91350100M000100Y44' },
      headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' },
    });
    expect(expectProblem(response, 422, 'request.invalid').errors?.[0]?.message).toBe('Unified social credit code has a wrong check character');
  });
});
