import { CHANNELS, DELIVERY_SORTS, DELIVERY_STATUSES, type Channel, type DeliveryResponse, type DeliverySort, type DeliveryStatus } from '@safegrid/contracts';
import { Button, Card, Empty, Form, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { onHeaderSort, useSortInUrl, withHeaderSorts, type HeaderSort } from '../../shared/components/header-sort';
import { useHiddenColumns, visibleColumns } from '../../shared/components/list-columns';
import { ListToolbar } from '../../shared/components/list-toolbar';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { SortQueryForm } from '../../shared/components/sort-select';
import { formatDateTime } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';
import { kindLabel } from './notification-kinds';
import { useDeliveries, useDeliveryCount } from './use-notifications';

const STATUS_COLOUR: Readonly<Record<DeliveryStatus, string>> = { pending: 'processing', sent: 'success', failed: 'error' };
const DEFAULT_SORT: DeliverySort = 'created_desc';

/** The headers that sort the log (ADR 0108), by column key: the API order's column and the first click's direction. */
const DELIVERY_SORTABLE: Readonly<Record<string, HeaderSort>> = {
  createdAt: { base: 'created', first: 'descend' },
  status: { base: 'status', first: 'ascend' },
  attempts: { base: 'attempts', first: 'descend' },
};

/** 发送记录: each message to each channel with its attempts, status and last error, for the district office. */
export function DeliveryLogPage() {
  const t = useT();
  const [channel, setChannel] = useState<Channel | ''>('');
  const [status, setStatus] = useState<DeliveryStatus | ''>('');
  const [size, setSize] = useState(20);
  const [cursors, setCursors] = useState<string[]>([]);
  const [hiddenColumns, setHiddenColumns] = useHiddenColumns('deliveries');
  const [sort, setSort] = useSortInUrl(DELIVERY_SORTS, DEFAULT_SORT);
  const sortBy = (next: DeliverySort | undefined) => { setCursors([]); setSort(next); }; // a cursor names its order
  const cursor = cursors[cursors.length - 1];
  const filters = { ...(channel ? { channel } : {}), ...(status ? { status } : {}) };
  const deliveries = useDeliveries({ ...filters, ...(sort ? { sort } : {}), limit: size, ...(cursor ? { cursor } : {}) });
  const count = useDeliveryCount(filters);
  const columns = useDeliveryColumns();
  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{t('delivery.title')}</Typography.Title></div>
      <Typography.Paragraph type="secondary">{t('delivery.intro')}</Typography.Paragraph>
      <Card>
        <SortQueryForm name="delivery-query" sortable={DELIVERY_SORTABLE} titles={Object.fromEntries(columns.map((column) => [column.key, column.title]))} sort={sort} defaultSort={DEFAULT_SORT} onSort={sortBy}>
          <Form.Item>
            <Select<Channel | ''> aria-label={t('delivery.channel')} value={channel} onChange={(next) => { setChannel(next); setCursors([]); }} style={{ minWidth: 180 }}
              options={[{ value: '', label: t('delivery.allChannels') }, ...CHANNELS.map((value) => ({ value, label: t(`enum.channel.${value}` as UiMessageKey) }))]} />
          </Form.Item>
          <Form.Item>
            <Select<DeliveryStatus | ''> aria-label={t('delivery.status')} value={status} onChange={(next) => { setStatus(next); setCursors([]); }} style={{ minWidth: 140 }}
              options={[{ value: '', label: t('delivery.allStatuses') }, ...DELIVERY_STATUSES.map((value) => ({ value, label: t(`enum.deliveryStatus.${value}` as UiMessageKey) }))]} />
          </Form.Item>
        </SortQueryForm>
        <ListToolbar
          exportPath="/notification-deliveries/export"
          exportQuery={{ ...filters, ...(sort ? { sort } : {}) }}
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
          showSorterTooltip={false}
          locale={{ emptyText: <Empty description={t('delivery.empty')} /> }}
          columns={withHeaderSorts(visibleColumns(columns, hiddenColumns), DELIVERY_SORTABLE, sort ?? DEFAULT_SORT)}
          onChange={onHeaderSort(DELIVERY_SORTABLE, DELIVERY_SORTS, DEFAULT_SORT, sortBy)}
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
