import type { HazardResponse } from '@safegrid/contracts';
import { Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/format/dates';
import { useT } from '../../../shared/i18n/i18n';
import { labelOf } from '../../../shared/i18n/labels';
import { useTowns } from '../../regions/use-regions';
import { DeadlineText } from './deadline-text';
import { HazardStatusTag } from './hazard-status-tag';

export function HazardTable({ hazards, loading }: { readonly hazards: readonly HazardResponse[]; readonly loading: boolean }) {
  const t = useT();
  const { nameOf } = useTowns();
  const columns: TableColumnsType<HazardResponse> = [
    {
      key: 'title',
      title: t('field.title'),
      // The title is the finding; the description under it is the inspector's own note when it says more.
      render: (_, hazard) => (
        <>
          <Link to={`/hazards/${hazard.id}`}>{hazard.title}</Link>
          {hazard.description && hazard.description !== hazard.title && (
            <Typography.Paragraph type="secondary" className="hazard-note" ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }} aria-label={t('hazard.inspectorNote')}>
              {hazard.description}
            </Typography.Paragraph>
          )}
        </>
      ),
    },
    { key: 'status', title: t('field.status'), render: (_, hazard) => <HazardStatusTag hazard={hazard} /> },
    { key: 'category', title: t('field.category'), render: (_, hazard) => labelOf(t, 'hazardCategory', hazard.category), responsive: ['md'] },
    { key: 'sector', title: t('field.sector'), render: (_, hazard) => labelOf(t, 'sector', hazard.sector), responsive: ['lg'] },
    { key: 'town', title: t('field.town'), render: (_, hazard) => nameOf(hazard.townCode), responsive: ['lg'] },
    { key: 'deadline', title: t('field.deadline'), render: (_, hazard) => <DeadlineText hazard={hazard} />, responsive: ['md'] },
    { key: 'reportedAt', title: t('field.reportedAt'), render: (_, hazard) => formatDateTime(hazard.reportedAt), responsive: ['sm'] },
  ];
  return <Table<HazardResponse> rowKey="id" columns={columns} dataSource={[...hazards]} loading={loading} pagination={false} size="middle" scroll={{ x: true }} />;
}
