import type { Actor } from '../accounts/actor.js';
import type { Stores } from '../deps.js';
import { idempotencyKeyReused } from '../hazards/hazard-errors.js';
import { DomainError, invalidInput, isDomainError, type FieldProblem } from '../shared/domain-error.js';

/** The most items one batch request may name (ADR 0092): one page of the largest list size. */
export const BATCH_MAX_ITEMS = 100;

/** A retry key of a batch request and the hash of its body (the API hashes the body it received). */
export interface BatchRetryKey {
  readonly idempotencyKey?: string | undefined;
  readonly requestHash?: string | undefined;
}

/** The batch as a whole was refused and nothing was changed; `fields` names each offending item. */
export const batchRefused = (problems: readonly FieldProblem[]) =>
  new DomainError('rule_violation', 'batch.refused', 'Nothing was done: some items of the batch cannot be processed.', { count: new Set(problems.map((problem) => problem.path)).size }, problems);

/**
 * The ids of a batch are 1 to `BATCH_MAX_ITEMS` distinct ids; the wire schema says so too, the use
 * case repeats it so a composing caller cannot skip it.
 */
export function checkBatchIds(ids: readonly string[], field: string): void {
  if (ids.length === 0) throw invalidInput([{ path: `/${field}`, code: 'too_few', params: { limit: 1 } }]);
  if (ids.length > BATCH_MAX_ITEMS) throw invalidInput([{ path: `/${field}`, code: 'too_many', params: { limit: BATCH_MAX_ITEMS } }]);
  const seen = new Set<string>();
  const repeated: FieldProblem[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) repeated.push({ path: `/${field}/${index}`, code: 'not_unique', params: { id } });
    seen.add(id);
  });
  if (repeated.length > 0) throw invalidInput(repeated);
}

/**
 * Runs one write per id inside the caller's transaction and either returns every result or throws
 * `batch.refused` naming each item that failed and why, so the caller's transaction rolls back and
 * nothing of the batch stays (all or none). Every item is tried, so one answer lists all offenders.
 * A storage error (the database refused a statement) ends the run: on PostgreSQL the transaction
 * cannot go on after it. Anything that is not a domain error is not the client's doing and passes.
 */
export async function runBatchItems<T>(ids: readonly string[], field: string, run: (id: string) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  const problems: FieldProblem[] = [];
  for (const [index, id] of ids.entries()) {
    try {
      results.push(await run(id));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      problems.push(...itemProblems(error, `/${field}/${index}`, id));
      if (error.code.startsWith('storage.')) break;
    }
  }
  if (problems.length > 0) throw batchRefused(problems);
  return results;
}

/**
 * One item's refusal as field problems under the item's path: the error's own code, or each field
 * problem under it (`/hazardIds/2/assigneeId`), always with the item's id.
 */
function itemProblems(error: DomainError, path: string, id: string): FieldProblem[] {
  if (error.kind === 'invalid_input' && error.fields.length > 0) {
    return error.fields.map((field) => ({ path: `${path}${field.path}`, code: field.code, params: { ...field.params, id } }));
  }
  return [{ path, code: error.code, params: { id } }];
}

/**
 * True when a batch with this retry key and the same body was already done (the caller then answers
 * with the items' current state instead of acting again). The same key with another body is refused,
 * like every retry key.
 */
export async function replayedBatch(stores: Stores, actor: Actor, key: BatchRetryKey): Promise<boolean> {
  if (!key.idempotencyKey) return false;
  const record = await stores.idempotency.find(actor.userId, key.idempotencyKey);
  if (!record) return false;
  if (record.requestHash !== (key.requestHash ?? '')) throw idempotencyKeyReused();
  return true;
}

/** Remembers a batch's retry key in its transaction; `batchId` names the batch in the key's record. */
export async function rememberBatch(stores: Stores, actor: Actor, key: BatchRetryKey, batchId: string, now: Date): Promise<void> {
  if (!key.idempotencyKey) return;
  await stores.idempotency.save({ userId: actor.userId, key: key.idempotencyKey, requestHash: key.requestHash ?? '', resourceId: batchId, createdAt: now.toISOString() });
}
