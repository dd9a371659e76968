import { isInScope, scopeFilterOf, type HazardChange } from '@safegrid/core';
import type { HazardChangeEvent } from '@safegrid/contracts';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';
import { eventStreams } from '../../plugins/event-stream.js';

function presentChange(change: HazardChange): HazardChangeEvent {
  return { hazardId: change.hazardId, action: change.action, status: change.status, townCode: change.townCode, at: change.at };
}

/**
 * `GET /stats/stream`: server-sent events telling a dashboard that hazards in its scope changed,
 * so it refetches its numbers. Each subscriber receives only changes inside its own scope; the
 * heartbeat and session check are the shared ones of `eventStreams`.
 */
export async function statsStreamRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;
  const openStream = eventStreams(app);

  app.get('/stats/stream', {
    config: { access: 'stats.read' },
    schema: {
      tags: ['stats'],
      summary: 'Live changes of hazards in your scope as server-sent events (event: hazard), with heartbeats',
      produces: ['text/event-stream'],
    },
  }, (request, reply) => {
    const scope = scopeFilterOf(requireActor(request));
    openStream(request, reply, (send) => deps.changes.subscribe((change) => {
      if (change.kind === 'hazard' && isInScope(scope, change)) send('hazard', presentChange(change));
    }));
  });
}
