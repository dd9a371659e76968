import type { Job, JobState } from '../jobs/job.js';
import type { JobStore } from '../jobs/job-store.js';

export interface MemoryJobTables {
  jobs: Map<string, Job>;
  scheduleRuns: Map<string, string>;
}

const EXPIRED_LEASE_ERROR = 'the previous run stopped without finishing (its lease expired)';
const key = (id: string, districtCode: string) => `${districtCode}:${id}`;
const isDue = (job: Job, now: string) =>
  ((job.state === 'queued' || job.state === 'retrying') && job.runAt <= now) ||
  (job.state === 'running' && job.leaseExpiresAt !== null && job.leaseExpiresAt <= now && job.attempts < job.maxAttempts);

/**
 * The job store over plain maps, with the storage rules: one job per district, kind and dedupe
 * key; leases honoured on every runner call; expired leases claimable while attempts remain.
 */
export function createMemoryJobStore(tables: MemoryJobTables): JobStore {
  const held = (job: Pick<Job, 'id' | 'districtCode'>, owner: string): Job | undefined => {
    const row = tables.jobs.get(key(job.id, job.districtCode));
    return row?.state === 'running' && row.leaseOwner === owner ? row : undefined;
  };
  const save = (job: Job) => void tables.jobs.set(key(job.id, job.districtCode), job);
  return {
    async enqueue(job) {
      const clash = [...tables.jobs.values()].some((row) => row.districtCode === job.districtCode && row.kind === job.kind && row.dedupeKey === job.dedupeKey);
      if (clash) return false;
      save(job);
      return true;
    },
    async enqueueOrRequeue(job) {
      const existing = [...tables.jobs.values()].find((row) => row.districtCode === job.districtCode && row.kind === job.kind && row.dedupeKey === job.dedupeKey);
      if (!existing) {
        save(job);
        return true;
      }
      if (existing.state === 'queued') return false;
      save({
        ...existing, state: 'queued', attempts: 0, runAt: job.runAt, payload: job.payload, leaseOwner: null, leaseExpiresAt: null,
        lastError: null, progress: null, updatedAt: job.updatedAt, finishedAt: null,
      });
      return true;
    },
    async claim({ owner, now, leaseMs, limit, kinds }) {
      const at = now.toISOString();
      for (const job of tables.jobs.values()) {
        if (job.state === 'running' && job.leaseExpiresAt !== null && job.leaseExpiresAt <= at && job.attempts >= job.maxAttempts) {
          save({ ...job, state: 'dead', leaseOwner: null, leaseExpiresAt: null, lastError: job.lastError ?? EXPIRED_LEASE_ERROR, updatedAt: at, finishedAt: at });
        }
      }
      const due = [...tables.jobs.values()].filter((job) => isDue(job, at) && (!kinds || kinds.includes(job.kind))).sort((a, b) => a.runAt.localeCompare(b.runAt) || a.id.localeCompare(b.id)).slice(0, limit);
      const leaseExpiresAt = new Date(now.getTime() + leaseMs).toISOString();
      return due.map((job) => {
        const lastError = job.state === 'running' ? EXPIRED_LEASE_ERROR : job.lastError;
        const claimed: Job = { ...job, state: 'running', attempts: job.attempts + 1, leaseOwner: owner, leaseExpiresAt, lastError, updatedAt: at };
        save(claimed);
        return claimed;
      });
    },
    async renewLease(job, owner, leaseExpiresAt, now) {
      const row = held(job, owner);
      if (row) save({ ...row, leaseExpiresAt, updatedAt: now });
      return row !== undefined;
    },
    async progress(job, owner, progress, now) {
      const row = held(job, owner);
      if (row) save({ ...row, progress, updatedAt: now });
      return row !== undefined;
    },
    async succeed(job, owner, now) {
      const row = held(job, owner);
      if (row) save({ ...row, state: 'succeeded', leaseOwner: null, leaseExpiresAt: null, updatedAt: now, finishedAt: now });
      return row !== undefined;
    },
    async succeedMany(jobs, owner, now) {
      const rows = jobs.flatMap((job) => held(job, owner) ?? []);
      for (const row of rows) save({ ...row, state: 'succeeded', leaseOwner: null, leaseExpiresAt: null, updatedAt: now, finishedAt: now });
      return rows.map((row) => row.id);
    },
    async fail(job, owner, outcome, now) {
      const row = held(job, owner);
      if (row) {
        save({
          ...row, state: outcome.state, runAt: outcome.runAt, lastError: outcome.error, leaseOwner: null, leaseExpiresAt: null, updatedAt: now,
          finishedAt: outcome.state === 'dead' ? now : null,
        });
      }
      return row !== undefined;
    },
    async requeue(job, now) {
      const row = tables.jobs.get(key(job.id, job.districtCode));
      if (!row || (row.state !== 'retrying' && row.state !== 'dead')) return false;
      save({ ...row, state: 'queued', attempts: 0, runAt: now, updatedAt: now, finishedAt: null });
      return true;
    },
    find: async (id, districtCode) => tables.jobs.get(key(id, districtCode)),
    async list({ districtCode, states, limit }) {
      return [...tables.jobs.values()]
        .filter((job) => job.districtCode === districtCode && (!states || states.includes(job.state)))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
        .slice(0, limit);
    },
    async countByState() {
      const counts: Partial<Record<JobState, number>> = {};
      for (const job of tables.jobs.values()) counts[job.state] = (counts[job.state] ?? 0) + 1;
      return counts;
    },
    async recordScheduleRun(schedule, plannedAt, now) {
      const runKey = `${schedule}@${plannedAt}`;
      if (tables.scheduleRuns.has(runKey)) return false;
      tables.scheduleRuns.set(runKey, now);
      return true;
    },
  };
}
