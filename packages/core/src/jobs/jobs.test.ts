import { describe, expect, it } from 'vitest';
import { createInMemoryDeps } from '../testing/in-memory-deps.js';
import { enqueueJob } from './job-definition.js';
import { JOB_DEFINITIONS } from './job-definitions.js';
import { afterFailure, jobErrorText, MAX_JOB_ERROR_LENGTH, retryDelayMs, JOB_KINDS } from './job.js';
import { listJobs, retryJob } from './read-jobs.js';

describe('job rules', () => {
  it('backs off exponentially from 30 s, capped at an hour, and gives up after the last attempt', () => {
    expect([1, 2, 3, 4, 8, 20].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000, 3_600_000, 3_600_000]);
    const now = new Date('2026-03-02T02:00:00.000Z');
    expect(afterFailure({ attempts: 2, maxAttempts: 3 }, now)).toEqual({ state: 'retrying', runAt: '2026-03-02T02:01:00.000Z' });
    expect(afterFailure({ attempts: 3, maxAttempts: 3 }, now)).toEqual({ state: 'dead', runAt: now.toISOString() });
  });

  it('keeps an error’s name and message, cut to the limit', () => {
    expect(jobErrorText(new TypeError('bad payload'))).toBe('TypeError: bad payload');
    expect(jobErrorText('x'.repeat(5_000))).toHaveLength(MAX_JOB_ERROR_LENGTH);
  });

  it('lists each kind once, and every schedule is a five-field cron expression', () => {
    const kinds = JOB_DEFINITIONS.map((definition) => definition.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    // The names the contract and the web offer are exactly the defined kinds.
    expect([...kinds].sort()).toEqual([...JOB_KINDS].sort());
    for (const definition of JOB_DEFINITIONS) if (definition.schedule) expect(definition.schedule.split(' ')).toHaveLength(5);
  });
});

describe('jobs seen and retried by the district office', () => {
  it('shows the district office its district’s jobs and refuses everyone else', async () => {
    const deps = createInMemoryDeps();
    await deps.inTransaction((stores) => enqueueJob(stores, deps, { kind: 'risk.regrade', districtCode: '320412' }));
    await deps.inTransaction((stores) => enqueueJob(stores, deps, { kind: 'risk.regrade', districtCode: '320411' }));
    expect(await listJobs(deps, deps.given.user('district'))).toEqual([expect.objectContaining({ kind: 'risk.regrade', districtCode: '320412', state: 'queued' })]);
    await expect(listJobs(deps, deps.given.user('town'))).rejects.toMatchObject({ code: 'job.read_refused' });
    await expect(listJobs(deps, deps.given.user('grid_worker'))).rejects.toMatchObject({ code: 'job.read_refused' });
  });

  it('retries only a failed job, with fresh attempts', async () => {
    const deps = createInMemoryDeps();
    const district = deps.given.user('district');
    await deps.inTransaction((stores) => enqueueJob(stores, deps, { kind: 'risk.regrade', districtCode: '320412', maxAttempts: 1 }));
    const [job] = await deps.jobs.claim({ owner: 'a', now: deps.clock.now(), leaseMs: 60_000, limit: 1 });
    if (!job) throw new Error('no job claimed');
    await expect(retryJob(deps, district, job.id)).rejects.toMatchObject({ code: 'job.not_retryable' });
    await deps.jobs.fail(job, 'a', { ...afterFailure(job, deps.clock.now()), error: 'Error: boom' }, deps.clock.now().toISOString());
    await expect(retryJob(deps, deps.given.user('town'), job.id)).rejects.toMatchObject({ code: 'job.read_refused' });
    await expect(retryJob(deps, district, 'missing')).rejects.toMatchObject({ code: 'job.not_found' });
    expect(await retryJob(deps, district, job.id)).toMatchObject({ state: 'queued', attempts: 0, lastError: 'Error: boom' });
  });
});
