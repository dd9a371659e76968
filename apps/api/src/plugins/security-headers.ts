import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { Config } from '../config.js';
import { mapTileLayers, tileOrigins } from '../routes/settings/map-tile-layers.js';

/**
 * Helmet with a Content-Security-Policy the web app works under: scripts, workers and API calls
 * from our own origin only; styles inline (Ant Design and Leaflet set them at run time); images
 * from us, data/blob URLs (photo previews) and the configured tile servers.
 */
export function securityHeaders(config: Config): FastifyHelmetOptions {
  return {
    crossOriginEmbedderPolicy: false,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...tileOrigins(mapTileLayers(config.map))],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        // Towns often serve plain HTTP on a LAN address: upgrading would break every asset there.
        upgradeInsecureRequests: config.cookieSecure ? [] : null,
      },
    },
  };
}
