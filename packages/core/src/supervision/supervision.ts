import type { CalendarDate } from '../shared/calendar-date.js';
import type { ScopeFilter } from '../accounts/scope.js';
import type { Hazard } from '../hazards/hazard.js';
import type { Page, PageRequest } from '../shared/pagination.js';

/**
 * 挂牌督办: the district office lists a major hazard for supervision by a department with a required
 * completion date (安全生产法 / 《重大事故隐患治理督办》 practice, reference §3.3). One row per hazard;
 * 摘牌 (delisting) stamps it, only once the hazard is closed.
 */
export interface HazardSupervision {
  readonly districtCode: string;
  readonly hazardId: string;
  /** 督办单位, e.g. 区应急管理局. */
  readonly supervisingDepartment: string;
  /** 要求完成时间. */
  readonly requiredBy: CalendarDate;
  readonly listedBy: string;
  readonly listedByName: string;
  readonly listedAt: string;
  readonly delistedBy: string | null;
  readonly delistedByName: string | null;
  readonly delistedAt: string | null;
}

export interface SupervisionFilter {
  /** true: still listed; false: delisted; absent: both. */
  readonly active?: boolean | undefined;
  /** A town or village code. */
  readonly regionCode?: string | undefined;
}

export interface SupervisedHazard {
  readonly supervision: HazardSupervision;
  readonly hazard: Hazard;
}

export interface SupervisionStore {
  find(hazardId: string, districtCode: string): Promise<HazardSupervision | undefined>;
  /** False when the hazard already has a row. */
  insert(supervision: HazardSupervision): Promise<boolean>;
  /** Stamps 摘牌 on a listed row; false when there is none still listed. */
  delist(input: { hazardId: string; districtCode: string; by: string; byName: string; at: string }): Promise<boolean>;
  /** Listed hazards inside `scope`, newest listing first (keyset on hazard id). */
  list(scope: ScopeFilter, filter: SupervisionFilter, page: PageRequest): Promise<Page<SupervisedHazard>>;
}
