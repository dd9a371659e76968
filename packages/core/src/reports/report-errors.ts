import { DomainError } from '../shared/domain-error.js';

export const reportNotFound = (reportId: string) =>
  new DomainError('not_found', 'report.not_found', 'The report does not exist or is outside your scope.', { reportId });

export const reportRefused = () =>
  new DomainError('permission_denied', 'report.refused', 'Only the district office and town offices generate 通报.');

export const reportFilesUnavailable = () =>
  new DomainError('rule_violation', 'report.files_unavailable', 'This server cannot render report files.');
