import type { Config } from '@safegrid/platform';
import type { SafeGridApp } from '../app-types.js';
import { mapTileLayers, tileOrigins } from '../routes/settings/map-tile-layers.js';

/** A response header as sent: lower-case name and value. */
export type SecurityHeader = readonly [name: string, value: string];

/**
 * The Content-Security-Policy the web app works under: scripts, workers and API calls from our
 * own origin only; styles inline (Ant Design and Leaflet set them at run time); images from us,
 * data/blob URLs (photo previews) and the configured tile servers.
 */
function contentSecurityPolicy(config: Config): string {
  const directives: [string, readonly string[]][] = [
    ['default-src', ["'self'"]],
    ['base-uri', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:', ...tileOrigins(mapTileLayers(config.map))]],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['form-action', ["'self'"]],
  ];
  // Towns often serve plain HTTP on a LAN address: upgrading would break every asset there.
  if (config.cookieSecure) directives.push(['upgrade-insecure-requests', []]);
  return directives.map(([name, sources]) => [name, ...sources].join(' ')).join(';');
}

/**
 * Every security header each response carries, computed once from the configuration. These are
 * the headers (and the order) @fastify/helmet 13 sent with our options before ADR 0053 replaced it:
 * helmet's defaults without Cross-Origin-Embedder-Policy, and our own CSP.
 */
export function securityHeaders(config: Config): readonly SecurityHeader[] {
  return [
    ['content-security-policy', contentSecurityPolicy(config)],
    ['cross-origin-opener-policy', 'same-origin'],
    ['cross-origin-resource-policy', 'same-origin'],
    ['origin-agent-cluster', '?1'],
    ['referrer-policy', 'no-referrer'],
    ['strict-transport-security', 'max-age=31536000; includeSubDomains'],
    ['x-content-type-options', 'nosniff'],
    ['x-dns-prefetch-control', 'off'],
    ['x-download-options', 'noopen'],
    ['x-frame-options', 'SAMEORIGIN'],
    ['x-permitted-cross-domain-policies', 'none'],
    ['x-xss-protection', '0'],
  ];
}

/**
 * Sets the security headers on every response, 404s and errors included, before authentication
 * runs. They go on the raw response, as helmet did, so streams that take over the response
 * (server-sent events) carry them too, and a route may still replace one with `reply.header`.
 */
export function registerSecurityHeaders(app: SafeGridApp, config: Config): void {
  const headers = securityHeaders(config);
  app.addHook('onRequest', (request, reply, done) => {
    const raw = reply.raw;
    for (const [name, value] of headers) raw.setHeader(name, value);
    done();
  });
}
