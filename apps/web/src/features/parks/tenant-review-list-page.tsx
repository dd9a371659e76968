import { TENANT_REVIEW_SORTS, TENANT_REVIEW_STATUSES, type TenantReviewResponse, type TenantReviewSort, type TenantReviewStatus } from '@safegrid/contracts';
import { Button, Card, Empty, Form, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { onHeaderSort, useSortInUrl, withHeaderSorts, type HeaderSort } from '../../shared/components/header-sort';
import { useHiddenColumns, visibleColumns } from '../../shared/components/list-columns';
import { ListToolbar, PAGE_SIZES } from '../../shared/components/list-toolbar';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { SortQueryForm } from '../../shared/components/sort-select';
import { formatDate, formatDateTime } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import { riskOptionsOf } from '../risk/risk-labels';
import { useUnit } from '../units/use-units';
import { useTenantReviewBatch } from '../batches/tenant-review-batch';
import { ReviewStatusTag } from './components/review-status-tag';
import { TenantReviewActions } from './components/tenant-review-actions';
import { useTenantReviewCount, useTenantReviews } from './use-parks';

/** The columns of the queue, in order. */
function useReviewColumns(): TableColumnsType<TenantReviewResponse> {
  const t = useT();
  const yesNo = (value: boolean) => <Tag color={value ? 'success' : 'error'}>{value ? t('review.yes') : t('review.no')}</Tag>;
  return [
    { key: 'tenant', title: t('review.tenant'), render: (_, review) => (review.tenantUnitId ? <Link to={`/units/${review.tenantUnitId}`}>{review.tenant.name}</Link> : review.tenant.name) },
    { key: 'park', title: t('review.park'), render: (_, review) => <ParkName parkId={review.parkId} /> },
    { key: 'business', title: t('review.business'), render: (_, review) => review.tenant.business, responsive: ['lg'] },
    { key: 'lease', title: t('review.lease'), render: (_, review) => `${formatDate(review.leaseStartsOn)} ~ ${formatDate(review.leaseEndsOn)}`, responsive: ['xl'] },
    { key: 'agreement', title: t('review.agreement'), render: (_, review) => yesNo(review.safetyAgreement), responsive: ['md'] },
    { key: 'fire', title: t('review.fire'), render: (_, review) => yesNo(review.fireAcceptance), responsive: ['md'] },
    { key: 'applied', title: t('review.appliedAt'), render: (_, review) => `${review.appliedByName} · ${formatDateTime(review.appliedAt)}`, responsive: ['lg'] },
    { key: 'status', title: t('review.status'), render: (_, review) => <ReviewStatusTag status={review.status} /> },
    {
      key: 'decision', title: t('review.decision'), responsive: ['md'],
      render: (_, review) => (review.decidedAt ? <span data-testid="review-decision">{review.decisionReason ?? '—'}<br /><Typography.Text type="secondary">{review.decidedByName} · {formatDateTime(review.decidedAt)}</Typography.Text></span> : '—'),
    },
    { key: 'actions', title: t('review.actions'), render: (_, review) => <TenantReviewActions review={review} /> },
  ];
}

/** 租户 and 操作 stay; 列设置 offers the rest. */
const FIXED_COLUMNS = new Set(['tenant', 'actions']);

const DEFAULT_SORT: TenantReviewSort = 'applied_desc';

/** The headers that sort the queue (ADR 0113), by column key: the API order's column and the first click's direction. */
const REVIEW_SORTABLE: Readonly<Record<string, HeaderSort>> = {
  applied: { base: 'applied', first: 'descend' },
  status: { base: 'status', first: 'ascend' },
};

/** 厂中厂审核: the town's queue of tenant reviews (waiting first by default), approve or reject with reasons. */
export function TenantReviewListPage() {
  const t = useT();
  const [statuses, setStatuses] = useState<TenantReviewStatus[]>(['submitted']);
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors[cursors.length - 1];
  const [size, setSize] = useState<number>(PAGE_SIZES[0]);
  const [hiddenColumns, setHiddenColumns] = useHiddenColumns('tenant-reviews');
  const [sort, setSort] = useSortInUrl(TENANT_REVIEW_SORTS, DEFAULT_SORT);
  const sortBy = (next: TenantReviewSort | undefined) => { setCursors([]); setSort(next); }; // a cursor names its order
  const query = { limit: size, ...(statuses.length > 0 ? { status: statuses } : {}), ...(sort ? { sort } : {}), ...(cursor ? { cursor } : {}) };
  const reviews = useTenantReviews(query);
  const count = useTenantReviewCount(query);
  const columns = useReviewColumns();
  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{t('review.title')}</Typography.Title></div>
      <Typography.Paragraph type="secondary">{t('review.intro')}</Typography.Paragraph>
      <Card>
        <ReviewQueryForm titles={Object.fromEntries(columns.map((column) => [column.key, String(column.title)]))} sort={sort} onSort={sortBy}
          statuses={statuses} onStatuses={(next) => { setStatuses(next); setCursors([]); }} />
        <ListToolbar
          exportPath="/tenant-reviews/export"
          exportQuery={{ status: statuses, ...(sort ? { sort } : {}) }}
          pageSize={size}
          onPageSize={(next) => { setSize(next); setCursors([]); }}
          count={count.data}
          onRefresh={() => void Promise.all([reviews.refetch(), count.refetch()])}
          columns={columns.flatMap((column) => (typeof column.key === 'string' && !FIXED_COLUMNS.has(column.key) ? [{ key: column.key, title: String(column.title) }] : []))}
          hiddenColumns={hiddenColumns}
          onHiddenColumns={setHiddenColumns}
        />
        <ProblemAlert error={reviews.error} />
        <Table<TenantReviewResponse>
          rowKey="id" {...useTenantReviewBatch(reviews.data?.items ?? [])}
          columns={withHeaderSorts(visibleColumns(columns, hiddenColumns), REVIEW_SORTABLE, sort ?? DEFAULT_SORT)}
          onChange={onHeaderSort(REVIEW_SORTABLE, TENANT_REVIEW_SORTS, DEFAULT_SORT, sortBy)}
          showSorterTooltip={false}
          dataSource={[...(reviews.data?.items ?? [])]}
          loading={reviews.isFetching}
          pagination={false}
          size="middle"
          scroll={{ x: true }}
          locale={{ emptyText: <Empty description={t('review.none')} /> }}
          data-testid="tenant-reviews"
        />
        <div className="pager">
          <Button disabled={cursors.length === 0} onClick={() => setCursors([])}>{t('pager.first')}</Button>
          <Button disabled={!reviews.data?.nextCursor} onClick={() => reviews.data?.nextCursor && setCursors([...cursors, reviews.data.nextCursor])}>{t('pager.next')}</Button>
        </div>
      </Card>
    </>
  );
}

