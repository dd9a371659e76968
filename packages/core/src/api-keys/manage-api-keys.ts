import type { Actor } from '../accounts/actor.js';
import type { CoreDeps } from '../deps.js';
import { DomainError, invalidInput, type FieldProblem } from '../shared/domain-error.js';
import { API_KEY_LIMITS, API_KEY_SCOPES, type ApiKey, type ApiKeyScope } from './api-key.js';

export const apiKeyManageRefused = () =>
  new DomainError('permission_denied', 'api_key.manage_refused', 'Only the district office issues and revokes API keys.');
export const apiKeyNotFound = (id: string) => new DomainError('not_found', 'api_key.not_found', 'No such API key.', { id });

const KEY_PREFIX = 'sg311_';

function requireDistrictOffice(actor: Actor): void {
  if (actor.role !== 'district') throw apiKeyManageRefused();
}

const hashOf = (deps: Pick<CoreDeps, 'tokens'>, key: string) => deps.tokens.hashToken(`apikey:${key}`);

/** Issues a key for a client system; the key is in the answer once and never again. */
export async function issueApiKey(
  deps: CoreDeps,
  actor: Actor,
  input: { name: string; requestsPerHour?: number | undefined; scopes?: readonly ApiKeyScope[] | undefined },
): Promise<{ key: string; apiKey: ApiKey }> {
  requireDistrictOffice(actor);
  const name = input.name.trim();
  const perHour = input.requestsPerHour ?? API_KEY_LIMITS.defaultPerHour;
  const problems: FieldProblem[] = [];
  if (!name) problems.push({ path: '/name', code: 'required' });
  if ([...name].length > API_KEY_LIMITS.nameMax) problems.push({ path: '/name', code: 'too_long', params: { limit: API_KEY_LIMITS.nameMax } });
  if (!Number.isInteger(perHour) || perHour < API_KEY_LIMITS.minPerHour || perHour > API_KEY_LIMITS.maxPerHour) problems.push({ path: '/requestsPerHour', code: 'out_of_range' });
  const scopes: ApiKeyScope[] = [...new Set<ApiKeyScope>(input.scopes ?? ['open311.submit'])];
  if (scopes.length === 0) problems.push({ path: '/scopes', code: 'required' });
  for (const [index, scope] of scopes.entries()) if (!API_KEY_SCOPES.includes(scope)) problems.push({ path: `/scopes/${index}`, code: 'enum' });
  if (problems.length > 0) throw invalidInput(problems);
  const key = `${KEY_PREFIX}${deps.tokens.newToken()}`;
  const apiKey: ApiKey = {
    id: deps.ids.newId(), districtCode: actor.districtCode, name, keyHash: hashOf(deps, key), prefix: key.slice(0, KEY_PREFIX.length + 4),
    requestsPerHour: perHour, createdAt: deps.clock.now().toISOString(), createdBy: actor.username, revokedAt: null, lastUsedAt: null,
    scopes,
  };
  await deps.inTransaction((stores) => stores.apiKeys.insert(apiKey));
  return { key, apiKey };
}

export async function listApiKeys(deps: CoreDeps, actor: Actor): Promise<ApiKey[]> {
  requireDistrictOffice(actor);
  return deps.apiKeys.list(actor.districtCode);
}

export async function revokeApiKey(deps: CoreDeps, actor: Actor, id: string): Promise<ApiKey> {
  requireDistrictOffice(actor);
  return deps.inTransaction(async (stores) => {
    const existing = await stores.apiKeys.findById(id, actor.districtCode);
    if (!existing) throw apiKeyNotFound(id);
    if (existing.revokedAt) return existing;
    const at = deps.clock.now().toISOString();
    await stores.apiKeys.revoke(id, actor.districtCode, at);
    return { ...existing, revokedAt: at };
  });
}

/** True when a presented token has the form of an API key (not a session token). */
export function isApiKeyToken(token: string): boolean {
  return token.startsWith(KEY_PREFIX);
}

/** The live key behind `key`, or undefined (unknown or revoked: the caller answers 403). */
export async function authenticateApiKey(deps: CoreDeps, key: string | undefined): Promise<ApiKey | undefined> {
  if (!key || !key.startsWith(KEY_PREFIX)) return undefined;
  const found = await deps.apiKeys.findByHash(hashOf(deps, key));
  if (!found || found.revokedAt) return undefined;
  return found;
}
