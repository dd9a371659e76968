import { compareHazards, decodeHazardCursor, encodeHazardCursor, isAfterHazardPosition, type HazardSort } from '../hazards/hazard-sort.js';
import type { Hazard } from '../hazards/hazard.js';
import type { Page } from '../shared/pagination.js';

/** A page of hazards in the list's order, keyset-paginated like the SQL stores. */
export function sortedHazardPage(rows: Hazard[], sort: HazardSort | undefined, limit: number, cursor?: string): Page<Hazard> {
  const after = cursor === undefined ? undefined : decodeHazardCursor(sort, cursor);
  const sorted = rows.filter((row) => !after || isAfterHazardPosition(sort, after, row)).sort(compareHazards(sort));
  const items = sorted.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: sorted.length > limit && last ? encodeHazardCursor(sort, last) : null };
}
