import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SafeGridApp } from '../app-types.js';
import { sendProblem } from '../plugins/error-handler.js';

// Vite names files under assets/ by content hash: they never change, so browsers may keep them a year.
const HASHED_ASSET = /^assets\/[\w.-]+$/;

/**
 * Serves the built web app at `/`: hashed assets with long-lived cache headers, the few top-level
 * files (service worker, manifest, icons) revalidated on every load, and index.html for every
 * other path that is not under /api (the app's router takes over). Pre-compressed `.gz` files
 * made by the build are sent when the browser accepts them.
 */
export function webAppExtension(webDir: string): (app: SafeGridApp) => Promise<void> {
  return async (app) => {
    const topLevelFiles = new Set(readdirSync(webDir).filter((name) => statSync(join(webDir, name)).isFile() && !name.endsWith('.gz')));
    await app.register(async (scope) => {
      await scope.register(fastifyStatic, { root: webDir, serve: false, preCompressed: true });

      const handler = async (request: FastifyRequest, reply: FastifyReply) => {
        const path = decodeURIComponent(request.url.split('?')[0] ?? '/').replace(/^\/+/, '');
        if (path === 'api' || path.startsWith('api/')) return sendProblem(request, reply, { status: 404, code: 'request.route_not_found' });
        if (HASHED_ASSET.test(path)) return reply.sendFile(path, { maxAge: '365d', immutable: true });
        if (topLevelFiles.has(path) && path !== 'index.html') return reply.header('cache-control', 'no-cache').sendFile(path, { cacheControl: false });
        return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
      };
      const options = { config: { access: 'public' as const }, schema: { hide: true } };
      scope.get('/', options, handler);
      scope.get('/*', options, handler);
    });
  };
}
