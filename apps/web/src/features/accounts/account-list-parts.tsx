import { ACCOUNT_SORTS, ACCOUNT_STATUSES, type AccountListQuery, type AccountResponse, type AccountSort, type Role, type UserResponse } from '@safegrid/contracts';
import type { TableColumnsType, TableProps } from 'antd';
import { App, Button, Form, Input, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useFilterCollapse } from '../../shared/components/filter-collapse';
import { onHeaderSort, sortFromSearch, type HeaderSort } from '../../shared/components/header-sort';
import { SortSelect } from '../../shared/components/sort-select';
import { formatDateTime } from '../../shared/format/dates';
import { useT, type Translate } from '../../shared/i18n/i18n';
import { labelOf, optionsOf } from '../../shared/i18n/labels';
import { rolesManagedBy } from './account-form-modal';
import type { useAccountWrites } from './use-accounts';

export const ACCOUNT_PAGE_SIZES = [20, 50, 100];
export const DEFAULT_ACCOUNT_SORT: AccountSort = 'username_asc';

/** The headers that sort the list (ADR 0113), by column key: the API order's column and the first click's direction. */
export const ACCOUNT_SORTABLE: Readonly<Record<string, HeaderSort>> = {
  username: { base: 'username', first: 'ascend' },
  name: { base: 'name', first: 'ascend' },
  role: { base: 'role', first: 'ascend' },
  status: { base: 'status', first: 'ascend' },
  created: { base: 'created', first: 'descend' },
};

/** The list's query, kept in the address so a reload or a shared link shows the same page. */
export function useAccountSearch() {
  const [search, setSearch] = useSearchParams();
  const size = Number(search.get('size'));
  const query: AccountListQuery = {
    q: search.get('q') || undefined,
    role: (search.get('role') as Role | null) ?? undefined,
    status: (search.get('status') as AccountListQuery['status'] | null) ?? undefined,
    sort: sortFromSearch(search, ACCOUNT_SORTS, DEFAULT_ACCOUNT_SORT),
    page: Math.max(1, Number(search.get('page')) || 1),
    pageSize: ACCOUNT_PAGE_SIZES.includes(size) ? size : ACCOUNT_PAGE_SIZES[0],
  };
  const setQuery = (changes: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    if (!('page' in changes)) next.delete('page');
    setSearch(next, { replace: true });
  };
  return { query, setQuery };
}

/** The table's onChange for a header click: a new order, back to the first page (`setQuery` drops `page`). */
export function onAccountHeaderSort(setQuery: (changes: Record<string, string | undefined>) => void): TableProps<AccountResponse>['onChange'] {
  const bySort = onHeaderSort<AccountResponse, AccountSort>(ACCOUNT_SORTABLE, ACCOUNT_SORTS, DEFAULT_ACCOUNT_SORT, (sort) => setQuery({ sort }));
  // Paging calls the table's onChange too; only a click on a header changes the order.
  return (pagination, filters, sorter, extra) => {
    if (extra.action === 'sort') bySort?.(pagination, filters, sorter, extra);
  };
}

/** The header title of each column key, for 排序's options. */
export function titlesOf(columns: TableColumnsType<AccountResponse>): Record<string, string> {
  return Object.fromEntries(columns.map((column) => [String(column.key), String(column.title)]));
}

export const statusLabel = (t: Translate, status: string) => t(status === 'active' ? 'accounts.statusActive' : 'accounts.statusDisabled');

/** The collapsible query form (ProTable style): search text, role, status and 排序 (for a phone, where headers are hidden). */
export function AccountQueryForm({ query, setQuery, admin, onRefresh, titles }: {
  readonly query: AccountListQuery;
  readonly setQuery: (changes: Record<string, string | number | undefined>) => void;
  readonly admin: UserResponse;
  /** 查询 with an unchanged query still reloads the list. */
  readonly onRefresh: () => void;
  /** The header title of each sortable column key. */
  readonly titles: Readonly<Record<string, string>>;
}) {
  const t = useT();
  const filters = useFilterCollapse([query.role, query.status, query.sort].filter(Boolean).length);
  return (
    <Form layout="inline" className="query-form filter-bar" onFinish={(values: { q?: string }) => {
      const q = values.q?.trim() || undefined;
      if (q === query.q) onRefresh();
      else setQuery({ q });
    }} initialValues={{ q: query.q }}>
      <Form.Item name="q" label={t('accounts.search')}>
        <Input allowClear placeholder={t('accounts.searchPlaceholder')} style={{ width: 240 }} onChange={(event) => { if (!event.target.value) setQuery({ q: undefined }); }} />
      </Form.Item>
      {/* No field name (the query lives in the URL): the label is tied to the select by id. */}
      <Form.Item label={t('accounts.role')} htmlFor="account-query-role" className={filters.extra}>
        <Select id="account-query-role" allowClear value={query.role} onChange={(role?: string) => setQuery({ role })} options={optionsOf(t, 'role', rolesManagedBy(admin))} style={{ width: 160 }} placeholder={t('accounts.all')} />
      </Form.Item>
      <Form.Item label={t('accounts.status')} htmlFor="account-query-status" className={filters.extra}>
        <Select id="account-query-status" allowClear value={query.status} onChange={(status?: string) => setQuery({ status })} style={{ width: 120 }} placeholder={t('accounts.all')}
          options={ACCOUNT_STATUSES.map((status) => ({ value: status, label: statusLabel(t, status) }))} />
      </Form.Item>
      <Form.Item label={t('field.sort')} htmlFor="account-query-sort" className={filters.extra}>
        <SortSelect id="account-query-sort" sortable={ACCOUNT_SORTABLE} titles={titles} sort={query.sort ?? DEFAULT_ACCOUNT_SORT}
          onChange={(sort) => setQuery({ sort: sort === DEFAULT_ACCOUNT_SORT ? undefined : sort })} />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">{t('accounts.query')}</Button>
          {filters.toggle}
        </Space>
      </Form.Item>
    </Form>
  );
}

