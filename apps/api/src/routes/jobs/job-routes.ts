import { listJobs, retryJob, runJobNow } from '@safegrid/core';
import { IdParams, JobListQuery, JobListResponse, JobResponse, Problem, RunJobBody } from '@safegrid/contracts';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';
import { presentJob } from './job-presenter.js';

/** Background jobs of the caller's district (ADR 0058): the district office's view and retry. */
export async function jobRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;

  app.get('/jobs', {
    config: { access: 'job.read' },
    schema: {
      tags: ['jobs'],
      summary: 'The district’s recent background jobs, newest first, with state, attempts, progress and last error; filter by state (e.g. retrying and dead for the failed ones)',
      querystring: JobListQuery,
      response: { 200: JobListResponse, 400: Problem, 403: Problem },
    },
  }, async (request) => {
    const jobs = await listJobs(deps, requireActor(request), { ...(request.query.state ? { states: request.query.state } : {}), limit: request.query.limit ?? 50 });
    return { items: jobs.map(presentJob) };
  });

  app.post('/jobs/:id/retry', {
    config: { access: 'job.manage' },
    schema: {
      tags: ['jobs'],
      summary: 'Send a failed job (retrying or dead) back to the queue to run now, with a fresh set of attempts',
      params: IdParams,
      response: { 200: JobResponse, 403: Problem, 404: Problem, 409: Problem },
    },
  }, async (request) => presentJob(await retryJob(deps, requireActor(request), request.params.id)));

  app.post('/jobs', {
    config: { access: 'job.manage' },
    schema: {
      tags: ['jobs'],
      summary: 'Run a job of the district now (e.g. the risk regrade after a policy change); each call enqueues one job',
      body: RunJobBody,
      response: { 201: JobResponse, 400: Problem, 403: Problem },
    },
  }, async (request, reply) => reply.code(201).send(presentJob(await runJobNow(deps, requireActor(request), request.body.kind))));
}
