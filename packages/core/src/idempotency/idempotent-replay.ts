import type { Actor } from '../accounts/actor.js';
import type { Stores } from '../deps.js';
import { idempotencyKeyReused } from '../hazards/hazard-errors.js';

/** A client's retry key with the hash of what it asked, as the API received them. */
export interface IdempotentRequest {
  readonly idempotencyKey?: string | undefined;
  readonly requestHash?: string | undefined;
}

/**
 * The id of what an earlier request with the same key made, or undefined for a first request. A
 * key sent again with a different request is refused: it would otherwise return the wrong record.
 */
export async function replayedResourceId(stores: Stores, actor: Actor, request: IdempotentRequest): Promise<string | undefined> {
  if (!request.idempotencyKey) return undefined;
  const record = await stores.idempotency.find(actor.userId, request.idempotencyKey);
  if (!record) return undefined;
  if (record.requestHash !== (request.requestHash ?? '')) throw idempotencyKeyReused();
  return record.resourceId;
}

/** Remembers the key with what it made, in the same transaction as the write. */
export async function rememberIdempotentRequest(stores: Stores, actor: Actor, request: IdempotentRequest, resourceId: string, nowIso: string): Promise<void> {
  if (!request.idempotencyKey) return;
  await stores.idempotency.save({ userId: actor.userId, key: request.idempotencyKey, requestHash: request.requestHash ?? '', resourceId, createdAt: nowIso });
}
