import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { AccountResponse, CreateAccountBody, UpdateAccountBody } from '@safegrid/contracts';
import { App, Button, Card, Space, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { withHeaderSorts } from '../../shared/components/header-sort';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { useT } from '../../shared/i18n/i18n';
import { useCurrentUser } from '../auth/use-session';
import { useTowns } from '../regions/use-regions';
import { AccountFormModal } from './account-form-modal';
import {
  ACCOUNT_PAGE_SIZES, ACCOUNT_SORTABLE, AccountActions, accountColumns, AccountQueryForm, DEFAULT_ACCOUNT_SORT, onAccountHeaderSort, titlesOf, useAccountSearch,
} from './account-list-parts';
import { OneTimePasswordModal } from './one-time-password-modal';
import { isDistrictOffice, ResetTwoFactorButton, TwoFactorPolicySwitch } from '../two-factor/two-factor-admin';
import { useAccountList, useAccountWrites } from './use-accounts';

/**
 * 账号管理: the accounts the caller administers (district office: all of the district; a town: its
 * grid workers and enterprise users), with a query form, total, paging and an 操作 column for
 * edit, password reset (a one-time password shown once) and deactivation.
 */
export function AccountListPage() {
  const t = useT();
  const admin = useCurrentUser();
  const { message } = App.useApp();
  const { query, setQuery } = useAccountSearch();
  const list = useAccountList(query);
  const writes = useAccountWrites();
  const [editing, setEditing] = useState<AccountResponse | null | undefined>(undefined);
  const [shown, setShown] = useState<{ username: string; password: string } | null>(null);
  const columns = accountColumns(t, useTowns().nameOf);

  const save = async (body: CreateAccountBody | UpdateAccountBody) => {
    if (editing) {
      const updated = await writes.update.mutateAsync({ id: editing.id, body: body as UpdateAccountBody });
      void message.success(t('accounts.saved', { username: updated.username }));
    } else {
      const created = await writes.create.mutateAsync(body as CreateAccountBody);
      setShown({ username: created.account.username, password: created.oneTimePassword });
    }
    setEditing(undefined);
  };
  const reset = async (account: AccountResponse) => {
    const result = await writes.resetPassword.mutateAsync(account.id);
    setShown({ username: result.account.username, password: result.oneTimePassword });
  };
  const actions = {
    key: 'actions', title: t('accounts.actions'), fixed: 'right' as const, width: isDistrictOffice(admin) ? 320 : 220,
    render: (_: unknown, account: AccountResponse) => <Space size={0} wrap><AccountActions account={account} admin={admin} writes={writes} onEdit={() => setEditing(account)} onReset={() => reset(account)} />{isDistrictOffice(admin) && <ResetTwoFactorButton account={account} />}</Space>,
  };

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('accounts.title')}</Typography.Title>
      </div>
      <Card>
        {isDistrictOffice(admin) && <TwoFactorPolicySwitch />}
        <AccountQueryForm query={query} setQuery={setQuery} admin={admin} onRefresh={() => void list.refetch()} titles={titlesOf(columns)} />
        <AccountToolbar total={list.data?.total ?? 0} refreshing={list.isFetching} onRefresh={() => void list.refetch()} onCreate={() => setEditing(null)} />
        <ProblemAlert error={list.error ?? writes.resetPassword.error ?? writes.deactivate.error ?? writes.reactivate.error} />
        <Table<AccountResponse>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 900 }}
          pagination={{
            current: query.page, pageSize: query.pageSize, total: list.data?.total ?? 0, showSizeChanger: true, pageSizeOptions: ACCOUNT_PAGE_SIZES,
            showTotal: (total) => t('accounts.total', { total }),
            onChange: (page, pageSize) => setQuery({ page, size: pageSize }),
          }}
          showSorterTooltip={false}
          onChange={onAccountHeaderSort(setQuery)}
          columns={[...withHeaderSorts(columns, ACCOUNT_SORTABLE, query.sort ?? DEFAULT_ACCOUNT_SORT), actions]}
        />
      </Card>
      <AccountFormModal open={editing !== undefined} account={editing ?? null} admin={admin} saving={writes.create.isPending || writes.update.isPending}
        onSubmit={save} onClose={() => setEditing(undefined)} />
      <OneTimePasswordModal username={shown?.username ?? ''} password={shown?.password ?? null} onClose={() => setShown(null)} />
    </>
  );
}

/** The toolbar above the table: the total, 刷新 and 新建账号. */
function AccountToolbar({ total, refreshing, onRefresh, onCreate }: {
  readonly total: number;
  readonly refreshing: boolean;
  readonly onRefresh: () => void;
  readonly onCreate: () => void;
}) {
  const t = useT();
  return (
    <div className="list-toolbar" style={{ display: 'flex', justifyContent: 'space-between', gap: 12, flexWrap: 'wrap', margin: '12px 0' }}>
      <Typography.Text type="secondary">{t('accounts.total', { total })}</Typography.Text>
      <Space>
        <Tooltip title={t('accounts.refresh')}>
          <Button icon={<ReloadOutlined aria-hidden />} aria-label={t('accounts.refresh')} onClick={onRefresh} loading={refreshing} />
        </Tooltip>
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={onCreate}>{t('accounts.create')}</Button>
      </Space>
    </div>
  );
}
