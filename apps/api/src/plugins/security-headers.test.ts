import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SafeGridApp } from '../app-types.js';
import { buildServer } from '../server.js';
import { buildTestServer, type TestServer } from '../testing/build-test-server.js';
import { webAppExtension } from '../web-app/web-app-routes.js';

const DEFAULT_CSP = "default-src 'self';base-uri 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data: blob:;font-src 'self' data:;connect-src 'self';worker-src 'self';manifest-src 'self';object-src 'none';frame-ancestors 'none';form-action 'self'";

/** What @fastify/helmet 13 sent with our options (recorded from the server before ADR 0053), minus the CSP. */
const HELMET_HEADERS: Record<string, string> = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

/** Every header a response carries that neither helmet nor the route itself would explain. */
const ROUTE_HEADERS = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive', 'cache-control', 'accept-ranges', 'vary', 'etag', 'last-modified', 'location', 'x-accel-buffering', 'transfer-encoding']);

function securityHeadersOf(headers: IncomingHttpHeaders | Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !ROUTE_HEADERS.has(name)));
}

function expectHelmetHeaders(headers: IncomingHttpHeaders | Record<string, unknown>, csp: string): void {
  expect(securityHeadersOf(headers)).toEqual({ ...HELMET_HEADERS, 'content-security-policy': csp });
}

describeEachDialect('security headers', (dialect) => {
  let server: TestServer;
  let app: SafeGridApp;
  let webDir: string;

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'safegrid-web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><div id="root"></div>');
    server = await buildTestServer({ dialect });
    app = await buildServer(server.app.services, { extensions: [webAppExtension(webDir)] });
  });
  afterAll(async () => {
    await app.close();
    await server.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('sends exactly the headers helmet sent, on the app shell, API answers, problems and redirects', async () => {
    const { token } = await server.login('district');
    const requests = [
      { method: 'GET', url: '/' },
      { method: 'GET', url: '/hazards/some-page' },
      { method: 'GET', url: '/api/v1/health' },
      { method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } },
      { method: 'GET', url: '/api/v1/auth/me' },
      { method: 'GET', url: '/api/v1/nothing-here' },
      { method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{' },
      { method: 'GET', url: '/api/docs/static/index.html' },
    ] as const;
    const statuses: number[] = [];
    for (const request of requests) {
      const response = await app.inject(request);
      statuses.push(response.statusCode);
      const { 'x-ratelimit-limit': _limit, 'x-ratelimit-remaining': _remaining, 'x-ratelimit-reset': _reset, ...headers } = response.headers;
      expectHelmetHeaders(headers, DEFAULT_CSP);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 401, 404, 400, 302]);
  });

  it('sends them on a server-sent event stream, which writes its own response head', async () => {
    const { token } = await server.login('district');
    await server.app.listen({ host: '127.0.0.1', port: 0 });
    const address = server.app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const headers = await new Promise<IncomingHttpHeaders>((resolve, reject) => {
      const request = get({ host: '127.0.0.1', port, path: '/api/v1/stats/stream', headers: { authorization: `Bearer ${token}` } }, (response) => {
        expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
        resolve(response.headers);
        request.destroy();
      });
      request.on('error', reject);
    });
    expectHelmetHeaders(headers, DEFAULT_CSP);
  });
});

describeEachDialect('security headers under a secure, tiled configuration', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await buildTestServer({ dialect, config: { SAFEGRID_COOKIE_SECURE: 'true', SAFEGRID_MAP_TILES: 'amap' } });
  });
  afterAll(() => server.close());

  it('lets the tile servers in and upgrades insecure requests, as helmet did', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/v1/health' });
    expectHelmetHeaders(response.headers, "default-src 'self';base-uri 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data: blob: https://webrd01.is.autonavi.com https://webrd02.is.autonavi.com https://webrd03.is.autonavi.com https://webrd04.is.autonavi.com;font-src 'self' data:;connect-src 'self';worker-src 'self';manifest-src 'self';object-src 'none';frame-ancestors 'none';form-action 'self';upgrade-insecure-requests");
  });
});
