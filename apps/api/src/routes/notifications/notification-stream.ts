import { authenticate } from '@safegrid/core';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';

/**
 * `GET /notifications/stream`: server-sent events telling the caller that new notifications of
 * theirs were committed (event: notification, no content), so the bell refetches its count. Only
 * changes naming the caller are forwarded; heartbeats re-check the session as on /stats/stream.
 */
export function notificationStream(app: SafeGridApp): void {
  const { deps, config } = app.services;
  const openStreams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const close of [...openStreams]) close();
  });

  app.get('/notifications/stream', {
    config: { access: 'authenticated' },
    schema: { tags: ['notifications'], summary: 'Live: an event each time notifications of yours are committed (server-sent events), with heartbeats', produces: ['text/event-stream'] },
  }, (request, reply) => {
    const actor = requireActor(request);
    const token = request.sessionToken;
    reply.hijack();
    const stream = reply.raw;
    stream.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    stream.write('retry: 5000\nevent: ready\ndata: {}\n\n');
    let sequence = 0;
    const unsubscribe = deps.changes.subscribe((change) => {
      if (change.kind !== 'notification' || change.districtCode !== actor.districtCode || !change.recipientIds.includes(actor.userId)) return;
      sequence += 1;
      stream.write(`id: ${sequence}\nevent: notification\ndata: ${JSON.stringify({ at: change.at })}\n\n`);
    });
    const heartbeat = setInterval(() => {
      void (token ? authenticate(deps, token) : Promise.resolve(null)).then(
        (current) => (current ? stream.write(': heartbeat\n\n') : close()),
        () => close(),
      );
    }, config.sseHeartbeatSeconds * 1000);
    function close(): void {
      clearInterval(heartbeat);
      unsubscribe();
      openStreams.delete(close);
      if (!stream.writableEnded) stream.end();
    }
    openStreams.add(close);
    request.raw.on('close', close);
  });
}
