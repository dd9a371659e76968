import { DomainError } from '../shared/domain-error.js';

export const reviewEvidenceRequired = (level: string) =>
  new DomainError(
    'rule_violation',
    'hazard.review_evidence_required',
    'Closing this hazard needs review photos: record a review visit with photos, or add them when closing.',
    { level },
    [{ path: '/photoIds', code: 'review_evidence_required' }],
  );

export const evidencePolicyManageRefused = () =>
  new DomainError('permission_denied', 'evidence.manage_refused', 'Only the district office sets the evidence rules.');
