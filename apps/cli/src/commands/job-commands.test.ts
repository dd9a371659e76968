import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterFailure, enqueueJob, type Job } from '@safegrid/core';
import { loadConfig, openPlatform, type Config } from '@safegrid/platform';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOutput } from '../output.js';
import { jobsListCommand, jobsRetryCommand, jobsRunCommand, workerCommand } from './job-commands.js';
import { demoCommand } from './seed-demo.js';

describe('worker and jobs commands on a real SQLite file', () => {
  let dataDir: string;
  let config: Config;
  const output = createOutput({ json: true, interactive: false });

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'safegrid-cli-jobs-test-'));
    config = loadConfig({ SAFEGRID_DATA_DIR: dataDir, SAFEGRID_JOBS_POLL_MS: '50' });
    await demoCommand(config, output, { units: 60, hazards: 30, seed: 3 });
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('enqueues a regrade, which a worker runs until SIGTERM, and lists it', async () => {
    expect(await jobsRunCommand(config, output, { kind: 'risk.regrade' })).toBe(1);
    await expect(jobsRunCommand(config, output, { kind: 'nothing' })).rejects.toThrow(/risk\.regrade, sessions\.purge/);
    expect((await jobsListCommand(config, output, { state: 'queued' })).map((job) => job.kind)).toEqual(['risk.regrade']);

    const signals = new EventEmitter();
    const worker = workerCommand(config, output, signals);
    // The worker also catches up today's missed schedules: wait until nothing is queued or running.
    let jobs: Job[] = [];
    for (;;) {
      jobs = await jobsListCommand(config, output, {});
      if (jobs.length > 0 && jobs.every((job) => job.state === 'succeeded')) break;
      if (jobs.some((job) => job.state === 'dead' || job.state === 'retrying')) throw new Error(`a job failed: ${JSON.stringify(jobs)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    signals.emit('SIGTERM');
    await worker;
    const manual = jobs.find((job) => job.kind === 'risk.regrade' && !job.dedupeKey.startsWith('schedule@'));
    expect(manual).toMatchObject({ state: 'succeeded', attempts: 1, progress: { done: 60, total: 60 } });
    await expect(jobsListCommand(config, output, { state: 'stuck' })).rejects.toThrow(/--state must be one of/);
  });

  it('sends a dead job back to the queue, and refuses one that succeeded or does not exist', async () => {
    const platform = await openPlatform(config);
    let job: Job | undefined;
    try {
      const { deps } = platform;
      await deps.inTransaction((stores) => enqueueJob(stores, deps, { kind: 'sessions.purge', districtCode: '320412', maxAttempts: 1 }));
      [job] = await deps.jobs.claim({ owner: 'test', now: deps.clock.now(), leaseMs: 60_000, limit: 1 });
      if (!job) throw new Error('nothing claimed');
      await deps.jobs.fail(job, 'test', { ...afterFailure(job, deps.clock.now()), error: 'Error: disk full' }, deps.clock.now().toISOString());
    } finally {
      await platform.close();
    }
    expect((await jobsListCommand(config, output, { state: 'dead' })).map((entry) => entry.lastError)).toEqual(['Error: disk full']);
    expect(await jobsRetryCommand(config, output, { id: job.id })).toMatchObject({ state: 'queued', attempts: 0 });
    await expect(jobsRetryCommand(config, output, { id: job.id })).rejects.toMatchObject({ code: 'job.not_retryable' });
    await expect(jobsRetryCommand(config, output, { id: '019b0000-0000-7000-8000-000000000000' })).rejects.toThrow(/no job/);
  });
});
