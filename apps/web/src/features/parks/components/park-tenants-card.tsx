import { PlusOutlined } from '@ant-design/icons';
import type { ParkTenantsResponse, TenantReviewResponse } from '@safegrid/contracts';
import { Button, Card, Empty, Modal, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryBoundary } from '../../../shared/components/query-boundary';
import { formatDate, formatDateTime } from '../../../shared/format/dates';
import { useT } from '../../../shared/i18n/i18n';
import { useCurrentUser } from '../../auth/use-session';
import { RiskBadge } from '../../risk/components/risk-badge';
import { riskLabelOf } from '../../risk/risk-labels';
import { canApplyForTenant, canDecideTenantOutcome } from '../park-access';
import { useParkTenants } from '../use-parks';
import { ReviewStatusTag } from './review-status-tag';
import { TenantApplyForm } from './tenant-apply-form';
import { TenantOutcomeSelect } from './tenant-outcome-select';
import { TenantReviewActions } from './tenant-review-actions';

type TenantRow = ParkTenantsResponse['tenants'][number];

/** 厂中厂: a park's tenants with review state, the 未经先审后租 flag and outcome; waiting newcomers. */
export function ParkTenantsCard({ parkId }: { readonly parkId: string }) {
  const t = useT();
  const user = useCurrentUser();
  const tenants = useParkTenants(parkId);
  const [applying, setApplying] = useState(false);
  return (
    <Card
      title={t('park.tenants')}
      className="section-card"
      data-testid="park-tenants"
      extra={canApplyForTenant(user, parkId) ? <Button icon={<PlusOutlined aria-hidden />} onClick={() => setApplying(true)}>{t('park.apply')}</Button> : null}
    >
      <QueryBoundary query={tenants}>{(data) => <ParkTenants data={data} />}</QueryBoundary>
      <Modal open={applying} title={t('park.applyTitle')} footer={null} onCancel={() => setApplying(false)} destroyOnHidden width={720}>
        <TenantApplyForm parkId={parkId} tenants={tenants.data?.tenants ?? []} onDone={() => setApplying(false)} />
      </Modal>
    </Card>
  );
}

function ParkTenants({ data }: { readonly data: ParkTenantsResponse }) {
  const t = useT();
  const user = useCurrentUser();
  const decides = canDecideTenantOutcome(user);
  const columns: TableColumnsType<TenantRow> = [
    { key: 'name', title: t('review.tenant'), render: (_, row) => <Link to={`/units/${row.unit.id}`}>{row.unit.name}</Link> },
    { key: 'risk', title: t('risk.level'), render: (_, row) => <RiskBadge level={row.unit.riskLevel} />, responsive: ['md'] },
    {
      key: 'review', title: t('park.reviewState'),
      render: (_, row) => (
        <Space size={4} wrap>
          <ReviewStatusTag status={row.reviewState} />
          {row.flagged && <Tag color="red" data-flagged="true">{t('park.flagged')}</Tag>}
          {row.latestReview && <TenantReviewActions review={row.latestReview} />}
        </Space>
      ),
    },
    {
      key: 'outcome', title: t('park.outcome'),
      render: (_, row) => (decides
        ? <OutcomeControl row={row} />
        : row.outcome ? riskLabelOf(t, 'tenantOutcome', row.outcome.outcome) : t('park.outcomeNone')),
    },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">{t('park.summary', { ...data.summary })}</Typography.Paragraph>
      {data.tenants.length === 0
        ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('park.noTenants')} />
        : <Table<TenantRow> rowKey={(row) => row.unit.id} size="small" columns={columns} dataSource={[...data.tenants]} pagination={{ pageSize: 10, hideOnSinglePage: true }} scroll={{ x: true }} />}
      {data.applications.length > 0 && (
        <>
          <Typography.Title level={5}>{t('park.applications')}</Typography.Title>
          <ApplicationList applications={data.applications} />
        </>
      )}
    </>
  );
}

function OutcomeControl({ row }: { readonly row: TenantRow }) {
  return <TenantOutcomeSelect unitId={row.unit.id} unitName={row.unit.name} value={row.outcome?.outcome ?? null} />;
}

export function ApplicationList({ applications }: { readonly applications: readonly TenantReviewResponse[] }) {
  const t = useT();
  return (
    <Table<TenantReviewResponse>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...applications]}
      columns={[
        { key: 'name', title: t('review.tenant'), render: (_, review) => review.tenant.name },
        { key: 'business', title: t('review.business'), render: (_, review) => review.tenant.business, responsive: ['md'] },
        { key: 'lease', title: t('review.lease'), render: (_, review) => `${formatDate(review.leaseStartsOn)} ~ ${formatDate(review.leaseEndsOn)}`, responsive: ['lg'] },
        { key: 'applied', title: t('review.appliedAt'), render: (_, review) => `${review.appliedByName} · ${formatDateTime(review.appliedAt)}`, responsive: ['lg'] },
        { key: 'status', title: t('review.status'), render: (_, review) => <ReviewStatusTag status={review.status} /> },
        { key: 'actions', title: t('review.actions'), render: (_, review) => <TenantReviewActions review={review} /> },
      ]}
    />
  );
}
