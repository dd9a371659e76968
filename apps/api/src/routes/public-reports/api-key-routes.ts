import { issueApiKey, listApiKeys, revokeApiKey, type ApiKey } from '@safegrid/core';
import { ApiKeyListResponse, ApiKeyResponse, IdParams, IssueApiKeyBody, IssuedApiKeyResponse, Problem } from '@safegrid/contracts';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';

function presentApiKey(key: ApiKey): ApiKeyResponse {
  return {
    id: key.id, name: key.name, prefix: key.prefix, requestsPerHour: key.requestsPerHour, createdAt: key.createdAt, createdBy: key.createdBy,
    revokedAt: key.revokedAt, lastUsedAt: key.lastUsedAt, scopes: [...key.scopes],
  };
}

/** Open311 API keys, issued, listed and revoked by the district office (ADR 0075). */
export async function apiKeyRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;

  app.get('/api-keys', {
    config: { access: 'apikey.manage' },
    schema: { tags: ['public'], summary: 'The district’s Open311 API keys (names, limits, state; never the keys)', response: { 200: ApiKeyListResponse, 403: Problem } },
  }, async (request) => ({ items: (await listApiKeys(deps, requireActor(request))).map(presentApiKey) }));

  app.post('/api-keys', {
    config: { access: 'apikey.manage' },
    schema: {
      tags: ['public'],
      summary: 'Issue an Open311 API key for a client system; the key is in this answer only (stored as a hash)',
      body: IssueApiKeyBody,
      response: { 201: IssuedApiKeyResponse, 400: Problem, 403: Problem, 422: Problem },
    },
  }, async (request, reply) => {
    const { key, apiKey } = await issueApiKey(deps, requireActor(request), request.body);
    return reply.status(201).header('cache-control', 'no-store').send({ key, apiKey: presentApiKey(apiKey) });
  });

  app.post('/api-keys/:id/revoke', {
    config: { access: 'apikey.manage' },
    schema: { tags: ['public'], summary: 'Revoke an API key at once', params: IdParams, response: { 200: ApiKeyResponse, 403: Problem, 404: Problem } },
  }, async (request) => presentApiKey(await revokeApiKey(deps, requireActor(request), request.params.id)));
}
