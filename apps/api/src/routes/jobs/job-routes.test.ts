import { JobListResponse, JobResponse } from '@safegrid/contracts';
import { afterFailure, enqueueJob, type Job } from '@safegrid/core';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

describeEachDialect('job routes', (dialect) => {
  let server: TestServer;
  let district: string;
  let running: Job;
  let dead: Job;
  const send = (method: 'GET' | 'POST', url: string, token: string, language = 'zh-CN', payload?: object) =>
    server.app.inject({ method, url, headers: { authorization: `Bearer ${token}`, 'accept-language': language }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    ({ token: district } = await server.login('district'));
    const { deps } = server;
    const enqueue = (kind: string, districtCode = '320412') =>
      deps.inTransaction((stores) => enqueueJob(stores, deps, { kind, districtCode, maxAttempts: 1 }));
    await enqueue('risk.regrade');
    await enqueue('sessions.purge');
    await enqueue('risk.regrade', '320411');
    const now = () => deps.clock.now().toISOString();
    const claimed = await deps.jobs.claim({ owner: 'test-runner', now: deps.clock.now(), leaseMs: 60_000, limit: 3 });
    [running, dead] = claimed.filter((job) => job.districtCode === '320412') as [Job, Job];
    // A long job reports how far it got; another failed on its only attempt.
    await deps.jobs.progress(running, 'test-runner', { done: 3, total: 10 }, now());
    await deps.jobs.fail(dead, 'test-runner', { ...afterFailure(dead, deps.clock.now()), error: 'Error: 磁盘已满' }, now());
  });
  afterAll(async () => server.close());

  it('shows the district office its district’s jobs with progress and the last error', async () => {
    const list = expectResponse<JobListResponse>(await send('GET', '/api/v1/jobs', district), 200, JobListResponse);
    expect(list.items).toHaveLength(2);
    expect(list.items.find((job) => job.id === running.id)).toMatchObject({ state: 'running', attempts: 1, progress: { done: 3, total: 10 }, lastError: null });
    expect(list.items.find((job) => job.id === dead.id)).toMatchObject({ state: 'dead', attempts: 1, maxAttempts: 1, lastError: 'Error: 磁盘已满' });
    const failed = expectResponse<JobListResponse>(await send('GET', '/api/v1/jobs?state=retrying&state=dead', district), 200, JobListResponse);
    expect(failed.items.map((job) => job.id)).toEqual([dead.id]);
    expectProblem(await send('GET', '/api/v1/jobs?state=lost', district), 400, 'request.invalid', ['/query/state/0']);
  });

  it('sends a failed job back to the queue and refuses one that is running', async () => {
    const retried = expectResponse<JobResponse>(await send('POST', `/api/v1/jobs/${dead.id}/retry`, district), 200, JobResponse);
    expect(retried).toMatchObject({ id: dead.id, state: 'queued', attempts: 0, lastError: 'Error: 磁盘已满', finishedAt: null });
    expectProblem(await send('POST', `/api/v1/jobs/${running.id}/retry`, district), 409, 'job.not_retryable');
    expectProblem(await send('POST', '/api/v1/jobs/01900000-0000-7000-8000-000000000001/retry', district), 404, 'job.not_found');
  });

  it('runs a listed kind now for the caller’s district, one new job per call, and names a wrong kind', async () => {
    const first = expectResponse<JobResponse>(await send('POST', '/api/v1/jobs', district, 'zh-CN', { kind: 'risk.regrade' }), 201, JobResponse);
    const second = expectResponse<JobResponse>(await send('POST', '/api/v1/jobs', district, 'zh-CN', { kind: 'risk.regrade' }), 201, JobResponse);
    expect(first).toMatchObject({ kind: 'risk.regrade', state: 'queued', attempts: 0 });
    expect(second.id).not.toBe(first.id);
    expect((await server.deps.jobs.find(first.id, '320412'))?.districtCode).toBe('320412');
    const before = await server.deps.jobs.countByState();
    expectProblem(await send('POST', '/api/v1/jobs', district, 'zh-CN', { kind: 'format.disk' }), 400, 'request.invalid', ['/kind']);
    expectProblem(await send('POST', '/api/v1/jobs', district, 'zh-CN', {}), 400, 'request.invalid', ['/kind']);
    expect(await server.deps.jobs.countByState()).toEqual(before);
  });

  it('keeps jobs to the district office', async () => {
    const town = await server.login('town');
    const grid = await server.login('grid_worker');
    const problem = expectProblem(await send('GET', '/api/v1/jobs', town.token, 'en'), 403, 'job.read_refused');
    expect(problem.title ?? problem.detail).toMatch(/district safety office/);
    expectProblem(await send('POST', `/api/v1/jobs/${dead.id}/retry`, town.token), 403, 'job.read_refused');
    expectProblem(await send('POST', '/api/v1/jobs', town.token, 'zh-CN', { kind: 'risk.regrade' }), 403, 'job.read_refused');
    expectProblem(await send('GET', '/api/v1/jobs', grid.token), 403, 'auth.forbidden');
  });
});
