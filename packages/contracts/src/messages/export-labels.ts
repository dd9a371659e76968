import type { ExportLabelGroup, ExportList } from '@safegrid/core';

/**
 * The words an exported file needs, per language. The vocabulary labels are the web app's
 * (`enum.<group>.<value>`); a web test keeps both the same.
 */
export interface ExportLabels {
  readonly titles: Readonly<Record<ExportList, string>>;
  readonly headings: Readonly<Record<ExportList, Readonly<Record<string, string>>>>;
  /** Names of list filters (query parameters), for the 筛选条件 line. */
  readonly filters: Readonly<Record<string, string>>;
  readonly words: Readonly<Record<'exportedAt' | 'exportedBy' | 'filters' | 'none' | 'yes' | 'no' | 'separator', string>>;
  readonly vocabulary: Readonly<Record<ExportLabelGroup, Readonly<Record<string, string>>>>;
}
