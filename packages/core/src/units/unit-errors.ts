import { DomainError } from '../shared/domain-error.js';

export const unitNotFound = (unitId: string) =>
  new DomainError('not_found', 'unit.not_found', 'The unit does not exist or is outside your scope.', { unitId });

export const duplicateCreditCode = (creditCode: string) =>
  new DomainError('conflict', 'unit.duplicate_credit_code', 'A unit with this unified social credit code is already registered.', { creditCode }, [
    { path: '/creditCode', code: 'duplicate' },
  ]);

export const unitOutsideScope = () =>
  new DomainError('permission_denied', 'unit.outside_scope', 'The unit lies outside the area you are responsible for.');

export const unitChangedConcurrently = (unitId: string) =>
  new DomainError('conflict', 'unit.changed_concurrently', 'The unit was changed by someone else; reload and try again.', { unitId });

export const unitEditRefused = () =>
  new DomainError('permission_denied', 'unit.edit_refused', 'You may not change this unit.');
