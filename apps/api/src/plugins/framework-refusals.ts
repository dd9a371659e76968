import type { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';
import { negotiateLanguage } from '@safegrid/contracts';
import type { FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { problemBody } from '../problem.js';

/**
 * Refusals made before a route is found answer like every other error (ADR 0070): RFC 9457
 * problem+json in the caller's language. Fastify's defaults were plain JSON in English.
 */
const ROUTER_ERRORS: Readonly<Record<string, { status: number; code: string }>> = {
  FST_ERR_BAD_URL: { status: 400, code: 'request.bad_url' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, code: 'request.path_too_long' },
  FST_ERR_ASYNC_CONSTRAINT: { status: 400, code: 'request.invalid' },
};

/** Fastify's `frameworkErrors`: a bad percent-encoding, a path segment over maxParamLength. */
export function frameworkErrors(error: Error & { code?: string }, request: FastifyRequest, reply: FastifyReply): void {
  const known = ROUTER_ERRORS[error.code ?? ''] ?? { status: 400, code: 'request.invalid' };
  const language = negotiateLanguage(request.headers['accept-language']);
  void reply.status(known.status).type('application/problem+json').send(problemBody({ language, status: known.status, code: known.code, requestId: String(request.id) }));
}

/** The Accept-Language of a request whose headers Node could not finish parsing, if its first bytes hold one. */
function rawLanguage(error: Error & { rawPacket?: unknown }): ReturnType<typeof negotiateLanguage> {
  const raw = Buffer.isBuffer(error.rawPacket) ? error.rawPacket.subarray(0, 64 * 1024).toString('latin1') : '';
  return negotiateLanguage(/\r\naccept-language:[ \t]*([^\r\n]{0,200})/i.exec(raw)?.[1]);
}

/**
 * Fastify's `clientErrorHandler`, for requests Node's HTTP parser refuses (headers or request line
 * over the size limit: 431; malformed: 400). There is no request object yet, so the answer is
 * written on the socket directly, then the connection is closed as Node itself does.
 */
export const clientErrorHandler: FastifyServerOptions['clientErrorHandler'] = (error: Error & { code?: string; rawPacket?: unknown }, socket: Socket) => {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code] = error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'request.header_too_large']
    : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'request.timeout']
    : [400, 'request.invalid'];
  const body = JSON.stringify(problemBody({ language: rawLanguage(error), status, code, requestId: '' }));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
};
