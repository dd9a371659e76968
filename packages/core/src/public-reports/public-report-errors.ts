import { DomainError } from '../shared/domain-error.js';

export const publicReportRateLimited = (by: 'address' | 'phone', retryAfterSeconds: number) =>
  by === 'address'
    ? new DomainError('rate_limited', 'public_report.too_many_by_address', 'Too many reports from this address; try again later.', { retryAfterSeconds })
    : new DomainError('rate_limited', 'public_report.too_many_by_phone', 'Too many reports from this mobile number today.', { retryAfterSeconds });

/** The hidden field people never see was filled: a form robot. */
export const publicReportLooksAutomated = () =>
  new DomainError('invalid_input', 'public_report.automated', 'The form looks filled in by a program; reload the page and fill it in again.');

export const trackingCodeNotFound = () =>
  new DomainError('not_found', 'public_report.code_not_found', 'No report has this tracking code.');

export const followTargetGone = (hazardId: string) =>
  new DomainError('not_found', 'public_report.follow_not_found', 'The report to follow is no longer open.', { hazardId });
