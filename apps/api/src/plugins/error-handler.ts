import { isDomainError, type DomainErrorKind, type FieldProblem } from '@safegrid/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { SafeGridApp } from '../app-types.js';
import type { Problem } from '@safegrid/contracts';
import { problemBody } from '../problem.js';
import { schemaErrorsToProblems, type SchemaError } from './validation-problems.js';

/** The one map from domain error kinds to HTTP statuses. */
const STATUS_BY_KIND: Record<DomainErrorKind, number> = {
  not_found: 404,
  conflict: 409,
  rule_violation: 422,
  permission_denied: 403,
  invalid_input: 422,
  rate_limited: 429,
  locked: 423,
};

/** Beijing wall-clock time of an instant, for messages (China has one zone, no daylight saving). */
function beijingTime(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** What a domain error's details add to its problem: message values, extension members, headers. */
function problemExtras(
  details: Readonly<Record<string, unknown>>,
  reply: FastifyReply,
  now: Date,
): { params?: Record<string, string | number>; extensions?: Pick<Problem, 'lockedUntil' | 'retryAfterSeconds'> } {
  const { lockedUntil, retryAfterSeconds } = details;
  if (typeof retryAfterSeconds === 'number') {
    reply.header('retry-after', String(retryAfterSeconds));
    return { params: { retryAfterSeconds }, extensions: { retryAfterSeconds } };
  }
  if (typeof lockedUntil === 'string') {
    reply.header('retry-after', String(Math.max(1, Math.ceil((new Date(lockedUntil).getTime() - now.getTime()) / 1000))));
    return { params: { lockedUntil: beijingTime(lockedUntil) }, extensions: { lockedUntil } };
  }
  // Other plain details fill the title's {placeholders} (e.g. import.rows_invalid's {problemCount}).
  const params = Object.fromEntries(Object.entries(details).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number'));
  return Object.keys(params).length > 0 ? { params } : {};
}

/** Fastify's own errors that are the client's doing, with the status and code we answer. */
const FRAMEWORK_ERRORS: Record<string, { status: number; code: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'request.body_too_large' },
  FST_REQ_FILE_TOO_LARGE: { status: 413, code: 'photo.too_large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'request.unsupported_media_type' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { status: 415, code: 'request.unsupported_media_type' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'request.invalid' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'request.invalid' },
  FST_PARTS_LIMIT: { status: 413, code: 'request.body_too_large' },
  FST_FILES_LIMIT: { status: 413, code: 'request.body_too_large' },
  SAFEGRID_UNAUTHENTICATED: { status: 401, code: 'auth.unauthenticated' },
  SAFEGRID_UNSUPPORTED_CHARSET: { status: 415, code: 'request.unsupported_charset' },
  SAFEGRID_BAD_ENCODING: { status: 400, code: 'request.bad_encoding' },
  SAFEGRID_BAD_MULTIPART: { status: 400, code: 'request.invalid' },
  FST_ERR_BAD_URL: { status: 400, code: 'request.bad_url' },
};

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: {
    status: number;
    code: string;
    fields?: readonly FieldProblem[];
    params?: Readonly<Record<string, string | number>>;
    extensions?: Pick<Problem, 'lockedUntil' | 'retryAfterSeconds'>;
  },
): FastifyReply {
  return reply
    .status(problem.status)
    .type('application/problem+json')
    .send(problemBody({ language: request.language, requestId: String(request.id), ...problem }));
}

/** Every failure leaves as problem+json in the caller's language; anything unexpected is a logged 500 without internals. */
export function registerErrorHandler(app: SafeGridApp): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isDomainError(error)) {
      return sendProblem(request, reply, { status: STATUS_BY_KIND[error.kind], code: error.code, fields: error.fields, ...problemExtras(error.details, reply, app.services.deps.clock.now()) });
    }
    if (error.validation) {
      const fields = schemaErrorsToProblems(error.validationContext, error.validation as unknown as SchemaError[]);
      return sendProblem(request, reply, { status: 400, code: 'request.invalid', fields });
    }
    const known = error.code ? FRAMEWORK_ERRORS[error.code] : undefined;
    if (known) {
      const fields = known.code === 'photo.too_large' ? [{ path: '/file', code: 'too_large', params: { max: app.services.config.photoMaxBytes } }] : undefined;
      return sendProblem(request, reply, { ...known, ...(fields ? { fields } : {}) });
    }
    if (error.statusCode === 429) return sendProblem(request, reply, { status: 429, code: 'request.rate_limited' });
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(request, reply, { status: error.statusCode, code: 'request.invalid' });
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, { status: 500, code: 'internal' });
  });

  app.setNotFoundHandler((request, reply) => sendProblem(request, reply, { status: 404, code: 'request.route_not_found' }));
}
