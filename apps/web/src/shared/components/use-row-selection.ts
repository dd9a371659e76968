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
  return useMemo(() => {
    const full = selected.size >= BATCH_MAX_ITEMS;
    const rowSelection: RowSelection<T> = {
      selectedRowKeys: [...selected.keys()],
      preserveSelectedRowKeys: true,
      // No 全选 box in the header: antd copies header titles into the table's hidden measuring row,
      // where a checkbox is an invisible focus stop (axe aria-hidden-focus); rows are ticked one by one.
      hideSelectAll: true,
      getCheckboxProps: (row) => ({ disabled: !selectable(row) || (full && !selected.has(row.id)), 'aria-label': labelOf(row) }),
      onChange: (keys, rows) => setSelected(nextSelection(selected, keys, rows)),
    };
    return { rows: [...selected.values()], ids: [...selected.keys()], full, clear: () => setSelected(new Map()), rowSelection };
  }, [selected, selectable, labelOf]);
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
