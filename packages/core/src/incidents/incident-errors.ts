import { DomainError } from '../shared/domain-error.js';

export const incidentNotFound = (incidentId: string) =>
  new DomainError('not_found', 'incident.not_found', 'The incident does not exist or is outside your scope.', { incidentId });

export const incidentReportRefused = () =>
  new DomainError('permission_denied', 'incident.report_refused', 'Only the district or a town office records incident reports.');

export const incidentReadRefused = () =>
  new DomainError('permission_denied', 'incident.read_refused', 'Incident reports are for the district, town offices and departments.');

export const incidentClosed = (incidentId: string) =>
  new DomainError('conflict', 'incident.closed', 'The incident is closed (核报/结案); it takes no further reports.', { incidentId });

export const incidentChangedConcurrently = (incidentId: string) =>
  new DomainError('conflict', 'incident.changed_concurrently', 'The incident was changed by someone else; reload and try again.', { incidentId });

export const incidentNothingChanged = () =>
  new DomainError('rule_violation', 'incident.nothing_changed', 'A follow-up report must change a fact or add a note.');

export const incidentStepAlreadyReported = (step: string) =>
  new DomainError('conflict', 'incident.step_already_reported', 'This reporting step is already recorded.', { step });

export const incidentStepOutOfOrder = (step: string, after: string) =>
  new DomainError('rule_violation', 'incident.step_out_of_order', 'The step before this one has not been reported yet.', { step, after });

export const incidentStepsOpen = (steps: readonly string[]) =>
  new DomainError('rule_violation', 'incident.steps_open', 'Required reporting steps are not done yet; record them before closing.', { steps: steps.join(',') });
