import type { Sector } from '../units/unit-catalog.js';
import type { Actor } from './actor.js';

/**
 * The narrowing every query applies for an actor. Storage turns each present field into a
 * condition joined with AND; an absent field does not narrow.
 */
export interface ScopeFilter {
  readonly districtCode: string;
  /** A town or village code: records whose town or village lies in this subtree. */
  readonly regionCode?: string;
  readonly gridIds?: readonly string[];
  readonly sectors?: readonly Sector[];
  readonly unitId?: string;
}

/** The columns of a record that scope rules look at. */
export interface ScopedRecord {
  readonly districtCode: string;
  readonly townCode: string;
  readonly villageCode: string;
  readonly gridId: string;
  readonly sector: Sector;
  readonly unitId: string | null;
}

/** The filter for what `actor` may see. An enterprise user with no unit sees nothing. */
export function scopeFilterOf(actor: Actor): ScopeFilter {
  const { scope } = actor;
  const region = scope.regionCode !== actor.districtCode ? { regionCode: scope.regionCode } : {};
  switch (actor.role) {
    case 'district':
      return { districtCode: actor.districtCode, ...region };
    case 'town':
      return { districtCode: actor.districtCode, ...region };
    case 'department':
      return { districtCode: actor.districtCode, ...region, sectors: [...scope.sectors, ...(actor.followedSectors ?? [])] };
    case 'grid_worker':
      return { districtCode: actor.districtCode, ...region, gridIds: scope.gridIds };
    case 'enterprise':
      return { districtCode: actor.districtCode, unitId: scope.unitId ?? '00000000-0000-0000-0000-000000000000' };
  }
}

/**
 * The identity of a scope filter: two filters with the same key let through exactly the same
 * records (lists are sets, so their order does not count). Caches of scoped results key by it.
 */
export function scopeKeyOf(filter: ScopeFilter): string {
  const sorted = (values: readonly string[] | undefined) => (values === undefined ? null : [...new Set(values)].sort());
  return JSON.stringify([filter.districtCode, filter.regionCode ?? null, sorted(filter.gridIds), sorted(filter.sectors), filter.unitId ?? null]);
}

/** True when a record lies inside the filter; the same rule storage applies in SQL. */
export function isInScope(filter: ScopeFilter, record: ScopedRecord): boolean {
  if (record.districtCode !== filter.districtCode) return false;
  if (filter.regionCode !== undefined) {
    const code = filter.regionCode;
    if (!record.townCode.startsWith(code) && !record.villageCode.startsWith(code)) return false;
  }
  if (filter.gridIds !== undefined && !filter.gridIds.includes(record.gridId)) return false;
  if (filter.sectors !== undefined && !filter.sectors.includes(record.sector)) return false;
  if (filter.unitId !== undefined && record.unitId !== filter.unitId) return false;
  return true;
}
