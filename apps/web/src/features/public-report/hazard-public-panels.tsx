import type { HazardResponse } from '@safegrid/contracts';
import { useQuery } from '@tanstack/react-query';
import { Card, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import { PhotoStrip } from '../photos/photo-strip';
import { publicReportApi } from './public-report-api';

export const publicKeys = {
  reporters: (id: string) => ['hazards', 'reporters', id] as const,
  duplicates: (id: string) => ['hazards', 'duplicates', id] as const,
};

export function useDuplicateCandidates(hazardId: string, enabled = true) {
  return useQuery({ queryKey: publicKeys.duplicates(hazardId), queryFn: ({ signal }) => publicReportApi.duplicates(hazardId, signal), enabled });
}

/** 群众举报 on a hazard's page: who reported it (in clear for the town only), follows, merged duplicates, 报告次数. */
export function HazardReportersCard({ hazard }: { readonly hazard: HazardResponse }) {
  const t = useT();
  const reporters = useQuery({ queryKey: publicKeys.reporters(hazard.id), queryFn: ({ signal }) => publicReportApi.reporters(hazard.id, signal) });
  const data = reporters.data;
  if (!data || (data.reports.length === 0 && data.merged.length === 0)) return null;
  return (
    <Card title={t('reporters.title', { count: data.reportCount })} className="section-card" data-testid="hazard-reporters">
      <List
        size="small"
        dataSource={data.reports}
        renderItem={(report) => (
          <List.Item>
            <Space direction="vertical" size={2} style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong>{report.reporterName ?? t('reporters.anonymous')}</Typography.Text>
                {report.reporterPhone && <Typography.Text>{report.reporterPhone}</Typography.Text>}
                <Typography.Text type="secondary">{formatDateTime(report.createdAt)}</Typography.Text>
                {report.followed && <Tag>{t('reporters.follow')}</Tag>}
                {report.mergedFrom && <Tag color="blue">{t('reporters.mergedFrom')}</Tag>}
                {report.clientName && <Tag>{t('reporters.via', { client: report.clientName })}</Tag>}
              </Space>
              <Typography.Text>{report.description}</Typography.Text>
              <PhotoStrip photoIds={report.photoIds} size={64} />
            </Space>
          </List.Item>
        )}
      />
      {data.merged.length > 0 && (
        <>
          <Typography.Title level={5}>{t('reporters.merged')}</Typography.Title>
          <List size="small" dataSource={data.merged} renderItem={(merge) => (
            <List.Item>
              <Space direction="vertical" size={2}>
                <Link to={`/hazards/${merge.hazardId}`}>{merge.title}</Link>
                <Typography.Text type="secondary">{formatDateTime(merge.reportedAt)}</Typography.Text>
                <PhotoStrip photoIds={merge.photoIds} size={64} />
              </Space>
            </List.Item>
          )} />
        </>
      )}
    </Card>
  );
}

/** Likely duplicates of an open hazard, for the town deciding whether to merge (不予受理 · 重复). */
export function DuplicateCandidatesCard({ hazard }: { readonly hazard: HazardResponse }) {
  const t = useT();
  const open = hazard.status === 'reported' || hazard.status === 'assigned' || hazard.status === 'submitted';
  const candidates = useDuplicateCandidates(hazard.id, open && hazard.location !== null);
  if (!open || !hazard.location) return null;
  return (
    <Card title={t('duplicates.title')} className="section-card" loading={candidates.isPending} data-testid="duplicate-candidates">
      <List
        size="small"
        dataSource={candidates.data?.items ?? []}
        locale={{ emptyText: t('duplicates.empty') }}
        renderItem={(item) => (
          <List.Item>
            <Space direction="vertical" size={0}>
              <Link to={`/hazards/${item.id}`}>{item.title}</Link>
              <Typography.Text type="secondary">{t('duplicates.item', { distance: item.distanceMetres, date: formatDateTime(item.reportedAt) })}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
