import {
  confirmTotpEnrolment, disableOwnTwoFactor, getTwoFactorPolicy, resetTwoFactor, setTwoFactorPolicy, startTotpEnrolment, twoFactorStatus,
} from '@safegrid/core';
import {
  IdParams, Problem, RecoveryCodesResponse, TotpCodeBody, TotpEnrolmentResponse, TwoFactorPolicyBody, TwoFactorPolicyResponse, TwoFactorStatusResponse,
} from '@safegrid/contracts';
import { Type } from 'typebox';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';

/**
 * The optional second factor (issue 16, ADR 0093): a user's own TOTP (enrol, confirm, turn off),
 * the district office's reset for a lost phone and its rule for district-office accounts. The
 * secret is in one response only, the enrolment's; the recovery codes in the confirmation's.
 */
export async function twoFactorRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;

  app.get('/auth/two-factor', {
    config: { access: 'authenticated' },
    schema: {
      tags: ['auth'],
      summary: 'Whether your second factor (TOTP) is on, how many recovery codes are left, and whether your district requires one',
      response: { 200: TwoFactorStatusResponse },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return twoFactorStatus(deps, requireActor(request));
  });

  app.post('/auth/two-factor/enrolment', {
    config: { access: 'authenticated' },
    schema: {
      tags: ['auth'],
      summary: 'Start turning on your second factor: a new secret, shown this once (otpauth:// URI and base32); pending until confirmed with a code',
      description: '409 two_factor.already_enabled while one is on (turn it off first).',
      response: { 200: TotpEnrolmentResponse, 409: Problem },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return startTotpEnrolment(deps, requireActor(request));
  });

  app.post('/auth/two-factor/enrolment/confirmation', {
    config: { access: 'authenticated' },
    schema: {
      tags: ['auth'],
      summary: 'Turn your second factor on with the authenticator’s current code; returns ten one-time recovery codes, shown this once',
      description: '422 with /code totp_code_wrong for a wrong code; 409 two_factor.no_pending_enrolment without a started enrolment.',
      body: TotpCodeBody,
      response: { 200: RecoveryCodesResponse, 409: Problem, 422: Problem },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return confirmTotpEnrolment(deps, requireActor(request), request.body);
  });

  app.post('/auth/two-factor/disable', {
    config: { access: 'authenticated' },
    schema: {
      tags: ['auth'],
      summary: 'Turn your own second factor off with a current code (or a recovery code); recorded',
      description: '422 with /code totp_code_wrong for a wrong code; 409 two_factor.not_enabled when it is off.',
      body: TotpCodeBody,
      response: { 204: Type.Null(), 409: Problem, 422: Problem },
    },
  }, async (request, reply) => {
    await disableOwnTwoFactor(deps, requireActor(request), request.body);
    return reply.status(204).send(null);
  });

  app.post('/users/:id/two-factor/reset', {
    config: { access: 'user.manage' },
    schema: {
      tags: ['users'],
      summary: 'Turn off the second factor of an account of your district (a lost phone); recorded with who and when (district office)',
      params: IdParams,
      response: { 204: Type.Null(), 403: Problem, 404: Problem },
    },
  }, async (request, reply) => {
    await resetTwoFactor(deps, requireActor(request), request.params.id);
    return reply.status(204).send(null);
  });

  app.get('/settings/two-factor', {
    config: { access: 'user.manage' },
    schema: {
      tags: ['settings'],
      summary: 'Whether your district requires a second factor of district-office accounts (district office)',
      response: { 200: TwoFactorPolicyResponse, 403: Problem },
    },
  }, async (request) => getTwoFactorPolicy(deps, requireActor(request)));

  app.put('/settings/two-factor', {
    config: { access: 'user.manage' },
    schema: {
      tags: ['settings'],
      summary: 'Require (or stop requiring) a second factor of district-office accounts; recorded (district office)',
      body: TwoFactorPolicyBody,
      response: { 200: TwoFactorPolicyResponse, 403: Problem },
    },
  }, async (request) => setTwoFactorPolicy(deps, requireActor(request), request.body));
}
