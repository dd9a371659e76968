import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SafeGridApp } from '../app-types.js';
import { buildServer } from '../server.js';
import { buildTestServer, type TestServer } from '../testing/build-test-server.js';
import { expectProblem } from '../testing/expectations.js';
import { webAppExtension } from './web-app-routes.js';

describeEachDialect('the web app served at /', (dialect) => {
  let server: TestServer;
  let app: SafeGridApp;
  let webDir: string;
  const script = 'console.log("safegrid");'.repeat(20);

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'safegrid-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(webDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(join(webDir, 'assets', 'index-Bx1.js'), script);
    writeFileSync(join(webDir, 'assets', 'index-Bx1.js.gz'), gzipSync(script));
    server = await buildTestServer({ dialect });
    app = await buildServer(server.app.services, { extensions: [webAppExtension(webDir)] });
  });
  afterAll(async () => {
    await app.close();
    await server.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('answers the app shell for / and for any app route, revalidated each time and under a CSP', async () => {
    for (const url of ['/', '/hazards/0190e2a0-0000-7000-8000-000000000001?status=assigned', '/m/report']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.body).toContain('<div id="root">');
    }
  });

  it('lets browsers keep hashed assets for a year, compressed when they accept it', async () => {
    const plain = await app.inject({ method: 'GET', url: '/assets/index-Bx1.js' });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.body).toBe(script);
    // The build's own .gz is sent as it is, never compressed a second time by the response compression.
    for (const acceptEncoding of ['gzip', 'br, gzip']) {
      const compressed = await app.inject({ method: 'GET', url: '/assets/index-Bx1.js', headers: { 'accept-encoding': acceptEncoding } });
      expect(compressed.headers['content-encoding'], acceptEncoding).toBe('gzip');
      expect(compressed.rawPayload.length).toBeLessThan(script.length);
      expect(gunzipSync(compressed.rawPayload).toString()).toBe(script);
    }
  });

  it('serves the service worker from the root, never cached stale', async () => {
    const response = await app.inject({ method: 'GET', url: '/sw.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('answers every unknown /api path, whatever the method, with a 404 problem in the caller’s language, never the app shell', async () => {
    const methods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
    for (const url of ['/api', '/api/', '/api/v2/hazards', '/api/v1/nothing-here', '/api/v1/hazards/x/y/z?page=2', '/api/docs-nope']) {
      for (const method of methods) {
        const response = await app.inject({ method, url, headers: { 'accept-language': 'en' } });
        expect(response.statusCode, `${method} ${url}`).toBe(404);
        expect(response.headers['content-type'], `${method} ${url}`).toMatch(/^application\/problem\+json/);
        if (method === 'HEAD') continue;
        expect(response.body, `${method} ${url}`).not.toContain('<div id="root">');
        expect(response.json(), `${method} ${url}`).toMatchObject({ status: 404, code: 'request.route_not_found', title: 'No such endpoint' });
      }
    }
    expect(expectProblem(await app.inject({ method: 'DELETE', url: '/api/v1/nothing' }), 404, 'request.route_not_found').title).toBe('接口不存在');
    // /metrics without its token setting is no page of the app either.
    expectProblem(await app.inject({ method: 'GET', url: '/metrics' }), 404, 'request.route_not_found');
  });

  it('compresses API responses above 1 KiB for clients that accept it', async () => {
    const openapi = await app.inject({ method: 'GET', url: '/api/v1/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    expect(openapi.statusCode).toBe(200);
    expect(openapi.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(openapi.rawPayload).toString())).toMatchObject({ openapi: '3.1.0' });
    const plain = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(openapi.rawPayload.length);
    // Small answers are not worth it.
    expect((await app.inject({ method: 'GET', url: '/api/v1/health', headers: { 'accept-encoding': 'gzip' } })).headers['content-encoding']).toBeUndefined();
  });

  it('keeps API and missing-asset misses as problem+json 404, not the app shell', async () => {
    expectProblem(await app.inject({ method: 'GET', url: '/api/v1/nothing-here' }), 404, 'request.route_not_found');
    expectProblem(await app.inject({ method: 'GET', url: '/assets/gone-123.js' }), 404, 'request.route_not_found');
    expect((await app.inject({ method: 'GET', url: '/api/v1/health' })).json()).toMatchObject({ status: 'ok' });
  });
});
