import type { JOBS_ZH_CN } from './jobs.zh-cn';

/** English for the background jobs page. */
export const JOBS_EN: Record<keyof typeof JOBS_ZH_CN, string> = {
  'nav.jobs': 'Background jobs',
  'job.title': 'Background jobs',
  'job.intro': 'How the background jobs ran: the nightly risk regrade, the purge of expired sessions and others. A failed job is retried on its own and stops after several failures; you can retry it here.',
  'job.filter.all': 'All',
  'job.filter.failed': 'Failed',
  'job.empty': 'No background jobs yet',
  'job.kind': 'Job',
  'job.state': 'State',
  'job.attempts': 'Attempts',
  'job.progress': 'Progress',
  'job.createdAt': 'Created',
  'job.finishedAt': 'Finished',
  'job.lastError': 'Last error',
  'job.retry': 'Retry',
  'job.runNow': 'Run now',
  'job.nextRun': 'retries at {at}',
  'job.state.queued': 'Queued',
  'job.state.running': 'Running',
  'job.state.succeeded': 'Succeeded',
  'job.state.retrying': 'Failed, will retry',
  'job.state.dead': 'Given up',
  'job.kind.risk.regrade': 'Risk regrade',
  'job.kind.sessions.purge': 'Purge expired sessions',
  'job.kind.stats.fold-past-deadlines': 'Fold past deadlines into the overdue counts',
};
