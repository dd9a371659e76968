import type { FastifyRequest } from 'fastify';
import type { SafeGridApp } from '../app-types.js';
import { SESSION_COOKIE } from './authentication.js';
import { sendProblem } from './error-handler.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** An `Origin` value or a scheme+host as browsers serialise origins (lower-case host, no default port); null if not one. */
function normaliseOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) ? url.origin : null;
  } catch {
    return null;
  }
}

/** The origin the request was sent to: its scheme (X-Forwarded-Proto only behind a trusted proxy) and Host header. */
function ownOrigin(request: FastifyRequest): string | null {
  return request.host ? normaliseOrigin(`${request.protocol}://${request.host}`) : null;
}

/** Whether the browser credential of this request is the session cookie (a bearer header wins, as in authentication). */
function usesSessionCookie(request: FastifyRequest): boolean {
  if (request.headers.authorization?.startsWith('Bearer ')) return false;
  return request.cookies[SESSION_COOKIE] !== undefined;
}

/**
 * Whether a cookie-authenticated write comes from a page of an allowed origin (ADR 0070). `Origin`
 * decides when present (every current browser sends it on a POST, PATCH, PUT or DELETE, and `null`
 * from sandboxed or privacy-stripped contexts is refused); without it `Sec-Fetch-Site` must say
 * `same-origin` or `none` (typed by the user). A request with neither header is not from a browser
 * page that could borrow a cookie, so it passes (curl with a cookie file, old tools).
 */
export function isAllowedOrigin(request: FastifyRequest, allowed: readonly string[]): boolean {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    const normalised = normaliseOrigin(origin);
    if (!normalised) return false;
    return allowed.length > 0 ? allowed.includes(normalised) : normalised === ownOrigin(request);
  }
  const site = request.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

/**
 * Cross-site request forgery guard. The session cookie is SameSite=Lax, but "site" ignores the port:
 * a page on another port of the same host (or another subdomain) still gets the cookie attached to
 * its form posts and credentialed fetches. So every unsafe method that arrives with the session
 * cookie and without a bearer token must come from an allowed origin; bearer-token clients and
 * cookie-less requests (public reporting, log-in) are not affected.
 */
export function registerOriginCheck(app: SafeGridApp): void {
  const allowed = app.services.config.allowedOrigins;
  app.addHook('onRequest', (request, reply, done) => {
    if (SAFE_METHODS.has(request.method) || !usesSessionCookie(request) || isAllowedOrigin(request, allowed)) return done();
    request.log.warn({ origin: request.headers.origin, secFetchSite: request.headers['sec-fetch-site'] }, 'cross-origin write refused');
    return sendProblem(request, reply, { status: 403, code: 'request.cross_origin' });
  });
}
