import type { JobDefinition } from '../jobs/job-definition.js';

/**
 * Deletes the district's sessions that expired (log-in already refuses them; this keeps the
 * table small). Idempotent by nature: a second run finds nothing left to delete.
 */
export const purgeExpiredSessionsJob: JobDefinition = {
  kind: 'sessions.purge',
  schedule: '15 3 * * *',
  async run({ job, deps, reportProgress }) {
    const now = deps.clock.now().toISOString();
    const removed = await deps.inTransaction((stores) => stores.sessions.deleteExpired(job.districtCode, now));
    await reportProgress(removed, removed);
  },
};
