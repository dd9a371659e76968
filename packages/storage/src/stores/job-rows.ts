import type { Selectable } from 'kysely';
import type { Job, JobState } from '@safegrid/core';
import type { JobsTable } from '../database-schema.js';
import { readJson, toIso, toIsoOrNull, writeJson } from './row-values.js';

export function toJob(row: Selectable<JobsTable>): Job {
  return {
    id: row.id,
    districtCode: row.districtCode,
    kind: row.kind,
    payload: readJson<Record<string, unknown>>(row.payload),
    dedupeKey: row.dedupeKey,
    state: row.state as JobState,
    attempts: Number(row.attempts),
    maxAttempts: Number(row.maxAttempts),
    runAt: toIso(row.runAt),
    leaseOwner: row.leaseOwner,
    leaseExpiresAt: toIsoOrNull(row.leaseExpiresAt),
    lastError: row.lastError,
    progress: row.progressDone === null || row.progressTotal === null ? null : { done: Number(row.progressDone), total: Number(row.progressTotal) },
    createdAt: toIso(row.createdAt),
    updatedAt: toIso(row.updatedAt),
    finishedAt: toIsoOrNull(row.finishedAt),
  };
}

export function toJobRow(job: Job) {
  return {
    id: job.id,
    districtCode: job.districtCode,
    kind: job.kind,
    payload: writeJson(job.payload),
    dedupeKey: job.dedupeKey,
    state: job.state,
    attempts: job.attempts,
    maxAttempts: job.maxAttempts,
    runAt: job.runAt,
    leaseOwner: job.leaseOwner,
    leaseExpiresAt: job.leaseExpiresAt,
    lastError: job.lastError,
    progressDone: job.progress?.done ?? null,
    progressTotal: job.progress?.total ?? null,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    finishedAt: job.finishedAt,
  };
}
