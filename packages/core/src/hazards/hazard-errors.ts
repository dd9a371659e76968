import { DomainError, invalidInput, type FieldProblem } from '../shared/domain-error.js';
import type { HazardActionRefusal } from './hazard-policy.js';
import type { HazardAction, HazardStatus } from './hazard-status.js';

export const hazardNotFound = (hazardId: string) =>
  new DomainError('not_found', 'hazard.not_found', 'The hazard does not exist or is outside your scope.', { hazardId });

export const hazardActionNotAllowedInStatus = (action: HazardAction, status: HazardStatus) =>
  new DomainError('conflict', 'hazard.action_not_allowed', 'This action is not allowed in the hazard’s current state.', {
    action,
    status,
  });

export const hazardActionRefused = (action: HazardAction, reason: HazardActionRefusal) =>
  new DomainError('permission_denied', `hazard.refused_${reason}`, 'You may not take this action on this hazard.', {
    action,
  });

export const hazardChangedConcurrently = (hazardId: string) =>
  new DomainError('conflict', 'hazard.changed_concurrently', 'The hazard was changed by someone else; reload and try again.', {
    hazardId,
  });

export const hazardSourceRefused = (source: string) =>
  new DomainError('permission_denied', 'hazard.source_refused', 'You may not report hazards from this source.', { source });

export const hazardOutsideScope = () =>
  new DomainError('permission_denied', 'hazard.outside_scope', 'The hazard lies outside the area you are responsible for.');

export const majorPlanIncomplete = (missing: readonly string[]) =>
  new DomainError(
    'rule_violation',
    'hazard.plan_incomplete',
    'A major hazard needs its five-part rectification plan before it is assigned.',
    { missing },
    missing.map((part) => ({ path: `/plan/${part}`, code: 'required' })),
  );

export const extensionLimitReached = (limit: number) =>
  new DomainError('rule_violation', 'hazard.extension_limit', 'The hazard has had the most extensions allowed.', { limit });

export const idempotencyKeyReused = () =>
  new DomainError('conflict', 'idempotency.key_reused', 'This idempotency key was already used for a different request.');

export const hazardFieldsInvalid = (fields: readonly FieldProblem[]) => invalidInput(fields);
