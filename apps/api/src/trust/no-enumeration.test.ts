import { describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { buildTestServer, type TestServer } from '../testing/build-test-server.js';
import { multipartJpeg } from '../testing/multipart.js';

/** An id nobody has (a valid UUIDv7 shape). */
const UNKNOWN = '01900000-0000-7000-8000-00000000abcd';

const HUTANG_POINT = { lng: 119.91, lat: 31.71 };
const LUOYANG_POINT = { lng: 119.93, lat: 31.71 };
const hazardBody = (extra: Record<string, unknown> = {}) => ({ source: 'patrol', level: 'general', category: 'electrical', title: '插座烧焦', sector: 'fire', location: HUTANG_POINT, ...extra });
const unitBody = (extra: Record<string, unknown> = {}) => ({ name: '测试厂', creditCode: null, kind: 'enterprise', address: '湖塘镇1号', location: HUTANG_POINT, ...extra });

interface World {
  readonly hutang: string; // bearer token of the 湖塘镇 office (the caller)
  readonly hazardId: string; // a 湖塘镇 hazard
  /** Objects that exist but the caller may not use: in 洛阳镇, or another user's. */
  readonly foreign: { readonly user: string; readonly unit: string; readonly park: string; readonly hazard: string; readonly photo: string };
}

interface Reference {
  readonly name: string;
  readonly foreign: (world: World) => string;
  readonly request: (world: World, id: string) => InjectOptions;
}

const as = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * Every reference to another object a request can carry, in the body or the path. For each, an id
 * that exists outside the caller's reach and an id that exists nowhere must get the same answer:
 * status, code, title, detail and field errors (ADR 0070). Otherwise the difference tells which
 * accounts, units or hazards exist in other towns.
 */
const REFERENCES: Reference[] = [
  { name: 'assignee (a user of another town)', foreign: (w) => w.foreign.user, request: (w, id) => ({ method: 'POST', url: `/api/v1/hazards/${w.hazardId}/actions`, headers: as(w.hutang), payload: { action: 'assign', assigneeId: id } }) },
  { name: 'hazard unitId (a unit of another town)', foreign: (w) => w.foreign.unit, request: (w, id) => ({ method: 'POST', url: '/api/v1/hazards', headers: as(w.hutang), payload: hazardBody({ unitId: id }) }) },
  { name: 'hazard photoIds (another user’s photo)', foreign: (w) => w.foreign.photo, request: (w, id) => ({ method: 'POST', url: '/api/v1/hazards', headers: as(w.hutang), payload: hazardBody({ photoIds: [id] }) }) },
  { name: 'fixed-on-site evidence photo (another user’s)', foreign: (w) => w.foreign.photo, request: (w, id) => ({ method: 'POST', url: '/api/v1/hazards', headers: as(w.hutang), payload: hazardBody({ fixedOnSite: { evidencePhotoIds: [id] } }) }) },
  { name: 'unit parentId (a park of another town)', foreign: (w) => w.foreign.park, request: (w, id) => ({ method: 'POST', url: '/api/v1/units', headers: as(w.hutang), payload: unitBody({ parentId: id }) }) },
  { name: 'dismiss duplicateOf (a hazard of another town)', foreign: (w) => w.foreign.hazard, request: (w, id) => ({ method: 'POST', url: `/api/v1/hazards/${w.hazardId}/actions`, headers: as(w.hutang), payload: { action: 'dismiss', reason: 'duplicate', duplicateOf: id } }) },
  { name: 'GET /hazards/:id', foreign: (w) => w.foreign.hazard, request: (w, id) => ({ method: 'GET', url: `/api/v1/hazards/${id}`, headers: as(w.hutang) }) },
  { name: 'GET /hazards/:id/events', foreign: (w) => w.foreign.hazard, request: (w, id) => ({ method: 'GET', url: `/api/v1/hazards/${id}/events`, headers: as(w.hutang) }) },
  { name: 'POST /hazards/:id/actions', foreign: (w) => w.foreign.hazard, request: (w, id) => ({ method: 'POST', url: `/api/v1/hazards/${id}/actions`, headers: as(w.hutang), payload: { action: 'assign' } }) },
  { name: 'GET /units/:id', foreign: (w) => w.foreign.unit, request: (w, id) => ({ method: 'GET', url: `/api/v1/units/${id}`, headers: as(w.hutang) }) },
  { name: 'PATCH /units/:id', foreign: (w) => w.foreign.unit, request: (w, id) => ({ method: 'PATCH', url: `/api/v1/units/${id}`, headers: as(w.hutang), payload: { name: '新名' } }) },
  { name: 'GET /units/:id/changes', foreign: (w) => w.foreign.unit, request: (w, id) => ({ method: 'GET', url: `/api/v1/units/${id}/changes`, headers: as(w.hutang) }) },
  { name: 'patrol filter gridWorkerId (a user who is not one of the caller’s grid workers)', foreign: (w) => w.foreign.user, request: (w, id) => ({ method: 'GET', url: `/api/v1/patrols?gridWorkerId=${id}`, headers: as(w.hutang) }) },
  { name: 'GET /photos/:id', foreign: (w) => w.foreign.photo, request: (w, id) => ({ method: 'GET', url: `/api/v1/photos/${id}`, headers: as(w.hutang) }) },
];

/** What a client can tell apart: everything but the request id. */
function answer(response: { statusCode: number; body: string }): unknown {
  const { requestId: _requestId, ...rest } = JSON.parse(response.body) as Record<string, unknown>;
  return { status: response.statusCode, ...rest };
}

describeEachDialect('references to objects outside the caller’s reach answer like ids that do not exist', (dialect) => {
  let server: TestServer;
  let world: World;

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    const hutang = (await server.login('town')).token;
    const luoyang = await server.login('town', { regionCode: '320412103' });
    const post = async (token: string, url: string, payload: unknown) => {
      const response = await server.app.inject({ method: 'POST', url, headers: as(token), payload: payload as Record<string, unknown> });
      if (response.statusCode !== 201) throw new Error(`${url}: ${response.body}`);
      return (response.json() as { id: string }).id;
    };
    const photoResponse = await server.app.inject({ method: 'POST', url: '/api/v1/photos', headers: { ...as(luoyang.token), 'content-type': 'multipart/form-data; boundary=B' }, payload: await multipartJpeg('B') });
    world = {
      hutang,
      hazardId: await post(hutang, '/api/v1/hazards', hazardBody()),
      foreign: {
        user: luoyang.user.id,
        unit: await post(luoyang.token, '/api/v1/units', unitBody({ location: LUOYANG_POINT, address: '洛阳镇1号' })),
        park: await post(luoyang.token, '/api/v1/units', unitBody({ location: LUOYANG_POINT, address: '洛阳镇2号', kind: 'park' })),
        hazard: await post(luoyang.token, '/api/v1/hazards', hazardBody({ location: LUOYANG_POINT })),
        photo: (photoResponse.json() as { id: string }).id,
      },
    };
  });
  afterAll(async () => server.close());

  for (const reference of REFERENCES) {
    it(reference.name, async () => {
      const unknown = await server.app.inject(reference.request(world, UNKNOWN));
      const foreign = await server.app.inject(reference.request(world, reference.foreign(world)));
      expect(unknown.statusCode, unknown.body).toBeGreaterThanOrEqual(400);
      expect(unknown.statusCode, unknown.body).toBeLessThan(500);
      expect(answer(foreign)).toEqual(answer(unknown));
    });
  }
});
