import type { ScopeFilter } from '../accounts/scope.js';
import type { ListCount, Page, PageRequest } from '../shared/pagination.js';
import type { RiskLevel } from '../risk/risk-level.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import { joinSearchParts, spelledForms } from '../shared/search-text.js';
import type { RiskTag, Sector, UnitKind, UnitStatus } from './unit-catalog.js';
import type { Unit, UnitChange } from './unit.js';

export interface UnitFilter {
  readonly regionCode?: string;
  readonly gridId?: string;
  readonly kinds?: readonly UnitKind[];
  readonly sectors?: readonly Sector[];
  readonly tags?: readonly RiskTag[];
  readonly statuses?: readonly UnitStatus[];
  readonly parentId?: string;
  /** Risk colours in effect on `asOf` (an override holds through its expiry day); ungraded units never match. */
  readonly riskLevels?: readonly RiskLevel[];
  readonly asOf?: CalendarDate;
  /** What the user typed: a fragment of name (or its pinyin or initials), address or credit code; see `unitSearchText`. */
  readonly text?: string;
  /** `name`: by pinyin of the name (default); `recent`: newest first. */
  readonly sort?: 'name' | 'recent';
}

/**
 * The text a unit search reads: the name with its pinyin and initials, the address and the credit
 * code, each normalized (`normalizeSearchText`) and kept apart by a separator. Storage keeps it in
 * the `search_text` column (and SQLite's trigram index); the in-memory store matches the same text.
 * Queries go through `searchQueryOf` so both sides read characters the same way.
 */
export function unitSearchText(unit: Pick<Unit, 'name' | 'address' | 'creditCode'>): string {
  return joinSearchParts([...spelledForms(unit.name), unit.address, unit.creditCode ?? '']);
}

export interface UnitStore {
  findById(id: string, scope: ScopeFilter): Promise<Unit | undefined>;
  findByCreditCode(districtCode: string, creditCode: string): Promise<Unit | undefined>;
  /** Names of these units of the district (ids not found are absent): labels for exports and documents. */
  namesOf(districtCode: string, ids: readonly string[]): Promise<ReadonlyMap<string, string>>;
  /** The district's units holding any of these credit codes, by code (a bulk `findByCreditCode`). */
  findByCreditCodes(districtCode: string, creditCodes: readonly string[]): Promise<ReadonlyMap<string, Unit>>;
  insert(unit: Unit): Promise<void>;
  /** New units with their tags, in few statements (an import writes thousands). */
  insertMany(units: readonly Unit[]): Promise<void>;
  update(unit: Unit, expectedVersion: number): Promise<boolean>;
  /** Sorted by `filter.sort`, keyset-paginated with an opaque cursor. */
  list(scope: ScopeFilter, filter: UnitFilter, page: PageRequest): Promise<Page<Unit>>;
  /** How many units `list` would return over all pages (any sort), counted up to `cap` (then `capped`). */
  count(scope: ScopeFilter, filter: UnitFilter, cap: number): Promise<ListCount>;
  recordChange(change: UnitChange): Promise<void>;
  /** Several history entries at once, chained onto the audit log in the order given. */
  recordChanges(changes: readonly UnitChange[]): Promise<void>;
  listChanges(unitId: string, districtCode: string): Promise<UnitChange[]>;
}
