import { listLockedAccounts, unlockAccount, type LockedAccount } from '@safegrid/core';
import { IdParams, LockedAccountListResponse, Problem, type LockedAccountResponse } from '@safegrid/contracts';
import { Type } from 'typebox';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';

function presentLockedAccount({ user, lockedUntil }: LockedAccount): LockedAccountResponse {
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role, regionCode: user.scope.regionCode, lockedUntil };
}

/** Accounts locked after repeated wrong passwords, and their unlock by the district office (ADR 0059). */
export async function userRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;

  app.get('/users/locked', {
    config: { access: 'user.manage' },
    schema: {
      tags: ['users'],
      summary: 'Accounts of your district locked now after repeated wrong passwords (district office)',
      response: { 200: LockedAccountListResponse, 403: Problem },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return { items: (await listLockedAccounts(deps, requireActor(request))).map(presentLockedAccount) };
  });

  app.post('/users/:id/unlock', {
    config: { access: 'user.manage' },
    schema: {
      tags: ['users'],
      summary: 'Unlock an account of your district and clear its failed log-ins; recorded with who and when (district office)',
      params: IdParams,
      response: { 204: Type.Null(), 403: Problem, 404: Problem },
    },
  }, async (request, reply) => {
    await unlockAccount(deps, requireActor(request), request.params.id);
    return reply.status(204).send(null);
  });
}
