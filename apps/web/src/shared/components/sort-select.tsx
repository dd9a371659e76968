import { Form, Select } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { useFilterCollapse } from './filter-collapse';
import type { HeaderSort } from './header-sort';

/**
 * The query form's 排序 field (folded away on a phone): the same orders as the sortable headers,
 * each column both ways, so the list can be sorted where the header is hidden on a narrow screen.
 */
export function SortSelect({ id, sortable, titles, sort, onChange }: {
  readonly id: string;
  readonly sortable: Readonly<Record<string, HeaderSort>>;
  /** The header title of each sortable column key. */
  readonly titles: Readonly<Record<string, string>>;
  readonly sort: string;
  readonly onChange: (sort: string) => void;
}) {
  const t = useT();
  const options = Object.entries(sortable).flatMap(([key, header]) =>
    [header.first, header.first === 'ascend' ? 'descend' as const : 'ascend' as const].map((direction) => ({
      value: `${header.base}_${direction === 'ascend' ? 'asc' : 'desc'}`,
      label: `${titles[key] ?? key}（${t(direction === 'ascend' ? 'list.sortAscending' : 'list.sortDescending')}）`,
    })));
  return <Select id={id} value={sort} onChange={onChange} options={options} style={{ minWidth: 200 }} />;
}

/**
 * A list's query form (ProTable's collapsible search form): its own filters (`children`, in sight
 * on every screen) and 排序, which folds away on a phone behind 展开 and opens by itself when the
 * list runs in another order than its default.
 */
export function SortQueryForm<S extends string>({ name, sortable, titles, sort, defaultSort, onSort, children }: {
  readonly name: string;
  readonly sortable: Readonly<Record<string, HeaderSort>>;
  readonly titles: Readonly<Record<string, string>>;
  /** The order in force; undefined is the default. */
  readonly sort: S | undefined;
  readonly defaultSort: S;
  readonly onSort: (sort: S | undefined) => void;
  readonly children?: ReactNode;
}) {
  const t = useT();
  const collapse = useFilterCollapse(sort ? 1 : 0);
  return (
    <Form layout="inline" className="query-form filter-bar" name={name}>
      {children}
      <Form.Item label={t('field.sort')} htmlFor={`${name}-sort`} className={collapse.extra}>
        <SortSelect id={`${name}-sort`} sortable={sortable} titles={titles} sort={sort ?? defaultSort} onChange={(next) => onSort(next === defaultSort ? undefined : next as S)} />
      </Form.Item>
      <Form.Item>{collapse.toggle}</Form.Item>
    </Form>
  );
}
