import type { LockedAccountResponse } from '@safegrid/contracts';
import { App, Button, Card, Popconfirm, Table, Typography } from 'antd';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { formatDateTime } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import { labelOf } from '../../shared/i18n/labels';
import { useLockedAccounts, useUnlockAccount } from './use-locked-accounts';

/** 锁定账户: accounts of the district locked after repeated wrong passwords, each with an unlock (district office). */
export function LockedAccountsPage() {
  const t = useT();
  const { message } = App.useApp();
  const locked = useLockedAccounts();
  const unlock = useUnlockAccount();
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('accounts.lockedTitle')}</Typography.Title>
      </div>
      <Card>
        <Typography.Paragraph type="secondary">{t('accounts.lockedHelp')}</Typography.Paragraph>
        <ProblemAlert error={locked.error ?? unlock.error} />
        <Table<LockedAccountResponse>
          rowKey="id"
          size="middle"
          loading={locked.isFetching}
          pagination={false}
          dataSource={locked.data?.items ?? []}
          locale={{ emptyText: t('accounts.noneLocked') }}
          columns={[
            { key: 'username', title: t('accounts.username'), render: (_, account) => <Typography.Text code>{account.username}</Typography.Text> },
            { key: 'name', title: t('accounts.displayName'), dataIndex: 'displayName' },
            { key: 'role', title: t('accounts.role'), render: (_, account) => labelOf(t, 'role', account.role) },
            { key: 'until', title: t('accounts.lockedUntil'), render: (_, account) => formatDateTime(account.lockedUntil) },
            {
              key: 'unlock',
              title: '',
              width: 120,
              render: (_, account) => (
                <Popconfirm
                  title={t('accounts.unlockConfirm', { username: account.username })}
                  okText={t('accounts.unlock')}
                  cancelText={t('accounts.cancel')}
                  onConfirm={() => unlock.mutateAsync(account.id).then(() => void message.success(t('accounts.unlocked', { username: account.username })))}
                >
                  <Button size="small" loading={unlock.isPending && unlock.variables === account.id}>{t('accounts.unlock')}</Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
