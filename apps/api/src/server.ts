import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { ApiServices, SafeGridApp } from './app-types.js';
import { registerApiDocs } from './openapi/api-docs.js';
import { openapiOptions } from './openapi/openapi-document.js';
import { registerAccessControl } from './plugins/access-control.js';
import { registerAuthentication } from './plugins/authentication.js';
import { registerErrorHandler } from './plugins/error-handler.js';
import { clientErrorHandler, frameworkErrors } from './plugins/framework-refusals.js';
import { registerMetrics } from './plugins/metrics.js';
import { registerOriginCheck } from './plugins/origin-check.js';
import { registerRequestContext } from './plugins/request-context.js';
import { registerRequestText } from './plugins/request-text.js';
import { registerSecurityHeaders } from './plugins/security-headers.js';
import { createValidatorCompiler } from './plugins/schema-validation.js';
import { API_ROUTES } from './routes/index.js';
import { open311Routes } from './open311/open311-routes.js';

export interface BuildServerOptions {
  /** Fastify's logger setting; tests pass false. */
  readonly logger?: FastifyServerOptions['logger'];
  /** Extra plugins registered after the API, e.g. the web app's static files. */
  readonly extensions?: readonly ((app: SafeGridApp) => Promise<void>)[];
  /** Certificate and key (PEM) to answer HTTPS instead of HTTP. */
  readonly https?: { readonly cert: Buffer; readonly key: Buffer };
}

const JSON_BODY_LIMIT = 1024 * 1024;

/** Builds the HTTP server without listening: plugins, the error mapping, OpenAPI, and every route under /api/v1. */
export async function buildServer(services: ApiServices, options: BuildServerOptions = {}): Promise<SafeGridApp> {
  const base = {
    logger: options.logger ?? false,
    bodyLimit: JSON_BODY_LIMIT,
    // Off unless configured: with it on, any client could name its own address in X-Forwarded-For.
    trustProxy: services.config.trustProxy as FastifyServerOptions['trustProxy'],
    genReqId: () => services.deps.ids.newId(),
    frameworkErrors,
    clientErrorHandler,
  };
  // An HTTPS server only differs in its Node server type; routes and plugins are the same.
  const instance = options.https ? (Fastify({ ...base, https: { cert: options.https.cert, key: options.https.key } }) as unknown as FastifyInstance) : Fastify(base);
  const fastify = instance.withTypeProvider<TypeBoxTypeProvider>();
  fastify.setValidatorCompiler(createValidatorCompiler());
  const app = fastify as unknown as SafeGridApp;
  app.decorate('services', services);

  registerRequestContext(app);
  registerErrorHandler(app);
  registerRequestText(app, JSON_BODY_LIMIT);
  registerMetrics(app);
  // gzip or brotli (quality 4) for JSON and text above 1 KiB. The web app's pre-compressed `.gz`
  // files already carry Content-Encoding and pass untouched; live streams (SSE) are hijacked
  // replies that never go through it, and text/event-stream is not a compressible type anyway.
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  await app.register(cookie);
  registerSecurityHeaders(app, services.config);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, {
    limits: { fileSize: services.config.photoMaxBytes, files: 1, fields: 10, parts: 12, fieldSize: 1024 },
    throwFileSizeLimit: true,
  });
  await app.register(swagger, openapiOptions(services.version));
  registerOriginCheck(app);
  registerAuthentication(app);
  registerAccessControl(app);
  await registerApiDocs(app);

  await app.register(async (scope) => {
    const api = scope as unknown as SafeGridApp;
    for (const routes of API_ROUTES) await routes(api);
  }, { prefix: '/api/v1' });
  // Open311 GeoReport v2 (ADR 0075): its own paths, formats and errors, before the web app's fallback.
  await app.register(async (scope) => open311Routes(scope as unknown as SafeGridApp), { prefix: '/open311/v2' });

  for (const extension of options.extensions ?? []) await extension(app);
  await app.ready();
  return app;
}
