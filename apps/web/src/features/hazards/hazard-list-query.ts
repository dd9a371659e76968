import {
  HAZARD_CATEGORIES,
  HAZARD_LEVELS,
  HAZARD_SORTS,
  HAZARD_SOURCES,
  HAZARD_STATUSES,
  SECTORS,
  type HazardListQuery,
  type HazardSort,
} from '@safegrid/contracts';
import { startOfShanghaiDay } from '../../shared/format/dates';

/** The hazard list's filters as they live in the URL: shareable, bookmarkable, kept on back/forward. */
export interface HazardFilters {
  readonly status: readonly string[];
  readonly level: readonly string[];
  readonly source: readonly string[];
  readonly category: readonly string[];
  readonly sector: readonly string[];
  readonly regionCode?: string;
  readonly unitId?: string;
  readonly gridId?: string;
  readonly overdue?: boolean;
  readonly q?: string;
  /** Shanghai calendar dates, inclusive. */
  readonly reportedFrom?: string;
  readonly reportedTo?: string;
  /** The column order chosen by a header click; absent: newest first. */
  readonly sort?: HazardSort;
  readonly cursor?: string;
}

const MULTI = { status: HAZARD_STATUSES, level: HAZARD_LEVELS, source: HAZARD_SOURCES, category: HAZARD_CATEGORIES, sector: SECTORS } as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const REGION = /^(\d{6}|\d{9}|\d{12})$/;
/** A cursor as the API issues them: an id, or a sort value and an id (`2026-03-05_…`). */
const CURSOR = /^[0-9A-Za-z_-]{1,100}$/;
export const PAGE_SIZE = 20;

const keep = (value: string | null, pattern: RegExp) => (value && pattern.test(value) ? value : undefined);

/** Reads filters from a URL, dropping anything the API would refuse (a hand-edited link stays usable). */
export function filtersFromSearch(params: URLSearchParams): HazardFilters {
  const multi = (name: keyof typeof MULTI) => params.getAll(name).filter((value) => (MULTI[name] as readonly string[]).includes(value));
  const overdue = params.get('overdue');
  const q = params.get('q')?.trim().slice(0, 50);
  return {
    status: multi('status'),
    level: multi('level'),
    source: multi('source'),
    category: multi('category'),
    sector: multi('sector'),
    regionCode: keep(params.get('regionCode'), REGION),
    unitId: keep(params.get('unitId'), UUID),
    gridId: keep(params.get('gridId'), UUID),
    overdue: overdue === 'true' ? true : overdue === 'false' ? false : undefined,
    q: q || undefined,
    reportedFrom: keep(params.get('reportedFrom'), DATE),
    reportedTo: keep(params.get('reportedTo'), DATE),
    sort: (HAZARD_SORTS as readonly string[]).includes(params.get('sort') ?? '') && params.get('sort') !== 'reported_desc' ? params.get('sort') as HazardSort : undefined,
    cursor: keep(params.get('cursor'), CURSOR),
  };
}

/** Writes filters to URL parameters; empty filters leave no trace. */
export function searchFromFilters(filters: HazardFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of Object.keys(MULTI) as (keyof typeof MULTI)[]) for (const value of filters[name]) params.append(name, value);
  const single: (keyof HazardFilters)[] = ['regionCode', 'unitId', 'gridId', 'q', 'reportedFrom', 'reportedTo', 'sort', 'cursor'];
  for (const name of single) {
    const value = filters[name];
    if (typeof value === 'string' && value) params.set(name, value);
  }
  if (filters.overdue !== undefined) params.set('overdue', String(filters.overdue));
  return params;
}

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** The API query for the filters: calendar dates become Shanghai day boundaries. */
export function apiQueryOf(filters: HazardFilters, limit = PAGE_SIZE): HazardListQuery {
  const query: HazardListQuery = { limit };
  const assign = <K extends keyof HazardListQuery>(key: K, value: HazardListQuery[K] | undefined) => {
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) query[key] = value;
  };
  assign('status', filters.status as HazardListQuery['status']);
  assign('level', filters.level as HazardListQuery['level']);
  assign('source', filters.source as HazardListQuery['source']);
  assign('category', filters.category as HazardListQuery['category']);
  assign('sector', filters.sector as HazardListQuery['sector']);
  assign('regionCode', filters.regionCode);
  assign('unitId', filters.unitId);
  assign('gridId', filters.gridId);
  assign('overdue', filters.overdue);
  assign('q', filters.q);
  assign('reportedFrom', filters.reportedFrom ? startOfShanghaiDay(filters.reportedFrom) : undefined);
  assign('reportedTo', filters.reportedTo ? startOfShanghaiDay(nextDay(filters.reportedTo)) : undefined);
  assign('sort', filters.sort);
  assign('cursor', filters.cursor);
  return query;
}
