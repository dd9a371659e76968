import { DomainError } from '../shared/domain-error.js';

export const channelsRefused = () =>
  new DomainError('permission_denied', 'notification.channels_refused', 'Only the district office configures channels and reads the delivery log.');

export const channelEndpointNotFound = (id: string) => new DomainError('not_found', 'notification.endpoint_not_found', 'The channel endpoint does not exist.', { id });
