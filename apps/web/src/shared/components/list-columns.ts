import { useCallback, useState } from 'react';

/** The part of `Storage` the column settings use, so tests can pass a plain object. */
export type ColumnStorage = Pick<Storage, 'getItem' | 'setItem'>;

const storageKey = (listKey: string) => `safegrid.columns.${listKey}`;

/** The columns the user hid on this list, as saved; anything unreadable counts as none hidden. */
export function readHiddenColumns(storage: ColumnStorage, listKey: string): string[] {
  try {
    const saved: unknown = JSON.parse(storage.getItem(storageKey(listKey)) ?? '[]');
    return Array.isArray(saved) ? saved.filter((key): key is string => typeof key === 'string') : [];
  } catch {
    return [];
  }
}

export function writeHiddenColumns(storage: ColumnStorage, listKey: string, hidden: readonly string[]): void {
  try {
    storage.setItem(storageKey(listKey), JSON.stringify([...new Set(hidden)]));
  } catch {
    // A full or blocked storage only loses the setting for the next visit.
  }
}

/** 列设置 of a list: hidden column keys, remembered in localStorage per list (ADR 0090). */
export function useHiddenColumns(listKey: string): readonly [readonly string[], (hidden: readonly string[]) => void] {
  const [hidden, setHidden] = useState<readonly string[]>(() => readHiddenColumns(localStorage, listKey));
  const update = useCallback((next: readonly string[]) => {
    writeHiddenColumns(localStorage, listKey, next);
    setHidden([...next]);
  }, [listKey]);
  return [hidden, update] as const;
}

/** The columns still shown; a column without a key is always shown. */
export function visibleColumns<C extends { readonly key?: unknown }>(columns: readonly C[], hidden: readonly string[]): C[] {
  return columns.filter((column) => typeof column.key !== 'string' || !hidden.includes(column.key));
}
