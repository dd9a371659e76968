import { CHANNELS, DELIVERY_STATUSES, type Channel, type DeliveryResponse, type DeliveryStatus } from '@safegrid/contracts';
import { Button, Card, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useHiddenColumns, visibleColumns } from '../../shared/components/list-columns';
import { ListToolbar } from '../../shared/components/list-toolbar';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { formatDateTime } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';
import { kindLabel } from './notification-kinds';
import { useDeliveries, useDeliveryCount } from './use-notifications';

const STATUS_COLOUR: Readonly<Record<DeliveryStatus, string>> = { pending: 'processing', sent: 'success', failed: 'error' };

/** 发送记录: each message to each channel with its attempts, status and last error, for the district office. */
export function DeliveryLogPage() {
  const t = useT();
  const [channel, setChannel] = useState<Channel | ''>('');
  const [status, setStatus] = useState<DeliveryStatus | ''>('');
  const [size, setSize] = useState(20);
  const [cursors, setCursors] = useState<string[]>([]);
  const [hiddenColumns, setHiddenColumns] = useHiddenColumns('deliveries');
  const cursor = cursors[cursors.length - 1];
  const filters = { ...(channel ? { channel } : {}), ...(status ? { status } : {}) };
  const deliveries = useDeliveries({ ...filters, limit: size, ...(cursor ? { cursor } : {}) });
  const count = useDeliveryCount(filters);
  const columns = useDeliveryColumns();
  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{t('delivery.title')}</Typography.Title></div>
      <Typography.Paragraph type="secondary">{t('delivery.intro')}</Typography.Paragraph>
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <Select<Channel | ''> aria-label={t('delivery.channel')} value={channel} onChange={(next) => { setChannel(next); setCursors([]); }} style={{ minWidth: 180 }}
            options={[{ value: '', label: t('delivery.allChannels') }, ...CHANNELS.map((value) => ({ value, label: t(`enum.channel.${value}` as UiMessageKey) }))]} />
          <Select<DeliveryStatus | ''> aria-label={t('delivery.status')} value={status} onChange={(next) => { setStatus(next); setCursors([]); }} style={{ minWidth: 140 }}
            options={[{ value: '', label: t('delivery.allStatuses') }, ...DELIVERY_STATUSES.map((value) => ({ value, label: t(`enum.deliveryStatus.${value}` as UiMessageKey) }))]} />
        </Space>
        <ListToolbar
          exportPath="/notification-deliveries/export"
          exportQuery={filters}
          pageSize={size}
          onPageSize={(next) => { setSize(next); setCursors([]); }}
          count={count.data}
          onRefresh={() => void Promise.all([deliveries.refetch(), count.refetch()])}
          columns={columns.map(({ key, title }) => ({ key, title }))}
          hiddenColumns={hiddenColumns}
          onHiddenColumns={setHiddenColumns}
        />
        <ProblemAlert error={deliveries.error} />
        <Table<DeliveryResponse>
          rowKey="id"
          size="small"
          loading={deliveries.isPending}
          dataSource={deliveries.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: <Empty description={t('delivery.empty')} /> }}
          columns={visibleColumns(columns, hiddenColumns)}
        />
        <div className="pager">
          <Button disabled={cursors.length === 0} onClick={() => setCursors([])}>{t('pager.first')}</Button>
          <Button disabled={!deliveries.data?.nextCursor} onClick={() => deliveries.data?.nextCursor && setCursors([...cursors, deliveries.data.nextCursor])}>{t('pager.next')}</Button>
        </div>
      </Card>
    </>
  );
}

/** The delivery log's columns (列设置 hides them by key). */
function useDeliveryColumns() {
  const t = useT();
  return [
    { key: 'createdAt', title: t('delivery.createdAt'), render: (_: unknown, d: DeliveryResponse) => formatDateTime(d.createdAt) },
    { key: 'channel', title: t('delivery.channel'), render: (_: unknown, d: DeliveryResponse) => t(`enum.channel.${d.channel}` as UiMessageKey) },
    { key: 'endpoint', title: t('delivery.endpoint'), render: (_: unknown, d: DeliveryResponse) => d.endpointName ?? (d.endpointId ? '—' : t('delivery.personalMail')) },
    { key: 'kind', title: t('delivery.kind'), render: (_: unknown, d: DeliveryResponse) => kindLabel(t, d.kind), responsive: ['md' as const] },
    { key: 'title', title: t('delivery.message'), dataIndex: 'title', responsive: ['lg' as const] },
    { key: 'status', title: t('delivery.status'), render: (_: unknown, d: DeliveryResponse) => <Tag color={STATUS_COLOUR[d.status]}>{t(`enum.deliveryStatus.${d.status}` as UiMessageKey)}</Tag> },
    { key: 'attempts', title: t('delivery.attempts'), dataIndex: 'attempts' },
    { key: 'sentAt', title: t('delivery.sentAt'), render: (_: unknown, d: DeliveryResponse) => formatDateTime(d.sentAt), responsive: ['md' as const] },
    {
      key: 'lastError', title: t('delivery.lastError'),
      render: (_: unknown, d: DeliveryResponse) => (d.lastError ? <Typography.Text type="danger" ellipsis={{ tooltip: d.lastError }} style={{ maxWidth: 280 }}>{d.lastError}</Typography.Text> : '—'),
    },
  ];
}
