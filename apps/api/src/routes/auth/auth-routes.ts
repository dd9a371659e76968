import { completeSecondFactor, isPendingSecondFactor, logIn, logOut, type LogInResult } from '@safegrid/core';
import { LoginBody, LoginResponse, Problem, SecondFactorBody, SecondFactorChallengeResponse, SessionResponse, UserResponse } from '@safegrid/contracts';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { SafeGridApp } from '../../app-types.js';
import { SESSION_COOKIE, requireActor } from '../../plugins/authentication.js';
import { sendProblem } from '../../plugins/error-handler.js';
import { presentUser } from './user-presenter.js';

export async function authRoutes(app: SafeGridApp): Promise<void> {
  const { deps, config } = app.services;

  app.post('/auth/login', {
    // Attempts per minute (per client address and per username) and the lockout after repeated
    // wrong passwords are counted in the database by core's logIn, so they hold across API
    // processes (ADR 0059). request.ip honours SAFEGRID_TRUST_PROXY (off: the socket's address).
    config: { access: 'public' },
    schema: {
      tags: ['auth'],
      summary: 'Log in with a username and password; returns a bearer token and sets a session cookie',
      description: '429 auth.too_many_attempts (with Retry-After) past the attempts per minute; 423 auth.account_locked (with lockedUntil) after repeated wrong passwords. '
        + 'An account with a second factor gets 202 with a challenge and no session: send the code to /auth/login/second-factor (ADR 0093).',
      body: LoginBody,
      response: { 200: LoginResponse, 202: SecondFactorChallengeResponse, 401: Problem, 423: Problem, 429: Problem },
    },
  }, async (request, reply) => {
    const result = await logIn(deps, { ...request.body, clientIp: request.ip });
    if (!result) return sendProblem(request, reply, { status: 401, code: 'auth.invalid_credentials' });
    if (isPendingSecondFactor(result)) {
      reply.header('cache-control', 'no-store');
      return reply.status(202).send({ secondFactorRequired: true, challenge: result.challenge, expiresAt: result.expiresAt });
    }
    return openSession(reply, result);
  });

  app.post('/auth/login/second-factor', {
    // Counted against the same per-minute limits and lockout as passwords (core's completeSecondFactor).
    config: { access: 'public' },
    schema: {
      tags: ['auth'],
      summary: 'The second step of a log-in: the challenge and a current TOTP code (or a recovery code); returns a bearer token and sets a session cookie',
      description: '401 auth.second_factor_invalid for a wrong or already used code; 401 auth.second_factor_expired when the challenge is unknown or past its five minutes (log in again); '
        + '423 auth.account_locked after repeated wrong codes; 429 auth.too_many_attempts.',
      body: SecondFactorBody,
      response: { 200: LoginResponse, 401: Problem, 423: Problem, 429: Problem },
    },
  }, async (request, reply) => {
    const result = await completeSecondFactor(deps, { ...request.body, clientIp: request.ip });
    if (result === 'expired') return sendProblem(request, reply, { status: 401, code: 'auth.second_factor_expired' });
    if (result === 'wrong_code') return sendProblem(request, reply, { status: 401, code: 'auth.second_factor_invalid' });
    return openSession(reply, result);
  });

  function openSession(reply: FastifyReply, result: LogInResult) {
    reply.setCookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.cookieSecure,
      path: '/',
      expires: new Date(result.expiresAt),
    });
    const followed = result.followedSectors ? { followedSectors: [...result.followedSectors] } : {};
    const user = { ...presentUser(result.user), ...followed, ...(result.mustEnrolTwoFactor ? { mustEnrolTwoFactor: true } : {}) };
    return { token: result.token, expiresAt: result.expiresAt, user };
  }

  app.post('/auth/logout', {
    config: { access: 'public' },
    schema: { tags: ['auth'], summary: 'End the current session', response: { 204: Type.Null() } },
  }, async (request, reply) => {
    if (request.sessionToken) await logOut(deps, request.sessionToken);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  app.get('/auth/me', {
    config: { access: 'authenticated' },
    schema: { tags: ['auth'], summary: 'The logged-in user, their role, scope and permissions', response: { 200: UserResponse } },
  }, async (request) => presentUser(requireActor(request)));

  app.get('/auth/session', {
    config: { access: 'public' },
    schema: {
      tags: ['auth'],
      summary: 'The signed-in user of this session, or null (for a web app starting up; never 401)',
      response: { 200: SessionResponse },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return { user: request.actor ? presentUser(request.actor) : null };
  });
}
