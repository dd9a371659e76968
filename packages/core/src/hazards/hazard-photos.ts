import type { Actor } from '../accounts/actor.js';
import type { Stores } from '../deps.js';
import type { FieldProblem } from '../shared/domain-error.js';

/** Field problems for photo ids the actor did not upload (or that do not exist). */
export async function findMissingPhotos(
  stores: Stores,
  actor: Actor,
  photoIds: readonly string[],
  path: string,
): Promise<FieldProblem[]> {
  if (photoIds.length === 0) return [];
  const owned = new Set(await stores.photos.findOwnedIds(photoIds, actor.districtCode, actor.userId));
  return photoIds.flatMap((id, index) => (owned.has(id) ? [] : [{ path: `${path}/${index}`, code: 'not_found' }]));
}
