import { API_KEY_READ_PERMISSIONS, hasPermission, type Permission } from '@safegrid/core';
import type { SafeGridApp } from '../app-types.js';
import { sendProblem } from './error-handler.js';

/** What a session that must change its password may still call. */
const PASSWORD_CHANGE_ROUTES = new Set(['/api/v1/auth/password', '/api/v1/auth/me']);
/** What a session that must enrol a second factor may still call (ADR 0093). */
const TWO_FACTOR_ENROLMENT_ROUTES = new Set(['/api/v1/auth/me', '/api/v1/auth/two-factor', '/api/v1/auth/two-factor/enrolment', '/api/v1/auth/two-factor/enrolment/confirmation']);

/**
 * Every route declares `config.access`; a route without it is refused when registered, so no
 * endpoint is ever open by omission. Checks run right after authentication, before the body is read.
 */
export function registerAccessControl(app: SafeGridApp): void {
  app.addHook('onRoute', (route) => {
    const isFrameworkRoute = route.url.startsWith('/api/docs') || route.prefix === '/api/docs';
    if (!route.config?.access && !isFrameworkRoute) {
      throw new Error(`route ${route.method} ${route.url} declares no config.access`);
    }
  });

  // Synchronous: a refusal sends the problem and ends the hook chain without calling `done`.
  app.addHook('onRequest', (request, reply, done) => {
    const access = request.routeOptions.config.access;
    if (!access || access === 'public') return done();
    if (!request.actor) {
      sendProblem(request, reply, { status: 401, code: 'auth.unauthenticated' });
      return;
    }
    // A system reading with an API key: GET routes of the read permissions only (ADR 0089).
    if (request.actor.apiKeyId && (request.method !== 'GET' || !API_KEY_READ_PERMISSIONS.includes(access as Permission))) {
      sendProblem(request, reply, { status: 403, code: 'auth.api_key_scope' });
      return;
    }
    // After an administrator's reset, the session may only read who it is and change the password (ADR 0088).
    if (request.actor.mustChangePassword && !PASSWORD_CHANGE_ROUTES.has(request.routeOptions.url ?? '')) {
      sendProblem(request, reply, { status: 403, code: 'auth.password_change_required' });
      return;
    }
    // The district requires a second factor of this account: it may only enrol one first (ADR 0093).
    if (request.actor.mustEnrolTwoFactor && !TWO_FACTOR_ENROLMENT_ROUTES.has(request.routeOptions.url ?? '')) {
      sendProblem(request, reply, { status: 403, code: 'auth.two_factor_enrolment_required' });
      return;
    }
    if (access !== 'authenticated' && !hasPermission(request.actor.role, access)) {
      sendProblem(request, reply, { status: 403, code: 'auth.forbidden' });
      return;
    }
    done();
  });
}
