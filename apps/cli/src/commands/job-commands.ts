import {
  enqueueJob,
  isDomainError,
  JOB_DEFINITIONS,
  JOB_STATES,
  listJobs,
  retryJob,
  systemActor,
  type Job,
  type JobState,
} from '@safegrid/core';
import { createConfiguredJobRunner, openPlatform, type Config, type JobRunner, type JobRunnerEvent, type Platform } from '@safegrid/platform';
import { UsageError, type Output } from '../output.js';

/** One line per runner event, for the server's or the worker's output. */
export function describeJobEvent(event: JobRunnerEvent): { level: 'info' | 'error'; text: string } {
  switch (event.type) {
    case 'succeeded':
      return { level: 'info', text: `job ${event.job.kind} (${event.job.districtCode}) succeeded in ${event.ms} ms [${event.job.id}]` };
    case 'failed':
      return { level: 'error', text: `job ${event.job.kind} (${event.job.districtCode}) failed, attempt ${event.job.attempts}/${event.job.maxAttempts}, now ${event.state}: ${event.error} [${event.job.id}]` };
    case 'lease_lost':
      return { level: 'error', text: `job ${event.job.kind} lost its lease (this process stalled longer than the lease); another runner takes it [${event.job.id}]` };
    case 'scheduled':
      return { level: 'info', text: `schedules: ${event.jobs} job(s) enqueued` };
    case 'poll_failed':
      return { level: 'error', text: `job runner: ${event.error}` };
  }
}

/** Starts the job runner in this process; `stop` waits for running jobs, at most the shutdown grace. */
export function startJobRunner(platform: Platform, log: (level: 'info' | 'error', text: string) => void): JobRunner {
  const runner = createConfiguredJobRunner(platform.deps, platform.services.config, {
    onEvent: (event) => {
      if (event.type === 'failed') platform.services.metrics.countJobFailure(event.job.kind);
      const { level, text } = describeJobEvent(event);
      log(level, text);
    },
  });
  runner.start();
  return runner;
}

/** Stops the runner; a handler that ignores its signal past the grace is left to its lease. */
export async function stopJobRunner(runner: JobRunner, graceMs: number): Promise<'stopped' | 'grace over'> {
  let timer: NodeJS.Timeout | undefined;
  const graceOver = new Promise<'grace over'>((resolve) => {
    timer = setTimeout(() => resolve('grace over'), graceMs);
  });
  const result = await Promise.race([runner.stop().then(() => 'stopped' as const), graceOver]);
  clearTimeout(timer);
  return result;
}

/**
 * `safegrid worker`: only the job runner, no HTTP; for PostgreSQL installs that run jobs in their
 * own processes (set SAFEGRID_JOBS=off for `serve`). SIGINT/SIGTERM stop it after running jobs end.
 */
export async function workerCommand(config: Config, output: Output, signals: NodeJS.EventEmitter = process): Promise<void> {
  const platform = await openPlatform(config);
  const runner = startJobRunner(platform, (level, text) => (level === 'error' ? output.error(text) : output.info(text)));
  output.info(`SafeGrid worker ${runner.owner} running jobs (database: ${platform.database.dialect}, every ${config.jobs.pollMs} ms, ${config.jobs.concurrency} at a time)`);
  const signal = await new Promise<string>((resolve) => {
    signals.once('SIGTERM', () => resolve('SIGTERM'));
    signals.once('SIGINT', () => resolve('SIGINT'));
  });
  output.info(`${signal}: letting running jobs finish and stopping…`);
  if ((await stopJobRunner(runner, config.shutdownGraceMs)) === 'grace over') output.error('shutdown grace over: unfinished jobs run again when their lease expires');
  await platform.close();
}

async function districtsOf(platform: Platform, district: string | undefined): Promise<string[]> {
  const all = await platform.deps.regions.listDistrictCodes();
  if (district === undefined) return all;
  if (!all.includes(district)) throw new UsageError(`unknown --district ${district}`);
  return [district];
}

async function withPlatform<T>(config: Config, work: (platform: Platform) => Promise<T>): Promise<T> {
  const platform = await openPlatform(config);
  try {
    return await work(platform);
  } finally {
    await platform.close();
  }
}

function jobLine(job: Job): string {
  const progress = job.progress ? ` ${job.progress.done}/${job.progress.total}` : '';
  const error = job.lastError ? `  — ${job.lastError}` : '';
  return `${job.id}  ${job.districtCode}  ${job.kind.padEnd(16)} ${job.state.padEnd(9)} ${job.attempts}/${job.maxAttempts}${progress}  ${job.createdAt}${error}`;
}

/** `safegrid jobs list [--state S] [--district D]`: recent jobs, newest first, with errors and progress. */
export async function jobsListCommand(config: Config, output: Output, options: { state?: string; district?: string }): Promise<Job[]> {
  if (options.state !== undefined && !JOB_STATES.includes(options.state as JobState)) throw new UsageError(`--state must be one of ${JOB_STATES.join(', ')}`);
  return withPlatform(config, async (platform) => {
    const jobs: Job[] = [];
    for (const districtCode of await districtsOf(platform, options.district)) {
      jobs.push(...(await listJobs(platform.deps, systemActor(districtCode), options.state ? { states: [options.state as JobState] } : {})));
    }
    for (const job of jobs) output.info(jobLine(job));
    if (jobs.length === 0) output.info('no jobs');
    output.result({ jobs });
    return jobs;
  });
}

/** `safegrid jobs retry ID`: sends a retrying or dead job back to the queue now. */
export async function jobsRetryCommand(config: Config, output: Output, options: { id?: string }): Promise<Job> {
  const { id } = options;
  if (!id) throw new UsageError('jobs retry needs the job id');
  return withPlatform(config, async (platform) => {
    for (const districtCode of await platform.deps.regions.listDistrictCodes()) {
      try {
        const job = await retryJob(platform.deps, systemActor(districtCode), id);
        output.info(`queued again: ${jobLine(job)}`);
        output.result({ job });
        return job;
      } catch (error) {
        if (!isDomainError(error) || error.code !== 'job.not_found') throw error;
      }
    }
    throw new UsageError(`no job ${id}`);
  });
}

/** `safegrid jobs run KIND [--district D]`: enqueues the job now, one per district; the runner (serve or worker) runs it. */
export async function jobsRunCommand(config: Config, output: Output, options: { kind?: string; district?: string }): Promise<number> {
  const definition = JOB_DEFINITIONS.find((candidate) => candidate.kind === options.kind);
  if (!definition) throw new UsageError(`jobs run needs a job kind: ${JOB_DEFINITIONS.map((candidate) => candidate.kind).join(', ')}`);
  return withPlatform(config, async (platform) => {
    const { deps } = platform;
    let enqueued = 0;
    for (const districtCode of await districtsOf(platform, options.district)) {
      const request = { kind: definition.kind, districtCode, ...(definition.maxAttempts ? { maxAttempts: definition.maxAttempts } : {}) };
      if (await deps.inTransaction((stores) => enqueueJob(stores, deps, request))) enqueued += 1;
    }
    output.info(`enqueued ${enqueued} ${definition.kind} job(s); ${config.jobs.mode === 'inline' ? '`safegrid serve`' : 'a `safegrid worker`'} runs them`);
    output.result({ enqueued });
    return enqueued;
  });
}
