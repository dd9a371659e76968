import {
  changeOwnPassword, createAccount, getAccount, listAccounts, resetAccountPassword, setAccountStatus, updateAccount, type User,
} from '@safegrid/core';
import {
  AccountListQuery, AccountListResponse, AccountResponse, AccountWithPasswordResponse, ChangePasswordBody, CreateAccountBody, IdParams, Problem,
  UpdateAccountBody,
} from '@safegrid/contracts';
import { Type } from 'typebox';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';

export function presentAccount(user: User): AccountResponse {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    scope: { regionCode: user.scope.regionCode, gridIds: [...user.scope.gridIds], sectors: [...user.scope.sectors], unitId: user.scope.unitId, department: user.scope.department ?? null },
    phone: user.phone,
    email: user.email ?? null,
    status: user.status,
    mustChangePassword: user.mustChangePassword === true,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
  };
}

const errors = { 400: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

/**
 * Account administration (issue 16, ADR 0088): the district office for its district, a town for
 * its own grid workers and enterprise users. One-time passwords are in the answer only.
 */
export async function accountRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;

  app.get('/users', {
    config: { access: 'user.manage' },
    schema: { tags: ['users'], summary: 'Accounts you administer, searched by username, name (pinyin too) or phone, filtered and paged', querystring: AccountListQuery, response: { 200: AccountListResponse, 403: Problem } },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const page = await listAccounts(deps, requireActor(request), request.query);
    const { twoFactorEnabled, ...rest } = page;
    return { ...rest, items: page.items.map((user) => ({ ...presentAccount(user), twoFactorEnabled: twoFactorEnabled.has(user.id) })) };
  });

  app.post('/users', {
    config: { access: 'user.manage' },
    schema: {
      tags: ['users'],
      summary: 'Create an account with a role and scope; answers a one-time password, which must be changed at the first log-in',
      body: CreateAccountBody,
      response: { 201: AccountWithPasswordResponse, ...errors },
    },
  }, async (request, reply) => {
    const { user, oneTimePassword } = await createAccount(deps, requireActor(request), request.body);
    return reply.status(201).header('cache-control', 'no-store').send({ account: presentAccount(user), oneTimePassword });
  });

  app.get('/users/:id', {
    config: { access: 'user.manage' },
    schema: { tags: ['users'], summary: 'One account you administer', params: IdParams, response: { 200: AccountResponse, 403: Problem, 404: Problem } },
  }, async (request) => presentAccount(await getAccount(deps, requireActor(request), request.params.id)));

  app.patch('/users/:id', {
    config: { access: 'user.manage' },
    schema: { tags: ['users'], summary: 'Change an account’s name, phone, role or scope', params: IdParams, body: UpdateAccountBody, response: { 200: AccountResponse, ...errors } },
  }, async (request) => presentAccount(await updateAccount(deps, requireActor(request), request.params.id, request.body)));

  app.post('/users/:id/reset-password', {
    config: { access: 'user.manage' },
    schema: {
      tags: ['users'],
      summary: 'Give an account a one-time password (in this answer only); its sessions end and it must change the password at the next log-in',
      params: IdParams,
      response: { 200: AccountWithPasswordResponse, ...errors },
    },
  }, async (request, reply) => {
    const { user, oneTimePassword } = await resetAccountPassword(deps, requireActor(request), request.params.id);
    return reply.header('cache-control', 'no-store').send({ account: presentAccount(user), oneTimePassword });
  });

  app.post('/users/:id/deactivate', {
    config: { access: 'user.manage' },
    schema: { tags: ['users'], summary: 'Deactivate an account; its sessions end at once', params: IdParams, response: { 200: AccountResponse, ...errors } },
  }, async (request) => presentAccount(await setAccountStatus(deps, requireActor(request), request.params.id, 'disabled')));

  app.post('/users/:id/reactivate', {
    config: { access: 'user.manage' },
    schema: { tags: ['users'], summary: 'Reactivate a deactivated account', params: IdParams, response: { 200: AccountResponse, ...errors } },
  }, async (request) => presentAccount(await setAccountStatus(deps, requireActor(request), request.params.id, 'active')));

  app.post('/auth/password', {
    config: { access: 'authenticated' },
    schema: {
      tags: ['auth'],
      summary: 'Change your own password (current + new; ≥ 10 characters, 3 of 4 kinds, not the username); your other sessions end',
      body: ChangePasswordBody,
      response: { 204: Type.Null(), 400: Problem, 401: Problem, 422: Problem },
    },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const sessionTokenHash = request.sessionToken ? deps.tokens.hashToken(request.sessionToken) : undefined;
    await changeOwnPassword(deps, actor, { ...request.body, sessionTokenHash });
    return reply.status(204).send(null);
  });
}
