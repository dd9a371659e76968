import { authenticate, authenticateApiKeyReader, isApiKeyToken, type Actor } from '@safegrid/core';
import type { FastifyRequest } from 'fastify';
import type { SafeGridApp } from '../app-types.js';

export const SESSION_COOKIE = 'safegrid_session';

function presentedToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
  return request.cookies[SESSION_COOKIE] ?? null;
}

/**
 * Resolves the caller from `Authorization: Bearer <token>` (scripts) or the httpOnly session
 * cookie (browsers). An unknown or expired token leaves the request anonymous; access control
 * then answers 401 where a login is needed.
 */
export function registerAuthentication(app: SafeGridApp): void {
  // Callback style so an anonymous request (health, log-in, the web app) costs no promise.
  app.addHook('onRequest', (request, _reply, done) => {
    const token = presentedToken(request);
    if (!token || token.length > 200) return done();
    // A system's API key with data.read reads as a read-only actor (ADR 0089); it is no session.
    const apiKey = isApiKeyToken(token);
    if (!apiKey) request.sessionToken = token;
    (apiKey ? authenticateApiKeyReader(app.services.deps, token) : authenticate(app.services.deps, token)).then((actor) => {
      request.actor = actor;
      done();
    }, done);
  });
}

/** Raised when a handler needs a caller and there is none (access control normally answers first). */
export class UnauthenticatedError extends Error {
  readonly statusCode = 401;
  readonly code = 'SAFEGRID_UNAUTHENTICATED';
}

/** The caller of a route whose access level guarantees one. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new UnauthenticatedError('authentication required');
  return request.actor;
}
