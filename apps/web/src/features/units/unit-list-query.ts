import { MAX_CURSOR_LENGTH, RISK_LEVELS, RISK_TAGS, SECTORS, UNIT_KINDS, UNIT_STATUSES, type UnitListQuery } from '@safegrid/contracts';

/** The registry's filters as they live in the URL. */
export interface UnitFilters {
  readonly kind: readonly string[];
  readonly sector: readonly string[];
  readonly tag: readonly string[];
  readonly status: readonly string[];
  /** 四色 colours (红/橙/黄/蓝). */
  readonly riskLevel: readonly string[];
  readonly regionCode?: string;
  readonly q?: string;
  readonly sort?: 'name' | 'recent';
  readonly cursor?: string;
}

const MULTI = { kind: UNIT_KINDS, sector: SECTORS, tag: RISK_TAGS, status: UNIT_STATUSES, riskLevel: RISK_LEVELS } as const;

export function unitFiltersFromSearch(params: URLSearchParams): UnitFilters {
  const multi = (name: keyof typeof MULTI) => params.getAll(name).filter((value) => (MULTI[name] as readonly string[]).includes(value));
  const region = params.get('regionCode');
  const sort = params.get('sort');
  const cursor = params.get('cursor');
  return {
    kind: multi('kind'),
    sector: multi('sector'),
    tag: multi('tag'),
    status: multi('status'),
    riskLevel: multi('riskLevel'),
    regionCode: region && /^(\d{6}|\d{9}|\d{12})$/.test(region) ? region : undefined,
    q: params.get('q')?.trim().slice(0, 50) || undefined,
    sort: sort === 'recent' ? 'recent' : undefined,
    cursor: cursor && cursor.length <= MAX_CURSOR_LENGTH ? cursor : undefined,
  };
}

export function searchFromUnitFilters(filters: UnitFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of Object.keys(MULTI) as (keyof typeof MULTI)[]) for (const value of filters[name]) params.append(name, value);
  for (const name of ['regionCode', 'q', 'sort', 'cursor'] as const) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  return params;
}

/** The registry's page size unless the URL asks for another (`size`). */
export const UNIT_PAGE_SIZE = 20;

/** The URL parameters of `filters` with the page size, left out when it is the default. */
export function searchWithUnitPageSize(params: URLSearchParams, size: number): URLSearchParams {
  if (size !== UNIT_PAGE_SIZE) params.set('size', String(size));
  return params;
}

export function unitApiQueryOf(filters: UnitFilters, limit = UNIT_PAGE_SIZE): UnitListQuery {
  const query: UnitListQuery = { limit };
  if (filters.kind.length > 0) query.kind = filters.kind as UnitListQuery['kind'];
  if (filters.sector.length > 0) query.sector = filters.sector as UnitListQuery['sector'];
  if (filters.tag.length > 0) query.tag = filters.tag as UnitListQuery['tag'];
  if (filters.status.length > 0) query.status = filters.status as UnitListQuery['status'];
  if (filters.riskLevel.length > 0) query.riskLevel = filters.riskLevel as UnitListQuery['riskLevel'];
  if (filters.regionCode) query.regionCode = filters.regionCode;
  if (filters.q) query.q = filters.q;
  if (filters.sort) query.sort = filters.sort;
  if (filters.cursor) query.cursor = filters.cursor;
  return query;
}

/**
 * The registry order a header click asks for (ProTable style): 名称 sorts by name (pinyin, the
 * default), 建档时间 newest first; clicking a sorted header again returns to the default order.
 */
export function unitSortOfHeader(columnKey: unknown, order: 'ascend' | 'descend' | null | undefined): 'recent' | undefined {
  return columnKey === 'createdAt' && order === 'descend' ? 'recent' : undefined;
}
