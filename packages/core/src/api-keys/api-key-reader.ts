import type { Actor } from '../accounts/actor.js';
import type { Permission } from '../accounts/permissions.js';
import type { CoreDeps } from '../deps.js';
import { DomainError } from '../shared/domain-error.js';
import { authenticateApiKey, isApiKeyToken } from './manage-api-keys.js';

/** What a `data.read` key may read (ADR 0089): GET routes that declare one of these, nothing else. */
export const API_KEY_READ_PERMISSIONS: readonly Permission[] = ['region.read', 'unit.read', 'hazard.read', 'stats.read'];

const MINUTE = 60_000;
/** lastUsedAt is written at most once a minute per key, not on every read. */
const TOUCH_EVERY_MS = 60_000;

/**
 * The read-only actor of an API key presented as a bearer token: the whole district, named after
 * the key, marked with its id so access control allows it GET routes of API_KEY_READ_PERMISSIONS
 * only. Null when the token is not a live key with `data.read`. Reads count against the key's own
 * limit, spread over minutes (requestsPerHour / 60 a minute, at least 1), in the database so the
 * limit holds across API processes; the count shares the log-in guard's minute windows.
 */
export async function authenticateApiKeyReader(deps: CoreDeps, token: string): Promise<Actor | null> {
  if (!isApiKeyToken(token)) return null;
  const key = await authenticateApiKey(deps, token);
  if (!key || !key.scopes.includes('data.read')) return null;
  const now = deps.clock.now();
  const windowStart = Math.floor(now.getTime() / MINUTE) * MINUTE;
  const count = await deps.inTransaction(async (stores) => {
    const used = await stores.logins.countAttempt(`apikey-read:${key.id}`, new Date(windowStart).toISOString(), new Date(windowStart - MINUTE).toISOString());
    if (!key.lastUsedAt || now.getTime() - Date.parse(key.lastUsedAt) >= TOUCH_EVERY_MS) await stores.apiKeys.touch(key.id, now.toISOString());
    return used;
  });
  if (count > Math.max(1, Math.ceil(key.requestsPerHour / 60))) {
    const retryAfterSeconds = Math.max(1, Math.ceil((windowStart + MINUTE - now.getTime()) / 1000));
    throw new DomainError('rate_limited', 'api_key.too_many_requests', 'This API key has used its requests of this minute.', { retryAfterSeconds });
  }
  return {
    userId: `apikey:${key.id}`,
    username: `apikey:${key.prefix}`,
    displayName: key.name,
    role: 'district',
    districtCode: key.districtCode,
    scope: { regionCode: key.districtCode, gridIds: [], sectors: [], unitId: null },
    apiKeyId: key.id,
  };
}
