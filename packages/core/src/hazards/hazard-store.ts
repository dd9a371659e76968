import type { ScopeFilter } from '../accounts/scope.js';
import type { BoundingBox } from '../geo/geometry.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { ListCount, Page, PageRequest } from '../shared/pagination.js';
import type { Sector } from '../units/unit-catalog.js';
import type { Hazard, HazardCategory, HazardEvent, HazardLevel, HazardSource } from './hazard.js';
import type { HazardSort } from './hazard-sort.js';
import type { HazardStatus } from './hazard-status.js';

/** Filters of the hazard list; every field narrows, absent fields do not. */
export interface HazardFilter {
  readonly statuses?: readonly HazardStatus[];
  readonly levels?: readonly HazardLevel[];
  readonly sources?: readonly HazardSource[];
  readonly categories?: readonly HazardCategory[];
  readonly sectors?: readonly Sector[];
  /** A town or village code. */
  readonly regionCode?: string;
  readonly gridId?: string;
  readonly unitId?: string;
  readonly assigneeId?: string;
  /** true: assigned and past the deadline on `today`; false: not overdue. */
  readonly overdue?: boolean;
  readonly reportedFrom?: string;
  readonly reportedTo?: string;
  readonly deadlineFrom?: CalendarDate;
  readonly deadlineTo?: CalendarDate;
  readonly text?: string;
  /** The list's order (default newest first); a count ignores it. */
  readonly sort?: HazardSort;
}

export interface HazardStore {
  /** The hazard if it exists inside `scope`; undefined otherwise (a hazard out of scope is not found). */
  findById(id: string, scope: ScopeFilter): Promise<Hazard | undefined>;
  insert(hazard: Hazard): Promise<void>;
  /** Writes `hazard` if the stored version is still `expectedVersion`; false when it moved on. */
  update(hazard: Hazard, expectedVersion: number): Promise<boolean>;
  /** In `filter.sort` order (default newest first), keyset-paginated so inserts never shift later pages. */
  list(scope: ScopeFilter, filter: HazardFilter, page: PageRequest, today: CalendarDate): Promise<Page<Hazard>>;
  /** How many hazards `list` would return over all pages, counted up to `cap` (then `capped`). */
  count(scope: ScopeFilter, filter: HazardFilter, today: CalendarDate, cap: number): Promise<ListCount>;
  /** Records that these photos belong to the hazard, so their readers can be checked. */
  linkPhotos(hazard: Pick<Hazard, 'id' | 'districtCode'>, photoIds: readonly string[]): Promise<void>;
  /**
   * Open hazards of the district with one of `categories`, a point inside `box` and reported at or
   * after `reportedFrom`, newest first, at most `limit` (read through the lng/lat index, never a scan;
   * the caller applies its scope and the exact distance).
   */
  findOpenNear(districtCode: string, query: NearbyHazardQuery, limit: number): Promise<Hazard[]>;
}

export interface NearbyHazardQuery {
  readonly categories: readonly HazardCategory[];
  readonly box: BoundingBox;
  readonly reportedFrom: string;
}

export interface HazardEventStore {
  append(event: HazardEvent): Promise<void>;
  listForHazard(hazardId: string, districtCode: string): Promise<HazardEvent[]>;
}
