import type { CalendarDate } from '../shared/calendar-date.js';
import type { Page } from '../shared/pagination.js';

/** The lists that export to a spreadsheet (ADR 0068), the notification delivery log (发送记录) included. */
export const EXPORT_LISTS = ['hazards', 'units', 'inspections', 'campaign_units', 'patrols', 'tenant_reviews', 'notification_deliveries'] as const;
export type ExportList = (typeof EXPORT_LISTS)[number];

/** The vocabularies whose values a cell may carry; the transport turns them into words (zh-CN or en). */
export type ExportLabelGroup =
  | 'hazardStatus' | 'hazardLevel' | 'hazardSource' | 'hazardCategory' | 'sector' | 'department' | 'escalation'
  | 'unitKind' | 'unitStatus' | 'riskTag' | 'riskLevel' | 'inspectionStatus' | 'inspectionKind' | 'patrolState'
  | 'tenantReviewStatus' | 'channel' | 'deliveryStatus';

/**
 * One cell of an exported row. Plain text and numbers are final; vocabulary values, dates, instants
 * and yes/no are typed so the transport can word them in the reader's language and Asia/Shanghai time.
 */
export type ExportCell =
  | string
  | number
  | null
  | { readonly kind: 'label'; readonly group: ExportLabelGroup; readonly value: string }
  | { readonly kind: 'labels'; readonly group: ExportLabelGroup; readonly values: readonly string[] }
  | { readonly kind: 'date'; readonly value: CalendarDate }
  | { readonly kind: 'instant'; readonly value: string }
  | { readonly kind: 'yes_no'; readonly value: boolean };

export type ExportRow = readonly ExportCell[];

/** A list ready to be written: its column keys (headings live in contracts) and its rows, streamed. */
export interface ExportTable {
  readonly list: ExportList;
  readonly columns: readonly string[];
  /** Rows in the list's own order, read page by page; at most one page is held at a time. */
  readonly rows: AsyncIterable<ExportRow>;
}

/** Rows read page by page in the store's keyset order; EXPORT_PAGE_SIZE bounds what is held at once. */
export const EXPORT_PAGE_SIZE = 500;

export async function* pagesOf<T>(fetch: (cursor: string | undefined) => Promise<Page<T>>): AsyncGenerator<readonly T[]> {
  let cursor: string | undefined;
  do {
    const page = await fetch(cursor);
    if (page.items.length > 0) yield page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}

export const label = (group: ExportLabelGroup, value: string | null): ExportCell => (value === null ? null : { kind: 'label', group, value });
export const labels = (group: ExportLabelGroup, values: readonly string[]): ExportCell => ({ kind: 'labels', group, values });
export const date = (value: CalendarDate | null | ''): ExportCell => (value ? { kind: 'date', value } : null);
export const instant = (value: string | null): ExportCell => (value === null ? null : { kind: 'instant', value });
export const yesNo = (value: boolean): ExportCell => ({ kind: 'yes_no', value });

/** Names of ids met while streaming, looked up once per page for the ids not seen before. */
export function nameCache(lookup: (ids: readonly string[]) => Promise<ReadonlyMap<string, string>>, limit = 20_000) {
  const names = new Map<string, string>();
  return {
    async load(ids: readonly (string | null)[]): Promise<void> {
      const missing = [...new Set(ids.filter((id): id is string => id !== null && !names.has(id)))];
      if (missing.length === 0) return;
      // A bounded cache: constant memory however many rows stream through.
      if (names.size + missing.length > limit) names.clear();
      for (const [id, name] of await lookup(missing)) names.set(id, name);
    },
    name(id: string | null): string | null {
      return id === null ? null : names.get(id) ?? null;
    },
  };
}
