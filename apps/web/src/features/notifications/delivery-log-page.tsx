import { CHANNELS, DELIVERY_STATUSES, type Channel, type DeliveryResponse, type DeliveryStatus } from '@safegrid/contracts';
import { Card, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ExportButton } from '../../shared/components/export-button';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { formatDateTime } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';
import { kindLabel } from './notification-kinds';
import { useDeliveries } from './use-notifications';

const STATUS_COLOUR: Readonly<Record<DeliveryStatus, string>> = { pending: 'processing', sent: 'success', failed: 'error' };

/** 发送记录: each message to each channel with its attempts, status and last error, for the district office. */
export function DeliveryLogPage() {
  const t = useT();
  const [channel, setChannel] = useState<Channel | ''>('');
  const [status, setStatus] = useState<DeliveryStatus | ''>('');
  const deliveries = useDeliveries({ ...(channel ? { channel } : {}), ...(status ? { status } : {}), limit: 100 });
  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{t('delivery.title')}</Typography.Title></div>
      <Typography.Paragraph type="secondary">{t('delivery.intro')}</Typography.Paragraph>
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <Select<Channel | ''> aria-label={t('delivery.channel')} value={channel} onChange={setChannel} style={{ minWidth: 180 }}
            options={[{ value: '', label: t('delivery.allChannels') }, ...CHANNELS.map((value) => ({ value, label: t(`enum.channel.${value}` as UiMessageKey) }))]} />
          <Select<DeliveryStatus | ''> aria-label={t('delivery.status')} value={status} onChange={setStatus} style={{ minWidth: 140 }}
            options={[{ value: '', label: t('delivery.allStatuses') }, ...DELIVERY_STATUSES.map((value) => ({ value, label: t(`enum.deliveryStatus.${value}` as UiMessageKey) }))]} />
          <ExportButton path="/notification-deliveries/export" query={{ ...(channel ? { channel } : {}), ...(status ? { status } : {}) }} />
        </Space>
        <ProblemAlert error={deliveries.error} />
        <Table<DeliveryResponse>
          rowKey="id"
          size="small"
          loading={deliveries.isPending}
          dataSource={deliveries.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description={t('delivery.empty')} /> }}
          columns={[
            { key: 'createdAt', title: t('delivery.createdAt'), render: (_, d) => formatDateTime(d.createdAt) },
            { key: 'channel', title: t('delivery.channel'), render: (_, d) => t(`enum.channel.${d.channel}` as UiMessageKey) },
            { key: 'endpoint', title: t('delivery.endpoint'), render: (_, d) => d.endpointName ?? (d.endpointId ? '—' : t('delivery.personalMail')) },
            { key: 'kind', title: t('delivery.kind'), render: (_, d) => kindLabel(t, d.kind), responsive: ['md'] },
            { key: 'title', title: t('delivery.message'), dataIndex: 'title', responsive: ['lg'] },
            { key: 'status', title: t('delivery.status'), render: (_, d) => <Tag color={STATUS_COLOUR[d.status]}>{t(`enum.deliveryStatus.${d.status}` as UiMessageKey)}</Tag> },
            { key: 'attempts', title: t('delivery.attempts'), dataIndex: 'attempts' },
            { key: 'sentAt', title: t('delivery.sentAt'), render: (_, d) => formatDateTime(d.sentAt), responsive: ['md'] },
            { key: 'lastError', title: t('delivery.lastError'), render: (_, d) => (d.lastError ? <Typography.Text type="danger" ellipsis={{ tooltip: d.lastError }} style={{ maxWidth: 280 }}>{d.lastError}</Typography.Text> : '—') },
          ]}
        />
      </Card>
    </>
  );
}
