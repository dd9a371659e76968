import { INSPECTION_KINDS, INSPECTION_SORTS, INSPECTION_STATUSES, type InspectionListQuery, type InspectionSort } from '@safegrid/contracts';
import { sortFromSearch, type HeaderSort } from '../../shared/components/header-sort';
import { startOfShanghaiDay } from '../../shared/format/dates';

/** The inspection list's filters as they live in the URL (shareable, kept on back/forward). */
export interface InspectionFilters {
  readonly status: readonly string[];
  readonly kind: readonly string[];
  readonly unitId?: string;
  readonly inspectorId?: string;
  /** Shanghai calendar dates of finishing, inclusive. */
  readonly finishedFrom?: string;
  readonly finishedTo?: string;
  /** The list's order; undefined is the default (newest first, ADR 0112). */
  readonly sort?: InspectionSort;
  readonly cursor?: string;
}

export const DEFAULT_INSPECTION_SORT: InspectionSort = 'started_desc';

/**
 * The headers that sort the list (ADR 0112), by column key: the API order's column and the first
 * click's direction. 单位 is not among them: the unit's name is not on the inspection row.
 */
export const INSPECTION_SORTABLE: Readonly<Record<string, HeaderSort>> = {
  status: { base: 'status', first: 'ascend' },
  started: { base: 'started', first: 'descend' },
  failed: { base: 'failed', first: 'descend' },
};

const MULTI = { status: INSPECTION_STATUSES, kind: INSPECTION_KINDS } as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SINGLE = ['unitId', 'inspectorId', 'finishedFrom', 'finishedTo', 'cursor'] as const;
/** A cursor as the API issues them: an id, or a sort value and an id (`in_progress_…`, `2_…`). */
const CURSOR = /^(?:[0-9a-z_]{1,20}_)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PATTERNS: Record<(typeof SINGLE)[number], RegExp> = { unitId: UUID, inspectorId: UUID, finishedFrom: DATE, finishedTo: DATE, cursor: CURSOR };
export const PAGE_SIZE = 20;

/** Reads filters from a URL, dropping what the API would refuse (a hand-edited link stays usable). */
export function filtersFromSearch(params: URLSearchParams): InspectionFilters {
  const multi = (name: keyof typeof MULTI) => params.getAll(name).filter((value) => (MULTI[name] as readonly string[]).includes(value));
  const filters: { -readonly [K in keyof InspectionFilters]: InspectionFilters[K] } = { status: multi('status'), kind: multi('kind') };
  for (const name of SINGLE) {
    const value = params.get(name);
    if (value && PATTERNS[name].test(value)) filters[name] = value;
  }
  const sort = sortFromSearch(params, INSPECTION_SORTS, DEFAULT_INSPECTION_SORT);
  if (sort) filters.sort = sort;
  return filters;
}

/** Writes filters to URL parameters; empty filters leave no trace. */
export function searchFromFilters(filters: InspectionFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of Object.keys(MULTI) as (keyof typeof MULTI)[]) for (const value of filters[name]) params.append(name, value);
  for (const name of SINGLE) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  if (filters.sort) params.set('sort', filters.sort);
  return params;
}

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** The API query: calendar dates become Shanghai day boundaries (the end date is inclusive). */
export function apiQueryOf(filters: InspectionFilters, limit = PAGE_SIZE): InspectionListQuery {
  return {
    limit,
    ...(filters.status.length > 0 ? { status: filters.status as InspectionListQuery['status'] } : {}),
    ...(filters.kind.length > 0 ? { kind: filters.kind as InspectionListQuery['kind'] } : {}),
    ...(filters.unitId ? { unitId: filters.unitId } : {}),
    ...(filters.inspectorId ? { inspectorId: filters.inspectorId } : {}),
    ...(filters.finishedFrom ? { finishedFrom: startOfShanghaiDay(filters.finishedFrom) } : {}),
    ...(filters.finishedTo ? { finishedTo: startOfShanghaiDay(nextDay(filters.finishedTo)) } : {}),
    ...(filters.sort ? { sort: filters.sort } : {}),
    ...(filters.cursor ? { cursor: filters.cursor } : {}),
  };
}
