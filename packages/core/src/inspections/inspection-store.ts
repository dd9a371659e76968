import type { ScopeFilter } from '../accounts/scope.js';
import type { ListCount, Page, PageRequest } from '../shared/pagination.js';
import type { Inspection, InspectionKind } from './inspection.js';
import type { InspectionSort } from './inspection-sort.js';
import type { InspectionStatus } from './inspection-status.js';

export interface InspectionFilter {
  readonly unitId?: string | undefined;
  readonly campaignId?: string | undefined;
  readonly statuses?: readonly InspectionStatus[] | undefined;
  readonly kinds?: readonly InspectionKind[] | undefined;
  readonly inspectorId?: string | undefined;
  /** Finished at or after / before these instants. */
  readonly finishedFrom?: string | undefined;
  readonly finishedTo?: string | undefined;
  /** The list's order (default newest first); a count ignores it. */
  readonly sort?: InspectionSort | undefined;
}

/** Inspections; every read is narrowed by the caller's scope (the unit's placement). */
export interface InspectionStore {
  findById(id: string, scope: ScopeFilter): Promise<Inspection | undefined>;
  insert(inspection: Inspection): Promise<void>;
  /** Writes if the stored version is still `expectedVersion`; false when it moved on. */
  update(inspection: Inspection, expectedVersion: number): Promise<boolean>;
  /** In `filter.sort` order (default newest first), keyset-paginated so inserts never shift later pages. */
  list(scope: ScopeFilter, filter: InspectionFilter, page: PageRequest): Promise<Page<Inspection>>;
  /** How many inspections `list` would return over all pages, counted up to `cap` (then `capped`). */
  count(scope: ScopeFilter, filter: InspectionFilter, cap: number): Promise<ListCount>;
  /** Records which hazard each failed item became (for campaign figures). */
  linkFindings(inspection: Pick<Inspection, 'id' | 'districtCode' | 'campaignId'>, findings: readonly { itemId: string; hazardId: string }[]): Promise<void>;
  /** Records that these photos belong to the inspection, so those who see it may see them. */
  linkPhotos(inspection: Pick<Inspection, 'id' | 'districtCode'>, photoIds: readonly string[]): Promise<void>;
}
