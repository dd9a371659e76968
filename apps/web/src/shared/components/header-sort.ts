import type { TableColumnsType, TableProps } from 'antd';
import { useSearchParams } from 'react-router';

/** A header that sorts: the API order's column part (`name` of `name_asc`) and the first click's direction. */
export interface HeaderSort {
  readonly base: string;
  readonly first: 'ascend' | 'descend';
}

/**
 * The API order a header click asks for (issue 16, ADR 0108): `base_asc` or `base_desc`, or
 * undefined for the list's default order (so the URL stays clean) or a click that clears the order.
 */
export function sortOfHeaderClick<S extends string>(
  sortable: Readonly<Record<string, HeaderSort>>, sorts: readonly S[], defaultSort: S, columnKey: unknown, order: 'ascend' | 'descend' | null | undefined,
): S | undefined {
  const column = typeof columnKey === 'string' ? sortable[columnKey] : undefined;
  if (!column || !order) return undefined;
  const sort = `${column.base}_${order === 'ascend' ? 'asc' : 'desc'}`;
  return sort === defaultSort || !(sorts as readonly string[]).includes(sort) ? undefined : (sort as S);
}

/** The order named by the URL's `sort`, when the list knows it and it is not the default. */
export function sortFromSearch<S extends string>(params: URLSearchParams, sorts: readonly S[], defaultSort: S): S | undefined {
  const sort = params.get('sort') ?? '';
  return (sorts as readonly string[]).includes(sort) && sort !== defaultSort ? (sort as S) : undefined;
}

/** A list's order kept in the URL's `sort` (so a sorted list survives a reload), the default left out; other parameters stay. */
export function useSortInUrl<S extends string>(sorts: readonly S[], defaultSort: S): [S | undefined, (sort: S | undefined) => void] {
  const [search, setSearch] = useSearchParams();
  const setSort = (sort: S | undefined) => setSearch((previous) => {
    const next = new URLSearchParams(previous);
    if (sort) next.set('sort', sort);
    else next.delete('sort');
    return next;
  });
  return [sortFromSearch(search, sorts, defaultSort), setSort];
}

/** Sortable headers (ProTable style) controlled by the order in force: each shows whether the list runs by it, and which way. */
export function withHeaderSorts<T>(columns: TableColumnsType<T>, sortable: Readonly<Record<string, HeaderSort>>, sort: string): TableColumnsType<T> {
  const split = sort.lastIndexOf('_');
  const [base, direction] = [sort.slice(0, split), sort.slice(split + 1)];
  return columns.map((column) => {
    const header = typeof column.key === 'string' ? sortable[column.key] : undefined;
    if (!header) return column;
    return {
      ...column,
      sorter: true,
      sortDirections: [header.first, header.first === 'ascend' ? 'descend' : 'ascend'],
      sortOrder: header.base === base ? (direction === 'asc' ? 'ascend' : 'descend') : null,
    };
  });
}

/** A Table's onChange that reports only the header sort, as the list's API order. */
export function onHeaderSort<T, S extends string>(
  sortable: Readonly<Record<string, HeaderSort>>, sorts: readonly S[], defaultSort: S, onSort: (sort: S | undefined) => void,
): TableProps<T>['onChange'] {
  return (_pagination, _filters, sorter) => {
    const chosen = Array.isArray(sorter) ? sorter[0] : sorter;
    onSort(sortOfHeaderClick(sortable, sorts, defaultSort, chosen?.columnKey, chosen?.order));
  };
}
