import { DomainError } from '../shared/domain-error.js';

export const dutyManageRefused = () =>
  new DomainError('permission_denied', 'duty.manage_refused', 'Only the district office or the town office that owns a roster plans it.');

export const dutyReadRefused = () =>
  new DomainError('permission_denied', 'duty.read_refused', 'Duty rosters are for the district, town offices and departments.');

export const dutyShiftNotFound = (shiftId: string) =>
  new DomainError('not_found', 'duty.shift_not_found', 'The shift does not exist or is outside your scope.', { shiftId });

export const dutyShiftOverlaps = (date: string) =>
  new DomainError('conflict', 'duty.shift_overlaps', 'A 24-hour shift and a day or night shift cannot share a date.', { date });

export const dutyChangedConcurrently = () =>
  new DomainError('conflict', 'duty.changed_concurrently', 'The roster was changed by someone else; reload and try again.');

export const handoverNotFound = (handoverId: string) =>
  new DomainError('not_found', 'duty.handover_not_found', 'The handover does not exist or is outside your scope.', { handoverId });

export const handoverAlreadyAcknowledged = () =>
  new DomainError('conflict', 'duty.handover_acknowledged', 'The handover is already acknowledged.');
