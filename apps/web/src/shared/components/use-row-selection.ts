import { BATCH_MAX_ITEMS } from '@safegrid/contracts';
import type { TableProps } from 'antd';
import { useMemo, useState } from 'react';

type RowSelection<T> = NonNullable<TableProps<T>['rowSelection']>;

/** Selected rows of a list, kept across page turns (ADR 0092) and capped at one batch's size. */
export interface RowSelectionState<T> {
  readonly rows: readonly T[];
  readonly ids: readonly string[];
  readonly full: boolean;
  readonly clear: () => void;
  /** 选择本页: adds the page's selectable rows, up to 100 in all. */
  readonly selectPage: (page: readonly T[]) => void;
  /** 取消选择本页: drops the page's rows, keeping those of other pages. */
  readonly unselectPage: (page: readonly T[]) => void;
  /** Whether the page's selectable rows are all selected ('all'), some, or none; 'empty' when it has none. */
  readonly pageState: (page: readonly T[]) => 'all' | 'some' | 'none' | 'empty';
  /** How many rows of the last 选择本页 stayed out because the selection reached 100 (0 otherwise). */
  readonly leftOut: number;
  /** For the table: checkboxes on the rows a batch can take, the selection kept when the page turns. */
  readonly rowSelection: RowSelection<T>;
}

/**
 * Row selection for a list's batch actions: only rows `selectable` says the batch can take get a
 * checkbox that can be ticked; the selection stays while the user turns pages (antd's
 * `preserveSelectedRowKeys`; rows of other pages are remembered here) and stops at 100 rows.
 */
export function useRowSelection<T extends { readonly id: string }>(selectable: (row: T) => boolean, labelOf: (row: T) => string): RowSelectionState<T> {
  const [selected, setSelected] = useState<ReadonlyMap<string, T>>(new Map());
  const [leftOut, setLeftOut] = useState(0);
  return useMemo(() => {
    const full = selected.size >= BATCH_MAX_ITEMS;
    const rowSelection: RowSelection<T> = {
      selectedRowKeys: [...selected.keys()],
      preserveSelectedRowKeys: true,
      // No 全选 box in the header: antd copies header titles into the table's hidden measuring row,
      // where a checkbox is an invisible focus stop (axe aria-hidden-focus); the selection bar's
      // 选择本页 button selects the page instead.
      hideSelectAll: true,
      getCheckboxProps: (row) => ({ disabled: !selectable(row) || (full && !selected.has(row.id)), 'aria-label': labelOf(row) }),
      onChange: (keys, rows) => { setLeftOut(0); setSelected(nextSelection(selected, keys, rows)); },
    };
    const selectPage = (page: readonly T[]) => {
      const result = withPageSelected(selected, page.filter(selectable));
      setSelected(result.selection);
      setLeftOut(result.leftOut);
    };
    const unselectPage = (page: readonly T[]) => {
      setSelected(new Map([...selected].filter(([id]) => !page.some((row) => row.id === id))));
      setLeftOut(0);
    };
    const pageState = (page: readonly T[]) => {
      const candidates = page.filter(selectable);
      const ticked = candidates.filter((row) => selected.has(row.id)).length;
      if (candidates.length === 0) return 'empty' as const;
      return ticked === 0 ? 'none' as const : ticked === candidates.length ? 'all' as const : 'some' as const;
    };
    const clear = () => { setSelected(new Map()); setLeftOut(0); };
    return { rows: [...selected.values()], ids: [...selected.keys()], full, clear, selectPage, unselectPage, pageState, leftOut, rowSelection };
  }, [selected, leftOut, selectable, labelOf]);
}

/**
 * 选择本页: the selection with the page's rows added in page order, stopping at 100; `leftOut` is
 * how many of them did not fit.
 */
export function withPageSelected<T extends { readonly id: string }>(previous: ReadonlyMap<string, T>, page: readonly T[]): { readonly selection: ReadonlyMap<string, T>; readonly leftOut: number } {
  const next = new Map(previous);
  let leftOut = 0;
  for (const row of page) {
    if (next.has(row.id)) continue;
    if (next.size >= BATCH_MAX_ITEMS) leftOut += 1;
    else next.set(row.id, row);
  }
  return { selection: next, leftOut };
}

/**
 * The selection after the table reports its keys: rows of this page from the table, rows ticked on
 * other pages (which the table reports by key only, or as undefined) from before; at most 100.
 */
export function nextSelection<T extends { readonly id: string }>(
  previous: ReadonlyMap<string, T>,
  keys: readonly (string | number | bigint)[],
  rows: readonly (T | undefined)[],
): ReadonlyMap<string, T> {
  const next = new Map<string, T>();
  for (const key of keys) {
    if (next.size >= BATCH_MAX_ITEMS) break;
    const id = String(key);
    const row = rows.find((candidate) => candidate?.id === id) ?? previous.get(id);
    if (row) next.set(id, row);
  }
  return next;
}
