import { DomainError } from '../shared/domain-error.js';

export const documentNotFound = (documentId: string) =>
  new DomainError('not_found', 'document.not_found', 'The document does not exist or is outside your scope.', { documentId });

export const nothingToOrder = () =>
  new DomainError('rule_violation', 'document.nothing_to_order', 'None of the chosen hazards is open: there is nothing to order rectified.');

export const officerWithoutCertificate = (userId: string) =>
  new DomainError('rule_violation', 'document.officer_without_certificate', 'An officer has no 执法证号 on their account.', { userId });

export const documentRefused = () =>
  new DomainError('permission_denied', 'document.refused', 'Only supervising officers issue enforcement documents, for supervision inspections.');

export const hazardNotReviewed = () =>
  new DomainError('rule_violation', 'document.hazard_not_closed', 'A 整改复查意见书 is issued for a hazard closed after review.');

export const certificateRefused = () =>
  new DomainError('permission_denied', 'document.certificate_refused', 'Only the district office records officers’ 执法证号.');
