import { enqueueJob } from '@safegrid/core';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SafeGridApp } from '../app-types.js';
import { buildServer } from '../server.js';
import { buildTestServer, type TestServer } from '../testing/build-test-server.js';
import { expectProblem } from '../testing/expectations.js';

const TOKEN = 'scrape-token-0123456789abcdef';

/** The value of one sample line (`name{labels} value`), or undefined when there is none. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const line = text.split('\n').find((candidate) => {
    if (!candidate.startsWith(`${name}{`)) return false;
    return Object.entries(labels).every(([key, value]) => candidate.includes(`${key}="${value}"`));
  });
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describeEachDialect('/metrics', (dialect) => {
  let server: TestServer;
  let plain: TestServer;
  let app: SafeGridApp;

  beforeAll(async () => {
    server = await buildTestServer({ dialect, config: { SAFEGRID_METRICS_TOKEN: TOKEN } });
    plain = await buildTestServer({ dialect });
    // The same services with one route that fails, to see the failures counter move.
    app = await buildServer(server.app.services, {
      extensions: [async (scope) => {
        scope.get('/api/v1/test-failure', { config: { access: 'public' } }, async () => {
          throw new Error('boom');
        });
      }],
    });
  });
  afterAll(async () => {
    await app.close();
    await server.close();
    await plain.close();
  });

  const scrape = (token?: string) => app.inject({ method: 'GET', url: '/metrics', headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });

  it('does not exist without SAFEGRID_METRICS_TOKEN, whatever token is presented', async () => {
    expectProblem(await plain.app.inject({ method: 'GET', url: '/metrics' }), 404, 'request.route_not_found');
    expectProblem(await plain.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } }), 404, 'request.route_not_found');
  });

  it('refuses a missing or wrong token with a 401 problem in the caller’s language', async () => {
    const missing = expectProblem(await scrape(), 401, 'auth.metrics_token_invalid');
    expect(missing.title).toBe('监控指标令牌缺失或不正确');
    for (const wrong of ['', 'x', TOKEN.slice(0, -1), `${TOKEN}x`, TOKEN.toUpperCase()]) {
      const response = await scrape(wrong);
      expectProblem(response, 401, 'auth.metrics_token_invalid');
      expect(response.headers['www-authenticate']).toBe('Bearer realm="metrics"');
      expect(response.body).not.toContain(TOKEN);
    }
    const english = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer nope', 'accept-language': 'en' } });
    expect(expectProblem(english, 401, 'auth.metrics_token_invalid').title).toBe('The metrics token is missing or wrong');
  });

  it('reads the job queue depth from the jobs table at each scrape', async () => {
    const deps = server.deps;
    await deps.inTransaction((stores) => enqueueJob(stores, deps, { kind: 'sessions.purge', districtCode: '320412' }));
    await deps.inTransaction((stores) => enqueueJob(stores, deps, { kind: 'risk.regrade', districtCode: '320412' }));
    const text = (await scrape(TOKEN)).body;
    expect(sample(text, 'safegrid_job_queue_depth', { state: 'queued' })).toBe(2);
    expect(await deps.jobs.claim({ owner: 'metrics-test', limit: 1, now: deps.clock.now(), leaseMs: 60_000 })).toHaveLength(1);
    const after = (await scrape(TOKEN)).body;
    expect(sample(after, 'safegrid_job_queue_depth', { state: 'queued' })).toBe(1);
    expect(sample(after, 'safegrid_job_queue_depth', { state: 'running' })).toBe(1);
  });

  it('serves latency by route pattern and status, failures, job queue depth and process metrics', async () => {
    await app.inject({ method: 'GET', url: '/api/v1/health' });
    await app.inject({ method: 'GET', url: '/api/v1/health' });
    await app.inject({ method: 'GET', url: '/api/v1/hazards/0190e2a0-0000-7000-8000-000000000001' });
    await app.inject({ method: 'GET', url: '/api/v1/test-failure' });
    const before = await scrape(TOKEN);
    expect(before.statusCode).toBe(200);
    expect(before.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(before.headers['cache-control']).toBe('no-store');
    const text = before.body;
    expect(sample(text, 'safegrid_http_request_duration_seconds_count', { route: '/api/v1/health', status: '200', method: 'GET' })).toBe(2);
    // A path with an id is labelled by its pattern, never by the id.
    expect(sample(text, 'safegrid_http_request_duration_seconds_count', { route: '/api/v1/hazards/:id', status: '401' })).toBe(1);
    expect(text).not.toContain('0190e2a0-0000-7000-8000-000000000001');
    expect(sample(text, 'safegrid_http_request_failures_total', { route: '/api/v1/test-failure', status: '500' })).toBe(1);
    expect(sample(text, 'safegrid_http_request_failures_total', { route: '/api/v1/health' })).toBeUndefined();
    expect(text).toMatch(/^process_cpu_user_seconds_total\{service="safegrid"\} /m);
    expect(text).toContain('# TYPE safegrid_job_queue_depth gauge');

    // The jobs module registers its reader; each scrape asks it afresh.
    let queued = 3;
    server.app.services.metrics.registerJobQueueDepth(async () => ({ queued, running: 1 }));
    server.app.services.metrics.countJobFailure('notify_sms');
    const first = (await scrape(TOKEN)).body;
    expect(sample(first, 'safegrid_job_queue_depth', { state: 'queued' })).toBe(3);
    expect(sample(first, 'safegrid_job_queue_depth', { state: 'running' })).toBe(1);
    expect(sample(first, 'safegrid_job_failures_total', { kind: 'notify_sms' })).toBe(1);
    queued = 0;
    expect(sample((await scrape(TOKEN)).body, 'safegrid_job_queue_depth', { state: 'queued' })).toBe(0);
  });
});
