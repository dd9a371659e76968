import { databaseFingerprint, describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../testing/build-test-server.js';
import { expectProblem } from '../testing/expectations.js';

const hazard = { source: 'patrol', level: 'general', category: 'electrical', title: '插座烧焦', sector: 'fire', location: { lng: 119.91, lat: 31.71 } };

/** Every header combination a browser (or a script) may send, and whether a cookie-authenticated write passes. */
const CASES: { name: string; headers: Record<string, string>; allowed: boolean }[] = [
  { name: 'same origin', headers: { origin: 'http://safegrid.test:8080' }, allowed: true },
  { name: 'same origin, default port spelled out in Host', headers: { host: 'safegrid.test:80', origin: 'http://safegrid.test' }, allowed: true },
  { name: 'same host, another port', headers: { origin: 'http://safegrid.test:9090' }, allowed: false },
  { name: 'same host and port, https', headers: { origin: 'https://safegrid.test:8080' }, allowed: false },
  { name: 'another subdomain', headers: { origin: 'http://evil.safegrid.test:8080' }, allowed: false },
  { name: 'an opaque origin (sandboxed page)', headers: { origin: 'null' }, allowed: false },
  { name: 'a malformed origin', headers: { origin: 'javascript:alert(1)' }, allowed: false },
  { name: 'no Origin, Sec-Fetch-Site same-origin', headers: { 'sec-fetch-site': 'same-origin' }, allowed: true },
  { name: 'no Origin, Sec-Fetch-Site same-site', headers: { 'sec-fetch-site': 'same-site' }, allowed: false },
  { name: 'no Origin, Sec-Fetch-Site cross-site', headers: { 'sec-fetch-site': 'cross-site' }, allowed: false },
  { name: 'neither header (not a browser page)', headers: {}, allowed: true },
];

describeEachDialect('cookie-authenticated writes must come from the app’s own origin', (dialect) => {
  let server: TestServer;
  let cookie: string;
  let token: string;

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    ({ token } = await server.login('grid_worker'));
    cookie = `safegrid_session=${token}`;
  });
  afterAll(async () => server.close());

  for (const { name, headers, allowed } of CASES) {
    it(`${allowed ? 'accepts' : 'refuses'}: ${name}`, async () => {
      const before = await databaseFingerprint(server.database, { ignoreSessions: true });
      const response = await server.app.inject({
        method: 'POST', url: '/api/v1/hazards', payload: hazard,
        headers: { host: 'safegrid.test:8080', cookie, 'accept-language': 'en', ...headers },
      });
      if (allowed) {
        expect(response.statusCode, response.body).toBe(201);
      } else {
        expect(expectProblem(response, 403, 'request.cross_origin').title).toMatch(/another site or port/);
        expect(await databaseFingerprint(server.database, { ignoreSessions: true })).toBe(before);
      }
    });
  }

  it('leaves bearer-token clients, cookie-less requests and reads alone', async () => {
    const foreign = { host: 'safegrid.test:8080', origin: 'http://elsewhere.test' };
    const bearer = await server.app.inject({ method: 'POST', url: '/api/v1/hazards', payload: hazard, headers: { ...foreign, cookie, authorization: `Bearer ${token}` } });
    expect(bearer.statusCode, bearer.body).toBe(201);
    const login = await server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody', password: 'x' }, headers: foreign });
    expect(login.statusCode).toBe(401);
    const read = await server.app.inject({ method: 'GET', url: '/api/v1/hazards', headers: { ...foreign, cookie } });
    expect(read.statusCode).toBe(200);
  });
});

describe('SAFEGRID_ALLOWED_ORIGINS', () => {
  let server: TestServer;
  let cookie: string;
  beforeAll(async () => {
    server = await buildTestServer({ config: { SAFEGRID_ALLOWED_ORIGINS: 'https://safegrid.wj.gov.cn, http://10.0.0.5:8080' } });
    cookie = `safegrid_session=${(await server.login('grid_worker')).token}`;
  });
  afterAll(async () => server.close());

  it('allows exactly the listed origins, not the request’s own host', async () => {
    const post = (origin: string) => server.app.inject({ method: 'POST', url: '/api/v1/hazards', payload: hazard, headers: { host: '10.0.0.5:8080', cookie, origin } });
    expect((await post('https://safegrid.wj.gov.cn')).statusCode).toBe(201);
    expect((await post('http://10.0.0.5:8080')).statusCode).toBe(201);
    expectProblem(await post('http://10.0.0.5:8081'), 403, 'request.cross_origin');
    expectProblem(await post('http://safegrid.wj.gov.cn'), 403, 'request.cross_origin');
  });
});
