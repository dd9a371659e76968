import type { ChannelEndpointResponse } from '@safegrid/contracts';
import { Button, Card, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { useT } from '../../shared/i18n/i18n';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';
import { labelOf } from '../../shared/i18n/labels';
import { useCurrentUser } from '../auth/use-session';
import { useTowns } from '../regions/use-regions';
import { ChannelForm } from './channel-form';
import { kindLabel } from './notification-kinds';
import { useChannels, useDeleteChannel } from './use-notifications';

/** 通知渠道: the district office's robots, webhooks, mailboxes and SMS lists; targets and secrets show only as 已设置. */
export function ChannelListPage() {
  const t = useT();
  const user = useCurrentUser();
  const { nameOf } = useTowns();
  const channels = useChannels();
  const remove = useDeleteChannel();
  const [editing, setEditing] = useState<ChannelEndpointResponse | 'new' | null>(null);
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('channel.title')}</Typography.Title>
        <Button type="primary" onClick={() => setEditing('new')}>{t('channel.add')}</Button>
      </div>
      <Typography.Paragraph type="secondary">{t('channel.intro')}</Typography.Paragraph>
      <Card>
        <ProblemAlert error={channels.error ?? remove.error} />
        <Table<ChannelEndpointResponse>
          rowKey="id"
          size="small"
          loading={channels.isPending}
          dataSource={channels.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: <Empty description={t('channel.empty')} /> }}
          columns={[
            { key: 'name', title: t('channel.name'), render: (_, e) => <Space>{e.name}{!e.enabled && <Tag>{t('channel.enabled')}: ✕</Tag>}</Space> },
            { key: 'channel', title: t('channel.channel'), render: (_, e) => t(`enum.channel.${e.channel}` as UiMessageKey) },
            { key: 'region', title: t('channel.region'), render: (_, e) => (e.regionCode === user.districtCode ? t('channel.wholeDistrict') : nameOf(e.regionCode)) },
            { key: 'sector', title: t('channel.sector'), render: (_, e) => (e.sector ? labelOf(t, 'sector', e.sector) : t('channel.allSectors')), responsive: ['md'] },
            { key: 'kinds', title: t('channel.kinds'), render: (_, e) => (e.kinds.length === 0 ? t('channel.allKinds') : e.kinds.map((kind) => <Tag key={kind}>{kindLabel(t, kind)}</Tag>)), responsive: ['md'] },
            { key: 'target', title: t('channel.target'), render: (_, e) => (e.targetSet ? <Tag color="green">{t('channel.targetSet')}{e.targetHint ? ` · ${e.targetHint}` : ''}</Tag> : t('channel.notSet')) },
            { key: 'secret', title: t('channel.secret'), render: (_, e) => (e.secretSet ? <Tag color="green">{t('channel.targetSet')}</Tag> : t('channel.notSet')), responsive: ['md'] },
            {
              key: 'actions', title: '',
              render: (_, e) => (
                <Space>
                  <Button size="small" onClick={() => setEditing(e)}>{t('channel.edit')}</Button>
                  <Popconfirm title={t('channel.deleteConfirm')} onConfirm={() => remove.mutate(e.id)}><Button size="small" danger>{t('channel.delete')}</Button></Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {editing && <ChannelForm endpoint={editing === 'new' ? null : editing} districtCode={user.districtCode} onClose={() => setEditing(null)} />}
    </>
  );
}