/** The 操作 column of one account: edit, reset the password, deactivate or reactivate. */
export function AccountActions({ account, admin, writes, onEdit, onReset }: {
  readonly account: AccountResponse;
  readonly admin: UserResponse;
  readonly writes: ReturnType<typeof useAccountWrites>;
  readonly onEdit: () => void;
  readonly onReset: () => Promise<void>;
}) {
  const t = useT();
  const { message } = App.useApp();
  const name = { username: account.username };
  return (
    <Space size={0} wrap>
      <Button type="link" size="small" onClick={onEdit}>{t('accounts.edit')}</Button>
      <Popconfirm title={t('accounts.resetConfirm', name)} okText={t('accounts.reset')} cancelText={t('accounts.cancel')} onConfirm={onReset}>
        <Button type="link" size="small">{t('accounts.reset')}</Button>
      </Popconfirm>
      {account.status === 'active' ? (
        <Popconfirm title={t('accounts.deactivateConfirm', name)} okText={t('accounts.deactivate')} okButtonProps={{ danger: true }} cancelText={t('accounts.cancel')}
          onConfirm={() => writes.deactivate.mutateAsync(account.id).then(() => void message.success(t('accounts.deactivated', name)))}>
          <Button type="link" size="small" danger disabled={account.id === admin.id}>{t('accounts.deactivate')}</Button>
        </Popconfirm>
      ) : (
        <Popconfirm title={t('accounts.reactivateConfirm', name)} okText={t('accounts.reactivate')} cancelText={t('accounts.cancel')}
          onConfirm={() => writes.reactivate.mutateAsync(account.id).then(() => void message.success(t('accounts.reactivated', name)))}>
          <Button type="link" size="small">{t('accounts.reactivate')}</Button>
        </Popconfirm>
      )}
    </Space>
  );
}

/** The list's columns except 操作: who, role, scope, contact, state and when it was created and last changed. */
export function accountColumns(t: Translate, nameOf: (code: string) => string): TableColumnsType<AccountResponse> {
  const scopeText = (account: AccountResponse): string => {
    switch (account.role) {
      case 'department':
        return [account.scope.department ? labelOf(t, 'department', account.scope.department) : '', ...account.scope.sectors.map((sector) => labelOf(t, 'sector', sector))].filter(Boolean).join('、');
      case 'grid_worker':
        return t('accounts.gridCount', { region: nameOf(account.scope.regionCode.slice(0, 9)), count: account.scope.gridIds.length });
      case 'enterprise':
        return t('accounts.ownUnit');
      default:
        return nameOf(account.scope.regionCode);
    }
  };
  return [
    { key: 'username', title: t('accounts.username'), render: (_, account) => <Typography.Text code>{account.username}</Typography.Text> },
    { key: 'name', title: t('accounts.displayName'), dataIndex: 'displayName' },
    { key: 'role', title: t('accounts.role'), render: (_, account) => labelOf(t, 'role', account.role) },
    { key: 'scope', title: t('accounts.scope'), render: (_, account) => scopeText(account) },
    { key: 'phone', title: t('accounts.phone'), render: (_, account) => account.phone ?? '—' },
    {
      key: 'status', title: t('accounts.status'), render: (_, account) => (
        <Space size={4} wrap>
          <Tag color={account.status === 'active' ? 'green' : 'default'}>{statusLabel(t, account.status)}</Tag>
          {account.mustChangePassword && <Tag color="orange">{t('accounts.mustChange')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'twoFactor', title: t('accounts.twoFactor'),
      render: (_, account) => (account.twoFactorEnabled
        ? <Tag color="green">{t('accounts.twoFactorEnabled')}</Tag>
        : <Typography.Text type="secondary">{t('accounts.twoFactorOff')}</Typography.Text>),
    },
    { key: 'created', title: t('accounts.createdAt'), render: (_, account) => formatDateTime(account.createdAt), responsive: ['lg'] },
    { key: 'updated', title: t('accounts.updatedAt'), render: (_, account) => formatDateTime(account.updatedAt) },
  ];
}
