import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';
import { eventStreams } from '../../plugins/event-stream.js';

/**
 * `GET /notifications/stream`: server-sent events telling the caller that new notifications of
 * theirs were committed (event: notification, no content), so the bell refetches its count. Only
 * changes naming the caller are forwarded; heartbeats re-check the session as on /stats/stream.
 */
export function notificationStream(app: SafeGridApp): void {
  const { deps } = app.services;
  const openStream = eventStreams(app);

  app.get('/notifications/stream', {
    config: { access: 'authenticated' },
    schema: { tags: ['notifications'], summary: 'Live: an event each time notifications of yours are committed (server-sent events), with heartbeats', produces: ['text/event-stream'] },
  }, (request, reply) => {
    const actor = requireActor(request);
    openStream(request, reply, (send) => deps.changes.subscribe((change) => {
      if (change.kind !== 'notification' || change.districtCode !== actor.districtCode || !change.recipientIds.includes(actor.userId)) return;
      send('notification', { at: change.at });
    }));
  });
}
