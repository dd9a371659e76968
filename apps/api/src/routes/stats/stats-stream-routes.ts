import { authenticate, isInScope, scopeFilterOf, type HazardChange } from '@safegrid/core';
import type { HazardChangeEvent } from '@safegrid/contracts';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';

function presentChange(change: HazardChange): HazardChangeEvent {
  return { hazardId: change.hazardId, action: change.action, status: change.status, townCode: change.townCode, at: change.at };
}

/**
 * `GET /stats/stream`: server-sent events telling a dashboard that hazards in its scope changed,
 * so it refetches its numbers. Each subscriber receives only changes inside its own scope; a
 * heartbeat keeps proxies from closing the stream and re-checks the session, ending the stream
 * when it has expired or was logged out.
 */
export async function statsStreamRoutes(app: SafeGridApp): Promise<void> {
  const { deps, config } = app.services;
  const openStreams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const close of [...openStreams]) close();
  });

  app.get('/stats/stream', {
    config: { access: 'stats.read' },
    schema: {
      tags: ['stats'],
      summary: 'Live changes of hazards in your scope as server-sent events (event: hazard), with heartbeats',
      produces: ['text/event-stream'],
    },
  }, (request, reply) => {
    const scope = scopeFilterOf(requireActor(request));
    const token = request.sessionToken;
    reply.hijack();
    const stream = reply.raw;
    stream.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    stream.write('retry: 5000\nevent: ready\ndata: {}\n\n');
    let sequence = 0;
    const unsubscribe = deps.changes.subscribe((change) => {
      if (change.kind !== 'hazard' || !isInScope(scope, change)) return;
      sequence += 1;
      stream.write(`id: ${sequence}\nevent: hazard\ndata: ${JSON.stringify(presentChange(change))}\n\n`);
    });
    const heartbeat = setInterval(() => {
      void (token ? authenticate(deps, token) : Promise.resolve(null)).then(
        (actor) => (actor ? stream.write(': heartbeat\n\n') : close()),
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
