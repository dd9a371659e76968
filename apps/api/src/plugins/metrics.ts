import { createHash, timingSafeEqual } from 'node:crypto';
import type { SafeGridApp } from '../app-types.js';
import { sendProblem } from './error-handler.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Times every answered request into the platform's metrics (by route pattern, so a hazard id never
 * becomes a label) and serves `GET /metrics` in Prometheus text format to a bearer of
 * SAFEGRID_METRICS_TOKEN. Without the setting /metrics is a 404 like any unknown path; a missing or
 * wrong token is a 401. The token is compared as SHA-256 digests in constant time, so neither its
 * content nor its length leaks through timing.
 */
export function registerMetrics(app: SafeGridApp): void {
  const { metrics, config } = app.services;
  app.addHook('onResponse', (request, reply, done) => {
    metrics.observeRequest({
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status: reply.statusCode,
      seconds: reply.elapsedTime / 1000,
    });
    done();
  });

  const expected = config.metricsToken ? digest(config.metricsToken) : null;
  app.get('/metrics', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    if (!expected) return sendProblem(request, reply, { status: 404, code: 'request.route_not_found' });
    const header = request.headers.authorization ?? '';
    const presented = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
    if (!timingSafeEqual(digest(presented), expected)) {
      reply.header('www-authenticate', 'Bearer realm="metrics"');
      return sendProblem(request, reply, { status: 401, code: 'auth.metrics_token_invalid' });
    }
    return reply.header('cache-control', 'no-store').type(metrics.contentType).send(await metrics.render());
  });
}
