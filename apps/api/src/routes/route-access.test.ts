import { describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildServer } from '../server.js';
import { buildTestServer, type TestServer } from '../testing/build-test-server.js';
import { expectProblem } from '../testing/expectations.js';

const PUBLIC = new Set(['GET /api/v1/health', 'POST /api/v1/auth/login', 'POST /api/v1/auth/login/second-factor', 'POST /api/v1/auth/logout', 'GET /api/v1/openapi.json', 'GET /api/v1/auth/session',
  'POST /api/v1/public/reports', 'GET /api/v1/public/reports/nearby', 'GET /api/v1/public/track/{code}', 'GET /api/v1/public/map-settings']);

describeEachDialect('every route declares its access level', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await buildTestServer({ dialect });
  });
  afterAll(async () => server.close());

  it('refuses to start with a route that declares none', async () => {
    await expect(
      buildServer(server.app.services, { extensions: [async (app) => void app.get('/api/v1/forgotten', async () => 'open')] }),
    ).rejects.toThrow(/declares no config.access/);
  });

  it('answers 401 without a session on every non-public route in the OpenAPI document', async () => {
    const document = (await server.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    expect(routes.length).toBeGreaterThan(15);
    for (const route of routes) {
      const [method, path] = route.split(' ') as [string, string];
      const url = path.replace(/\{id\}/g, '01900000-0000-7000-8000-000000000001');
      const response = await server.app.inject({ method: method as 'GET', url, payload: method === 'GET' ? undefined : {} });
      if (PUBLIC.has(`${method} /api/v1${path.replace(/^\/api\/v1/, '')}`) || PUBLIC.has(route)) continue;
      expectProblem(response, 401, 'auth.unauthenticated');
    }
  });

  it('serves the health check and the OpenAPI document publicly', async () => {
    const health = await server.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.json()).toEqual({ status: 'ok', database: dialect, version: 'test' });
    const document = (await server.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as { openapi: string; paths: object };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/api/v1/hazards/{id}/actions');
    const docs = await server.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toMatch(/swagger/i);
  });

  it('answers unknown routes with a problem', async () => {
    expectProblem(await server.app.inject({ method: 'GET', url: '/api/v1/nothing-here' }), 404, 'request.route_not_found');
  });

  it('translates every error code raised by core in both languages', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { hasTranslation } = await import('../problem.js');
    const root = new URL('../../../../packages/core/src', import.meta.url).pathname;
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !path.includes('/testing/')) files.push(path);
      }
    };
    walk(root);
    const codes = new Set<string>();
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(/new DomainError\(\s*'[a-z_]+',\s*[`']([a-z_.${}]+)[`']/g)) codes.add(match[1] ?? '');
    }
    const expanded = [...codes].flatMap((code) =>
      code.includes('${reason}') ? ['role', 'major_district_only', 'self_review'].map((reason) => code.replace('${reason}', reason)) : [code],
    );
    expect(expanded.length).toBeGreaterThan(15);
    expect(expanded.filter((code) => !hasTranslation(code))).toEqual([]);
  });
});
