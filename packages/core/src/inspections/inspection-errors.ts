import { DomainError } from '../shared/domain-error.js';
import type { InspectionAction, InspectionStatus } from './inspection-status.js';

export const inspectionNotFound = (inspectionId: string) =>
  new DomainError('not_found', 'inspection.not_found', 'The inspection does not exist or is outside your scope.', { inspectionId });

export const notTheInspector = () =>
  new DomainError('permission_denied', 'inspection.not_inspector', 'Only the inspector who started the inspection answers, finishes or cancels it.');

export const inspectionActionNotAllowed = (action: InspectionAction, status: InspectionStatus) =>
  new DomainError('conflict', 'inspection.action_not_allowed', 'This is not allowed in the inspection’s current state.', { action, status });

export const inspectionChangedConcurrently = (inspectionId: string) =>
  new DomainError('conflict', 'inspection.changed_concurrently', 'The inspection was changed at the same time; reload and try again.', { inspectionId });
