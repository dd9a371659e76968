import { DomainError } from '../shared/domain-error.js';

export const campaignNotFound = (campaignId: string) =>
  new DomainError('not_found', 'campaign.not_found', 'The campaign does not exist or is outside your scope.', { campaignId });

export const campaignManageRefused = () =>
  new DomainError('permission_denied', 'campaign.manage_refused', 'Only the district or a town office runs campaigns.');
