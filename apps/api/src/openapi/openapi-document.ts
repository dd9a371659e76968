import type { SwaggerOptions } from '@fastify/swagger';
import { Problem } from '@safegrid/contracts';
import type { RouteAccess } from '../app-types.js';
import { derivedOperationId, OPERATION_IDS } from './operation-ids.js';
import { contractSchemas, operationsOf, referenceSharedSchemas } from './shared-schemas.js';

type JsonObject = Record<string, unknown>;

const API_PREFIX = '/api/v1';
const PROBLEM_MEDIA_TYPE = 'application/problem+json';
/** The operation's `config.access`, copied into the document. */
export const ACCESS_EXTENSION = 'x-safegrid-access';

/** What each documented error status means to a caller; the body is always a `Problem`. */
const ERROR_DESCRIPTIONS: Readonly<Record<string, string>> = {
  400: 'Invalid input: the problem names each field (errors[].path)',
  401: 'Not logged in, or the session has ended',
  403: 'Logged in, but your role or scope does not allow this',
  404: 'Not found, or not in your scope',
  409: 'Conflicts with the current state or a newer version',
  413: 'The upload is larger than allowed',
  415: 'The upload is not a supported type',
  422: 'Well-formed, but breaks a rule of the domain',
  429: 'Too many attempts; try again later',
};

/** `GET /api/v1/hazards/:id` → `GET /hazards/{id}`, the key of OPERATION_IDS. */
export function operationKey(method: string, url: string): string {
  const path = url.startsWith(API_PREFIX) ? url.slice(API_PREFIX.length) : url;
  return `${method.toUpperCase()} ${path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`;
}

interface RouteSchema extends JsonObject {
  hide?: boolean;
  produces?: string[];
  operationId?: string;
  response?: JsonObject;
}

/**
 * Per route, before @fastify/swagger converts it: the operationId, the 401 and 403 that access
 * control answers (from `config.access`), 429 where `config.rateLimit` applies, `security: []` on
 * public routes, and a 200 for a body that is not JSON. Only the document sees this copy;
 * validation and serialisation keep the route's own schema.
 */
function documentRoute(input: { schema: unknown; url: string; route: { method: string | string[]; config?: unknown } }): { schema: JsonObject; url: string } {
  const schema = (input.schema ?? {}) as RouteSchema;
  if (schema.hide) return { schema, url: input.url };
  const method = Array.isArray(input.route.method) ? String(input.route.method[0]) : input.route.method;
  const key = operationKey(method, input.url);
  const config = input.route.config as { access?: RouteAccess; rateLimit?: unknown } | undefined;
  const access = config?.access;
  const response: JsonObject = { ...schema.response };
  if (access && access !== 'public') {
    response[401] ??= Problem;
    if (access !== 'authenticated') response[403] ??= Problem;
  }
  if (config?.rateLimit) response[429] ??= Problem;
  if (!Object.keys(response).some((status) => status.startsWith('2'))) {
    // A body that is not JSON (bytes, an event stream): described by its media types only.
    const produces = schema.produces ?? ['application/octet-stream'];
    const body = (type: string) => ({ schema: type.startsWith('text/') ? { type: 'string' } : { type: 'string', format: 'binary' } });
    response[200] = { description: 'Success', content: Object.fromEntries(produces.map((type) => [type, body(type)])) };
  }
  return {
    url: input.url,
    schema: {
      ...schema,
      operationId: schema.operationId ?? OPERATION_IDS[key] ?? derivedOperationId(method, key.slice(key.indexOf(' ') + 1)),
      response,
      // Which permission the route needs (or public, authenticated), for readers and for the tests.
      ...(access ? { [ACCESS_EXTENSION]: access } : {}),
      ...(access === 'public' ? { security: [] } : {}),
    },
  };
}

/** Every 4xx/5xx is an RFC 9457 problem: `application/problem+json`, described by status. */
function typeErrorsAsProblems(document: JsonObject): void {
  for (const operation of operationsOf(document)) {
    const responses = (operation.responses ?? {}) as Record<string, JsonObject>;
    for (const [status, response] of Object.entries(responses)) {
      if (!/^[45]/.test(status)) continue;
      const content = (response.content ?? {}) as Record<string, unknown>;
      const media = Object.values(content)[0];
      if (media !== undefined) response.content = { [PROBLEM_MEDIA_TYPE]: media };
      if (response.description === 'Default Response' && ERROR_DESCRIPTIONS[status]) response.description = ERROR_DESCRIPTIONS[status];
    }
  }
}

/**
 * A discriminator over named branches gets an explicit `mapping` (value → branch), read from each
 * branch's single-valued discriminating property. Only the document has it: Ajv refuses `mapping`.
 */
function mapDiscriminators(document: JsonObject): void {
  const schemas = ((document.components as JsonObject | undefined)?.schemas ?? {}) as Record<string, JsonObject>;
  for (const schema of Object.values(schemas)) {
    const discriminator = schema.discriminator as { propertyName?: string } | undefined;
    if (!discriminator?.propertyName || !Array.isArray(schema.oneOf)) continue;
    const mapping = discriminatorMapping(schemas, discriminator.propertyName, schema.oneOf as JsonObject[]);
    if (mapping) schema.discriminator = { ...discriminator, mapping };
  }
}

function discriminatorMapping(schemas: Record<string, JsonObject>, propertyName: string, branches: readonly JsonObject[]): Record<string, string> | null {
  const mapping: Record<string, string> = {};
  for (const branch of branches) {
    const ref = typeof branch.$ref === 'string' ? branch.$ref : undefined;
    const target = ref ? schemas[ref.slice(ref.lastIndexOf('/') + 1)] : undefined;
    const property = (target?.properties as Record<string, JsonObject> | undefined)?.[propertyName];
    const values = property?.const !== undefined ? [property.const] : property?.enum;
    if (!ref || !Array.isArray(values) || values.length !== 1) return null;
    mapping[String(values[0])] = ref;
  }
  return mapping;
}

/** The options of @fastify/swagger: the document's header, and the two passes that make it lint-clean. */
export function openapiOptions(version: string): SwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'SafeGrid API — 安全生产网格化监管平台',
        version,
        description: 'Units, hazards and their lifecycle, regions and grids. Errors are RFC 9457 problem details in zh-CN or en (Accept-Language).',
      },
      servers: [{ url: '/', description: 'This server' }],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'safegrid_session' },
        },
        schemas: contractSchemas() as never,
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: (input) => documentRoute(input as Parameters<typeof documentRoute>[0]),
    transformObject: (input) => {
      const document = (input as { openapiObject: JsonObject }).openapiObject;
      referenceSharedSchemas(document);
      typeErrorsAsProblems(document);
      mapDiscriminators(document);
      return document as never;
    },
  };
}
