import type { LngLat } from '../geo/geometry.js';
import type { Department, DustKind, RiskTag, Sector, SmallVenueType, UnitKind, UnitStatus, SubIndustry } from './unit-catalog.js';

export interface Contact {
  readonly name: string;
  /** e.g. 法定代表人, 安全负责人, 安全专员 */
  readonly role: string;
  readonly phone: string;
}

/** A regulated enterprise or venue (监管对象). Its grid is derived from its location. */
export interface Unit {
  readonly id: string;
  readonly districtCode: string;
  readonly townCode: string;
  readonly villageCode: string;
  readonly gridId: string;
  readonly name: string;
  /** 统一社会信用代码; null for units without one (群租房, 自建房). */
  readonly creditCode: string | null;
  readonly kind: UnitKind;
  readonly sector: Sector;
  readonly department: Department;
  readonly address: string;
  /** WGS-84. */
  readonly location: LngLat;
  readonly riskTags: readonly RiskTag[];
  readonly dustKind: DustKind | null;
  /** 工贸 sub-industry (冶金 … 商贸); null outside 工贸/商贸 or not yet known. */
  readonly subIndustry: SubIndustry | null;
  readonly venueType: SmallVenueType | null;
  readonly employees: number | null;
  readonly floorArea: number | null;
  readonly contacts: readonly Contact[];
  readonly status: UnitStatus;
  /** For a 厂中厂 tenant: the park (出租方) it leases from. */
  readonly parentId: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** One field's change in a unit's history. */
export interface FieldChange {
  readonly field: string;
  readonly from: unknown;
  readonly to: unknown;
}

export interface UnitChange {
  readonly id: string;
  readonly unitId: string;
  readonly districtCode: string;
  readonly at: string;
  readonly actorId: string;
  readonly actorName: string;
  readonly action: 'create' | 'update';
  readonly changes: readonly FieldChange[];
}