/** The queue's query form: the status filter in sight, 排序 folded on a phone. */
function ReviewQueryForm({ titles, sort, onSort, statuses, onStatuses }: {
  readonly titles: Readonly<Record<string, string>>;
  readonly sort: TenantReviewSort | undefined;
  readonly onSort: (sort: TenantReviewSort | undefined) => void;
  readonly statuses: TenantReviewStatus[];
  readonly onStatuses: (statuses: TenantReviewStatus[]) => void;
}) {
  const t = useT();
  return (
    <SortQueryForm name="review-query" sortable={REVIEW_SORTABLE} titles={titles} sort={sort} defaultSort={DEFAULT_SORT} onSort={onSort}>
      <Form.Item label={t('review.status')} htmlFor="review-status-filter">
        <Select<TenantReviewStatus[]>
          id="review-status-filter"
          mode="multiple"
          allowClear
          style={{ minWidth: 240 }}
          value={statuses}
          placeholder={t('filter.any')}
          onChange={onStatuses}
          options={riskOptionsOf(t, 'tenantReviewStatus', TENANT_REVIEW_STATUSES) as { value: TenantReviewStatus; label: string }[]}
        />
      </Form.Item>
    </SortQueryForm>
  );
}

// Reviews name their park by id; parks are few, so their records come from the (cached) unit query.
function ParkName({ parkId }: { readonly parkId: string }) {
  const park = useUnit(parkId);
  return <Link to={`/units/${parkId}`}>{park.data?.name ?? '…'}</Link>;
}
