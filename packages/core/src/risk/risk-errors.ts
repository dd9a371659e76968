import { DomainError } from '../shared/domain-error.js';

export const riskManageRefused = () =>
  new DomainError('permission_denied', 'risk.manage_refused', 'Only the district office overrides risk grades and changes the grading method.');

export const riskNotGraded = (unitId: string) =>
  new DomainError('conflict', 'risk.not_graded', 'The unit has not been graded yet; recompute the district first.', { unitId });

export const noRiskOverride = (unitId: string) =>
  new DomainError('conflict', 'risk.no_override', 'The unit has no override in force.', { unitId });
