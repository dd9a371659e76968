import { DomainError } from '../shared/domain-error.js';

export const jobsReadRefused = () =>
  new DomainError('permission_denied', 'job.read_refused', 'Only the district office sees and retries background jobs.');

export const jobNotFound = (id: string) => new DomainError('not_found', 'job.not_found', 'The job does not exist.', { id });

export const jobNotRetryable = (id: string, state: string) =>
  new DomainError('conflict', 'job.not_retryable', 'Only a failed job (retrying or dead) can be retried.', { id, state });
